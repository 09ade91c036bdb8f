package dev.storm.internal.codec;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Objects;

/**
 * Parameterized types written by STORM's annotation processor, such as {@code List<String>}, equal to what
 * {@link java.lang.reflect.RecordComponent#getGenericType()} returns for them, built without the JDK parsing a
 * generic signature (which loads some thirty classes of its own on a JVM's first use). Stateless, thread-safe.
 */
public final class GenericTypes {

    private GenericTypes() {
    }

    /**
     * The type {@code raw<arguments>}, owned by the class that declares {@code raw}, as the JDK's reflection
     * represents it: equal to the JDK's own instance both ways, with its hash code and its type name.
     */
    public static ParameterizedType of(Class<?> raw, Type... arguments) {
        return new Parameterized(raw, arguments.clone(), raw.getDeclaringClass());
    }

    /**
     * One parameterized type. Its equals, hashCode and toString follow the contract of the JDK's implementation
     * (an interface contract across classes, so no record: a record equals only its own class).
     */
    private static final class Parameterized implements ParameterizedType {
        private final Class<?> raw;
        private final Type[] arguments;
        private final Type owner;

        Parameterized(Class<?> raw, Type[] arguments, Type owner) {
            this.raw = raw;
            this.arguments = arguments;
            this.owner = owner;
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
                    && Objects.equals(raw, that.getRawType())
                    && Arrays.equals(arguments, that.getActualTypeArguments());
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
}
