package dev.storm.internal.schema;

import dev.storm.internal.Refusals;
import dev.storm.InvalidModelException;
import dev.storm.internal.codec.Codec;
import dev.storm.internal.codec.Codecs;
import dev.storm.internal.codec.EpochSecondsCodec;
import dev.storm.internal.codec.GeneratedRecord;
import java.lang.invoke.MethodHandle;
import java.lang.reflect.Type;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One field of a model, resolved once per model: its names, codec, key roles and accessors. Immutable, thread-safe.
 */
public final class FieldSchema {

    static final AttributeValue NULL = AttributeValue.fromNul(true);

    private final String modelName;
    private final String name;
    private final String attributeName;
    private final Type genericType;
    private final Class<?> rawType;
    // a generated model's field resolves its runtime codec when first needed: its generated codec writes and reads
    // the item, and the processor checked the type is storable (volatile: a codec may hold a deferred reference)
    private volatile Codec<Object> codec;
    private final KeyRoles roles;
    private final FieldOptions options;
    private final int position;
    private final Object zero;
    private final MethodHandle getter;
    private final MethodHandle setter;
    private GeneratedRecord<Object> generated;

    /** A field; {@code codec} null to resolve it on first use, as {@link #codecFor} would now. */
    FieldSchema(String modelName, String name, String attributeName, Type genericType, Class<?> rawType,
                Codec<Object> codec, KeyRoles roles, FieldOptions options, int position, MethodHandle getter,
                MethodHandle setter) {
        this.modelName = modelName;
        this.name = name;
        this.attributeName = attributeName;
        this.genericType = genericType;
        this.rawType = rawType;
        this.codec = codec;
        this.roles = roles;
        this.options = options;
        this.position = position;
        this.zero = Primitives.zero(rawType);
        this.getter = getter;
        this.setter = setter;
    }

    /**
     * The runtime codec of a field: epoch seconds for a {@code @Ttl}, else the codec of its type; an
     * {@link InvalidModelException} naming the field when its type cannot be stored.
     */
    static Codec<Object> codecFor(String where, Type genericType, Class<?> rawType, boolean ttl) {
        try {
            return ttl ? EpochSecondsCodec.forType(rawType) : Codecs.forType(genericType);
        } catch (IllegalArgumentException e) {
            throw Refusals.invalidModel(where + ": unsupported type " + genericType.getTypeName() + ": "
                    + e.getMessage(), e);
        }
    }

    private Codec<Object> codec() {
        Codec<Object> resolved = codec;
        if (resolved == null) {
            resolved = codecFor(this.toString(), genericType, rawType, options.ttl());
            codec = resolved;
        }
        return resolved;
    }

    public String modelName() {
        return modelName;
    }

    /** The Java name. */
    public String name() {
        return name;
    }

    /** The DynamoDB attribute name. */
    public String attributeName() {
        return attributeName;
    }

    public Type genericType() {
        return genericType;
    }

    public Class<?> rawType() {
        return rawType;
    }

    public KeyRoles roles() {
        return roles;
    }

    /** TTL, timestamp and sortable-key settings. */
    public FieldOptions options() {
        return options;
    }

    /** The position among the model's fields, which is also the record constructor's parameter index. */
    public int position() {
        return position;
    }

    /** The value a missing attribute reads as: null, or the primitive's zero. */
    public Object zero() {
        return zero;
    }

    /** Reads through generated accessors instead of the getter; called once, before the schema is published. */
    @SuppressWarnings("unchecked")
    void bind(GeneratedRecord<?> accessors) {
        this.generated = (GeneratedRecord<Object>) accessors;
    }

    public Object get(Object model) {
        if (model instanceof StandIn standIn) {
            return standIn.valueOf(this);
        }
        if (generated != null) {
            return generated.value(model, position);
        }
        try {
            return getter.invokeExact(model);
        } catch (Throwable t) {
            throw Invoker.rethrow(t, "Reading " + modelName + "." + name);
        }
    }

    void set(Object model, Object value) {
        try {
            setter.invokeExact(model, value);
        } catch (Throwable t) {
            throw Invoker.rethrow(t, "Setting " + modelName + "." + name);
        }
    }

    /** The attribute for a value of this field; null is written as a NULL attribute, as STORM for Python does. */
    public AttributeValue encode(Object value) {
        if (value == null) {
            return NULL;
        }
        if (value instanceof Placeholder placeholder) {
            return AttributeValue.fromS(placeholder.text());
        }
        try {
            return codec().encode(value);
        } catch (IllegalArgumentException | ClassCastException e) {
            throw Refusals.invalidValue(modelName + "." + name + ": value " + Describe.value(value)
                    + " cannot be stored: " + e.getMessage(), e);
        }
    }

    /** The field value of an attribute; a missing or NULL attribute reads as {@link #zero()}. */
    public Object decode(AttributeValue value) {
        if (value == null || Boolean.TRUE.equals(value.nul())) {
            return zero;
        }
        try {
            return codec().decode(value);
        } catch (IllegalArgumentException e) {
            throw Refusals.invalidValue(modelName + "." + name + " (attribute '" + attributeName
                    + "'): stored value " + value + " cannot be read as " + genericType.getTypeName() + ": "
                    + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return modelName + "." + name;
    }
}
