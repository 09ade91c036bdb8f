package dev.storm.processor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Generates the metamodel of every STORM model being compiled ({@code User_} for {@code User}, {@code Outer_Inner_}
 * for {@code Outer.Inner}) and reports misdeclared models as compile errors. A model is any record or concrete class
 * assignable to {@code dev.storm.Model}; it needs no annotation. Found by the compiler through
 * {@code META-INF/services}; like every annotation processor, an instance serves one compilation on one thread.
 */
public final class StormProcessor extends AbstractProcessor {

    private final Set<String> seen = new HashSet<>();
    private final Set<String> waiting = new LinkedHashSet<>();

    /** Creates the processor; the compiler calls it. */
    public StormProcessor() {
    }

    /** Every type, since models need not carry an annotation; none is claimed, so other processors see them all. */
    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        Optional<StormTypes> storm = StormTypes.lookup(processingEnv);
        if (storm.isEmpty()) {
            return false;
        }
        Reporter reporter = new Reporter(processingEnv.getMessager(), storm.get().elements());
        TypeNames names = new TypeNames(storm.get().types());
        ModelValidator validator = new ModelValidator(storm.get(), reporter, names);
        MetamodelWriter writer = new MetamodelWriter(processingEnv.getFiler(), storm.get(), names, reporter);
        NonModelChecker nonModels = new NonModelChecker(storm.get(), reporter);

        List<TypeElement> types = new ArrayList<>();
        for (String name : waiting) {
            TypeElement type = storm.get().elements().getTypeElement(name);
            if (type != null) {
                types.add(type);
            }
        }
        waiting.clear();
        for (Element root : round.getRootElements()) {
            collectTypes(root, types);
        }
        for (TypeElement type : types) {
            String name = type.getQualifiedName().toString();
            if (!storm.get().isModel(type)) {
                if (seen.add(name)) {
                    nonModels.check(type);
                }
                continue;
            }
            List<ModelField> fields = ModelField.of(type, storm.get());
            // A field type another processor has yet to generate resolves in a later round; in the last round the
            // compiler reports the missing type itself.
            if (fields.stream().anyMatch(f -> FieldValidator.hasErrorType(f.type()))) {
                if (!round.processingOver()) {
                    waiting.add(name);
                }
                continue;
            }
            if (seen.add(name) && validator.validate(type, fields)) {
                writer.write(type, fields);
            }
        }
        return false;
    }

    private static void collectTypes(Element element, List<TypeElement> types) {
        if (element instanceof TypeElement type) {
            types.add(type);
            for (Element enclosed : type.getEnclosedElements()) {
                collectTypes(enclosed, types);
            }
        }
    }
}
