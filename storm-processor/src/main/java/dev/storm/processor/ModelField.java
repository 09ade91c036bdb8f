package dev.storm.processor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * One stored field of a model: a record component, or a non-static, non-transient instance field of a class model or
 * of one of its superclasses. {@code type} is the field's type as a member of the model, so a field {@code T value}
 * inherited from {@code Base<String>} has type {@code String}; the runtime reads the type the field is declared with
 * ({@code element().asType()}, the type variable), so the type checks judge that one.
 */
record ModelField(Element element, TypeElement declaringType, String name, TypeMirror type, FieldAnnotation field,
                  Optional<AnnotationMirror> version) {

    /** The model's fields in declaration order, those of superclasses first. */
    static List<ModelField> of(TypeElement model, StormTypes storm) {
        DeclaredType modelType = (DeclaredType) model.asType();
        List<ModelField> fields = new ArrayList<>();
        if (model.getKind() == ElementKind.RECORD) {
            // The field behind each component carries the component's annotations too, and unlike the component it
            // has a source position that errors can point at.
            Map<String, VariableElement> byName = new HashMap<>();
            for (VariableElement variable : ElementFilter.fieldsIn(model.getEnclosedElements())) {
                byName.put(variable.getSimpleName().toString(), variable);
            }
            for (RecordComponentElement component : model.getRecordComponents()) {
                VariableElement variable = byName.get(component.getSimpleName().toString());
                Element element = variable == null ? component : variable;
                fields.add(create(element, model, storm.types().asMemberOf(modelType, element), storm));
            }
            return fields;
        }
        for (TypeElement type : hierarchy(model)) {
            for (VariableElement variable : ElementFilter.fieldsIn(type.getEnclosedElements())) {
                if (isStored(variable)) {
                    fields.add(create(variable, type, storm.types().asMemberOf(modelType, variable), storm));
                }
            }
        }
        return fields;
    }

    static boolean isStored(VariableElement field) {
        return !field.getModifiers().contains(Modifier.STATIC) && !field.getModifiers().contains(Modifier.TRANSIENT);
    }

    private static ModelField create(Element element, TypeElement declaringType, TypeMirror type, StormTypes storm) {
        return new ModelField(element, declaringType, element.getSimpleName().toString(), type,
                FieldAnnotation.of(element, storm.elements()), StormTypes.annotation(element, StormTypes.VERSION));
    }

    private static List<TypeElement> hierarchy(TypeElement model) {
        List<TypeElement> hierarchy = new ArrayList<>();
        TypeElement type = model;
        while (type != null && !type.getQualifiedName().contentEquals("java.lang.Object")) {
            hierarchy.add(0, type);
            TypeMirror superclass = type.getSuperclass();
            type = superclass.getKind() == TypeKind.DECLARED
                    ? (TypeElement) ((DeclaredType) superclass).asElement() : null;
        }
        return hierarchy;
    }

    /** The DynamoDB attribute name: {@code @Field(name)} when set, else the Java name. */
    String attributeName() {
        return field.name().isEmpty() ? name : field.name();
    }

    boolean inherited(TypeElement model) {
        return !declaringType.equals(model);
    }
}
