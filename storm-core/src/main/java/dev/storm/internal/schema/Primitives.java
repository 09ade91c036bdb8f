package dev.storm.internal.schema;

import java.util.Map;

/** Zero values and boxes of primitive types. */
final class Primitives {

    private static final Map<Class<?>, Object> ZEROS = Map.of(
            int.class, 0, long.class, 0L, short.class, (short) 0, byte.class, (byte) 0,
            double.class, 0.0d, float.class, 0.0f, boolean.class, false, char.class, '\0');

    private static final Map<Class<?>, Class<?>> BOXES = Map.of(
            int.class, Integer.class, long.class, Long.class, short.class, Short.class, byte.class, Byte.class,
            double.class, Double.class, float.class, Float.class, boolean.class, Boolean.class,
            char.class, Character.class);

    private Primitives() {
    }

    static Object zero(Class<?> type) {
        return ZEROS.get(type);
    }

    static Class<?> box(Class<?> type) {
        return type.isPrimitive() ? BOXES.get(type) : type;
    }
}
