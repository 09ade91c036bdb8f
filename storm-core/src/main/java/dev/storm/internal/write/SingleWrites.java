package dev.storm.internal.write;

import dev.storm.Condition;
import dev.storm.Update;
import dev.storm.internal.key.TableKey;
import dev.storm.internal.schema.ModelSchema;
import dev.storm.internal.write.Expectation.Existence;
import dev.storm.internal.target.Target;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * Builds the conditional single-item request of each write, with the conditions the model's version, its
 * unique-value snapshot (null when no guard moves) and the user's condition call for.
 */
final class SingleWrites {

    private SingleWrites() {
    }

    /**
     * The put of {@code create}, {@code save(model)} or {@code save(model, condition)}, from the unconditional put
     * of the model.
     */
    static <M> Prepared<PutItemRequest, M> put(Target target, ModelSchema<M> schema, M model, PutItemRequest base,
                                               boolean allowOverride, Condition<M> condition, Snapshot snapshot) {
        TableKey key = TableKey.of(base.item());
        String item = key.describe(schema.name());
        Expectation<M> e = Expectation.of(target.tableName(), schema, model, item, allowOverride ? "saved" : "created",
                allowOverride ? Existence.ANY : Existence.MUST_NOT_EXIST, allowOverride, condition, snapshot);
        return new Prepared<>(ItemRequests.put(base, e), e, key, item);
    }

    static <M> Prepared<UpdateItemRequest, M> update(Target target, ModelSchema<M> schema, M model,
                                                     Condition<M> condition,
                                                     List<? extends Update<M>> updates, Snapshot snapshot) {
        TableKey key = TableKey.of(schema.keys().primaryKey(model));
        String item = key.describe(schema.name());
        Expectation<M> e = Expectation.of(target.tableName(), schema, model, item, "updated", Existence.MUST_EXIST,
                true, condition,
                snapshot);
        return new Prepared<>(ItemRequests.update(target, schema, model, updates, e), e, key, item);
    }

    static <M> Prepared<DeleteItemRequest, M> delete(Target target, ModelSchema<M> schema, M model,
                                                     Map<String, AttributeValue> key,
                                                     Condition<M> condition, Snapshot snapshot) {
        TableKey tableKey = TableKey.of(key);
        String item = tableKey.describe(schema.name());
        Expectation<M> e = Expectation.of(target.tableName(), schema, model, item, "deleted", Existence.ANY, true,
                condition, snapshot);
        return new Prepared<>(ItemRequests.delete(target.tableName(), key, e), e, tableKey, item);
    }
}
