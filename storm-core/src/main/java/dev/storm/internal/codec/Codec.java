package dev.storm.internal.codec;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Converts one Java type to and from a DynamoDB {@link AttributeValue}. Implementations are immutable and
 * thread-safe; obtain them from {@link Codecs#forType(java.lang.reflect.Type)}.
 *
 * @param <T> the Java type
 */
public interface Codec<T> {

    /**
     * Encodes a non-null value.
     *
     * @throws IllegalArgumentException when DynamoDB cannot hold the value (a NaN, an empty set, ...)
     */
    AttributeValue encode(T value);

    /**
     * Decodes a non-null attribute that is not a DynamoDB {@code NULL}.
     *
     * @throws IllegalArgumentException when the attribute has the wrong DynamoDB type for {@code T}; the message
     *                                  says which type was found and which was expected
     */
    T decode(AttributeValue value);
}
