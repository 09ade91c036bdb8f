package dev.storm.internal.write;

import dev.storm.Condition;
import dev.storm.VersionConflictException;
import dev.storm.ObjectDoesNotExistException;
import dev.storm.Update;
import dev.storm.internal.batch.Backoff;
import dev.storm.internal.key.TableKey;
import dev.storm.internal.operation.DeleteItemOperation;
import dev.storm.internal.operation.PutItemOperation;
import dev.storm.internal.operation.Timestamps;
import dev.storm.internal.operation.UpdateItemOperation;
import dev.storm.internal.schema.ModelSchema;
import dev.storm.internal.transaction.FailureKind;
import dev.storm.internal.transaction.OperationFailure;
import dev.storm.internal.transaction.PlannedWrite;
import dev.storm.internal.transaction.TransactWriteItemsOperation;
import dev.storm.internal.transaction.WritePlan;
import dev.storm.internal.target.Target;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/**
 * The manager's writes, routed by what the model needs. A plain model (no unique field, no version) and no user
 * condition: the original single-item calls, unchanged. A version or a user condition: the same single call, made
 * conditional. A unique field: one TransactWriteItems with the guard items, after a consistent read where the stored
 * unique values must be known; if another writer changes the item in between, the read and the write are repeated.
 */
public final class Writes {

    static final int GUARDED_ATTEMPTS = 8;
    private static final Backoff BACKOFF = new Backoff(Duration.ofMillis(5), Duration.ofMillis(200));

    private Writes() {
    }

    public static <M> PutItemRequest putRequest(Target target, ModelSchema<M> schema, M model, boolean allowOverride,
                                                Condition<M> condition) {
        if (WritePolicy.of(schema).isPlain() && condition == null) {
            return PutItemOperation.request(target, schema, model, allowOverride);
        }
        PutItemRequest base = PutItemOperation.request(target, schema, model, true);
        return SingleWrites.put(target, schema, model, base, allowOverride, condition, null).request();
    }

    public static <M> UpdateItemRequest updateRequest(Target target, ModelSchema<M> schema, M model,
                                                      Condition<M> condition,
                                                      List<? extends Update<M>> updates) {
        if (WritePolicy.of(schema).isPlain() && condition == null) {
            return UpdateItemOperation.request(target, schema, model, updates);
        }
        return SingleWrites.update(target, schema, model, condition, updates, null).request();
    }

    public static <M> DeleteItemRequest deleteRequest(Target target, ModelSchema<M> schema, M model,
                                                      Condition<M> condition) {
        if (WritePolicy.of(schema).isPlain() && condition == null) {
            return DeleteItemOperation.request(target, schema.keys().primaryKey(model));
        }
        return SingleWrites.delete(target, schema, model, schema.keys().primaryKey(model), condition, null).request();
    }

    /** Creates the item and returns the model as stored: its timestamps filled, at its first version. */
    public static <M> M create(Target target, ModelSchema<M> schema, M model) {
        Map<String, AttributeValue> item = put(target, schema, model, false, null);
        return schema.versionField() == null ? Timestamps.stored(schema, model, item) : schema.fromItem(item);
    }

    public static <M> void save(Target target, ModelSchema<M> schema, M model, boolean allowOverride,
                                Condition<M> condition) {
        put(target, schema, model, allowOverride, condition);
    }

    /** Puts the model and returns the item written. */
    private static <M> Map<String, AttributeValue> put(Target target, ModelSchema<M> schema, M model,
                                                       boolean allowOverride,
                                                       Condition<M> condition) {
        WritePolicy policy = WritePolicy.of(schema);
        if (policy.isGuarded()) {
            return transact(target, schema.name(), () -> WritePlanner.put(target, schema, model, allowOverride,
                    condition)).get(0).item().put()
                    .item();
        }
        if (policy.isPlain() && condition == null) {
            PutItemRequest request = PutItemOperation.request(target, schema, model, allowOverride);
            PutItemOperation.execute(target, schema, request);
            return request.item();
        }
        PutItemRequest base = PutItemOperation.request(target, schema, model, true);
        Prepared<PutItemRequest, M> p = SingleWrites.put(target, schema, model, base, allowOverride, condition, null);
        try {
            target.putItem(schema.name(), p.request());
        } catch (ConditionalCheckFailedException e) {
            throw Failures.exception(p.expectation().explain(e.hasItem() ? e.item() : null), e);
        }
        return p.request().item();
    }

    public static <M> M update(Target target, ModelSchema<M> schema, M model, Condition<M> condition,
                               List<? extends Update<M>> updates) {
        WritePolicy policy = WritePolicy.of(schema);
        if (policy.isPlain() && condition == null) {
            return UpdateItemOperation.execute(target, schema,
                    UpdateItemOperation.request(target, schema, model, updates));
        }
        if (!WritePlanner.uniqueChanges(schema, policy, updates).isEmpty()) {
            transact(target, schema.name(), () -> WritePlanner.update(target, schema, model, condition, updates));
            return reread(target, schema, model);
        }
        Prepared<UpdateItemRequest, M> p = SingleWrites.update(target, schema, model, condition, updates, null);
        UpdateItemResponse response;
        try {
            response = target.updateItem(schema.name(), p.request());
        } catch (ConditionalCheckFailedException e) {
            throw Failures.exception(p.expectation().explain(e.hasItem() ? e.item() : null), e);
        }
        return schema.fromItem(response.attributes());
    }

    public static <M> void delete(Target target, ModelSchema<M> schema, M model, Condition<M> condition) {
        WritePolicy policy = WritePolicy.of(schema);
        if (policy.isGuarded()) {
            transact(target, schema.name(), () -> WritePlanner.delete(target, schema, model, condition));
            return;
        }
        if (policy.isPlain() && condition == null) {
            DeleteItemOperation.execute(target, schema.name(),
                    DeleteItemOperation.request(target, schema.keys().primaryKey(model)));
            return;
        }
        Prepared<DeleteItemRequest, M> p = SingleWrites.delete(target, schema, model, schema.keys().primaryKey(model),
                condition, null);
        try {
            target.deleteItem(schema.name(), p.request());
        } catch (ConditionalCheckFailedException e) {
            throw Failures.exception(p.expectation().explain(e.hasItem() ? e.item() : null), e);
        }
    }

    /**
     * Sends the planned writes as one transaction and returns them; when a write failed because the item changed
     * after it was read, plans again from a fresh read, a bounded number of times.
     */
    private static List<PlannedWrite> transact(Target target, String model,
                                              Supplier<List<PlannedWrite>> planner) {
        OperationFailure stale = null;
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        for (int attempt = 0; attempt < GUARDED_ATTEMPTS; attempt++) {
            List<PlannedWrite> writes = planner.get();
            WritePlan plan = new WritePlan();
            plan.add(writes);
            List<OperationFailure> failures = TransactWriteItemsOperation.execute(plan, target, model);
            if (failures.isEmpty()) {
                return writes;
            }
            stale = null;
            for (OperationFailure f : failures) {
                if (f.failure().kind() == FailureKind.CHANGED_SINCE_READ) {
                    stale = f;
                }
            }
            if (stale == null) {
                OperationFailure first = failures.get(0);
                throw Failures.exception(first.failure(), first.cause());
            }
            if (!BACKOFF.pause(attempt, deadline)) {
                break;
            }
        }
        throw new VersionConflictException(stale.failure().message() + "; gave up after "
                + GUARDED_ATTEMPTS + " attempts", stale.cause());
    }

    private static <M> M reread(Target target, ModelSchema<M> schema, M model) {
        TableKey key = TableKey.of(schema.keys().primaryKey(model));
        GetItemResponse response = target.getItem(schema.name(), GetItemRequest.builder().tableName(target.tableName())
                .key(key.toMap()).consistentRead(true).build());
        if (!response.hasItem() || response.item().isEmpty()) {
            throw new ObjectDoesNotExistException(key.describe(schema.name()) + " was updated, then deleted by"
                    + " another writer before it could be read back from table " + target.tableName());
        }
        return schema.fromItem(response.item());
    }

}
