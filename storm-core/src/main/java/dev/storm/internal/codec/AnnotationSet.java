package dev.storm.internal.codec;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;

/**
 * A fixed set of annotation instances seen as an {@link AnnotatedElement}: how generated code hands STORM the
 * annotations of a model or component without reflection. Immutable, thread-safe.
 */
public final class AnnotationSet implements AnnotatedElement {

    private static final AnnotationSet EMPTY = new AnnotationSet(new Annotation[0]);

    private final Annotation[] annotations;

    private AnnotationSet(Annotation[] annotations) {
        this.annotations = annotations;
    }

    /** The set of the given annotations, at most one of each type. */
    public static AnnotationSet of(Annotation... annotations) {
        return annotations.length == 0 ? EMPTY : new AnnotationSet(annotations.clone());
    }

    @Override
    public <T extends Annotation> T getAnnotation(Class<T> annotationClass) {
        for (Annotation annotation : annotations) {
            if (annotation.annotationType() == annotationClass) {
                return annotationClass.cast(annotation);
            }
        }
        return null;
    }

    @Override
    public Annotation[] getAnnotations() {
        return annotations.clone();
    }

    @Override
    public Annotation[] getDeclaredAnnotations() {
        return annotations.clone();
    }
}
