package dev.storm.internal.codec;

import java.util.LinkedHashMap;
import java.util.Map;

/** An enum as an S holding the constant's name. */
final class EnumCodec extends TextCodec<Enum<?>> {

    private final Map<String, Enum<?>> byName = new LinkedHashMap<>();

    EnumCodec(Class<?> enumType) {
        super(false, enumType.getTypeName());
        for (Object constant : enumType.getEnumConstants()) {
            Enum<?> value = (Enum<?>) constant;
            byName.put(value.name(), value);
        }
    }

    @Override
    String toText(Enum<?> value) {
        return value.name();
    }

    @Override
    Enum<?> fromText(String text) {
        Enum<?> constant = byName.get(text);
        if (constant == null) {
            throw new IllegalArgumentException(
                    "enum " + javaType() + " has no constant \"" + text + "\"; known: " + byName.keySet());
        }
        return constant;
    }
}
