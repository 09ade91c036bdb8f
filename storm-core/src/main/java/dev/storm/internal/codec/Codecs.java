package dev.storm.internal.codec;

import java.lang.reflect.Type;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The codecs of declared Java types, built once per type and cached. Thread-safe.
 *
 * <pre>{@code
 * Codec<Object> codec = Codecs.forType(Order.class.getRecordComponents()[2].getGenericType());
 * AttributeValue stored = codec.encode(order.items());
 * }</pre>
 */
public final class Codecs {

    private static final ConcurrentMap<Type, Codec<Object>> CACHE = new ConcurrentHashMap<>();

    private Codecs() {
    }

    /**
     * The codec for a declared, possibly generic, Java type. Its {@code encode} expects an instance of that type
     * (any {@link Number} for a numeric type).
     *
     * @throws IllegalArgumentException naming the type when STORM cannot store it
     */
    public static Codec<Object> forType(Type type) {
        Objects.requireNonNull(type, "type");
        Codec<Object> codec = CACHE.get(type);
        if (codec == null) {
            // built outside the map: a build may resolve other types, which computeIfAbsent forbids
            codec = CodecFactory.build(type);
            Codec<Object> earlier = CACHE.putIfAbsent(type, codec);
            if (earlier != null) {
                codec = earlier;
            }
        }
        return codec;
    }

    /** The key of a record component in the M a record is stored as: its {@code @Field(name)}, else its name. */
    public static String componentName(java.lang.reflect.RecordComponent component) {
        return RecordCodec.attributeName(component);
    }

    /** Whether the type is a number STORM stores as N: a primitive or box, BigDecimal or BigInteger. */
    public static boolean isNumeric(Type type) {
        return CodecFactory.isNumeric(type);
    }
}
