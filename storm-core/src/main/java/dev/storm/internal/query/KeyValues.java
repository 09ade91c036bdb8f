package dev.storm.internal.query;

import dev.storm.Condition;
import dev.storm.InvalidQueryException;
import dev.storm.internal.expression.ConditionNode;
import dev.storm.internal.expression.ConditionRenderer;
import dev.storm.internal.expression.Values;
import dev.storm.internal.schema.FieldSchema;
import dev.storm.internal.schema.ModelSchema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The field values given as equality conditions to {@code get} and {@code using}, from which STORM builds a partial
 * model and computes its keys, as STORM for Python does from keyword arguments; for {@code using}, also one range on a
 * sort-key field.
 */
public final class KeyValues {

    private static final Set<String> RANGE_OPERATORS = Set.of("<", "<=", ">", ">=");

    private KeyValues() {
    }

    /** The equality values and the one sort-key range, if any, given to {@code using}. */
    public record Split(Map<FieldSchema, Object> values, SortKeyRange range) {
    }

    /** The equality values, in the order given; anything but {@code eq} on a key field is refused. */
    public static <M> Map<FieldSchema, Object> of(ModelSchema<M> schema, List<? extends Condition<M>> conditions,
                                                  String operation) {
        Map<FieldSchema, Object> values = new LinkedHashMap<>();
        for (Condition<M> condition : conditions) {
            collect(schema, condition, operation, values, null);
        }
        return values;
    }

    /**
     * The equality values and at most one range ({@code lt, le, gt, ge, between, beginsWith}) on a field of a sort
     * key, for a query. Whether the range is on the right field is checked when the query is built, once the index
     * is known.
     */
    public static <M> Split forQuery(ModelSchema<M> schema, List<? extends Condition<M>> conditions) {
        Map<FieldSchema, Object> values = new LinkedHashMap<>();
        SortKeyRange[] range = new SortKeyRange[1];
        for (Condition<M> condition : conditions) {
            collect(schema, condition, "using", values, range);
        }
        if (range[0] != null && values.containsKey(range[0].field())) {
            throw new InvalidQueryException(range[0].field() + " is given both a value (" + values.get(range[0].field())
                    + ") and a range (" + range[0] + ") in using; keep one");
        }
        return new Split(values, range[0]);
    }

    private static <M> void collect(ModelSchema<M> schema, Condition<M> condition, String operation,
                                    Map<FieldSchema, Object> values, SortKeyRange[] range) {
        if (condition instanceof ConditionNode.And<M> and) {
            collect(schema, and.left(), operation, values, range);
            collect(schema, and.right(), operation, values, range);
            return;
        }
        if (range != null) {
            SortKeyRange r = rangeOf(schema, condition);
            if (r != null) {
                if (range[0] != null) {
                    throw new InvalidQueryException(schema.name() + ".using takes one sort-key range, got " + range[0]
                            + " and " + r + "; put the other in filter(...)");
                }
                range[0] = r;
                return;
            }
        }
        if (!(condition instanceof ConditionNode.Comparison<M> c) || !"=".equals(c.operator())) {
            String allowed = range == null ? "equality conditions on key fields"
                    : "equality conditions on key fields and one range (lt, le, gt, ge, between, beginsWith) on a"
                            + " sort-key field";
            throw new InvalidQueryException(schema.name() + "." + operation + " takes " + allowed + ", e.g. "
                    + schema.name() + "_." + schema.pkFields().get(0).name() + ".eq(...); got " + condition
                    + "; use filter(...) for other conditions");
        }
        FieldSchema field = ConditionRenderer.field(schema, c.attribute());
        if (!field.roles().isKey()) {
            throw new InvalidQueryException(field + " is not a key field, so " + operation
                    + " cannot use it; use filter(" + schema.name() + "_." + field.name() + ".eq(...)) instead");
        }
        Object previous = values.put(field, Values.coerce(field, c.value()));
        if (previous != null && !previous.equals(values.get(field))) {
            throw new InvalidQueryException(field + " is given two values in " + operation + ": " + previous
                    + " and " + values.get(field));
        }
    }

    /** The range a condition states on a sort-key field, or null when it is no range. */
    private static <M> SortKeyRange rangeOf(ModelSchema<M> schema, Condition<M> condition) {
        SortKeyRange r;
        if (condition instanceof ConditionNode.Comparison<M> c && RANGE_OPERATORS.contains(c.operator())) {
            FieldSchema f = ConditionRenderer.field(schema, c.attribute());
            r = new SortKeyRange(f, c.operator(), value(f, c.value()), null);
        } else if (condition instanceof ConditionNode.Between<M> b) {
            FieldSchema f = ConditionRenderer.field(schema, b.attribute());
            r = new SortKeyRange(f, "BETWEEN", value(f, b.low()), value(f, b.high()));
        } else if (condition instanceof ConditionNode.Function<M> fn && "begins_with".equals(fn.name())) {
            FieldSchema f = ConditionRenderer.field(schema, fn.attribute());
            if (!(fn.operand() instanceof String prefix)) {
                throw new InvalidQueryException(f + ": beginsWith needs a String prefix, got " + fn.operand());
            }
            r = new SortKeyRange(f, "begins_with", prefix, null);
        } else {
            return null;
        }
        FieldSchema f = r.field();
        if (!f.roles().sk() && f.roles().gsiSk().length == 0) {
            throw new InvalidQueryException(f + " is not part of a sort key, so using cannot take the range " + r
                    + "; use filter(...) for it");
        }
        return r;
    }

    private static Object value(FieldSchema field, Object value) {
        if (value == null) {
            throw new InvalidQueryException(field + ": a sort-key range needs a value, got null");
        }
        return Values.coerce(field, value);
    }
}
