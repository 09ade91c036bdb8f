package dev.storm.internal.key;

import dev.storm.internal.schema.Placeholder;
import java.math.BigDecimal;
import java.time.temporal.TemporalAccessor;
import java.util.Set;
import java.util.UUID;

/**
 * Renders a key-part value as the text STORM writes between the {@code #} separators: strings as they are, numbers
 * in plain decimal, enums by name, UUIDs and java.time values in their ISO-8601 form.
 */
public final class KeyText {

    private static final Set<Class<?>> KEY_TYPES = Set.of(
            String.class, Character.class, char.class, Boolean.class, boolean.class,
            Integer.class, int.class, Long.class, long.class, Short.class, short.class, Byte.class, byte.class,
            Double.class, double.class, Float.class, float.class, BigDecimal.class, java.math.BigInteger.class,
            UUID.class, java.time.Instant.class, java.time.LocalDate.class, java.time.LocalDateTime.class,
            java.time.OffsetDateTime.class, java.time.ZonedDateTime.class, java.time.LocalTime.class);

    private KeyText() {
    }

    /** Whether values of the type can be key parts. */
    public static boolean isKeyType(Class<?> type) {
        return KEY_TYPES.contains(type) || type.isEnum();
    }

    /** The text of a non-null key-part value. */
    public static String render(Object value) {
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof Placeholder placeholder) {
            return placeholder.text();
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof TemporalAccessor || value instanceof Number || value instanceof UUID
                || value instanceof Boolean || value instanceof Character) {
            return value.toString();
        }
        throw new IllegalArgumentException(value.getClass().getName() + " cannot be a key part");
    }
}
