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

/**
 * The field values given as equality conditions to {@code get} and {@code using}, from which STORM builds a partial
 * model and computes its keys, as STORM for Python does from keyword arguments.
 */
public final class KeyValues {

    private KeyValues() {
    }

    /** The equality values, in the order given; anything but {@code eq} on a key field is refused. */
    public static <M> Map<FieldSchema, Object> of(ModelSchema<M> schema, List<? extends Condition<M>> conditions,
                                                  String operation) {
        Map<FieldSchema, Object> values = new LinkedHashMap<>();
        for (Condition<M> condition : conditions) {
            collect(schema, condition, operation, values);
        }
        return values;
    }

    private static <M> void collect(ModelSchema<M> schema, Condition<M> condition, String operation,
                                    Map<FieldSchema, Object> values) {
        if (condition instanceof ConditionNode.And<M> and) {
            collect(schema, and.left(), operation, values);
            collect(schema, and.right(), operation, values);
            return;
        }
        if (!(condition instanceof ConditionNode.Comparison<M> c) || !"=".equals(c.operator())) {
            throw new InvalidQueryException(schema.name() + "." + operation + " takes equality conditions on key"
                    + " fields, e.g. " + schema.name() + "_." + schema.pkFields().get(0).name() + ".eq(...); got "
                    + condition + "; use filter(...) for other conditions");
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
}
