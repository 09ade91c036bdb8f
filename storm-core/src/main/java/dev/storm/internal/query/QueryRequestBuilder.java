package dev.storm.internal.query;

import dev.storm.Condition;
import dev.storm.InvalidQueryException;
import dev.storm.internal.expression.ConditionRenderer;
import dev.storm.internal.expression.ExpressionWriter;
import dev.storm.internal.key.KeyComposer;
import dev.storm.internal.schema.FieldSchema;
import dev.storm.internal.schema.ModelSchema;
import dev.storm.internal.target.Target;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * Turns a {@link QuerySpec} into the first QueryRequest: the partition key computed from a partial model, a sort-key
 * condition that keeps to the model's items (see {@link SortKeyCondition}), the filters (the user's, the one an
 * exclusive bound needs, and the one that hides expired items) and every option.
 */
public final class QueryRequestBuilder {

    private QueryRequestBuilder() {
    }

    public static <M> QueryRequest build(Target target, QuerySpec<M> spec) {
        return build(target, spec, null, Instant.now());
    }

    /**
     * The first QueryRequest, with the keys computed from {@code keySource} when it is not null rather than from a
     * partial model of the key values: a Step Functions template passes a stand-in holding expressions.
     */
    public static <M> QueryRequest build(Target target, QuerySpec<M> spec, M keySource) {
        return build(target, spec, keySource, Instant.now());
    }

    /**
     * The request with keys from {@code keySource} (or the key values, when null), as of {@code now}, the time at or
     * before which an item's TTL means it has expired: an Instant, or the placeholder of a template's expression.
     */
    public static <M> QueryRequest build(Target target, QuerySpec<M> spec, M keySource, Object now) {
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
        if (keySource == null) {
            requireIndexFor(spec, partial);
        }
        KeyComposer<M> keys = schema.keys();
        ExpressionWriter w = new ExpressionWriter();
        String pkName = KeyComposer.pkAttribute(index);
        String pk = keys.queryPartitionKey(partial, index);
        String keyCondition = w.name(pkName) + " = " + w.value(AttributeValue.fromS(pk));
        SortKeyCondition.Rendered<M> sk = SortKeyCondition.render(spec, partial, w);
        keyCondition += " AND " + sk.expression();
        QueryRequest.Builder builder = QueryRequest.builder()
                .tableName(target.tableName())
                .keyConditionExpression(keyCondition);
        if (index > 0) {
            builder.indexName("GSI" + index);
        }
        Condition<M> filter = and(and(spec.filter(), sk.exclusion()), TtlFilter.unexpired(schema, now));
        if (filter != null) {
            builder.filterExpression(ConditionRenderer.render(filter, schema, w));
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
        // A filter of the user's may drop most of each page, so DynamoDB's Limit (counted before filtering) would
        // only add requests; the filters STORM adds drop at most the bound item and the expired ones.
        if (spec.limit() != null && spec.filter() == null) {
            builder.limit(spec.limit());
        }
        return builder.expressionAttributeNames(w.names()).expressionAttributeValues(w.values()).build();
    }

    /**
     * Refuses, with the call that fixes it, key values that belong to another index than the one queried: a gsi
     * field given without {@code useIndex} leaves the table's partition key unset.
     */
    private static <M> void requireIndexFor(QuerySpec<M> spec, M partial) {
        ModelSchema<M> schema = spec.schema();
        int index = spec.index();
        List<FieldSchema> pkFields = index == 0 ? schema.pkFields() : schema.gsiPkFields(index);
        List<String> unset = new ArrayList<>();
        for (FieldSchema f : pkFields) {
            if (f.get(partial) == null) {
                unset.add(f.name());
            }
        }
        if (unset.isEmpty()) {
            return;
        }
        for (FieldSchema given : spec.keyValues().keySet()) {
            for (int other : schema.indexes()) {
                if (other != index && given.roles().inGsiPk(other) && !pkFields.contains(given)) {
                    String queried = index == 0 ? "the table" : "index GSI" + index;
                    throw new InvalidQueryException(schema.name() + ".using got " + given.name() + ", part of the"
                            + " partition key of index GSI" + other + ", but queries " + queried + ", whose"
                            + " partition key needs " + String.join(", ", unset) + "; call useIndex(" + other
                            + ") to query GSI" + other + " by " + given.name());
                }
            }
        }
    }

    static <M> Condition<M> and(Condition<M> left, Condition<M> right) {
        return left == null ? right : right == null ? left : left.and(right);
    }
}
