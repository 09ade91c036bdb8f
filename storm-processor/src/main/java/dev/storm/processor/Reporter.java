package dev.storm.processor;

import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.Diagnostic;

/** Reports compile errors on the element at fault and names models the way users write them. */
final class Reporter {

    private final Messager messager;
    private final Elements elements;

    Reporter(Messager messager, Elements elements) {
        this.messager = messager;
        this.elements = elements;
    }

    void error(Element element, String message) {
        messager.printMessage(Diagnostic.Kind.ERROR, message, element);
    }

    /**
     * Errors about one value of an annotation point at that value, so that the compiler and IDEs underline exactly
     * what has to change; a value left at its default has no position, so the element stands for it.
     */
    void error(Element element, AnnotationMirror annotation, AnnotationValue value, String message) {
        if (annotation == null || value == null) {
            error(element, message);
        } else {
            messager.printMessage(Diagnostic.Kind.ERROR, message, element, annotation, value);
        }
    }

    /** An error about a model field: on the field itself, or on the model when the field is inherited. */
    void error(TypeElement model, ModelField field, String message) {
        error(field.inherited(model) ? model : field.element(), where(model, field) + ": " + message);
    }

    /** An error about one value of a field's {@code @Field}: on the value, or on the model when inherited. */
    void error(TypeElement model, ModelField field, String attribute, String message) {
        String text = where(model, field) + ": " + message;
        if (field.inherited(model)) {
            error(model, text);
        } else {
            error(field.element(), field.field().mirror(), field.field().explicitValue(attribute), text);
        }
    }

    /** The model as written in its package: {@code User}, {@code Outer.Inner}. */
    String name(TypeElement type) {
        PackageElement pkg = elements.getPackageOf(type);
        String qualified = type.getQualifiedName().toString();
        return pkg.isUnnamed() ? qualified : qualified.substring(pkg.getQualifiedName().length() + 1);
    }

    /** {@code User.email}, or {@code User.id (inherited from Base)}. */
    String where(TypeElement model, ModelField field) {
        String where = name(model) + "." + field.name();
        return field.inherited(model) ? where + " (inherited from " + name(field.declaringType()) + ")" : where;
    }
}
