package dev.storm.internal.operation;

import dev.storm.internal.schema.ModelSchema;
import dev.storm.internal.target.Target;
import java.time.Instant;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

/** PutItem of one model, overwriting or only if absent. */
public final class PutItemOperation {

    private PutItemOperation() {
    }

    public static <M> PutItemRequest request(Target target, ModelSchema<M> schema, M model, boolean allowOverride) {
        return request(target, schema, model, allowOverride, new long[1]);
    }

    /** The request, its item's size (counted as the item was written) left in {@code bytes[0]}. */
    public static <M> PutItemRequest request(Target target, ModelSchema<M> schema, M model, boolean allowOverride,
                                             long[] bytes) {
        Map<String, AttributeValue> item = item(schema, model, bytes);
        PutItemRequest.Builder builder = PutItemRequest.builder().tableName(target.tableName()).item(item);
        if (!allowOverride) {
            builder.conditionExpression("attribute_not_exists(#n0)").expressionAttributeNames(Map.of("#n0", "PK"));
        }
        return builder.build();
    }

    /** The item a put writes (the model's, timestamps filled); its size, counted while written, in {@code bytes[0]}. */
    public static <M> Map<String, AttributeValue> item(ModelSchema<M> schema, M model, long[] bytes) {
        return schema.toItem(stamped(schema, model), bytes);
    }

    private static <M> M stamped(ModelSchema<M> schema, M model) {
        // the clock is read only by a model with timestamps, as bulk writes put many items
        boolean timed = schema.createdAtField() != null || schema.updatedAtField() != null;
        return timed ? Timestamps.forPut(schema, model, Instant.now()) : model;
    }
}
