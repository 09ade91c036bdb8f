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
 * where that codec refuses a value. Each also adds the bytes DynamoDB counts for the value it wrote
 * ({@link AttributeSize}) to a running count, so that an item's size is known once it is written, with no second
 * walk: the generated code adds the bytes of its attribute names and record overheads, known at compile time
 * ({@link #add}), and the size of any attribute written by a runtime codec ({@link #sized}); {@link #take} reads and
 * resets the count. One SDK builder per attribute kind is reused, as in {@link AttributeValues}: a generated codec
 * takes the thread's writer once per item ({@link #get()}) instead of once per attribute. Confined to its thread;
 * each builder is used only from one setter call to the {@code build()} right after it.
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
    /** The bytes of what the typed methods wrote since the last {@link #take}. */
    private long bytes;
    /**
     * Whether sizes that cost a pass of their own are counted: a number's digits, a composed key's or a constant's
     * text, an attribute a runtime codec wrote. Off for an item whose size nobody reads ({@code toItem}); the checks
     * of every value run either way.
     */
    private boolean sizing = true;

    private AttributeWriter() {
    }

    /** The calling thread's writer. */
    public static AttributeWriter get() {
        return WRITERS.get();
    }

    /**
     * Starts an item: the count at zero, and whether its size will be read ({@link #sizing}); without, {@link #take}
     * is not the item's size.
     */
    public void start(boolean sized) {
        bytes = 0;
        sizing = sized;
    }

    /** The bytes counted since the last call, as DynamoDB counts them; the count starts again at zero. */
    public long take() {
        long taken = bytes;
        bytes = 0;
        return taken;
    }

    /** Adds bytes known when the code was generated: attribute names, a record's map overhead. */
    public void add(long known) {
        bytes += known;
    }

    /** Counts an attribute a runtime codec wrote, and returns it. */
    public AttributeValue sized(AttributeValue value) {
        if (sizing) {
            bytes += AttributeSize.of(value);
        }
        return value;
    }

    /** An S of a string STORM may store (no unpaired surrogate), or NULL. */
    public AttributeValue string(String value) {
        if (value == null) {
            return nul();
        }
        bytes += StringCodec.utf8Length(value);
        return text(value);
    }

    /** An S of an enum constant's name, or NULL. */
    public AttributeValue constant(Enum<?> value) {
        if (value == null) {
            return nul();
        }
        String name = value.name();
        if (sizing) {
            bytes += AttributeSize.utf8(name);
        }
        return text(name);
    }

    /** An S of an instant's ISO-8601 text, or NULL. */
    public AttributeValue instant(Instant value) {
        if (value == null) {
            return nul();
        }
        String text = IsoInstant.format(value);
        // digits, signs and ASCII letters only
        bytes += text.length();
        return text(text);
    }

    public AttributeValue number(int value) {
        if (sizing) {
            bytes += AttributeSize.number(value);
        }
        return number(Integer.toString(value));
    }

    public AttributeValue number(long value) {
        if (sizing) {
            bytes += AttributeSize.number(value);
        }
        return number(Long.toString(value));
    }

    public AttributeValue number(double value) {
        return counted(NumberText.ofDouble(value));
    }

    public AttributeValue number(float value) {
        return counted(NumberText.ofFloat(value));
    }

    /** An N of a boxed number of one of the types above, or NULL. */
    public AttributeValue number(Number value) {
        return value == null ? nul() : counted(NumberText.of(value));
    }

    public AttributeValue bool(boolean value) {
        bytes++;
        return BooleanCodec.INSTANCE.encode(value);
    }

    public AttributeValue bool(Boolean value) {
        bytes++;
        return value == null ? Attributes.NULL : BooleanCodec.INSTANCE.encode(value);
    }

    /** An L of the strings (null elements as NULL), or NULL. */
    public AttributeValue strings(List<String> values) {
        if (values == null) {
            return nul();
        }
        bytes += AttributeSize.CONTAINER + values.size();
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
            return nul();
        }
        bytes += AttributeSize.CONTAINER + values.size();
        // the SDK copies the map into one of its own, keeping this order; DynamoDB does not keep it
        Map<String, AttributeValue> map = new HashMap<>(MapCodec.capacity(values.size()));
        for (Map.Entry<String, String> e : values.entrySet()) {
            bytes += MapCodec.keyUtf8Length(e.getKey());
            map.put(e.getKey(), string(e.getValue()));
        }
        return map(map);
    }

    /** A new map for {@code size} attributes, for a record written as an M. */
    public static Map<String, AttributeValue> newMap(int size) {
        return new HashMap<>(MapCodec.capacity(size));
    }

    /** An M of the attributes; their bytes are counted as they are written, and the map's by {@link #add}. */
    public AttributeValue map(Map<String, AttributeValue> attributes) {
        AttributeValue value = m.m(attributes).build();
        m.m(null);
        return value;
    }

    /** An S of a composed key, counting the bytes of its attribute's name and of the key. */
    public AttributeValue key(String attributeName, String key) {
        if (sizing) {
            bytes += AttributeSize.utf8(attributeName) + AttributeSize.utf8(key);
        }
        return text(key);
    }

    /** The NULL attribute, for a value or record that is null. */
    public AttributeValue nul() {
        bytes++;
        return Attributes.NULL;
    }

    private AttributeValue counted(String number) {
        if (sizing) {
            bytes += AttributeSize.number(number);
        }
        return number(number);
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
