package dev.storm.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.PrimitiveType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Types;

/**
 * Writes types as fully qualified Java source. Names are built from the structure of the {@link TypeMirror}, never
 * from its {@code toString()}, which would carry type-use annotations ({@code java.lang.@NonNull String}) into the
 * generated code.
 */
final class TypeNames {

    private final Types types;

    TypeNames(Types types) {
        this.types = types;
    }

    /** The type as a type argument: primitives boxed, {@code int} as {@code java.lang.Integer}. */
    String typeArgument(TypeMirror type) {
        if (type.getKind().isPrimitive()) {
            return types.boxedClass((PrimitiveType) type).getQualifiedName().toString();
        }
        return name(type);
    }

    /** The type as declared: {@code int}, {@code java.util.List<java.lang.String>}, {@code byte[]}. */
    String name(TypeMirror type) {
        if (type.getKind().isPrimitive()) {
            return type.getKind().name().toLowerCase(Locale.ROOT);
        }
        switch (type.getKind()) {
            case ARRAY:
                return name(((ArrayType) type).getComponentType()) + "[]";
            case DECLARED:
                return declared((DeclaredType) type);
            case WILDCARD:
                return wildcard((WildcardType) type);
            case TYPEVAR:
                return name(types.erasure(type));
            default:
                return type.toString();
        }
    }

    private String declared(DeclaredType type) {
        TypeElement element = (TypeElement) type.asElement();
        TypeMirror enclosing = type.getEnclosingType();
        // An inner class of a parameterized class is named through its enclosing type: Outer<String>.Inner.
        String raw = enclosing.getKind() == TypeKind.DECLARED
                && !((DeclaredType) enclosing).getTypeArguments().isEmpty()
                ? declared((DeclaredType) enclosing) + "." + element.getSimpleName()
                : element.getQualifiedName().toString();
        if (type.getTypeArguments().isEmpty()) {
            return raw;
        }
        List<String> arguments = new ArrayList<>();
        for (TypeMirror argument : type.getTypeArguments()) {
            arguments.add(name(argument));
        }
        return raw + "<" + String.join(", ", arguments) + ">";
    }

    private String wildcard(WildcardType type) {
        if (type.getExtendsBound() != null) {
            return "? extends " + name(type.getExtendsBound());
        }
        if (type.getSuperBound() != null) {
            return "? super " + name(type.getSuperBound());
        }
        return "?";
    }

    /** Calls {@code action} with the type and every type inside it: type arguments, components, bounds. */
    static void walk(TypeMirror type, Consumer<TypeMirror> action) {
        action.accept(type);
        switch (type.getKind()) {
            case ARRAY:
                walk(((ArrayType) type).getComponentType(), action);
                break;
            case DECLARED:
                DeclaredType declared = (DeclaredType) type;
                if (declared.getEnclosingType().getKind() == TypeKind.DECLARED) {
                    walk(declared.getEnclosingType(), action);
                }
                declared.getTypeArguments().forEach(argument -> walk(argument, action));
                break;
            case WILDCARD:
                WildcardType wildcard = (WildcardType) type;
                if (wildcard.getExtendsBound() != null) {
                    walk(wildcard.getExtendsBound(), action);
                }
                if (wildcard.getSuperBound() != null) {
                    walk(wildcard.getSuperBound(), action);
                }
                break;
            default:
                break;
        }
    }

    static boolean isRaw(TypeMirror type) {
        return type.getKind() == TypeKind.DECLARED && ((DeclaredType) type).getTypeArguments().isEmpty()
                && !((TypeElement) ((DeclaredType) type).asElement()).getTypeParameters().isEmpty();
    }

    /** The type, or the first type enclosing it, that is private and so cannot be named from another class. */
    static TypeElement privateType(TypeElement type) {
        for (Element e = type; e != null && (e.getKind().isClass() || e.getKind().isInterface());
                e = e.getEnclosingElement()) {
            if (e.getModifiers().contains(Modifier.PRIVATE)) {
                return (TypeElement) e;
            }
        }
        return null;
    }
}
