package dev.storm.internal.codec;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** A field declared as AttributeValue is stored as it is, for shapes no other codec covers. */
final class PassThroughCodec implements Codec<AttributeValue> {

    static final PassThroughCodec INSTANCE = new PassThroughCodec();

    private PassThroughCodec() {
    }

    @Override
    public AttributeValue encode(AttributeValue value) {
        return value;
    }

    @Override
    public AttributeValue decode(AttributeValue value) {
        return value;
    }
}
