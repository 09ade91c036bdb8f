package dev.storm.internal.key;

import dev.storm.internal.Refusals;
import dev.storm.InvalidKeyException;
import dev.storm.KeyLayout;
import dev.storm.MissingRequiredFieldsException;
import dev.storm.internal.codec.AttributeSize;
import dev.storm.internal.codec.AttributeValues;
import dev.storm.internal.codec.AttributeWriter;
import dev.storm.internal.schema.Describe;
import dev.storm.internal.schema.FieldSchema;
import dev.storm.internal.schema.ModelSchema;
import dev.storm.internal.schema.Placeholder;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Composes a model's keys as STORM (Python) does: for each key field, its identifier and its value, joined by
 * {@code #}; partition keys are wrapped as the model's {@link KeyFormat} says ({@code U#user123#USER} or
 * {@code USER#U#user123#USER}), sort keys are the pairs alone ({@code T#METADATA}). An index whose key fields are all
 * null is left out (a sparse index). Every key is checked against DynamoDB's size limits. Immutable, thread-safe.
 *
 * @param <M> the model type
 */
public final class KeyComposer<M> {

    private static final char SEPARATOR = KeyFormat.SEPARATOR;
    private static final boolean[] NO_INDEXES = new boolean[0];

    private final ModelSchema<M> schema;
    private final KeyFormat format;
    // the key layout as arrays, read on every save
    private final FieldSchema[] tableKeyFields;
    private final FieldSchema[] pkFields;
    private final FieldSchema[] skFields;
    private final int[] indexes;
    private final FieldSchema[][] gsiPkFields;
    private final FieldSchema[][] gsiSkFields;
    /** The fields of each index's keys, partition and sort, once each. */
    private final FieldSchema[][] indexFields;
    /** The attribute names of each index's partition and sort keys. */
    private final String[] gsiPkNames;
    private final String[] gsiSkNames;
    /** The keys as texts around their parts, for composing from attributes; null when a part is {@code @Sortable}. */
    private final KeyPlan pkPlan;
    private final KeyPlan skPlan;
    private final KeyPlan[] gsiPkPlans;
    private final KeyPlan[] gsiSkPlans;
    /** The positions of each index's key fields, partition and sort. */
    private final int[][] indexPositions;
    private final boolean planned;

    /** The composer of a schema whose fields, key layout and format are already set. */
    public KeyComposer(ModelSchema<M> schema, KeyFormat format) {
        this.schema = schema;
        this.format = format;
        List<FieldSchema> tableKeys = new ArrayList<>();
        for (FieldSchema f : schema.fields()) {
            if (f.roles().pk() || f.roles().sk()) {
                tableKeys.add(f);
            }
        }
        // plain loops and arrays: streams and method references here would cost every model's first use
        this.tableKeyFields = tableKeys.toArray(new FieldSchema[0]);
        this.pkFields = schema.pkFields().toArray(new FieldSchema[0]);
        this.skFields = schema.skFields().toArray(new FieldSchema[0]);
        this.indexes = new int[schema.indexes().size()];
        this.gsiPkFields = new FieldSchema[indexes.length][];
        this.gsiSkFields = new FieldSchema[indexes.length][];
        this.indexFields = new FieldSchema[indexes.length][];
        this.gsiPkNames = new String[indexes.length];
        this.gsiSkNames = new String[indexes.length];
        int i = 0;
        for (int index : schema.indexes()) {
            indexes[i] = index;
            gsiPkNames[i] = pkAttribute(index);
            gsiSkNames[i] = skAttribute(index);
            gsiPkFields[i] = schema.gsiPkFields(index).toArray(new FieldSchema[0]);
            gsiSkFields[i] = schema.gsiSkFields(index).toArray(new FieldSchema[0]);
            indexFields[i] = indexFields(schema, index).toArray(new FieldSchema[0]);
            i++;
        }
        this.pkPlan = KeyPlan.of(pkFields, format, true);
        this.skPlan = skFields.length == 0 ? null : KeyPlan.of(skFields, format, false);
        boolean planned = pkPlan != null && (skFields.length == 0 || skPlan != null);
        this.gsiPkPlans = new KeyPlan[indexes.length];
        this.gsiSkPlans = new KeyPlan[indexes.length];
        this.indexPositions = new int[indexes.length][];
        for (int n = 0; n < indexes.length; n++) {
            gsiPkPlans[n] = KeyPlan.of(gsiPkFields[n], format, true);
            planned &= gsiPkPlans[n] != null;
            if (indexes[n] != 1 && gsiSkFields[n].length > 0) {
                gsiSkPlans[n] = KeyPlan.of(gsiSkFields[n], format, false);
                planned &= gsiSkPlans[n] != null;
            }
            indexPositions[n] = new int[indexFields[n].length];
            for (int k = 0; k < indexFields[n].length; k++) {
                indexPositions[n][k] = indexFields[n][k].position();
            }
        }
        this.planned = planned;
    }

    /** The fields of index {@code n}'s keys, partition then sort, each once; empty when the model is not in it. */
    public static List<FieldSchema> indexFields(ModelSchema<?> schema, int index) {
        LinkedHashSet<FieldSchema> fields = new LinkedHashSet<>(schema.gsiPkFields(index));
        fields.addAll(schema.gsiSkFields(index));
        return List.copyOf(fields);
    }

    /** How this model's keys are written. */
    public KeyFormat format() {
        return format;
    }

    public String pk(M model) {
        return partitionKey(schema.pkFields(), f -> f.get(model), "PK");
    }

    public String sk(M model) {
        if (skFields.length == 0) {
            return format.bareSortKey();
        }
        return sortKey(schema.skFields(), f -> f.get(model), "SK");
    }

    /**
     * The partition key of index {@code n}, or null when the model has no field in that index or every field of the
     * index's keys is null (the item is not in the index). A partly set index key is an {@link InvalidKeyException}.
     */
    public String gsiPk(M model, int index) {
        List<FieldSchema> fields = schema.gsiPkFields(index);
        if (fields.isEmpty() || !inIndex(index, f -> f.get(model))) {
            return null;
        }
        return partitionKey(fields, f -> f.get(model), pkAttribute(index));
    }

    /**
     * The partition key a query on the table (0) or index {@code n} reads: every field of it must be given, also
     * on an index where items may leave some null.
     */
    public String queryPartitionKey(M partial, int index) {
        return index == 0 ? pk(partial)
                : partitionKey(schema.gsiPkFields(index), f -> f.get(partial), pkAttribute(index));
    }

    /**
     * The sort key of index {@code n} (n >= 2), or null when the model is not in that index (or the item is not, its
     * index fields all being null). A model with no gsiSk field for the index sorts by its SK there.
     */
    public String gsiSk(M model, int index) {
        if (index == 1 || schema.gsiPkFields(index).isEmpty() || !inIndex(index, f -> f.get(model))) {
            return null;
        }
        List<FieldSchema> fields = schema.gsiSkFields(index);
        return fields.isEmpty() ? sk(model) : sortKey(fields, f -> f.get(model), skAttribute(index));
    }

    /**
     * Whether the item is in index {@code n}: true when every field of the index's keys is set, false when every
     * one is null, an {@link InvalidKeyException} naming them when some are.
     */
    public boolean inIndex(int index, Function<FieldSchema, Object> values) {
        List<FieldSchema> fields = indexFields(schema, index);
        List<FieldSchema> nulls = new ArrayList<>();
        for (FieldSchema f : fields) {
            if (values.apply(f) == null) {
                nulls.add(f);
            }
        }
        if (nulls.isEmpty()) {
            return true;
        }
        if (nulls.size() == fields.size()) {
            return false;
        }
        throw partlySet(index, fields, nulls);
    }

    private RuntimeException partlySet(int index, List<FieldSchema> fields, List<FieldSchema> nulls) {
        List<String> set = new ArrayList<>();
        for (FieldSchema f : fields) {
            if (!nulls.contains(f)) {
                set.add(f.name());
            }
        }
        return Refusals.invalidKey(schema.name() + ": the keys of index GSI" + index + " are composed from "
                + names(fields) + ", of which " + set + " " + (set.size() == 1 ? "is" : "are") + " set and "
                + names(nulls) + " " + (nulls.size() == 1 ? "is" : "are") + " null; set all of them to put the item"
                + " in GSI" + index + ", or none to leave it out; nothing was sent");
    }

    private static List<String> names(List<FieldSchema> fields) {
        List<String> names = new ArrayList<>(fields.size());
        for (FieldSchema f : fields) {
            names.add(f.name());
        }
        return names;
    }

    /** The attribute name of the partition key of index {@code n}: {@code PK} for the table, {@code GSInPK}. */
    public static String pkAttribute(int index) {
        return index == 0 ? "PK" : "GSI" + index + "PK";
    }

    /** The attribute name of the sort key of index {@code n}: {@code SK} for the table and GSI1, {@code GSInSK}. */
    public static String skAttribute(int index) {
        return index <= 1 ? "SK" : "GSI" + index + "SK";
    }

    private RuntimeException missing(List<FieldSchema> missing) {
        return Refusals.missingRequiredFields(schema.name() + " is missing required key fields "
                + names(missing) + "; set them before saving");
    }

    /** Writes PK, SK and every index key of a model into an item, after checking the key fields. */
    public void writeKeys(M model, Map<String, AttributeValue> item) {
        writeKeys(schema.values(model), new AttributeValue[schema.fields().size()], item);
    }

    /**
     * Writes PK, SK and every index key into an item from the key fields' attributes alone, as a generated codec
     * leaves them in {@code encoded} by position, and counts their bytes, names and values, into {@code out}. The
     * common case, done in one exact buffer per key: every key part set and valid, the item in every index. Anything
     * else (a null, empty or {@code #}-holding part, an item left out of an index, an {@code @Sortable} part, a key
     * that may be over its limit) writes nothing and returns false, and {@link #writeKeys(Object[], AttributeValue[],
     * Map)} must write the keys or explain why not. Both write the same keys.
     */
    public boolean writeKeys(AttributeValue[] encoded, Map<String, AttributeValue> item, AttributeWriter out) {
        if (!planned) {
            return false;
        }
        String pk = pkPlan.compose(encoded, format);
        String sk = skPlan == null ? format.bareSortKey() : skPlan.compose(encoded, format);
        if (pk == null || sk == null) {
            return false;
        }
        String[] indexKeys = indexes.length == 0 ? null : new String[2 * indexes.length];
        for (int i = 0; i < indexes.length; i++) {
            for (int position : indexPositions[i]) {
                AttributeValue stored = encoded[position];
                if (stored == null || stored.nul() != null) {
                    return false;
                }
            }
            String gsiPk = gsiPkPlans[i].compose(encoded, format);
            String gsiSk = indexes[i] == 1 ? null : gsiSkPlans[i] == null ? sk : gsiSkPlans[i].compose(encoded, format);
            if (gsiPk == null || gsiSk == null && indexes[i] != 1) {
                return false;
            }
            indexKeys[2 * i] = gsiPk;
            indexKeys[2 * i + 1] = gsiSk;
        }
        item.put("PK", out.key("PK", pk));
        item.put("SK", out.key("SK", sk));
        for (int i = 0; i < indexes.length; i++) {
            item.put(gsiPkNames[i], out.key(gsiPkNames[i], indexKeys[2 * i]));
            if (indexKeys[2 * i + 1] != null) {
                item.put(gsiSkNames[i], out.key(gsiSkNames[i], indexKeys[2 * i + 1]));
            }
        }
        return true;
    }

    /**
     * Writes PK, SK and the keys of every index the item is in into an item from the model's field values by
     * position. A null pk or sk field is a {@link MissingRequiredFieldsException} listing every missing one (with the
     * null fields of partly set index keys); a partly set index key alone an {@link InvalidKeyException}. Each key
     * part's attribute is left in {@code encoded} at its position, so the caller need not encode key fields twice.
     * Returns the bytes DynamoDB counts for the key attributes written, names and values.
     */
    public long writeKeys(Object[] values, AttributeValue[] encoded, Map<String, AttributeValue> item) {
        List<FieldSchema> missing = null;
        for (FieldSchema f : tableKeyFields) {
            if (values[f.position()] == null) {
                missing = missing == null ? new ArrayList<>() : missing;
                missing.add(f);
            }
        }
        boolean[] inIndex = indexes.length == 0 ? NO_INDEXES : new boolean[indexes.length];
        for (int i = 0; i < indexes.length; i++) {
            int nulls = 0;
            for (FieldSchema f : indexFields[i]) {
                nulls += values[f.position()] == null ? 1 : 0;
            }
            inIndex[i] = nulls == 0;
            if (nulls > 0 && nulls < indexFields[i].length) {
                List<FieldSchema> fields = List.of(indexFields[i]);
                List<FieldSchema> unset = new ArrayList<>();
                for (FieldSchema f : fields) {
                    if (values[f.position()] == null) {
                        unset.add(f);
                    }
                }
                if (missing == null) {
                    throw partlySet(indexes[i], fields, unset);
                }
                for (FieldSchema f : unset) {
                    if (!missing.contains(f)) {
                        missing.add(f);
                    }
                }
            }
        }
        if (missing != null) {
            missing.sort((a, b) -> Integer.compare(a.position(), b.position()));
            throw missing(missing);
        }
        String pk = compose(pkFields, values, encoded, true, "PK");
        item.put("PK", AttributeValues.s(pk));
        String sk = skFields.length == 0 ? format.bareSortKey() : compose(skFields, values, encoded, false, "SK");
        item.put("SK", AttributeValues.s(sk));
        // "PK" and "SK", two bytes each
        long bytes = 4 + AttributeSize.utf8(pk) + AttributeSize.utf8(sk);
        for (int i = 0; i < indexes.length; i++) {
            if (!inIndex[i]) {
                continue;
            }
            String gsiPk = compose(gsiPkFields[i], values, encoded, true, gsiPkNames[i]);
            item.put(gsiPkNames[i], AttributeValues.s(gsiPk));
            bytes += AttributeSize.utf8(gsiPkNames[i]) + AttributeSize.utf8(gsiPk);
            if (indexes[i] != 1) {
                String gsiSk = gsiSkFields[i].length == 0 ? sk
                        : compose(gsiSkFields[i], values, encoded, false, gsiSkNames[i]);
                item.put(gsiSkNames[i], AttributeValues.s(gsiSk));
                bytes += AttributeSize.utf8(gsiSkNames[i]) + AttributeSize.utf8(gsiSk);
            }
        }
        return bytes;
    }

    private String compose(FieldSchema[] fields, Object[] values, AttributeValue[] encoded, boolean partition,
                           String keyName) {
        StringBuilder key = new StringBuilder(32);
        if (partition) {
            format.openPartitionKey(key);
        }
        boolean template = false;
        for (int i = 0; i < fields.length; i++) {
            FieldSchema f = fields[i];
            int position = f.position();
            Object value = values[position];
            if (value == null) {
                throw nullPart(f, keyName);
            }
            template |= value instanceof Placeholder;
            AttributeValue stored = encoded[position];
            // a sortable field's key text is not its attribute's, so its attribute is left for the caller
            if (stored == null && !f.options().sortable()) {
                stored = f.encode(value);
                encoded[position] = stored;
            }
            if (i > 0) {
                key.append(SEPARATOR);
            }
            key.append(f.roles().identifier()).append(SEPARATOR).append(checked(f, value, stored, keyName));
        }
        return finish(key, partition, template, keyName, fields);
    }

    private String finish(StringBuilder key, boolean partition, boolean template, String keyName,
                          FieldSchema[] fields) {
        if (partition) {
            format.closePartitionKey(key, fields.length > 0);
        }
        String text = key.toString();
        // a template's key holds expressions, whose values are only known when Step Functions runs it; a short key
        // is within the limits, and the model's name is worked out only for one that may not be
        if (template || KeyLimits.fits(text, partition)) {
            return text;
        }
        return KeyLimits.check(text, partition, schema.name(), keyName, List.of(fields));
    }

    /** The table key of a model: PK and SK. */
    public Map<String, AttributeValue> primaryKey(M model) {
        return Map.of("PK", AttributeValue.fromS(pk(model)), "SK", AttributeValue.fromS(sk(model)));
    }

    /**
     * A partition key (PK or a GSI partition key) in the model's format from the values of its fields, every one of
     * which must be a valid key part; checked against the size limit.
     */
    public String partitionKey(List<FieldSchema> fields, Function<FieldSchema, Object> values, String keyName) {
        return join(fields, values, true, keyName);
    }

    /** A sort key, or the leading part of one, from the values of its fields; checked against the size limit. */
    public String sortKey(List<FieldSchema> fields, Function<FieldSchema, Object> values, String keyName) {
        return join(fields, values, false, keyName);
    }

    private String join(List<FieldSchema> fields, Function<FieldSchema, Object> values, boolean partition,
                        String keyName) {
        StringBuilder key = new StringBuilder(32);
        if (partition) {
            format.openPartitionKey(key);
        }
        boolean template = false;
        for (int i = 0; i < fields.size(); i++) {
            FieldSchema f = fields.get(i);
            Object value = values.apply(f);
            template |= value instanceof Placeholder;
            String text = part(f, value, keyName);
            if (i > 0) {
                key.append(SEPARATOR);
            }
            key.append(f.roles().identifier()).append(SEPARATOR).append(text);
        }
        return finish(key, partition, template, keyName, fields.toArray(new FieldSchema[0]));
    }

    /** The text of one key part, validated. */
    public String part(FieldSchema field, Object value, String keyName) {
        if (value == null) {
            throw nullPart(field, keyName);
        }
        return checked(field, value, field.options().sortable() ? null : field.encode(value), keyName);
    }

    /**
     * The canonical text of a value of a key-type field as this model's keys write it, not validated as a key part
     * (it may be empty or hold the separator): for texts that name a value outside the keys, such as guard items.
     */
    public String text(FieldSchema field, Object value) {
        return KeyText.render(field.encode(value), format);
    }

    /** A sort-key bound composed by a query, checked against the size limit. */
    public String checkSortKey(String key, String keyName, List<FieldSchema> fields) {
        return KeyLimits.check(key, false, schema.name(), keyName, fields);
    }

    private RuntimeException nullPart(FieldSchema field, String keyName) {
        return Refusals.invalidKey(field + " is null, but it is part of the " + keyName + " of "
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
                throw Refusals.invalidTemplate(field + " is @Sortable, so its key text is rendered by STORM at a"
                        + " fixed width, which a Step Functions template cannot do from an expression; give the "
                        + keyName + " value as a constant, or drop @Sortable");
            }
            try {
                text = SortableText.render(value, field.options().digits());
            } catch (IllegalArgumentException e) {
                throw Refusals.invalidKey(field + " = " + Describe.value(value) + " cannot be part of the "
                        + keyName + " of " + schema.name() + ": " + e.getMessage(), e);
            }
        } else {
            if (value instanceof Placeholder && format.layout() == KeyLayout.STORM_0_1
                    && (field.rawType() == boolean.class || field.rawType() == Boolean.class)) {
                throw Refusals.invalidTemplate(field + " is a boolean part of the " + keyName + " of "
                        + schema.name() + ", which STORM_0_1 writes as Python's True/False; a Step Functions template"
                        + " would write JSONata's true/false there, addressing another item, so a template cannot"
                        + " compose this key");
            }
            text = KeyText.render(stored, format);
        }
        if (text.isEmpty()) {
            throw Refusals.invalidKey(field + " is empty, but it is part of the " + keyName + " of "
                    + schema.name() + "; a key part needs at least one character");
        }
        if (text.indexOf(SEPARATOR) >= 0) {
            throw Refusals.invalidKey(field + " = " + Describe.value(value) + " contains '#', the key"
                    + " separator, so it cannot be part of the " + keyName + " of " + schema.name());
        }
        return text;
    }
}
