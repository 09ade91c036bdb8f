package dev.storm.internal.key;

import dev.storm.InvalidKeyException;
import dev.storm.InvalidTemplateException;
import dev.storm.MissingRequiredFieldsException;
import dev.storm.internal.codec.AttributeValues;
import dev.storm.internal.schema.Describe;
import dev.storm.internal.schema.FieldSchema;
import dev.storm.internal.schema.ModelSchema;
import dev.storm.internal.schema.Placeholder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Composes a model's keys as STORM (Python) does: for each key field, its identifier and its value, joined by
 * {@code #}, with the model's suffix ending partition keys. {@code U#user123#USER}, {@code T#METADATA}.
 * Immutable, thread-safe.
 *
 * @param <M> the model type
 */
public final class KeyComposer<M> {

    private static final char SEPARATOR = '#';

    private final ModelSchema<M> schema;
    // the key layout as arrays, read on every save
    private final FieldSchema[] keyFields;
    private final FieldSchema[] pkFields;
    private final FieldSchema[] skFields;
    private final int[] indexes;
    private final FieldSchema[][] gsiPkFields;
    private final FieldSchema[][] gsiSkFields;

    /** The composer of a schema whose fields and key layout are already set. */
    public KeyComposer(ModelSchema<M> schema) {
        this.schema = schema;
        List<FieldSchema> keys = new ArrayList<>();
        for (FieldSchema f : schema.fields()) {
            if (f.roles().isKey()) {
                keys.add(f);
            }
        }
        // plain loops and arrays: streams and method references here would cost every model's first use
        this.keyFields = keys.toArray(new FieldSchema[0]);
        this.pkFields = schema.pkFields().toArray(new FieldSchema[0]);
        this.skFields = schema.skFields().toArray(new FieldSchema[0]);
        this.indexes = new int[schema.indexes().size()];
        this.gsiPkFields = new FieldSchema[indexes.length][];
        this.gsiSkFields = new FieldSchema[indexes.length][];
        int i = 0;
        for (int index : schema.indexes()) {
            indexes[i] = index;
            gsiPkFields[i] = schema.gsiPkFields(index).toArray(new FieldSchema[0]);
            gsiSkFields[i] = schema.gsiSkFields(index).toArray(new FieldSchema[0]);
            i++;
        }
    }

    public String pk(M model) {
        return compose(schema.pkFields(), f -> f.get(model), schema.suffix(), "PK");
    }

    public String sk(M model) {
        if (schema.skFields().isEmpty()) {
            return schema.suffix();
        }
        return compose(schema.skFields(), f -> f.get(model), null, "SK");
    }

    /** The partition key of index {@code n}, or null when the model has no field in that index. */
    public String gsiPk(M model, int index) {
        List<FieldSchema> fields = schema.gsiPkFields(index);
        return fields.isEmpty() ? null : compose(fields, f -> f.get(model), schema.suffix(), "GSI" + index + "PK");
    }

    /**
     * The sort key of index {@code n} (n >= 2), or null when the model is not in that index. A model with no gsiSk
     * field for the index sorts by its SK there.
     */
    public String gsiSk(M model, int index) {
        if (index == 1 || schema.gsiPkFields(index).isEmpty()) {
            return null;
        }
        List<FieldSchema> fields = schema.gsiSkFields(index);
        return fields.isEmpty() ? sk(model) : compose(fields, f -> f.get(model), null, "GSI" + index + "SK");
    }

    /** The attribute name of the partition key of index {@code n}: {@code PK} for the table, {@code GSInPK}. */
    public static String pkAttribute(int index) {
        return index == 0 ? "PK" : "GSI" + index + "PK";
    }

    /** The attribute name of the sort key of index {@code n}: {@code SK} for the table and GSI1, {@code GSInSK}. */
    public static String skAttribute(int index) {
        return index <= 1 ? "SK" : "GSI" + index + "SK";
    }

    /** Every key field that is null, in declaration order. */
    public List<FieldSchema> missingKeyFields(M model) {
        List<FieldSchema> missing = new ArrayList<>();
        for (FieldSchema f : schema.fields()) {
            if (f.roles().isKey() && f.get(model) == null) {
                missing.add(f);
            }
        }
        return missing;
    }

    /** Throws {@link MissingRequiredFieldsException} listing every key field that is null. */
    public void requireKeyFields(M model) {
        List<FieldSchema> missing = missingKeyFields(model);
        if (!missing.isEmpty()) {
            throw missing(missing);
        }
    }

    private MissingRequiredFieldsException missing(List<FieldSchema> missing) {
        return new MissingRequiredFieldsException(schema.name() + " is missing required key fields "
                + missing.stream().map(FieldSchema::name).toList() + "; set them before saving");
    }

    /** Writes PK, SK and every index key of a model into an item, after checking no key field is null. */
    public void writeKeys(M model, Map<String, AttributeValue> item) {
        writeKeys(schema.values(model), new AttributeValue[schema.fields().size()], item);
    }

    /**
     * Writes PK, SK and every index key into an item from the model's field values by position, after checking no
     * key field is null. Each key part's attribute is left in {@code encoded} at its position, so the caller need
     * not encode key fields a second time.
     */
    public void writeKeys(Object[] values, AttributeValue[] encoded, Map<String, AttributeValue> item) {
        List<FieldSchema> missing = null;
        for (FieldSchema f : keyFields) {
            if (values[f.position()] == null) {
                missing = missing == null ? new ArrayList<>() : missing;
                missing.add(f);
            }
        }
        if (missing != null) {
            throw missing(missing);
        }
        item.put("PK", AttributeValues.s(compose(pkFields, values, encoded, schema.suffix(), "PK")));
        String sk = skFields.length == 0 ? schema.suffix() : compose(skFields, values, encoded, null, "SK");
        item.put("SK", AttributeValues.s(sk));
        for (int i = 0; i < indexes.length; i++) {
            int index = indexes[i];
            item.put(pkAttribute(index), AttributeValues.s(
                    compose(gsiPkFields[i], values, encoded, schema.suffix(), "GSI" + index + "PK")));
            if (index != 1) {
                item.put(skAttribute(index), AttributeValues.s(gsiSkFields[i].length == 0 ? sk
                        : compose(gsiSkFields[i], values, encoded, null, "GSI" + index + "SK")));
            }
        }
    }

    private String compose(FieldSchema[] fields, Object[] values, AttributeValue[] encoded, String suffix,
                           String keyName) {
        StringBuilder key = new StringBuilder(32);
        for (FieldSchema f : fields) {
            int position = f.position();
            Object value = values[position];
            if (value == null) {
                throw nullPart(f, keyName);
            }
            AttributeValue stored = encoded[position];
            // a sortable field's key text is not its attribute's, so its attribute is left for the caller
            if (stored == null && !f.options().sortable()) {
                stored = f.encode(value);
                encoded[position] = stored;
            }
            if (key.length() > 0) {
                key.append(SEPARATOR);
            }
            key.append(f.roles().identifier()).append(SEPARATOR).append(checked(f, value, stored, keyName));
        }
        if (suffix != null) {
            if (key.length() > 0) {
                key.append(SEPARATOR);
            }
            key.append(suffix);
        }
        return key.toString();
    }

    /** The table key of a model: PK and SK. */
    public Map<String, AttributeValue> primaryKey(M model) {
        return Map.of("PK", AttributeValue.fromS(pk(model)), "SK", AttributeValue.fromS(sk(model)));
    }

    /**
     * Joins identifier and value of each field, then the suffix when given. A null, empty or {@code #}-holding
     * value is an {@link InvalidKeyException} naming the field.
     */
    public String compose(List<FieldSchema> fields, Function<FieldSchema, Object> values, String suffix,
                          String keyName) {
        StringBuilder key = new StringBuilder(32);
        for (FieldSchema f : fields) {
            String text = part(f, values.apply(f), keyName);
            if (key.length() > 0) {
                key.append(SEPARATOR);
            }
            key.append(f.roles().identifier()).append(SEPARATOR).append(text);
        }
        if (suffix != null) {
            if (key.length() > 0) {
                key.append(SEPARATOR);
            }
            key.append(suffix);
        }
        return key.toString();
    }

    /** The text of one key part, validated. */
    public String part(FieldSchema field, Object value, String keyName) {
        if (value == null) {
            throw nullPart(field, keyName);
        }
        return checked(field, value, field.options().sortable() ? null : field.encode(value), keyName);
    }

    private InvalidKeyException nullPart(FieldSchema field, String keyName) {
        return new InvalidKeyException(field + " is null, but it is part of the " + keyName + " of "
                + schema.name() + "; set it");
    }

    /**
     * The text of a key part, refused when empty or holding the separator: a {@code @Sortable} field's fixed-width
     * text, any other field's stored attribute text ({@code stored}, null for a sortable field).
     */
    private String checked(FieldSchema field, Object value, AttributeValue stored, String keyName) {
        String text;
        if (field.options().sortable()) {
            if (value instanceof Placeholder) {
                throw new InvalidTemplateException(field + " is @Sortable, so its key text is rendered by STORM at a"
                        + " fixed width, which a Step Functions template cannot do from an expression; give the "
                        + keyName + " value as a constant, or drop @Sortable");
            }
            try {
                text = SortableText.render(value, field.options().digits());
            } catch (IllegalArgumentException e) {
                throw new InvalidKeyException(field + " = " + Describe.value(value) + " cannot be part of the "
                        + keyName + " of " + schema.name() + ": " + e.getMessage(), e);
            }
        } else {
            text = KeyText.render(stored);
        }
        if (text.isEmpty()) {
            throw new InvalidKeyException(field + " is empty, but it is part of the " + keyName + " of "
                    + schema.name() + "; a key part needs at least one character");
        }
        if (text.indexOf(SEPARATOR) >= 0) {
            throw new InvalidKeyException(field + " = " + Describe.value(value) + " contains '#', the key"
                    + " separator, so it cannot be part of the " + keyName + " of " + schema.name());
        }
        return text;
    }
}
