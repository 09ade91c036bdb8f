package dev.storm.internal.schema;

import dev.storm.internal.Refusals;
import dev.storm.InvalidModelException;
import dev.storm.InvalidQueryException;
import dev.storm.KeyLayout;
import dev.storm.internal.codec.AttributeSize;
import dev.storm.internal.codec.AttributeWriter;
import dev.storm.internal.key.KeyComposer;
import dev.storm.internal.key.KeyFormat;
import java.lang.invoke.MethodHandle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeSet;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Everything STORM knows about one model class, worked out once when the model is first used: fields, codecs, key
 * layout and how to build instances. Immutable and thread-safe; obtain it with {@link #of(Class)}.
 *
 * @param <M> the model type
 */
public final class ModelSchema<M> {

    private static final ClassValue<ModelSchema<?>> CACHE = new ClassValue<>() {
        @Override
        protected ModelSchema<?> computeValue(Class<?> type) {
            return ModelIntrospector.introspect(type);
        }
    };

    private final Class<M> type;
    private final String name;
    private final String suffix;
    private final List<FieldSchema> fields;
    private final Map<String, FieldSchema> byName = new HashMap<>();
    private final Map<String, FieldSchema> byAttribute = new HashMap<>();
    private final List<FieldSchema> pkFields;
    private final List<FieldSchema> skFields;
    private final SortedMap<Integer, List<FieldSchema>> gsiPkFields;
    private final SortedMap<Integer, List<FieldSchema>> gsiSkFields;
    private final FieldSchema versionField;
    private final FieldSchema ttlField;
    private final FieldSchema createdAtField;
    private final FieldSchema updatedAtField;
    private final MethodHandle constructor;
    private final boolean record;
    private final GeneratedModel<M> generated;
    private final KeyComposer<M> keys;
    // the generated item codec and what it needs, or null: then items go through the fields' runtime codecs
    private final GeneratedCodec<M> codec;
    private final FieldSchema[] fieldArray;
    private final int[] keyPositions;
    private final int itemCapacity;

    ModelSchema(Class<M> type, String suffix, KeyLayout keyLayout, List<FieldSchema> fields, List<FieldSchema> pkFields,
                List<FieldSchema> skFields, SortedMap<Integer, List<FieldSchema>> gsiPkFields,
                SortedMap<Integer, List<FieldSchema>> gsiSkFields, FieldSchema versionField,
                MethodHandle constructor, boolean record, GeneratedModel<M> generated) {
        this.type = type;
        String className = type.getName();
        this.name = className.substring(className.lastIndexOf('.') + 1).replace('$', '.');
        this.suffix = suffix;
        this.fields = List.copyOf(fields);
        this.pkFields = List.copyOf(pkFields);
        this.skFields = List.copyOf(skFields);
        this.gsiPkFields = gsiPkFields;
        this.gsiSkFields = gsiSkFields;
        this.versionField = versionField;
        this.constructor = constructor;
        this.record = record;
        this.generated = generated;
        for (FieldSchema f : fields) {
            byName.put(f.name(), f);
            byAttribute.put(f.attributeName(), f);
        }
        FieldSchema ttl = null;
        FieldSchema createdAt = null;
        FieldSchema updatedAt = null;
        // plain loops: method references here would cost every JVM's first use
        for (FieldSchema f : fields) {
            ttl = single(ttl, f, f.options().ttl(), "@Ttl");
            createdAt = single(createdAt, f, f.options().createdAt(), "@CreatedAt");
            updatedAt = single(updatedAt, f, f.options().updatedAt(), "@UpdatedAt");
        }
        this.ttlField = ttl;
        this.createdAtField = createdAt;
        this.updatedAtField = updatedAt;
        this.keys = new KeyComposer<>(this, KeyFormat.of(keyLayout, suffix));
        this.fieldArray = this.fields.toArray(new FieldSchema[0]);
        this.codec = codec(generated, fieldArray);
        int keyCount = 0;
        for (FieldSchema f : fieldArray) {
            keyCount += f.roles().isKey() ? 1 : 0;
        }
        this.keyPositions = new int[keyCount];
        keyCount = 0;
        for (FieldSchema f : fieldArray) {
            if (f.roles().isKey()) {
                keyPositions[keyCount++] = f.position();
            }
        }
        // the fields plus PK, SK and two attributes per index, without rehashing
        this.itemCapacity = (int) ((fieldArray.length + 2 + 2 * gsiPkFields.size()) / 0.75f) + 1;
    }

    /** The generated item codec, when there is one and it was compiled from the model as it is now. */
    @SuppressWarnings("unchecked")
    private static <M> GeneratedCodec<M> codec(GeneratedModel<M> generated, FieldSchema[] fields) {
        if (!(generated instanceof GeneratedCodec<?> candidate)) {
            return null;
        }
        String[] names = candidate.attributeNames();
        if (names.length != fields.length) {
            return null;
        }
        for (FieldSchema f : fields) {
            if (!f.attributeName().equals(names[f.position()])) {
                return null;
            }
        }
        return (GeneratedCodec<M>) candidate;
    }

    /** The field marked so far, or {@code f} when it is marked; an InvalidModelException when both are. */
    private FieldSchema single(FieldSchema found, FieldSchema f, boolean marked, String annotation) {
        if (!marked) {
            return found;
        }
        if (found != null) {
            throw Refusals.invalidModel(f + ": " + name() + " already has " + annotation + " field '"
                    + found.name() + "'; a model has at most one");
        }
        return f;
    }

    @SuppressWarnings("unchecked")
    public static <M> ModelSchema<M> of(Class<M> type) {
        return (ModelSchema<M>) CACHE.get(type);
    }

    public Class<M> type() {
        return type;
    }

    /** The simple name used in messages, {@code Outer.Inner} for nested models. */
    public String name() {
        return name;
    }

    public String suffix() {
        return suffix;
    }

    /** The key layout the model's keys are written in. */
    public KeyLayout keyLayout() {
        return keys.format().layout();
    }

    public List<FieldSchema> fields() {
        return fields;
    }

    /** The field of the given Java name; an {@link InvalidQueryException} when the model has none. */
    public FieldSchema field(String javaName) {
        FieldSchema field = byName.get(javaName);
        if (field == null) {
            throw Refusals.invalidQuery(name() + " has no field '" + javaName + "'; its fields are "
                    + fields.stream().map(FieldSchema::name).toList());
        }
        return field;
    }

    /** The field stored under the attribute name, or null. */
    public FieldSchema fieldByAttribute(String attributeName) {
        return byAttribute.get(attributeName);
    }

    public List<FieldSchema> pkFields() {
        return pkFields;
    }

    public List<FieldSchema> skFields() {
        return skFields;
    }

    /** The fields of the partition key of index {@code n}; empty when the model is not in that index. */
    public List<FieldSchema> gsiPkFields(int index) {
        return gsiPkFields.getOrDefault(index, List.of());
    }

    /** The fields of the sort key of index {@code n}; empty when the index sorts by SK for this model. */
    public List<FieldSchema> gsiSkFields(int index) {
        return gsiSkFields.getOrDefault(index, List.of());
    }

    /** The indexes this model has a partition key for, ascending. */
    public SortedSet<Integer> indexes() {
        return new TreeSet<>(gsiPkFields.keySet());
    }

    /** The {@code @Version} field, or null. */
    public FieldSchema versionField() {
        return versionField;
    }

    /** The {@code @Ttl} field, or null. */
    public FieldSchema ttlField() {
        return ttlField;
    }

    /** The {@code @CreatedAt} field, or null. */
    public FieldSchema createdAtField() {
        return createdAtField;
    }

    /** The {@code @UpdatedAt} field, or null. */
    public FieldSchema updatedAtField() {
        return updatedAtField;
    }

    public KeyComposer<M> keys() {
        return keys;
    }

    /** A new instance from field values by position; null for a primitive field becomes its zero. */
    public M instantiate(Object[] values) {
        for (FieldSchema f : fields) {
            if (values[f.position()] == null) {
                values[f.position()] = f.zero();
            }
        }
        try {
            if (generated != null) {
                return generated.create(values);
            }
            if (record) {
                return type.cast(constructor.invokeExact(values));
            }
            Object instance = constructor.invokeExact();
            for (FieldSchema f : fields) {
                f.set(instance, values[f.position()]);
            }
            return type.cast(instance);
        } catch (Throwable t) {
            throw Invoker.rethrow(t, "Creating " + name());
        }
    }

    /** The item of a model: its keys, then every field under its attribute name (nulls as NULL). */
    public Map<String, AttributeValue> toItem(M model) {
        Map<String, AttributeValue> item = new HashMap<>(itemCapacity);
        write(model, item, false);
        return item;
    }

    /**
     * The item of a model, as {@link #toItem}, with its size in bytes as DynamoDB counts it ({@code ItemSize}) left
     * in {@code bytes[0]}: counted as it is written, by the generated codec value by value or by the runtime codecs
     * attribute by attribute, with no second walk of the item. The caller's array, so a bulk write allocates one.
     */
    public Map<String, AttributeValue> toItem(M model, long[] bytes) {
        Map<String, AttributeValue> item = new HashMap<>(itemCapacity);
        bytes[0] = write(model, item, true);
        return item;
    }

    /** Writes the model's item into an empty map; returns its size when {@code sized} (else a figure not to read). */
    private long write(M model, Map<String, AttributeValue> item, boolean sized) {
        if (codec != null && !(model instanceof StandIn)) {
            AttributeValue[] encoded = new AttributeValue[fieldArray.length];
            AttributeWriter out = AttributeWriter.get();
            // also clears a count left by an encode that failed midway
            out.start(sized);
            try {
                codec.encode(model, out, item, encoded, fieldArray);
            } catch (RuntimeException refused) {
                // the runtime codecs refuse the same value, with the message naming model, field and value
                item.clear();
                return writeByFields(model, item, sized);
            }
            if (keys.writeKeys(encoded, item, out)) {
                return out.take();
            }
            // a key part null, empty or holding '#', a sparse index, a @Sortable part: the full path explains
            long bytes = out.take();
            Object[] keyValues = new Object[fieldArray.length];
            for (int position : keyPositions) {
                keyValues[position] = generated.value(model, position);
            }
            return bytes + keys.writeKeys(keyValues, encoded, item);
        }
        return writeByFields(model, item, sized);
    }

    private long writeByFields(M model, Map<String, AttributeValue> item, boolean sized) {
        Object[] values = values(model);
        AttributeValue[] encoded = new AttributeValue[values.length];
        long bytes = keys.writeKeys(values, encoded, item);
        for (FieldSchema f : fields) {
            int position = f.position();
            AttributeValue keyPart = encoded[position];
            AttributeValue value = keyPart != null ? keyPart : f.encode(values[position]);
            item.put(f.attributeName(), value);
            if (sized) {
                bytes += AttributeSize.utf8(f.attributeName()) + AttributeSize.of(value);
            }
        }
        return bytes;
    }

    /** The field values of a model by position, each read once. */
    public Object[] values(M model) {
        if (generated != null && !(model instanceof StandIn)) {
            return generated.values(model);
        }
        Object[] values = new Object[fields.size()];
        for (FieldSchema f : fields) {
            values[f.position()] = f.get(model);
        }
        return values;
    }

    /** The fields of a model alone, in declaration order, under their attribute names. */
    public Map<String, AttributeValue> toAttributes(M model) {
        Map<String, AttributeValue> attributes = new java.util.LinkedHashMap<>();
        for (FieldSchema f : fields) {
            attributes.put(f.attributeName(), f.encode(f.get(model)));
        }
        return attributes;
    }

    /** A model from a stored item; attributes the model does not declare are ignored. */
    public M fromItem(Map<String, AttributeValue> item) {
        if (codec != null) {
            try {
                return codec.decode(item, fieldArray);
            } catch (RuntimeException unusual) {
                // an attribute of another type, an unusual number text, a refusing constructor: the runtime codecs
                // read it or explain precisely why not
                return fromItemByFields(item);
            }
        }
        return fromItemByFields(item);
    }

    private M fromItemByFields(Map<String, AttributeValue> item) {
        Object[] values = new Object[fields.size()];
        for (FieldSchema f : fields) {
            values[f.position()] = f.decode(item.get(f.attributeName()));
        }
        return instantiate(values);
    }

    /** A model holding only the given field values (others null or zero, so record defaults apply). */
    public M partial(Map<FieldSchema, Object> values) {
        Object[] array = new Object[fields.size()];
        values.forEach((f, v) -> array[f.position()] = v);
        return instantiate(array);
    }

    /** Whether items are written and read by the straight-line codec STORM's processor generated. */
    public boolean hasGeneratedCodec() {
        return codec != null;
    }

    /** Whether the model is read and built through accessors STORM's processor generated. */
    public boolean isGenerated() {
        return generated != null;
    }

    @Override
    public String toString() {
        return "ModelSchema[" + name() + "]";
    }
}
