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
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * The manager's writes, each sent the way its {@link Route} says: a plain model (no unique field, no version) and no
 * user condition, the original single-item calls; a version or a user condition, the same single call made
 * conditional; a unique field, one TransactWriteItems with the guard items, after a consistent read where the stored
 * unique values must be known (if another writer changes the item in between, the read and the write are repeated).
 * Single-item calls go out through {@link ItemSends}, which keeps the SDK's retries from applying a write twice.
 */
public final class Writes {

    static final int GUARDED_ATTEMPTS = 8;
    private static final Backoff BACKOFF = new Backoff(Duration.ofMillis(5), Duration.ofMillis(200));

    private Writes() {
    }

    public static <M> PutItemRequest putRequest(Target target, ModelSchema<M> schema, M model, boolean allowOverride,
                                                Condition<M> condition) {
        if (Route.ofPut(WritePolicy.of(schema), condition != null) == Route.PLAIN) {
            return PutItemOperation.request(target, schema, model, allowOverride);
        }
        return conditionalPut(target, schema, model, allowOverride, condition).request();
    }

    public static <M> UpdateItemRequest updateRequest(Target target, ModelSchema<M> schema, M model,
                                                      Condition<M> condition,
                                                      List<? extends Update<M>> updates) {
        WritePolicy policy = WritePolicy.of(schema);
        if (Route.ofUpdate(policy, condition != null, false) == Route.PLAIN) {
            return UpdateItemOperation.request(target, schema, model, updates);
        }
        return SingleWrites.update(target, schema, model, condition, updates, null).request();
    }

    public static <M> DeleteItemRequest deleteRequest(Target target, ModelSchema<M> schema, M model,
                                                      Condition<M> condition) {
        if (Route.ofDelete(WritePolicy.of(schema), condition != null) == Route.PLAIN) {
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
                                                       boolean allowOverride, Condition<M> condition) {
        switch (Route.ofPut(WritePolicy.of(schema), condition != null)) {
            case GUARDED:
                return transact(target, schema.name(), () -> WritePlanner.put(target, schema, model, allowOverride,
                        condition)).get(0).item().put().item();
            case PLAIN: {
                PutItemRequest request = PutItemOperation.request(target, schema, model, allowOverride);
                ItemSize.check(request.item(), TableKey.of(request.item()).describe(schema.name()));
                ItemSends.put(target, schema.name(), request, null);
                return request.item();
            }
            default: {
                Prepared<PutItemRequest, M> p = conditionalPut(target, schema, model, allowOverride, condition);
                ItemSize.check(p.request().item(), p.item());
                ItemSends.put(target, schema.name(), p.request(), p.expectation());
                return p.request().item();
            }
        }
    }

    private static <M> Prepared<PutItemRequest, M> conditionalPut(Target target, ModelSchema<M> schema, M model,
                                                                 boolean allowOverride, Condition<M> condition) {
        PutItemRequest base = PutItemOperation.request(target, schema, model, true);
        return SingleWrites.put(target, schema, model, base, allowOverride, condition, null);
    }

    public static <M> M update(Target target, ModelSchema<M> schema, M model, Condition<M> condition,
                               List<? extends Update<M>> updates) {
        WritePolicy policy = WritePolicy.of(schema);
        boolean movesGuards = !WritePlanner.uniqueChanges(schema, policy, updates).isEmpty();
        switch (Route.ofUpdate(policy, condition != null, movesGuards)) {
            case GUARDED:
                transact(target, schema.name(), () -> WritePlanner.update(target, schema, model, condition, updates));
                return reread(target, schema, model);
            case PLAIN: {
                UpdateItemRequest request = UpdateItemOperation.request(target, schema, model, updates);
                checkSize(request, schema);
                return schema.fromItem(ItemSends.update(target, schema.name(), request, null));
            }
            default: {
                Prepared<UpdateItemRequest, M> p = SingleWrites.update(target, schema, model, condition, updates, null);
                checkSize(p.request(), schema);
                return schema.fromItem(ItemSends.update(target, schema.name(), p.request(), p.expectation()));
            }
        }
    }

    /**
     * Refuses an update whose item would be over 400 KB by what it is known to hold: its keys and the values the
     * update sets (the attributes it leaves alone are not known without a read).
     */
    static void checkSize(UpdateItemRequest request, ModelSchema<?> schema) {
        ItemSize.check(Assignments.of(request).knownItem(request.key()),
                TableKey.of(request.key()).describe(schema.name()) + " after the update");
    }

    public static <M> void delete(Target target, ModelSchema<M> schema, M model, Condition<M> condition) {
        switch (Route.ofDelete(WritePolicy.of(schema), condition != null)) {
            case GUARDED:
                transact(target, schema.name(), () -> WritePlanner.delete(target, schema, model, condition));
                return;
            case PLAIN:
                // idempotent: an earlier attempt's delete leaves what a resent one leaves
                DeleteItemOperation.execute(target, schema.name(),
                        DeleteItemOperation.request(target, schema.keys().primaryKey(model)));
                return;
            default: {
                Prepared<DeleteItemRequest, M> p = SingleWrites.delete(target, schema, model,
                        schema.keys().primaryKey(model), condition, null);
                ItemSends.delete(target, schema.name(), p.request(), p.expectation());
            }
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
