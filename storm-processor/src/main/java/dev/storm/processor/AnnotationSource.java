package dev.storm.processor;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Writes STORM's runtime annotations on an element as Java source that recreates them: {@code @Field} and
 * {@code @Meta} through storm-core's shared implementations, any other with one small class per annotation type
 * implementing it, and an expression building the element's {@code AnnotationSet}. Every member is written, so
 * members added to STORM's annotations later need no change here. Collects the implementing classes of one file.
 */
final class AnnotationSource {

    private static final String STORM_PACKAGE = "dev.storm";
    private static final String INDENT = "    ";
    /**
     * The annotations storm-core implements once for every model, by the class that does: a model's first use then
     * loads no class of its own for them.
     */
    private static final Map<String, String> SHARED = Map.of(
            "dev.storm.Field", "dev.storm.internal.codec.FieldValues",
            "dev.storm.Meta", "dev.storm.internal.codec.MetaValues");

    private final Elements elements;
    private final Types types;
    private final TypeNames names;
    private final Map<String, TypeElement> implemented = new LinkedHashMap<>();

    AnnotationSource(Elements elements, Types types, TypeNames names) {
        this.elements = elements;
        this.types = types;
        this.names = names;
    }

    /** Thrown for an annotation value that has no source form here (a nested annotation); the codec is skipped. */
    static final class Unsupported extends Exception {
        private static final long serialVersionUID = 1L;

        Unsupported(String message) {
            super(message);
        }
    }

    /** The expression {@code dev.storm.internal.codec.AnnotationSet.of(...)} for the element's STORM annotations. */
    String set(Element element) throws Unsupported {
        List<String> instances = new ArrayList<>();
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
            if (!elements.getPackageOf(type).getQualifiedName().contentEquals(STORM_PACKAGE) || !isRuntime(type)) {
                continue;
            }
            Map<? extends ExecutableElement, ? extends AnnotationValue> values =
                    elements.getElementValuesWithDefaults(mirror);
            String shared = SHARED.get(type.getQualifiedName().toString());
            if (shared != null) {
                // storm-core's one class for all models, each member set by name
                StringBuilder instance = new StringBuilder("new ").append(shared).append("()");
                for (ExecutableElement member : members(type)) {
                    instance.append('.').append(member.getSimpleName()).append('(')
                            .append(literal(values.get(member), member.getReturnType())).append(')');
                }
                instances.add(instance.toString());
                continue;
            }
            implemented.put(implementation(type), type);
            List<String> arguments = new ArrayList<>();
            for (ExecutableElement member : members(type)) {
                arguments.add(literal(values.get(member), member.getReturnType()));
            }
            instances.add("new " + implementation(type) + "(" + String.join(", ", arguments) + ")");
        }
        return "dev.storm.internal.codec.AnnotationSet.of(" + String.join(", ", instances) + ")";
    }

    /** The classes implementing every annotation type {@link #set} has written an instance of. */
    String implementations() {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, TypeElement> e : implemented.entrySet()) {
            String name = e.getKey();
            String type = e.getValue().getQualifiedName().toString();
            List<ExecutableElement> members = members(e.getValue());
            out.append('\n').append(INDENT).append("private static final class ").append(name).append(" implements ")
                    .append(type).append(" {\n");
            List<String> parameters = new ArrayList<>();
            for (ExecutableElement member : members) {
                String field = member.getSimpleName().toString();
                out.append(INDENT).append(INDENT).append("private final ").append(names.name(member.getReturnType()))
                        .append(' ').append(field).append(";\n");
                parameters.add(names.name(member.getReturnType()) + " " + field);
            }
            out.append('\n').append(INDENT).append(INDENT).append(name).append('(')
                    .append(String.join(", ", parameters)).append(") {\n");
            for (ExecutableElement member : members) {
                String field = member.getSimpleName().toString();
                out.append(INDENT).append(INDENT).append(INDENT).append("this.").append(field).append(" = ")
                        .append(field).append(";\n");
            }
            out.append(INDENT).append(INDENT).append("}\n");
            for (ExecutableElement member : members) {
                String field = member.getSimpleName().toString();
                boolean array = member.getReturnType().getKind() == TypeKind.ARRAY;
                out.append('\n').append(INDENT).append(INDENT).append("@Override\n")
                        .append(INDENT).append(INDENT).append("public ").append(names.name(member.getReturnType()))
                        .append(' ').append(field).append("() {\n")
                        .append(INDENT).append(INDENT).append(INDENT).append("return ").append(field)
                        .append(array ? ".clone()" : "").append(";\n")
                        .append(INDENT).append(INDENT).append("}\n");
            }
            out.append('\n').append(INDENT).append(INDENT).append("@Override\n")
                    .append(INDENT).append(INDENT)
                    .append("public java.lang.Class<? extends java.lang.annotation.Annotation> annotationType() {\n")
                    .append(INDENT).append(INDENT).append(INDENT).append("return ").append(type).append(".class;\n")
                    .append(INDENT).append(INDENT).append("}\n")
                    .append(INDENT).append("}\n");
        }
        return out.toString();
    }

    private static String implementation(TypeElement annotationType) {
        return annotationType.getSimpleName() + "Values";
    }

    private static boolean isRuntime(TypeElement annotationType) {
        Retention retention = annotationType.getAnnotation(Retention.class);
        return retention != null && retention.value() == RetentionPolicy.RUNTIME;
    }

    private static List<ExecutableElement> members(TypeElement annotationType) {
        return ElementFilter.methodsIn(annotationType.getEnclosedElements());
    }

    private String literal(AnnotationValue value, TypeMirror type) throws Unsupported {
        Object v = value.getValue();
        if (v instanceof String || v instanceof Boolean || v instanceof Number || v instanceof Character) {
            return elements.getConstantExpression(v);
        }
        if (v instanceof VariableElement constant) {
            return names.name(constant.getEnclosingElement().asType()) + "." + constant.getSimpleName();
        }
        if (v instanceof TypeMirror classValue) {
            return names.name(types.erasure(classValue)) + ".class";
        }
        if (v instanceof List<?> list && type instanceof ArrayType array) {
            TypeMirror component = array.getComponentType();
            if (component.getKind() == TypeKind.DECLARED && !((DeclaredType) component).getTypeArguments().isEmpty()) {
                throw new Unsupported("an array of " + component);
            }
            List<String> elementsSource = new ArrayList<>();
            for (Object element : list) {
                elementsSource.add(literal((AnnotationValue) element, component));
            }
            return "new " + names.name(component) + "[] {" + String.join(", ", elementsSource) + "}";
        }
        throw new Unsupported("the annotation value " + value);
    }
}
