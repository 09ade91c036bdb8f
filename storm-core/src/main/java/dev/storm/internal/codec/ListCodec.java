package dev.storm.internal.codec;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** A List, Collection or Iterable as an L; null elements are NULL attributes. Decodes to an ArrayList. */
final class ListCodec implements Codec<Iterable<?>> {

    private final Codec<Object> elements;
    private final String javaType;

    ListCodec(Codec<Object> elements, String javaType) {
        this.elements = elements;
        this.javaType = javaType;
    }

    @Override
    public AttributeValue encode(Iterable<?> value) {
        List<AttributeValue> list = value instanceof Collection<?> c ? new ArrayList<>(c.size()) : new ArrayList<>();
        for (Object element : value) {
            try {
                list.add(element == null ? Attributes.NULL : elements.encode(element));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("element " + list.size() + " of the list: " + e.getMessage(), e);
            }
        }
        return AttributeValues.l(list);
    }

    @Override
    public List<Object> decode(AttributeValue value) {
        if (!value.hasL()) {
            throw Attributes.mismatch(value, "L", javaType);
        }
        List<AttributeValue> list = value.l();
        List<Object> result = new ArrayList<>(list.size());
        for (AttributeValue element : list) {
            try {
                result.add(Attributes.isNull(element) ? null : elements.decode(element));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("element " + result.size() + " of the list: " + e.getMessage(), e);
            }
        }
        return result;
    }
}
