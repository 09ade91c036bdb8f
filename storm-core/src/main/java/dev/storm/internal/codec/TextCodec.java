package dev.storm.internal.codec;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A codec whose attribute is a single S or N text. Sets are built from these, so the text form is exposed to let
 * an SS or NS be read and written without an AttributeValue per element.
 */
abstract class TextCodec<T> implements Codec<T> {

    private final boolean numeric;
    private final String javaType;

    TextCodec(boolean numeric, String javaType) {
        this.numeric = numeric;
        this.javaType = javaType;
    }

    /** The text stored for a non-null value; IllegalArgumentException when DynamoDB cannot hold it. */
    abstract String toText(T value);

    /** The value of a text read from DynamoDB; IllegalArgumentException when the text is not one. */
    abstract T fromText(String text);

    /**
     * What two elements of one set must not share, as DynamoDB rejects such a set. The text itself unless equal
     * numbers can have different texts.
     */
    Object setIdentity(String text) {
        return text;
    }

    final boolean numeric() {
        return numeric;
    }

    final String javaType() {
        return javaType;
    }

    @Override
    public final AttributeValue encode(T value) {
        String text = toText(value);
        return numeric ? AttributeValues.n(text) : AttributeValues.s(text);
    }

    @Override
    public final T decode(AttributeValue value) {
        String text = numeric ? value.n() : value.s();
        if (text == null) {
            throw Attributes.mismatch(value, numeric ? "N" : "S", javaType);
        }
        return fromText(text);
    }
}
