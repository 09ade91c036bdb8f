package dev.storm.internal.key;

import java.math.BigDecimal;
import java.util.Set;
import java.util.UUID;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Renders a key-part value as the text STORM writes between the {@code #} separators: strings as they are, numbers
 * as their canonical DynamoDB number text (the attribute beside the key holds the same text: {@code BigDecimal} 2.50
 * and 2.5 are both {@code 2.5}, doubles in plain notation, {@code 10000000.0}), booleans as the layout writes them,
 * enums by name, UUIDs and java.time values in their ISO-8601 form.
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

    /**
     * The text of a key part, from the attribute its field stores: the S or N text as it is, so a key part and the
     * attribute beside it always agree; booleans as the format writes them.
     */
    public static String render(AttributeValue stored, KeyFormat format) {
        String text = renderable(stored, format);
        if (text == null) {
            throw new IllegalArgumentException(stored + " cannot be a key part");
        }
        return text;
    }

    /** The text {@link #render} gives, or null for an attribute that is not an S, N or BOOL. */
    static String renderable(AttributeValue stored, KeyFormat format) {
        if (stored.s() != null) {
            return stored.s();
        }
        if (stored.n() != null) {
            return stored.n();
        }
        Boolean bool = stored.bool();
        return bool == null ? null : format.bool(bool);
    }
}
