package dev.storm.internal.query;

import dev.storm.Attribute;
import dev.storm.Condition;
import dev.storm.InvalidQueryException;
import dev.storm.internal.key.KeyComposer;
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
 * @param range     the range on a sort-key field from {@code using}, or null
 * @param index     0 for the table, n for index {@code GSIn}
 * @param limit     the most items to return, or null
 * @param only      the attributes to project, empty for all
 * @param filter    the filter condition, or null
 */
public record QuerySpec<M>(ModelSchema<M> schema, Map<FieldSchema, Object> keyValues, SortKeyRange range, int index,
                           boolean consistent, Integer limit, boolean reverse, List<Attribute<M, ?>> only,
                           boolean startingAfter, Condition<M> filter) {

    public QuerySpec {
        keyValues = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(keyValues));
        only = List.copyOf(only);
    }

    public static <M> QuerySpec<M> of(ModelSchema<M> schema) {
        return new QuerySpec<>(schema, Map.of(), null, 0, false, null, false, List.of(), false, null);
    }

    /** More key values, and the range if one is given; a second range, or a value and a range on one field, fail. */
    public QuerySpec<M> withKeys(KeyValues.Split more) {
        Map<FieldSchema, Object> merged = new LinkedHashMap<>(keyValues);
        merged.putAll(more.values());
        SortKeyRange newRange = range;
        if (more.range() != null) {
            if (range != null) {
                throw new InvalidQueryException(schema.name() + ".using takes one sort-key range, got " + range
                        + " and " + more.range() + "; put the other in filter(...)");
            }
            newRange = more.range();
        }
        if (newRange != null && merged.containsKey(newRange.field())) {
            throw new InvalidQueryException(newRange.field() + " is given both a value (" + merged.get(newRange.field())
                    + ") and a range (" + newRange + ") in using; keep one");
        }
        return new QuerySpec<>(schema, merged, newRange, index, consistent, limit, reverse, only, startingAfter,
                filter);
    }

    public QuerySpec<M> withIndex(int newIndex) {
        return new QuerySpec<>(schema, keyValues, range, newIndex, consistent, limit, reverse, only, startingAfter,
                filter);
    }

    public QuerySpec<M> withConsistent(boolean value) {
        return new QuerySpec<>(schema, keyValues, range, index, value, limit, reverse, only, startingAfter, filter);
    }

    public QuerySpec<M> withLimit(Integer value) {
        return new QuerySpec<>(schema, keyValues, range, index, consistent, value, reverse, only, startingAfter,
                filter);
    }

    public QuerySpec<M> withReverse(boolean value) {
        return new QuerySpec<>(schema, keyValues, range, index, consistent, limit, value, only, startingAfter, filter);
    }

    public QuerySpec<M> withOnly(List<Attribute<M, ?>> attributes) {
        return new QuerySpec<>(schema, keyValues, range, index, consistent, limit, reverse, attributes, startingAfter,
                filter);
    }

    public QuerySpec<M> withStartingAfter(boolean value) {
        return new QuerySpec<>(schema, keyValues, range, index, consistent, limit, reverse, only, value, filter);
    }

    public QuerySpec<M> withFilter(Condition<M> condition) {
        Condition<M> combined = filter == null ? condition : filter.and(condition);
        return new QuerySpec<>(schema, keyValues, range, index, consistent, limit, reverse, only, startingAfter,
                combined);
    }

    /**
     * The attribute names to project, plus what a projected model needs to address its item again: every key field
     * (pk, sk and index fields) and the {@code @Version} field, so that it can still be updated or deleted; and the
     * key attributes a page cursor is made of: SK, which also tells the model's items apart in a shared partition,
     * and on an index the table's PK and the index sort key. The query's own partition key is known without reading
     * it.
     */
    public List<String> projection() {
        List<String> names = new ArrayList<>();
        for (Attribute<M, ?> a : only) {
            String name = schema.field(a.fieldName()).attributeName();
            if (!names.contains(name)) {
                names.add(name);
            }
        }
        if (!names.isEmpty()) {
            for (FieldSchema f : schema.fields()) {
                if ((f.roles().isKey() || f.roles().version()) && !names.contains(f.attributeName())) {
                    names.add(f.attributeName());
                }
            }
            List<String> keys = index == 0 ? List.of("SK") : List.of("SK", "PK", KeyComposer.skAttribute(index));
            for (String key : keys) {
                if (!names.contains(key)) {
                    names.add(key);
                }
            }
        }
        return names;
    }
}
