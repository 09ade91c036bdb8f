package dev.storm.internal.write;

import dev.storm.InvalidValueException;
import dev.storm.Update;
import dev.storm.internal.expression.ConditionRenderer;
import dev.storm.internal.expression.ExpressionWriter;
import dev.storm.internal.expression.UpdateRenderer;
import dev.storm.internal.operation.UpdateItemOperation;
import dev.storm.internal.schema.FieldSchema;
import dev.storm.internal.schema.ModelSchema;
import dev.storm.internal.target.Target;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionCheck;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * Single-item requests made conditional on an {@link Expectation}, and their TransactWriteItems forms. Every
 * conditional request asks for the stored item on failure ({@code ALL_OLD}, free of charge), so the failure can be
 * explained without another read.
 */
final class ItemRequests {

    private static final ReturnValuesOnConditionCheckFailure ALL_OLD = ReturnValuesOnConditionCheckFailure.ALL_OLD;

    private ItemRequests() {
    }

    /** {@code base} (an unconditional put of the model) with the expectation's condition and the next version. */
    static <M> PutItemRequest put(PutItemRequest base, Expectation<M> e) {
        Map<String, AttributeValue> item = base.item();
        if (e.version() != null) {
            item = new HashMap<>(item);
            item.put(e.version().attributeName(), e.version().encode(e.nextVersion()));
        }
        ExpressionWriter w = new ExpressionWriter();
        String condition = e.render(w, true);
        PutItemRequest.Builder b = base.toBuilder().item(item);
        if (condition != null) {
            b.conditionExpression(condition).expressionAttributeNames(w.names())
                    .expressionAttributeValues(w.values()).returnValuesOnConditionCheckFailure(ALL_OLD);
        }
        return b.build();
    }

    static <M> UpdateItemRequest update(Target target, ModelSchema<M> schema, M model,
                                        List<? extends Update<M>> updates,
                                        Expectation<M> e) {
        FieldSchema version = schema.versionField();
        if (version != null) {
            for (Update<M> u : updates) {
                if (ConditionRenderer.field(schema, UpdateRenderer.node(u).attribute()) == version) {
                    throw new InvalidValueException(version + " is the @Version field of " + schema.name()
                            + "; STORM increments it on every write, so an update cannot change it");
                }
            }
        }
        Map<String, AttributeValue> sets = e.version() == null ? Map.of()
                : Map.of(e.version().attributeName(), e.version().encode(e.nextVersion()));
        UpdateItemRequest request = UpdateItemOperation.request(target, schema, model, updates, sets,
                w -> e.render(w, false));
        return request.toBuilder().returnValuesOnConditionCheckFailure(ALL_OLD).build();
    }

    static <M> DeleteItemRequest delete(String table, Map<String, AttributeValue> key, Expectation<M> e) {
        ExpressionWriter w = new ExpressionWriter();
        String condition = e.render(w, true);
        DeleteItemRequest.Builder b = DeleteItemRequest.builder().tableName(table).key(key);
        if (condition != null) {
            b.conditionExpression(condition).expressionAttributeNames(w.names())
                    .expressionAttributeValues(w.values()).returnValuesOnConditionCheckFailure(ALL_OLD);
        }
        return b.build();
    }

    static <M> TransactWriteItem check(String table, Map<String, AttributeValue> key, Expectation<M> e) {
        ExpressionWriter w = new ExpressionWriter();
        return TransactWriteItem.builder().conditionCheck(ConditionCheck.builder().tableName(table).key(key)
                .conditionExpression(e.render(w, true)).expressionAttributeNames(w.names())
                .expressionAttributeValues(w.values()).returnValuesOnConditionCheckFailure(ALL_OLD).build()).build();
    }

    static TransactWriteItem transact(PutItemRequest r) {
        Put.Builder b = Put.builder().tableName(r.tableName()).item(r.item());
        if (r.conditionExpression() != null) {
            b.conditionExpression(r.conditionExpression()).returnValuesOnConditionCheckFailure(ALL_OLD);
            if (r.hasExpressionAttributeNames()) {
                b.expressionAttributeNames(r.expressionAttributeNames());
            }
            if (r.hasExpressionAttributeValues()) {
                b.expressionAttributeValues(r.expressionAttributeValues());
            }
        }
        return TransactWriteItem.builder().put(b.build()).build();
    }

    static TransactWriteItem transact(UpdateItemRequest r) {
        software.amazon.awssdk.services.dynamodb.model.Update.Builder b =
                software.amazon.awssdk.services.dynamodb.model.Update.builder().tableName(r.tableName()).key(r.key())
                        .updateExpression(r.updateExpression()).conditionExpression(r.conditionExpression())
                        .returnValuesOnConditionCheckFailure(ALL_OLD);
        if (r.hasExpressionAttributeNames()) {
            b.expressionAttributeNames(r.expressionAttributeNames());
        }
        if (r.hasExpressionAttributeValues()) {
            b.expressionAttributeValues(r.expressionAttributeValues());
        }
        return TransactWriteItem.builder().update(b.build()).build();
    }

    static TransactWriteItem transact(DeleteItemRequest r) {
        Delete.Builder b = Delete.builder().tableName(r.tableName()).key(r.key());
        if (r.conditionExpression() != null) {
            b.conditionExpression(r.conditionExpression()).returnValuesOnConditionCheckFailure(ALL_OLD);
            if (r.hasExpressionAttributeNames()) {
                b.expressionAttributeNames(r.expressionAttributeNames());
            }
            if (r.hasExpressionAttributeValues()) {
                b.expressionAttributeValues(r.expressionAttributeValues());
            }
        }
        return TransactWriteItem.builder().delete(b.build()).build();
    }
}
