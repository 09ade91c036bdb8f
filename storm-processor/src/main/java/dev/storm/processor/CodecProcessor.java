package dev.storm.processor;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Messager;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Generates {@code User_Codec} for every record model being compiled (see {@link CodecWriter}), so that STORM maps
 * it without reflection or method handles: faster on every read and write, and much faster on first use. Models
 * that are invalid are left to {@link StormProcessor}, which reports them; class models, and models compiled
 * without this processor, are mapped by reflection at run time. Found by the compiler through
 * {@code META-INF/services} beside {@link StormProcessor}; an instance serves one compilation on one thread.
 */
public final class CodecProcessor extends AbstractProcessor {

    private static final String GENERATED_MODEL = "dev.storm.internal.schema.GeneratedModel";

    /** Counts the errors validation finds; {@link StormProcessor} reports them, this one only decides. */
    private static final class ErrorCounter implements Messager {
        private int errors;

        @Override
        public void printMessage(Diagnostic.Kind kind, CharSequence msg) {
            count(kind);
        }

        @Override
        public void printMessage(Diagnostic.Kind kind, CharSequence msg, Element e) {
            count(kind);
        }

        @Override
        public void printMessage(Diagnostic.Kind kind, CharSequence msg, Element e, AnnotationMirror a) {
            count(kind);
        }

        @Override
        public void printMessage(Diagnostic.Kind kind, CharSequence msg, Element e, AnnotationMirror a,
                                 AnnotationValue v) {
            count(kind);
        }

        private void count(Diagnostic.Kind kind) {
            if (kind == Diagnostic.Kind.ERROR) {
                errors++;
            }
        }
    }

    private final Set<String> seen = new HashSet<>();
    private final RoundTypes rounds = new RoundTypes();

    /** Creates the processor; the compiler calls it. */
    public CodecProcessor() {
    }

    /** Every type, since models need not carry an annotation; none is claimed. */
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
        Optional<StormTypes> found = StormTypes.lookup(processingEnv);
        if (found.isEmpty() || found.get().elements().getTypeElement(GENERATED_MODEL) == null) {
            return false;
        }
        StormTypes storm = found.get();
        TypeNames names = new TypeNames(storm.types());
        CodecWriter writer = new CodecWriter(processingEnv.getFiler(), storm, names);

        for (TypeElement type : rounds.of(round, storm.elements())) {
            if (type.getKind() != ElementKind.RECORD || !storm.isModel(type)) {
                continue;
            }
            String name = type.getQualifiedName().toString();
            List<ModelField> fields = ModelField.of(type, storm);
            if (!rounds.resolved(type, fields, round)) {
                continue;
            }
            if (seen.add(name) && isValid(storm, names, type, fields)) {
                write(writer, type);
            }
        }
        return false;
    }

    private static boolean isValid(StormTypes storm, TypeNames names, TypeElement model, List<ModelField> fields) {
        ErrorCounter counter = new ErrorCounter();
        boolean nameable = new ModelValidator(storm, new Reporter(counter, storm.elements()), names)
                .validate(model, fields);
        return nameable && counter.errors == 0;
    }

    private void write(CodecWriter writer, TypeElement model) {
        try {
            writer.write(model);
        } catch (IOException e) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "cannot write "
                    + CodecWriter.generatedName(model) + " for " + model.getQualifiedName() + ": " + e.getMessage(),
                    model);
        }
    }
}
