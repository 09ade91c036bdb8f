package dev.storm.internal.codec;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;

/** Captures a generic type in a test: {@code new TypeRef<List<String>>() {}.type()}. */
abstract class TypeRef<T> {

    private final Type type;

    protected TypeRef() {
        type = ((ParameterizedType) getClass().getGenericSuperclass()).getActualTypeArguments()[0];
    }

    Type type() {
        return type;
    }

    Codec<Object> codec() {
        return Codecs.forType(type);
    }
}
