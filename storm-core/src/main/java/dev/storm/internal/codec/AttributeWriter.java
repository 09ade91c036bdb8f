package dev.storm.internal.codec;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Typed attribute writing for the codecs STORM's processor generates: each method writes exactly what the runtime
 * codec of its type writes (a null as a NULL attribute), with the same checks, and throws IllegalArgumentException
 * where that codec refuses a value. One SDK builder per attribute kind is reused, as in {@link AttributeValues}:
 * a generated codec takes the thread's writer once per item ({@link #get()}) instead of once per attribute. Confined
 * to its thread; each builder is used only from one setter call to the {@code build()} right after it.
 */
public final class AttributeWriter {

    private static final ThreadLocal<AttributeWriter> WRITERS = new ThreadLocal<>() {
        @Override
        protected AttributeWriter initialValue() {
            return new AttributeWriter();
        }
    };

    private final AttributeValue.Builder s = AttributeValue.builder();
    private final AttributeValue.Builder n = AttributeValue.builder();
    private final AttributeValue.Builder l = AttributeValue.builder();
    private final AttributeValue.Builder m = AttributeValue.builder();

    private AttributeWriter() {
    }

    /** The calling thread's writer. */
    public static AttributeWriter get() {
        return WRITERS.get();
    }

    /** An S of a string STORM may store (no unpaired surrogate), or NULL. */
    public AttributeValue string(String value) {
        return value == null ? Attributes.NULL : text(StringCodec.requireWellFormed(value));
    }

    /** An S of an enum constant's name, or NULL. */
    public AttributeValue constant(Enum<?> value) {
        return value == null ? Attributes.NULL : text(value.name());
    }

    /** An S of an instant's ISO-8601 text, or NULL. */
    public AttributeValue instant(Instant value) {
        return value == null ? Attributes.NULL : text(IsoInstant.format(value));
    }

    public AttributeValue number(int value) {
        return number(Integer.toString(value));
    }

    public AttributeValue number(long value) {
        return number(Long.toString(value));
    }

    public AttributeValue number(double value) {
        return number(NumberText.ofDouble(value));
    }

    public AttributeValue number(float value) {
        return number(NumberText.ofFloat(value));
    }

    /** An N of a boxed number of one of the types above, or NULL. */
    public AttributeValue number(Number value) {
        return value == null ? Attributes.NULL : number(NumberText.of(value));
    }

    public AttributeValue bool(boolean value) {
        return BooleanCodec.INSTANCE.encode(value);
    }

    public AttributeValue bool(Boolean value) {
        return value == null ? Attributes.NULL : BooleanCodec.INSTANCE.encode(value);
    }

    /** An L of the strings (null elements as NULL), or NULL. */
    public AttributeValue strings(List<String> values) {
        if (values == null) {
            return Attributes.NULL;
        }
        List<AttributeValue> list = new ArrayList<>(values.size());
        for (String value : values) {
            list.add(string(value));
        }
        AttributeValue value = l.l(list).build();
        l.l((List<AttributeValue>) null);
        return value;
    }

    /** An M of the strings under their keys (null values as NULL), or NULL. */
    public AttributeValue stringMap(Map<String, String> values) {
        if (values == null) {
            return Attributes.NULL;
        }
        // the SDK copies the map into one of its own, keeping this order; DynamoDB does not keep it
        Map<String, AttributeValue> map = new HashMap<>(MapCodec.capacity(values.size()));
        for (Map.Entry<String, String> e : values.entrySet()) {
            map.put(MapCodec.requireKey(e.getKey()), string(e.getValue()));
        }
        return map(map);
    }

    /** A new map for {@code size} attributes, for a record written as an M. */
    public static Map<String, AttributeValue> newMap(int size) {
        return new HashMap<>(MapCodec.capacity(size));
    }

    /** An M of the attributes. */
    public AttributeValue map(Map<String, AttributeValue> attributes) {
        AttributeValue value = m.m(attributes).build();
        m.m(null);
        return value;
    }

    /** The NULL attribute, for a record that is null. */
    public AttributeValue nul() {
        return Attributes.NULL;
    }

    AttributeValue text(String text) {
        AttributeValue value = s.s(text).build();
        // cleared so that no thread keeps user data alive; with the kind unchanged this costs nothing
        s.s(null);
        return value;
    }

    AttributeValue number(String text) {
        AttributeValue value = n.n(text).build();
        n.n(null);
        return value;
    }

    AttributeValue list(List<AttributeValue> elements) {
        AttributeValue value = l.l(elements).build();
        l.l((List<AttributeValue>) null);
        return value;
    }
}
