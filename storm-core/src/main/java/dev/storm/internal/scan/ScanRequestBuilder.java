package dev.storm.internal.scan;

import dev.storm.internal.expression.ConditionRenderer;
import dev.storm.internal.expression.ExpressionWriter;
import dev.storm.internal.key.KeyFormat;
import dev.storm.internal.query.TtlFilter;
import dev.storm.internal.schema.ModelSchema;
import dev.storm.internal.target.Target;
import java.time.Instant;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

/**
 * The Scan of a model's items: a filter that keeps the items whose keys look like the model's (narrowed further on
 * the client by {@link ModelItems}), the user's filter, the one hiding expired items, and the segment.
 */
public final class ScanRequestBuilder {

    private ScanRequestBuilder() {
    }

    /** The request for one segment (ignored when the scan has one). */
    public static <M> ScanRequest build(Target target, ScanSpec<M> spec, int segment, Instant now) {
        ModelSchema<M> schema = spec.schema();
        ExpressionWriter w = new ExpressionWriter();
        String pk = w.name("PK");
        String sk = w.name("SK");
        KeyFormat format = schema.keys().format();
        StringBuilder filter = new StringBuilder()
                .append("begins_with(").append(pk).append(", ")
                .append(value(w, format.partitionStart(schema.pkFields().get(0).roles().identifier())))
                .append(") AND contains(").append(pk).append(", ").append(value(w, format.partitionEnd()))
                .append(") AND ");
        if (schema.skFields().isEmpty()) {
            filter.append(sk).append(" = ").append(value(w, format.bareSortKey()));
        } else {
            filter.append("begins_with(").append(sk).append(", ")
                    .append(value(w, schema.skFields().get(0).roles().identifier() + "#")).append(")");
        }
        if (spec.filter() != null) {
            filter.append(" AND ").append(ConditionRenderer.render(spec.filter(), schema, w));
        }
        var unexpired = TtlFilter.unexpired(schema, now);
        if (unexpired != null) {
            filter.append(" AND ").append(ConditionRenderer.render(unexpired, schema, w));
        }
        ScanRequest.Builder builder = ScanRequest.builder()
                .tableName(target.tableName())
                .filterExpression(filter.toString())
                .expressionAttributeNames(w.names())
                .expressionAttributeValues(w.values());
        if (spec.segments() > 1) {
            builder.totalSegments(spec.segments()).segment(segment);
        }
        if (spec.consistent()) {
            builder.consistentRead(true);
        }
        return builder.build();
    }

    /**
     * The request reading only each item's {@code PK} and {@code SK}: enough to tell the model's items from others,
     * for a count. The filter still applies on the server.
     */
    public static ScanRequest keysOnly(ScanRequest request) {
        return request.toBuilder().projectionExpression(placeholder(request, "PK") + ", "
                + placeholder(request, "SK")).build();
    }

    private static String placeholder(ScanRequest request, String attribute) {
        for (Map.Entry<String, String> name : request.expressionAttributeNames().entrySet()) {
            if (name.getValue().equals(attribute)) {
                return name.getKey();
            }
        }
        throw new IllegalStateException("the scan filter names no " + attribute);
    }

    private static String value(ExpressionWriter w, String text) {
        return w.value(AttributeValue.fromS(text));
    }
}
