package dev.storm.internal.codec;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntFunction;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** A Map with String keys as an M; null values are NULL attributes. */
final class MapCodec implements Codec<Map<?, ?>> {

    private final Codec<Object> values;
    private final IntFunction<Map<String, Object>> newMap;
    private final String javaType;

    MapCodec(Codec<Object> values, IntFunction<Map<String, Object>> newMap, String javaType) {
        this.values = values;
        this.newMap = newMap;
        this.javaType = javaType;
    }

    @Override
    public AttributeValue encode(Map<?, ?> value) {
        Map<String, AttributeValue> map = new LinkedHashMap<>(capacity(value.size()));
        for (Map.Entry<?, ?> entry : value.entrySet()) {
            if (!(entry.getKey() instanceof String key)) {
                throw new IllegalArgumentException("a map stored in DynamoDB needs String keys, not " + entry.getKey());
            }
            Object element = entry.getValue();
            try {
                map.put(requireKey(key), element == null ? Attributes.NULL : values.encode(element));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("map key \"" + key + "\": " + e.getMessage(), e);
            }
        }
        return AttributeValues.m(map);
    }

    @Override
    public Map<String, Object> decode(AttributeValue value) {
        if (!value.hasM()) {
            throw Attributes.mismatch(value, "M", javaType);
        }
        Map<String, AttributeValue> map = value.m();
        Map<String, Object> result = newMap.apply(map.size());
        for (Map.Entry<String, AttributeValue> entry : map.entrySet()) {
            AttributeValue element = entry.getValue();
            try {
                result.put(entry.getKey(), Attributes.isNull(element) ? null : values.decode(element));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("map key \"" + entry.getKey() + "\": " + e.getMessage(), e);
            }
        }
        return result;
    }

    /** A map key DynamoDB accepts: not empty, and well-formed UTF-16 (no unpaired surrogate). */
    static String requireKey(String key) {
        keyUtf8Length(key);
        return key;
    }

    /** The UTF-8 bytes of a map key DynamoDB takes: not empty, no unpaired surrogate. */
    static long keyUtf8Length(String key) {
        if (key.isEmpty()) {
            throw new IllegalArgumentException("DynamoDB refuses an empty map key");
        }
        return StringCodec.utf8Length(key);
    }

    /** A HashMap capacity that holds {@code size} entries without rehashing. */
    static int capacity(int size) {
        return (int) (size / 0.75f) + 1;
    }
}
