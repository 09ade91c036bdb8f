package dev.storm.internal.codec;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** boolean and Boolean as BOOL. */
final class BooleanCodec implements Codec<Boolean> {

    static final BooleanCodec INSTANCE = new BooleanCodec();

    private static final AttributeValue TRUE = AttributeValue.fromBool(true);
    private static final AttributeValue FALSE = AttributeValue.fromBool(false);

    private BooleanCodec() {
    }

    @Override
    public AttributeValue encode(Boolean value) {
        return value ? TRUE : FALSE;
    }

    @Override
    public Boolean decode(AttributeValue value) {
        Boolean bool = value.bool();
        if (bool == null) {
            throw Attributes.mismatch(value, "BOOL", "Boolean");
        }
        return bool;
    }
}
