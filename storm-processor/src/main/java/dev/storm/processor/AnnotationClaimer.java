package dev.storm.processor;

import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * Claims STORM's own annotations ({@code dev.storm.*}) and the {@code @Generated} on the sources STORM generates,
 * once {@link StormProcessor} and {@link CodecProcessor} have read them, so that a build under {@code -Xlint:all}
 * (or {@code -Werror}) does not warn that no processor claimed them. It is listed after them, and claims nothing else:
 * other processors still see every other annotation. Stateless.
 */
public final class AnnotationClaimer extends AbstractProcessor {

    /** Creates the processor; the compiler calls it. */
    public AnnotationClaimer() {
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of("dev.storm.*", "javax.annotation.processing.Generated");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        return true;
    }
}
