package dev.storm.processor;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * Generates the metamodel of every STORM model being compiled ({@code User_} for {@code User}, {@code Outer_Inner_}
 * for {@code Outer.Inner}) and reports misdeclared models as compile errors. A model is any record or concrete class
 * assignable to {@code dev.storm.Model}; it needs no annotation. Found by the compiler through
 * {@code META-INF/services}; like every annotation processor, an instance serves one compilation on one thread.
 */
public final class StormProcessor extends AbstractProcessor {

    private final Set<String> seen = new HashSet<>();
    private final RoundTypes rounds = new RoundTypes();
    private final KeyShapeChecker shapes = new KeyShapeChecker();

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

        for (TypeElement type : rounds.of(round, storm.get().elements())) {
            String name = type.getQualifiedName().toString();
            if (!storm.get().isModel(type)) {
                if (seen.add(name)) {
                    nonModels.check(type);
                }
                continue;
            }
            List<ModelField> fields = ModelField.of(type, storm.get());
            if (!rounds.resolved(type, fields, round)) {
                continue;
            }
            if (seen.add(name) && validator.validate(type, fields)) {
                shapes.check(type, fields, reporter, storm.get().elements());
                writer.write(type, fields);
            }
        }
        return false;
    }
}
