package dev.storm.internal.jsonata;

import dev.storm.Attribute;
import dev.storm.Condition;
import dev.storm.Update;
import dev.storm.internal.expression.ConditionNode;
import dev.storm.internal.expression.ConditionRenderer;
import dev.storm.internal.expression.ExpressionWriter;
import dev.storm.internal.expression.UpdateNode;
import dev.storm.internal.expression.Values;
import dev.storm.internal.key.KeyComposer;
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
import dev.storm.internal.write.Writes;
import java.lang.reflect.ParameterizedType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * Builds the Step Functions arguments of each operation with the manager's own request builders, from a stand-in
 * model whose fields hold the placeholders of their JSONata expressions, then writes them with the expressions in
 * place. A String value given for a String field (in an update or a query) is an expression too; other values are
 * constants, rendered exactly as the manager renders them. Immutable and thread-safe.
 *
 * @param <M> the model
 */
public final class JsonataRequests<M> {

    private static final ReturnValuesOnConditionCheckFailure ALL_OLD = ReturnValuesOnConditionCheckFailure.ALL_OLD;

    private final ModelSchema<M> schema;
    private final Map<FieldSchema, String> bindings;
    private final String tableExpression;

    /** @param bindings the expression of every field of the model */
    public JsonataRequests(ModelSchema<M> schema, Map<FieldSchema, String> bindings, String tableExpression) {
        this.schema = schema;
        this.bindings = Map.copyOf(bindings);
        this.tableExpression = tableExpression;
    }

    /**
     * The expression a field is bound to unless bound otherwise: the member of the state input named like its
     * attribute; for {@code @UpdatedAt}, the time the state runs; for {@code @CreatedAt}, the input's value, or the
     * time the state runs when it has none, as the manager fills them.
     */
    public static String defaultBinding(ModelSchema<?> schema, FieldSchema field) {
        if (field == schema.updatedAtField()) {
            return Scalars.now();
        }
        if (field == schema.createdAtField()) {
            return "($c := " + input(field.attributeName()) + "; $exists($c) and $c != null ? $c : " + Scalars.now()
                    + ")";
        }
        return input(field.attributeName());
    }

    /** The member of the state input named like an attribute. */
    public static String input(String attributeName) {
        return JsonataText.member("$states.input", attributeName);
    }

    public String get() {
        return build((m, t) -> GetItemOperation.request(t, schema.keys().primaryKey(inputs(m, Map.of()))), false);
    }

    public String delete() {
        WriteSupport.refuseGuarded(schema, "deleteRequest", "delete");
        FieldSchema version = schema.versionField();
        if (version == null) {
            return build((m, t) -> DeleteItemOperation.request(t, schema.keys().primaryKey(inputs(m, Map.of()))), false);
        }
        return variants(List.of(VersionChecks.isFresh(bindings.get(version))), chosen -> build((m, t) -> {
            DeleteItemRequest delete = DeleteItemOperation.request(t, schema.keys().primaryKey(inputs(m, Map.of())));
            ExpressionWriter w = new ExpressionWriter();
            String condition = VersionChecks.render(w, version, chosen[0], m.value(version, bindings.get(version),
                    false));
            return delete.toBuilder().conditionExpression(condition).expressionAttributeNames(w.names())
                    .expressionAttributeValues(w.values()).returnValuesOnConditionCheckFailure(ALL_OLD).build();
        }, false));
    }

    public String save(boolean allowOverride) {
        WriteSupport.refuseGuarded(schema, "saveRequest", allowOverride ? "save" : "create");
        return SparseIndexes.putItem(put(allowOverride), schema, bindings);
    }

    private String put(boolean allowOverride) {
        FieldSchema version = schema.versionField();
        if (version == null) {
            return build((m, t) -> PutItemOperation.request(t, schema, inputs(m, Map.of()), allowOverride), false);
        }
        if (!allowOverride) {
            // the manager's create, from a model at version 0, then the version it stores from the state input
            return build((m, t) -> {
                Map<FieldSchema, Object> given = new HashMap<>();
                given.put(version, Values.coerce(version, BigDecimal.ZERO));
                PutItemRequest create = Writes.putRequest(t, schema, inputs(m, given), false, null);
                return create.toBuilder().item(withNextVersion(m, version, create.item())).build();
            }, false);
        }
        return variants(List.of(VersionChecks.isFresh(bindings.get(version))), chosen -> build((m, t) -> {
            PutItemRequest put = PutItemOperation.request(t, schema, inputs(m, Map.of()), true);
            ExpressionWriter w = new ExpressionWriter();
            String condition = VersionChecks.render(w, version, chosen[0], m.value(version, bindings.get(version),
                    false));
            return put.toBuilder().item(withNextVersion(m, version, put.item())).conditionExpression(condition)
                    .expressionAttributeNames(w.names()).expressionAttributeValues(w.values())
                    .returnValuesOnConditionCheckFailure(ALL_OLD).build();
        }, false));
    }

    /**
     * The update, built for every combination of what only the state input tells: whether the model's version is
     * new, and for each sparse index the update sets from expressions, whether its fields end up all null (the
     * manager then removes its keys rather than setting them).
     */
    public String update(List<? extends Update<M>> updates) {
        WriteSupport.refuseUniqueChanges(schema, updates);
        FieldSchema version = schema.versionField();
        if (version != null) {
            WriteSupport.refuseVersionChange(schema, updates);
        }
        Map<FieldSchema, String> expressions = new HashMap<>(bindings);
        for (Update<M> u : updates) {
            String expression = WriteSupport.expressionOf(schema, u);
            if (expression != null) {
                expressions.put(WriteSupport.field(schema, u), expression);
            }
        }
        List<String> conditions = new ArrayList<>();
        if (version != null) {
            conditions.add(VersionChecks.isFresh(bindings.get(version)));
        }
        List<Integer> sparse = new ArrayList<>();
        for (int index : SparseIndexes.of(schema)) {
            List<FieldSchema> fields = KeyComposer.indexFields(schema, index);
            if (updates.stream().anyMatch(u -> WriteSupport.expressionOf(schema, u) != null
                    && fields.contains(WriteSupport.field(schema, u)))) {
                sparse.add(index);
                conditions.add(SparseIndexes.allNull(schema, index, expressions::get));
            }
        }
        int first = version == null ? 0 : 1;
        return variants(conditions, chosen -> build((m, t) -> {
            Map<FieldSchema, Object> nulls = new HashMap<>();
            for (int i = 0; i < sparse.size(); i++) {
                if (chosen[first + i]) {
                    KeyComposer.indexFields(schema, sparse.get(i)).forEach(f -> nulls.put(f, null));
                }
            }
            M model = inputs(m, nulls);
            List<Update<M>> rendered = rendered(m, updates, nulls.keySet());
            if (version == null) {
                return Writes.updateRequest(t, schema, model, null, rendered);
            }
            Map<String, AttributeValue> next = Map.of(version.attributeName(),
                    version.encode(m.value(version, VersionChecks.next(bindings.get(version)), false)));
            UpdateItemRequest update = UpdateItemOperation.request(t, schema, model, rendered, next,
                    w -> VersionChecks.render(w, version, chosen[0], m.value(version, bindings.get(version), false)));
            return update.toBuilder().returnValuesOnConditionCheckFailure(ALL_OLD).build();
        }, false));
    }

    /** One template for every combination of the conditions, each picking where the state runs. */
    private static String variants(List<String> conditions, Function<boolean[], String> leaf) {
        return variants(conditions, new boolean[conditions.size()], 0, leaf);
    }

    private static String variants(List<String> conditions, boolean[] chosen, int i, Function<boolean[], String> leaf) {
        if (i == conditions.size()) {
            return leaf.apply(chosen.clone());
        }
        chosen[i] = true;
        String holds = variants(conditions, chosen, i + 1, leaf);
        chosen[i] = false;
        String fails = variants(conditions, chosen, i + 1, leaf);
        return JsonBranches.choose(conditions.get(i), holds, fails);
    }

    /**
     * The updates with expressions in place, and the {@code @UpdatedAt} the manager would add; the fields in
     * {@code nulls} set to null instead.
     */
    private List<Update<M>> rendered(Markers m, List<? extends Update<M>> updates, Set<FieldSchema> nulls) {
        List<Update<M>> rendered = new ArrayList<>(updates.size() + 1);
        for (Update<M> update : updates) {
            FieldSchema f = WriteSupport.field(schema, update);
            rendered.add(nulls.contains(f) && WriteSupport.expressionOf(schema, update) != null
                    ? new UpdateNode.SetValue<>(Attribute.of(schema.type(), f.name(), f.attributeName()), null)
                    : update(m, update));
        }
        Update<M> updatedAt = WriteSupport.updatedAt(schema, updates);
        if (updatedAt != null) {
            rendered.add(update(m, updatedAt));
        }
        return rendered;
    }

    private Map<String, AttributeValue> withNextVersion(Markers m, FieldSchema version,
                                                       Map<String, AttributeValue> item) {
        Map<String, AttributeValue> copy = new HashMap<>(item);
        copy.put(version.attributeName(), version.encode(m.value(version, VersionChecks.next(bindings.get(version)),
                false)));
        return copy;
    }

    public String query(QuerySpec<M> spec) {
        return build((m, t) -> {
            Map<FieldSchema, Object> keyValues = new LinkedHashMap<>();
            spec.keyValues().forEach((field, value) -> keyValues.put(field, value(m, field, value, false)));
            Condition<M> filter = spec.filter() == null ? null : condition(m, spec.filter());
            SortKeyRange range = spec.range() == null ? null : new SortKeyRange(spec.range().field(),
                    spec.range().operator(), value(m, spec.range().field(), spec.range().low(), false),
                    spec.range().high() == null ? null : value(m, spec.range().field(), spec.range().high(), false));
            QuerySpec<M> rendered = new QuerySpec<>(schema, keyValues, range, spec.index(), spec.consistent(),
                    spec.limit(), spec.reverse(), spec.only(), spec.startingAfter(), filter);
            // expired items are judged by the time the query runs, in epoch seconds
            return QueryRequestBuilder.build(t, rendered, inputs(m, keyValues),
                    m.value(Long.class, "$floor($millis() / 1000)"));
        }, true);
    }

    /** Builds a request with the manager's builders; the table name is the marker of its expression. */
    private String build(BiFunction<Markers, Target, SdkPojo> request, boolean sdk) {
        Markers markers = new Markers();
        SdkPojo built = request.apply(markers, Target.requestsOnly(markers.text(tableExpression)));
        return TemplateWriter.write(built, markers, sdk);
    }

    @SuppressWarnings("unchecked")
    private M inputs(Markers markers, Map<FieldSchema, Object> given) {
        return (M) new Inputs(markers, bindings, given);
    }

    private Update<M> update(Markers markers, Update<M> update) {
        if (update instanceof ExpressionUpdate<M> e) {
            FieldSchema field = ConditionRenderer.field(schema, e.attribute());
            return new UpdateNode.SetValue<>(e.attribute(), markers.value(field, e.expression(), Inputs.nullable(field)));
        }
        if (update instanceof UpdateNode.SetValue<M> set) {
            FieldSchema field = ConditionRenderer.field(schema, set.attribute());
            Object value = set.value() instanceof String text && field.rawType() == String.class
                    ? markers.value(field, expression(field, text), Inputs.nullable(field)) : set.value();
            return new UpdateNode.SetValue<>(set.attribute(), value);
        }
        return update;
    }

    private Condition<M> condition(Markers markers, Condition<M> condition) {
        if (condition instanceof ConditionNode.Comparison<M> c) {
            FieldSchema f = ConditionRenderer.field(schema, c.attribute());
            return new ConditionNode.Comparison<>(c.attribute(), c.operator(), value(markers, f, c.value(), true));
        }
        if (condition instanceof ConditionNode.Between<M> b) {
            FieldSchema f = ConditionRenderer.field(schema, b.attribute());
            return new ConditionNode.Between<>(b.attribute(), value(markers, f, b.low(), true),
                    value(markers, f, b.high(), true));
        }
        if (condition instanceof ConditionNode.In<M> in) {
            FieldSchema f = ConditionRenderer.field(schema, in.attribute());
            List<Object> values = new ArrayList<>(in.values().size());
            in.values().forEach(v -> values.add(value(markers, f, v, true)));
            return new ConditionNode.In<>(in.attribute(), values);
        }
        if (condition instanceof ConditionNode.Function<M> fn && fn.operand() instanceof String text) {
            FieldSchema f = ConditionRenderer.field(schema, fn.attribute());
            // the renderer takes these operands as strings, so the marker goes in as text
            return holdsText(f) ? new ConditionNode.Function<>(fn.name(), fn.attribute(),
                    markers.text(f, expression(f, text))) : fn;
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

    /**
     * In a key or a condition, a String given for a String field is an expression; any other value is a constant.
     * A filter's value may be null, compared as the manager compares a null; a key's may not.
     */
    private Object value(Markers markers, FieldSchema field, Object value, boolean nullable) {
        if (value instanceof String text && field.rawType() == String.class) {
            return markers.value(field, expression(field, text), nullable);
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

    private static String expression(FieldSchema field, String text) {
        return Expressions.check(field.toString(), field, text);
    }
}
