package dev.storm.internal.jsonata;

import dev.storm.Condition;
import dev.storm.InvalidTemplateException;
import dev.storm.Update;
import dev.storm.internal.expression.ConditionNode;
import dev.storm.internal.expression.ConditionRenderer;
import dev.storm.internal.expression.UpdateNode;
import dev.storm.internal.operation.DeleteItemOperation;
import dev.storm.internal.operation.GetItemOperation;
import dev.storm.internal.operation.PutItemOperation;
import dev.storm.internal.operation.UpdateItemOperation;
import dev.storm.internal.query.QueryRequestBuilder;
import dev.storm.internal.query.QuerySpec;
import dev.storm.internal.query.SortKeyRange;
import dev.storm.internal.schema.FieldSchema;
import dev.storm.internal.schema.ModelSchema;
import dev.storm.internal.target.Target;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import software.amazon.awssdk.core.SdkPojo;

/**
 * Builds the Step Functions arguments of each operation with the manager's own request builders, from a stand-in
 * model whose fields hold the placeholders of their JSONata expressions, then writes them with the expressions in
 * place. A String value given for a String field (in an update or a query) is an expression too; other values are
 * constants, rendered exactly as the manager renders them. Immutable and thread-safe.
 *
 * @param <M> the model
 */
public final class JsonataRequests<M> {

    private final ModelSchema<M> schema;
    private final Map<FieldSchema, String> bindings;
    private final String tableExpression;

    /** @param bindings the expression of every field of the model */
    public JsonataRequests(ModelSchema<M> schema, Map<FieldSchema, String> bindings, String tableExpression) {
        this.schema = schema;
        this.bindings = Map.copyOf(bindings);
        this.tableExpression = tableExpression;
    }

    /** The default expression of a field: the member of the state input named like its attribute. */
    public static String input(String attributeName) {
        return JsonataText.member("$states.input", attributeName);
    }

    public String get() {
        return build((m, t) -> GetItemOperation.request(t, schema.keys().primaryKey(inputs(m, Map.of()))));
    }

    public String delete() {
        return build((m, t) -> DeleteItemOperation.request(t, schema.keys().primaryKey(inputs(m, Map.of()))));
    }

    public String save(boolean allowOverride) {
        return build((m, t) -> PutItemOperation.request(t, schema, inputs(m, Map.of()), allowOverride));
    }

    public String update(List<? extends Update<M>> updates) {
        return build((m, t) -> {
            List<Update<M>> rendered = new ArrayList<>(updates.size());
            for (Update<M> update : updates) {
                rendered.add(update(m, update));
            }
            return UpdateItemOperation.request(t, schema, inputs(m, Map.of()), rendered);
        });
    }

    public String query(QuerySpec<M> spec) {
        return build((m, t) -> {
            Map<FieldSchema, Object> keyValues = new LinkedHashMap<>();
            spec.keyValues().forEach((field, value) -> keyValues.put(field, value(m, field, value)));
            Condition<M> filter = spec.filter() == null ? null : condition(m, spec.filter());
            SortKeyRange range = spec.range() == null ? null : new SortKeyRange(spec.range().field(),
                    spec.range().operator(), value(m, spec.range().field(), spec.range().low()),
                    spec.range().high() == null ? null : value(m, spec.range().field(), spec.range().high()));
            QuerySpec<M> rendered = new QuerySpec<>(schema, keyValues, range, spec.index(), spec.consistent(),
                    spec.limit(), spec.reverse(), spec.only(), spec.startingAfter(), filter);
            // expired items are judged by the time the query runs, in epoch seconds
            return QueryRequestBuilder.build(t, rendered, inputs(m, keyValues),
                    m.value(Long.class, "$floor($millis() / 1000)", false));
        });
    }

    private String build(BiFunction<Markers, Target, SdkPojo> request) {
        Markers markers = new Markers();
        SdkPojo built = request.apply(markers, Target.requestsOnly(markers.text(tableExpression)));
        return TemplateWriter.write(built, markers);
    }

    @SuppressWarnings("unchecked")
    private M inputs(Markers markers, Map<FieldSchema, Object> given) {
        return (M) new Inputs(markers, bindings, given);
    }

    private Update<M> update(Markers markers, Update<M> update) {
        if (update instanceof ExpressionUpdate<M> e) {
            FieldSchema field = ConditionRenderer.field(schema, e.attribute());
            return new UpdateNode.SetValue<>(e.attribute(),
                    markers.value(field.genericType(), e.expression(), Inputs.nullable(field)));
        }
        if (update instanceof UpdateNode.SetValue<M> set) {
            FieldSchema field = ConditionRenderer.field(schema, set.attribute());
            Object value = set.value() instanceof String text && field.rawType() == String.class
                    ? markers.value(String.class, expression(field, text), Inputs.nullable(field)) : set.value();
            return new UpdateNode.SetValue<>(set.attribute(), value);
        }
        return update;
    }

    private Condition<M> condition(Markers markers, Condition<M> condition) {
        if (condition instanceof ConditionNode.Comparison<M> c) {
            FieldSchema f = ConditionRenderer.field(schema, c.attribute());
            return new ConditionNode.Comparison<>(c.attribute(), c.operator(), value(markers, f, c.value()));
        }
        if (condition instanceof ConditionNode.Between<M> b) {
            FieldSchema f = ConditionRenderer.field(schema, b.attribute());
            return new ConditionNode.Between<>(b.attribute(), value(markers, f, b.low()), value(markers, f, b.high()));
        }
        if (condition instanceof ConditionNode.In<M> in) {
            FieldSchema f = ConditionRenderer.field(schema, in.attribute());
            List<Object> values = new ArrayList<>(in.values().size());
            in.values().forEach(v -> values.add(value(markers, f, v)));
            return new ConditionNode.In<>(in.attribute(), values);
        }
        if (condition instanceof ConditionNode.Function<M> fn && fn.operand() instanceof String text) {
            FieldSchema f = ConditionRenderer.field(schema, fn.attribute());
            // the renderer takes these operands as strings, so the marker goes in as text
            return holdsText(f) ? new ConditionNode.Function<>(fn.name(), fn.attribute(), markers.text(expression(f, text)))
                    : fn;
        }
        if (condition instanceof ConditionNode.And<M> and) {
            return new ConditionNode.And<>(condition(markers, and.left()), condition(markers, and.right()));
        }
        if (condition instanceof ConditionNode.Or<M> or) {
            return new ConditionNode.Or<>(condition(markers, or.left()), condition(markers, or.right()));
        }
        if (condition instanceof ConditionNode.Not<M> not) {
            return new ConditionNode.Not<>(condition(markers, not.condition()));
        }
        return condition;
    }

    /** In a key or a condition, a String given for a String field is an expression; any other value is a constant. */
    private Object value(Markers markers, FieldSchema field, Object value) {
        if (value instanceof String text && field.rawType() == String.class) {
            return markers.value(String.class, expression(field, text), false);
        }
        return value;
    }

    /** Whether a field holds text, or elements of text that {@code contains} can test. */
    private static boolean holdsText(FieldSchema field) {
        if (field.rawType() == String.class) {
            return true;
        }
        return Collection.class.isAssignableFrom(field.rawType()) && field.genericType() instanceof ParameterizedType p
                && p.getActualTypeArguments()[0] == String.class;
    }

    private String expression(FieldSchema field, String text) {
        if (text.isBlank()) {
            throw new InvalidTemplateException(field + ": the JSONata expression given for it is empty; write one,"
                    + " e.g. $states.input." + field.attributeName() + ", or a quoted literal such as 'text'");
        }
        return text.strip();
    }
}
