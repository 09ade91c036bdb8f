package dev.storm.internal.query;

import dev.storm.ConnectionManager;
import dev.storm.InvalidQueryException;
import dev.storm.internal.expression.ConditionRenderer;
import dev.storm.internal.expression.ExpressionWriter;
import dev.storm.internal.key.KeyComposer;
import dev.storm.internal.schema.FieldSchema;
import dev.storm.internal.schema.ModelSchema;
import java.util.List;
import java.util.StringJoiner;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * Turns a {@link QuerySpec} into the first QueryRequest: the partition key computed from a partial model, a sort-key
 * condition narrowing to the model's items (or to the given leading sort-key fields), and every option.
 */
public final class QueryRequestBuilder {

    private QueryRequestBuilder() {
    }

    public static <M> QueryRequest build(QuerySpec<M> spec) {
        return build(spec, null);
    }

    /**
     * The first QueryRequest, with the keys computed from {@code keySource} when it is not null rather than from a
     * partial model of the key values: a Step Functions template passes a stand-in holding expressions.
     */
    public static <M> QueryRequest build(QuerySpec<M> spec, M keySource) {
        ModelSchema<M> schema = spec.schema();
        int index = spec.index();
        if (index > 0 && schema.gsiPkFields(index).isEmpty()) {
            throw new InvalidQueryException(schema.name() + " has no field in index GSI" + index
                    + "; mark one with @Field(gsi = true" + (index == 1 ? "" : ", index = " + index) + ")");
        }
        if (index > 0 && spec.consistent()) {
            throw new InvalidQueryException("Query of " + schema.name() + " on GSI" + index
                    + " cannot be consistent: DynamoDB offers consistent reads on the table only");
        }
        M partial = keySource != null ? keySource : schema.partial(spec.keyValues());
        KeyComposer<M> keys = schema.keys();
        ExpressionWriter w = new ExpressionWriter();
        String pkName = KeyComposer.pkAttribute(index);
        String pk = index == 0 ? keys.pk(partial) : keys.gsiPk(partial, index);
        String keyCondition = w.name(pkName) + " = " + w.value(AttributeValue.fromS(pk));
        String skCondition = sortKeyCondition(spec, partial, w);
        if (skCondition != null) {
            keyCondition += " AND " + skCondition;
        }
        QueryRequest.Builder builder = QueryRequest.builder()
                .tableName(ConnectionManager.table().tableName())
                .keyConditionExpression(keyCondition);
        if (index > 0) {
            builder.indexName("GSI" + index);
        }
        if (spec.filter() != null) {
            builder.filterExpression(ConditionRenderer.render(spec.filter(), schema, w));
        }
        List<String> projection = spec.projection();
        if (!projection.isEmpty()) {
            StringJoiner names = new StringJoiner(", ");
            projection.forEach(n -> names.add(w.name(n)));
            builder.projectionExpression(names.toString());
        }
        if (spec.consistent()) {
            builder.consistentRead(true);
        }
        if (spec.reverse()) {
            builder.scanIndexForward(false);
        }
        if (spec.limit() != null && spec.filter() == null) {
            builder.limit(spec.limit());
        }
        return builder.expressionAttributeNames(w.names()).expressionAttributeValues(w.values()).build();
    }

    /**
     * The sort-key prefix every item of the model has, when the key condition alone cannot keep other models of a
     * shared partition out (a {@code startingAfter} range); the iterator stops at the first item without it, since
     * the model's items are contiguous in sort-key order. Null when the key condition is exact.
     */
    public static <M> String boundaryPrefix(QuerySpec<M> spec) {
        List<FieldSchema> skFields = spec.schema().skFields();
        if (!spec.startingAfter() || spec.index() > 1 || skFields.isEmpty()) {
            return null;
        }
        return skFields.get(0).roles().identifier() + "#";
    }

    private static <M> String sortKeyCondition(QuerySpec<M> spec, M partial, ExpressionWriter w) {
        ModelSchema<M> schema = spec.schema();
        int index = spec.index();
        KeyComposer<M> keys = schema.keys();
        String skName = KeyComposer.skAttribute(index);
        if (spec.startingAfter()) {
            String start = index <= 1 ? keys.sk(partial) : keys.gsiSk(partial, index);
            return w.name(skName) + (spec.reverse() ? " < " : " > ") + w.value(AttributeValue.fromS(start));
        }
        if (index != 0) {
            return null;
        }
        List<FieldSchema> skFields = schema.skFields();
        if (skFields.isEmpty()) {
            return w.name(skName) + " = " + w.value(AttributeValue.fromS(schema.suffix()));
        }
        int given = 0;
        while (given < skFields.size() && spec.keyValues().containsKey(skFields.get(given))) {
            given++;
        }
        if (given == skFields.size()) {
            return w.name(skName) + " = " + w.value(AttributeValue.fromS(keys.sk(partial)));
        }
        String prefix = given == 0 ? "" : keys.compose(skFields.subList(0, given), f -> spec.keyValues().get(f),
                null, skName) + "#";
        prefix += skFields.get(given).roles().identifier() + "#";
        return "begins_with(" + w.name(skName) + ", " + w.value(AttributeValue.fromS(prefix)) + ")";
    }
}
