package dev.storm.internal.write;

import dev.storm.internal.Refusals;
import dev.storm.Condition;
import dev.storm.StormException;
import dev.storm.Update;
import dev.storm.internal.batch.Backoff;
import dev.storm.internal.key.TableKey;
import dev.storm.internal.operation.DeleteItemOperation;
import dev.storm.internal.operation.PutItemOperation;
import dev.storm.internal.operation.Timestamps;
import dev.storm.internal.operation.UpdateItemOperation;
import dev.storm.internal.schema.ModelSchema;
import dev.storm.internal.transaction.TransactWriteItemsOperation;
import dev.storm.internal.transaction.WritePlan;
import dev.storm.internal.target.Target;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/**
 * The manager's writes, each sent the way its {@link Route} says: a plain model (no unique field, no version) and no
 * user condition, the original single-item calls; a version or a user condition, the same single call made
 * conditional; a unique field, one TransactWriteItems with the guard items, after a consistent read where the stored
 * unique values must be known (if another writer changes the item in between, the read and the write are repeated).
 * Each write is built as a {@link Write} first, which the blocking sender here and the asynchronous one run alike;
 * single-item calls are judged by {@link ItemSends}, which keeps the SDK's retries from applying a write twice.
 */
public final class Writes {

    private static final Backoff PAUSE = new Backoff(Duration.ZERO, Duration.ZERO);

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
        return send(target, schema.name(), createWrite(target, schema, model));
    }

    public static <M> void save(Target target, ModelSchema<M> schema, M model, boolean allowOverride,
                                Condition<M> condition) {
        send(target, schema.name(), saveWrite(target, schema, model, allowOverride, condition));
    }

    public static <M> M update(Target target, ModelSchema<M> schema, M model, Condition<M> condition,
                               List<? extends Update<M>> updates) {
        return send(target, schema.name(), updateWrite(target, schema, model, condition, updates));
    }

    public static <M> void delete(Target target, ModelSchema<M> schema, M model, Condition<M> condition) {
        send(target, schema.name(), deleteWrite(target, schema, model, condition));
    }

    /**
     * Sends the write through the blocking client and returns what it gives; a guarded write's waits between
     * attempts are slept on the calling thread.
     */
    static <R> R send(Target target, String model, Write<R> write) {
        if (write instanceof SingleWrite<R> single) {
            return ItemSends.send(target, model, single);
        }
        GuardedCall<R> call = (GuardedCall<R>) write;
        while (true) {
            Draft.Planning planning = call.planning();
            for (GetItemRequest read = planning.read(); read != null; read = planning.read()) {
                planning.found(target.getItem(model, read));
            }
            WritePlan plan = call.plan(planning);
            Duration wait = call.retry(TransactWriteItemsOperation.execute(plan, target, model));
            if (wait == null) {
                break;
            }
            if (!PAUSE.sleep(wait.toNanos())) {
                throw call.gaveUp();
            }
        }
        GetItemRequest reread = call.reread();
        return call.result(reread == null ? null : target.getItem(model, reread));
    }

    /**
     * Refuses an update whose item would be over 400 KB by what it is known to hold: its keys and the values the
     * update sets (the attributes it leaves alone are not known without a read).
     */
    static void checkSize(UpdateItemRequest request, ModelSchema<?> schema) {
        ItemSize.check(Assignments.of(request).knownItem(request.key()),
                TableKey.of(request.key()).describe(schema.name()) + " after the update");
    }

    private static <M> Prepared<PutItemRequest, M> conditionalPut(Target target, ModelSchema<M> schema, M model,
                                                                 boolean allowOverride, Condition<M> condition) {
        PutItemRequest base = PutItemOperation.request(target, schema, model, true);
        return SingleWrites.put(target, schema, model, base, allowOverride, condition, null);
    }

    /** The write of {@code create}: it gives the model as stored (timestamps filled, at its first version). */
    public static <M> Write<M> createWrite(Target target, ModelSchema<M> schema, M model) {
        return putWrite(target, schema, model, false, null, item -> schema.versionField() == null
                ? Timestamps.stored(schema, model, item) : schema.fromItem(item));
    }

    /** The write of {@code save}. */
    public static <M> Write<Void> saveWrite(Target target, ModelSchema<M> schema, M model, boolean allowOverride,
                                            Condition<M> condition) {
        return putWrite(target, schema, model, allowOverride, condition, item -> null);
    }

    /** The put of the model, on its route; {@code then} turns the item written into what the call gives. */
    private static <M, R> Write<R> putWrite(Target target, ModelSchema<M> schema, M model, boolean allowOverride,
                                            Condition<M> condition, Function<Map<String, AttributeValue>, R> then) {
        Route route = Route.ofPut(WritePolicy.of(schema), condition != null);
        if (route == Route.GUARDED) {
            Draft draft = WritePlanner.put(target, schema, model, allowOverride, condition);
            return new GuardedCall<>(draft, null, (planned, none) -> then.apply(planned.get(0).item().put().item()));
        }
        PutItemRequest request;
        Expectation<M> expectation;
        if (route == Route.PLAIN) {
            long[] bytes = new long[1];
            request = PutItemOperation.request(target, schema, model, allowOverride, bytes);
            expectation = null;
            if (bytes[0] > ItemSize.MAX_ITEM_BYTES) {
                // counted while the item was written; walked again only to describe the item refused
                ItemSize.check(request.item(), TableKey.of(request.item()).describe(schema.name()));
            }
        } else {
            Prepared<PutItemRequest, M> p = conditionalPut(target, schema, model, allowOverride, condition);
            ItemSize.check(p.request().item(), p.item());
            request = p.request();
            expectation = p.expectation();
        }
        SingleWrite<Map<String, AttributeValue>> put = new SingleWrite<>(request, response -> request.item(),
                e -> ItemSends.lookup(e, request.tableName(), TableKey.of(request.item())), (e, stored) -> {
                    StormException refused = ItemSends.putRefused(schema.name(), request, expectation, e, stored);
                    if (refused != null) {
                        throw refused;
                    }
                    return request.item();
                }, e -> e);
        return put.map(then);
    }

    /**
     * The write of {@code update}: it gives the stored item after it. One that changes a unique field moves its
     * guards in a transaction, and then reads the item back.
     */
    public static <M> Write<M> updateWrite(Target target, ModelSchema<M> schema, M model, Condition<M> condition,
                                           List<? extends Update<M>> updates) {
        WritePolicy policy = WritePolicy.of(schema);
        boolean movesGuards = !WritePlanner.uniqueChanges(schema, policy, updates).isEmpty();
        Route route = Route.ofUpdate(policy, condition != null, movesGuards);
        if (route == Route.GUARDED) {
            Draft draft = WritePlanner.update(target, schema, model, condition, updates);
            TableKey key = TableKey.of(schema.keys().primaryKey(model));
            GetItemRequest reread = WritePlanner.readRequest(target, key);
            return new GuardedCall<>(draft, reread, (planned, found) -> {
                if (!found.hasItem() || found.item().isEmpty()) {
                    throw Refusals.objectDoesNotExist(key.describe(schema.name()) + " was updated, then deleted"
                            + " by another writer before it could be read back from table " + reread.tableName());
                }
                return schema.fromItem(found.item());
            });
        }
        UpdateItemRequest request;
        Expectation<M> expectation;
        if (route == Route.PLAIN) {
            request = UpdateItemOperation.request(target, schema, model, updates);
            expectation = null;
        } else {
            Prepared<UpdateItemRequest, M> p = SingleWrites.update(target, schema, model, condition, updates, null);
            request = p.request();
            expectation = p.expectation();
        }
        checkSize(request, schema);
        RetryGuard.Attempts attempts = new RetryGuard.Attempts();
        return new SingleWrite<>(ItemSends.sendable(request, expectation, attempts),
                response -> schema.fromItem(((UpdateItemResponse) response).attributes()), e -> null,
                (e, stored) -> schema.fromItem(ItemSends.updateRefused(schema.name(), request, expectation, e)),
                e -> ItemSends.updateFailed(schema.name(), request, expectation, attempts, e));
    }

    /** The write of {@code delete}. */
    public static <M> Write<Void> deleteWrite(Target target, ModelSchema<M> schema, M model, Condition<M> condition) {
        Route route = Route.ofDelete(WritePolicy.of(schema), condition != null);
        if (route == Route.GUARDED) {
            return new GuardedCall<>(WritePlanner.delete(target, schema, model, condition), null,
                    (planned, none) -> null);
        }
        if (route == Route.PLAIN) {
            // idempotent, and without a condition to fail: an earlier attempt's delete leaves what a resent one leaves
            return new SingleWrite<>(DeleteItemOperation.request(target, schema.keys().primaryKey(model)),
                    response -> null, e -> null, (e, stored) -> null, e -> e);
        }
        Prepared<DeleteItemRequest, M> p = SingleWrites.delete(target, schema, model, schema.keys().primaryKey(model),
                condition, null);
        return new SingleWrite<>(p.request(), response -> null, e -> null, (e, stored) -> {
            StormException refused = ItemSends.deleteRefused(p.request(), p.expectation(), e);
            if (refused != null) {
                throw refused;
            }
            return null;
        }, e -> e);
    }
}
