package dev.storm.internal.query;

import dev.storm.Attribute;
import dev.storm.Condition;
import dev.storm.internal.schema.FieldSchema;
import dev.storm.internal.schema.ModelSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a query set says, as an immutable value; each chained call makes a new one.
 *
 * @param keyValues equality values of key fields, from {@code using}
 * @param index     0 for the table, n for index {@code GSIn}
 * @param limit     the most items to return, or null
 * @param only      the attributes to project, empty for all
 * @param filter    the filter condition, or null
 */
public record QuerySpec<M>(ModelSchema<M> schema, Map<FieldSchema, Object> keyValues, int index, boolean consistent,
                           Integer limit, boolean reverse, List<Attribute<M, ?>> only, boolean startingAfter,
                           Condition<M> filter) {

    public QuerySpec {
        keyValues = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(keyValues));
        only = List.copyOf(only);
    }

    public static <M> QuerySpec<M> of(ModelSchema<M> schema) {
        return new QuerySpec<>(schema, Map.of(), 0, false, null, false, List.of(), false, null);
    }

    public QuerySpec<M> withKeyValues(Map<FieldSchema, Object> more) {
        Map<FieldSchema, Object> merged = new LinkedHashMap<>(keyValues);
        merged.putAll(more);
        return new QuerySpec<>(schema, merged, index, consistent, limit, reverse, only, startingAfter, filter);
    }

    public QuerySpec<M> withIndex(int newIndex) {
        return new QuerySpec<>(schema, keyValues, newIndex, consistent, limit, reverse, only, startingAfter, filter);
    }

    public QuerySpec<M> withConsistent(boolean value) {
        return new QuerySpec<>(schema, keyValues, index, value, limit, reverse, only, startingAfter, filter);
    }

    public QuerySpec<M> withLimit(Integer value) {
        return new QuerySpec<>(schema, keyValues, index, consistent, value, reverse, only, startingAfter, filter);
    }

    public QuerySpec<M> withReverse(boolean value) {
        return new QuerySpec<>(schema, keyValues, index, consistent, limit, value, only, startingAfter, filter);
    }

    public QuerySpec<M> withOnly(List<Attribute<M, ?>> attributes) {
        return new QuerySpec<>(schema, keyValues, index, consistent, limit, reverse, attributes, startingAfter,
                filter);
    }

    public QuerySpec<M> withStartingAfter(boolean value) {
        return new QuerySpec<>(schema, keyValues, index, consistent, limit, reverse, only, value, filter);
    }

    public QuerySpec<M> withFilter(Condition<M> condition) {
        Condition<M> combined = filter == null ? condition : filter.and(condition);
        return new QuerySpec<>(schema, keyValues, index, consistent, limit, reverse, only, startingAfter, combined);
    }

    /** The attribute names to project, plus SK, which tells the model's items apart in a shared partition. */
    public List<String> projection() {
        List<String> names = new ArrayList<>();
        for (Attribute<M, ?> a : only) {
            String name = schema.field(a.fieldName()).attributeName();
            if (!names.contains(name)) {
                names.add(name);
            }
        }
        if (!names.isEmpty() && !names.contains("SK")) {
            names.add("SK");
        }
        return names;
    }
}
