package dev.storm.internal.codec;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Stands in for a record codec that is still being built, so a record holding (a list of) itself gets a finite
 * codec graph. Bound exactly once, before the graph is published through the codec cache.
 */
final class DeferredCodec implements Codec<Object> {

    private final String javaType;
    private volatile Codec<Object> target;

    DeferredCodec(String javaType) {
        this.javaType = javaType;
    }

    void bind(Codec<Object> codec) {
        target = codec;
    }

    @Override
    public AttributeValue encode(Object value) {
        return target().encode(value);
    }

    @Override
    public Object decode(AttributeValue value) {
        return target().decode(value);
    }

    private Codec<Object> target() {
        Codec<Object> codec = target;
        if (codec == null) {
            throw new IllegalStateException("the codec of " + javaType + " is used before it was built");
        }
        return codec;
    }
}
