package dev.storm.processor;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * Writes the members of a generated record accessor (storm-core's {@code GeneratedRecord}) for one record type:
 * its component names and annotations, reading one or all components, and building the record through its
 * canonical constructor.
 */
final class RecordAccessSource {

    private static final String INDENT = "    ";

    private final Types types;
    private final TypeNames names;
    private final AnnotationSource annotations;

    RecordAccessSource(Types types, TypeNames names, AnnotationSource annotations) {
        this.types = types;
        this.names = names;
        this.annotations = annotations;
    }

    /** The methods, indented by {@code depth} levels. */
    String methods(TypeElement record, int depth) throws AnnotationSource.Unsupported {
        String indent = INDENT.repeat(depth);
        String inner = indent + INDENT;
        String type = names.name(record.asType());
        List<? extends RecordComponentElement> components = record.getRecordComponents();
        List<String> componentNames = new ArrayList<>();
        List<String> componentTypes = new ArrayList<>();
        List<String> reads = new ArrayList<>();
        List<String> casts = new ArrayList<>();
        List<String> genericTypes = new ArrayList<>();
        for (int i = 0; i < components.size(); i++) {
            RecordComponentElement component = components.get(i);
            componentNames.add("\"" + component.getSimpleName() + "\"");
            componentTypes.add(names.name(types.erasure(component.asType())) + ".class");
            genericTypes.add(genericType(component.asType()));
            reads.add("record." + component.getAccessor().getSimpleName() + "()");
            casts.add(cast(component.asType()) + "values[" + i + "]");
        }
        StringBuilder out = new StringBuilder();
        out.append(indent).append("@Override\n")
                .append(indent).append("public java.lang.Class<").append(type).append("> recordType() {\n")
                .append(inner).append("return ").append(type).append(".class;\n")
                .append(indent).append("}\n");
        out.append('\n').append(indent).append("@Override\n")
                .append(indent).append("public java.lang.String[] componentNames() {\n")
                .append(inner).append("return new java.lang.String[] {").append(String.join(", ", componentNames))
                .append("};\n")
                .append(indent).append("}\n");
        out.append('\n').append(indent).append("@Override\n")
                .append(indent).append("public java.lang.Class<?>[] componentTypes() {\n")
                .append(inner).append("return new java.lang.Class<?>[] {").append(String.join(", ", componentTypes))
                .append("};\n")
                .append(indent).append("}\n");
        out.append('\n').append(indent).append("@Override\n")
                .append(indent).append("public java.lang.reflect.Type[] genericTypes() {\n")
                .append(inner).append("return new java.lang.reflect.Type[] {").append(String.join(", ", genericTypes))
                .append("};\n")
                .append(indent).append("}\n");
        out.append('\n').append(indent).append("@Override\n")
                .append(indent).append("public java.lang.reflect.AnnotatedElement component(int position) {\n")
                .append(inner).append("switch (position) {\n");
        // built when asked, not when the class loads (see GeneratedModel): no annotation class on a first use
        for (int i = 0; i < components.size(); i++) {
            out.append(inner).append(INDENT).append("case ").append(i).append(":\n")
                    .append(inner).append(INDENT).append(INDENT).append("return ")
                    .append(annotations.set(components.get(i))).append(";\n");
        }
        out.append(inner).append(INDENT).append("default:\n")
                .append(inner).append(INDENT).append(INDENT)
                .append("throw new java.lang.IndexOutOfBoundsException(position);\n")
                .append(inner).append("}\n")
                .append(indent).append("}\n");
        out.append('\n').append(indent).append("@Override\n")
                .append(indent).append("public java.lang.Object value(").append(type)
                .append(" record, int position) {\n")
                .append(inner).append("switch (position) {\n");
        for (int i = 0; i < reads.size(); i++) {
            out.append(inner).append(INDENT).append("case ").append(i).append(":\n")
                    .append(inner).append(INDENT).append(INDENT).append("return ").append(reads.get(i)).append(";\n");
        }
        out.append(inner).append(INDENT).append("default:\n")
                .append(inner).append(INDENT).append(INDENT)
                .append("throw new java.lang.IndexOutOfBoundsException(position);\n")
                .append(inner).append("}\n")
                .append(indent).append("}\n");
        out.append('\n').append(indent).append("@Override\n")
                .append(indent).append("public java.lang.Object[] values(").append(type).append(" record) {\n")
                .append(inner).append("return new java.lang.Object[] {").append(String.join(", ", reads))
                .append("};\n")
                .append(indent).append("}\n");
        out.append('\n').append(indent).append("@Override\n");
        if (components.stream().anyMatch(c -> isParameterized(c.asType()))) {
            out.append(indent).append("@SuppressWarnings(\"unchecked\")\n");
        }
        out.append(indent).append("public ").append(type).append(" create(java.lang.Object[] values) {\n")
                .append(inner).append("return new ").append(type).append('(').append(String.join(", ", casts))
                .append(");\n")
                .append(indent).append("}\n");
        return out.toString();
    }

    /**
     * The component type as reflection's {@code getGenericType()} returns it, as a source expression: a class
     * literal for a type without type arguments, {@code GenericType.of(...)} for a parameterized one, and
     * {@code null} for what that cannot express (wildcards, type variables, generic arrays, a member of a
     * parameterized type), which the runtime then reads from the component itself.
     */
    private String genericType(TypeMirror type) {
        boolean[] plain = {true};
        TypeNames.walk(type, t -> plain[0] &= t.getKind().isPrimitive() || t.getKind() == TypeKind.ARRAY
                || t.getKind() == TypeKind.DECLARED
                && ((javax.lang.model.type.DeclaredType) t).getTypeArguments().isEmpty());
        if (plain[0]) {
            return names.name(types.erasure(type)) + ".class";
        }
        if (type.getKind() != TypeKind.DECLARED) {
            return "null";
        }
        javax.lang.model.type.DeclaredType declared = (javax.lang.model.type.DeclaredType) type;
        TypeMirror enclosing = declared.getEnclosingType();
        if (enclosing.getKind() == TypeKind.DECLARED
                && !((javax.lang.model.type.DeclaredType) enclosing).getTypeArguments().isEmpty()) {
            return "null";
        }
        StringBuilder expression = new StringBuilder("dev.storm.internal.codec.GenericType.of(")
                .append(names.name(types.erasure(type))).append(".class");
        for (TypeMirror argument : declared.getTypeArguments()) {
            String written = genericType(argument);
            if (written.equals("null")) {
                return "null";
            }
            expression.append(", ").append(written);
        }
        return expression.append(')').toString();
    }

    /** The cast from Object to the component type: primitives through their box, none for Object itself. */
    private String cast(TypeMirror type) {
        String target = names.typeArgument(type);
        return target.equals("java.lang.Object") ? "" : "(" + target + ") ";
    }

    private static boolean isParameterized(TypeMirror type) {
        boolean[] found = {false};
        TypeNames.walk(type, t -> found[0] |= t.getKind() == TypeKind.DECLARED
                && !((javax.lang.model.type.DeclaredType) t).getTypeArguments().isEmpty());
        return found[0];
    }
}
