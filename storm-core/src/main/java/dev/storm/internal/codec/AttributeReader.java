package dev.storm.internal.codec;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Typed attribute reading for the codecs STORM's processor generates: each method reads what the runtime codec of
 * its type reads in the common case, a missing or NULL attribute as null (or the primitive's zero). Anything else
 * (an attribute of another type, a number text the fast parser refuses) throws, and the caller then decodes the
 * item again through the runtime codecs, which read it or explain precisely why not. Stateless, thread-safe.
 */
public final class AttributeReader {

    private AttributeReader() {
    }

    public static String string(AttributeValue value) {
        if (absent(value)) {
            return null;
        }
        return require(value.s(), value);
    }

    public static Instant instant(AttributeValue value) {
        return absent(value) ? null : IsoInstant.parse(require(value.s(), value));
    }

    /** The constant of the enum named by an S, or null. */
    public static <E extends Enum<E>> E constant(AttributeValue value, Class<E> type) {
        return absent(value) ? null : Enum.valueOf(type, require(value.s(), value));
    }

    public static int int32(AttributeValue value) {
        return absent(value) ? 0 : Integer.parseInt(require(value.n(), value));
    }

    public static long int64(AttributeValue value) {
        return absent(value) ? 0 : Long.parseLong(require(value.n(), value));
    }

    public static double float64(AttributeValue value) {
        return absent(value) ? 0 : Double.parseDouble(require(value.n(), value));
    }

    public static float float32(AttributeValue value) {
        return absent(value) ? 0 : Float.parseFloat(require(value.n(), value));
    }

    public static boolean bool(AttributeValue value) {
        return !absent(value) && require(value.bool(), value);
    }

    public static Integer int32Boxed(AttributeValue value) {
        return absent(value) ? null : int32(value);
    }

    public static Long int64Boxed(AttributeValue value) {
        return absent(value) ? null : int64(value);
    }

    public static Double float64Boxed(AttributeValue value) {
        return absent(value) ? null : float64(value);
    }

    public static Float float32Boxed(AttributeValue value) {
        return absent(value) ? null : float32(value);
    }

    public static Boolean boolBoxed(AttributeValue value) {
        return absent(value) ? null : bool(value);
    }

    /** The strings of an L, as an ArrayList (NULL elements as null), or null. */
    public static List<String> strings(AttributeValue value) {
        if (absent(value)) {
            return null;
        }
        List<AttributeValue> stored = value.l();
        if (!value.hasL()) {
            throw mismatch(value);
        }
        List<String> strings = new ArrayList<>(stored.size());
        for (AttributeValue element : stored) {
            strings.add(string(element));
        }
        return strings;
    }

    /** The strings of an M under their keys, as a HashMap (NULL values as null; an M keeps no order), or null. */
    public static Map<String, String> stringMap(AttributeValue value) {
        Map<String, AttributeValue> stored = map(value);
        if (stored == null) {
            return null;
        }
        Map<String, String> strings = new HashMap<>(MapCodec.capacity(stored.size()));
        for (Map.Entry<String, AttributeValue> e : stored.entrySet()) {
            strings.put(e.getKey(), string(e.getValue()));
        }
        return strings;
    }

    /** The attributes of an M, for a record stored as one, or null. */
    public static Map<String, AttributeValue> map(AttributeValue value) {
        if (absent(value)) {
            return null;
        }
        if (!value.hasM()) {
            throw mismatch(value);
        }
        return value.m();
    }

    private static boolean absent(AttributeValue value) {
        return value == null || Boolean.TRUE.equals(value.nul());
    }

    private static <T> T require(T member, AttributeValue value) {
        if (member == null) {
            throw mismatch(value);
        }
        return member;
    }

    private static IllegalArgumentException mismatch(AttributeValue value) {
        return new IllegalArgumentException("unexpected " + Attributes.describe(value));
    }
}
