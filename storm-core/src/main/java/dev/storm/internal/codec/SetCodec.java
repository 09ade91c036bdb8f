package dev.storm.internal.codec;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A Set of strings or numbers as an SS or NS. DynamoDB refuses empty sets, null elements and two elements with
 * one value, so those are rejected here rather than by the service.
 */
final class SetCodec implements Codec<Collection<?>> {

    private final TextCodec<Object> elements;
    private final IntFunction<Set<Object>> newSet;
    private final String javaType;

    SetCodec(TextCodec<Object> elements, IntFunction<Set<Object>> newSet, String javaType) {
        this.elements = elements;
        this.newSet = newSet;
        this.javaType = javaType;
    }

    @Override
    public AttributeValue encode(Collection<?> value) {
        if (value.isEmpty()) {
            throw new IllegalArgumentException("an empty set cannot be stored; store null instead");
        }
        List<String> texts = new ArrayList<>(value.size());
        Set<Object> seen = new HashSet<>(value.size() * 2);
        for (Object element : value) {
            if (element == null) {
                throw new IllegalArgumentException("a set stored in DynamoDB cannot hold null");
            }
            String text = elements.toText(element);
            if (!seen.add(elements.setIdentity(text))) {
                throw new IllegalArgumentException(
                        "the set holds two elements that DynamoDB stores as one value: " + text);
            }
            texts.add(text);
        }
        return elements.numeric() ? AttributeValue.fromNs(texts) : AttributeValue.fromSs(texts);
    }

    @Override
    public Set<Object> decode(AttributeValue value) {
        boolean numeric = elements.numeric();
        if (numeric ? !value.hasNs() : !value.hasSs()) {
            throw Attributes.mismatch(value, numeric ? "NS" : "SS", javaType);
        }
        List<String> texts = numeric ? value.ns() : value.ss();
        Set<Object> result = newSet.apply(texts.size());
        for (String text : texts) {
            result.add(elements.fromText(text));
        }
        return result;
    }
}
