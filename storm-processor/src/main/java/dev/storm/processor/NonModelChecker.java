package dev.storm.processor;

import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;

/**
 * Reports key flags, {@code @Version} and the other field annotations on types that are not models, where they would silently do nothing: most
 * often a record that forgot {@code implements Model<Self>}. A non-final class that is not a model may be the
 * superclass of models compiled elsewhere, whose fields it declares, so it is left alone.
 */
final class NonModelChecker {

    private final StormTypes storm;
    private final Reporter reporter;

    NonModelChecker(StormTypes storm, Reporter reporter) {
        this.storm = storm;
        this.reporter = reporter;
    }

    void check(TypeElement type) {
        if (!cannotBeModelBase(type)) {
            return;
        }
        String name = reporter.name(type);
        String fix = type.getKind() == ElementKind.RECORD || type.getKind() == ElementKind.CLASS
                ? "implement Model<" + type.getSimpleName() + "> or remove it"
                : "only records and classes implementing Model are models; remove it";
        for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
            FieldAnnotation annotation = FieldAnnotation.of(field, storm.elements());
            if (annotation.isKey()) {
                reporter.error(field, name + "." + field.getSimpleName() + ": @Field(" + annotation.keyFlags()
                        + ") has no effect because " + name + " is not a model; " + fix);
            }
            for (String role : StormTypes.FIELD_ANNOTATIONS.subList(1, StormTypes.FIELD_ANNOTATIONS.size())) {
                Optional<AnnotationMirror> mark = StormTypes.annotation(field, role);
                if (mark.isPresent()) {
                    reporter.error(field, name + "." + field.getSimpleName() + ": @"
                            + role.substring(role.lastIndexOf('.') + 1) + " has no effect because " + name
                            + " is not a model; " + fix);
                }
            }
        }
    }

    /** Records, enums, interfaces and final classes cannot be extended, so none can pass fields on to a model. */
    private static boolean cannotBeModelBase(TypeElement type) {
        return type.getKind() != ElementKind.CLASS || type.getModifiers().contains(Modifier.FINAL);
    }
}
