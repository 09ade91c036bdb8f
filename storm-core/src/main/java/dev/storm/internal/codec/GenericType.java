package dev.storm.internal.codec;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Objects;

/**
 * A parameterized type written by STORM's annotation processor, such as {@code List<String>}, equal to what
 * {@link java.lang.reflect.RecordComponent#getGenericType()} returns for it, built without the JDK parsing a generic
 * signature (which loads some thirty classes of its own on a JVM's first use). Its equals, hashCode and type name
 * follow the contract of the JDK's implementation, so either stands for the other as a map key or in a message (an
 * interface contract across classes, hence no record: a record equals only its own class). Immutable, thread-safe.
 */
public final class GenericType implements ParameterizedType {

    private final Class<?> raw;
    private final Type[] arguments;
    private final Type owner;

    private GenericType(Class<?> raw, Type[] arguments, Type owner) {
        this.raw = raw;
        this.arguments = arguments;
        this.owner = owner;
    }

    /** The type {@code raw<arguments>}, owned by the class that declares {@code raw}, as the JDK represents it. */
    public static ParameterizedType of(Class<?> raw, Type... arguments) {
        return new GenericType(raw, arguments.clone(), raw.getDeclaringClass());
    }

    @Override
    public Type[] getActualTypeArguments() {
        return arguments.clone();
    }

    @Override
    public Type getRawType() {
        return raw;
    }

    @Override
    public Type getOwnerType() {
        return owner;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        return o instanceof ParameterizedType that && Objects.equals(owner, that.getOwnerType())
                && Objects.equals(raw, that.getRawType()) && Arrays.equals(arguments, that.getActualTypeArguments());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(arguments) ^ Objects.hashCode(owner) ^ Objects.hashCode(raw);
    }

    @Override
    public String toString() {
        StringBuilder name = new StringBuilder();
        if (owner != null) {
            name.append(owner.getTypeName()).append('$').append(raw.getSimpleName());
        } else {
            name.append(raw.getName());
        }
        if (arguments.length > 0) {
            name.append('<');
            for (int i = 0; i < arguments.length; i++) {
                name.append(i == 0 ? "" : ", ").append(arguments[i].getTypeName());
            }
            name.append('>');
        }
        return name.toString();
    }
}
