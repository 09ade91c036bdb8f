package dev.storm;

import dev.storm.internal.async.AsyncBulk;
import dev.storm.internal.async.AsyncTarget;
import dev.storm.internal.async.AsyncWrites;
import dev.storm.internal.async.Futures;
import dev.storm.internal.operation.GetItemOperation;
import dev.storm.internal.query.QuerySpec;
import dev.storm.internal.schema.ModelSchema;
import dev.storm.internal.write.Write;
import dev.storm.internal.write.Writes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;

/**
 * The non-blocking twin of a {@link Manager}, from {@code User.objects.async()} or
 * {@code storm.manager(User.class).async()}: the same calls on a {@code DynamoDbAsyncClient}, each returning a
 * {@link CompletableFuture} that completes with what the blocking call returns, or fails with the
 * {@link StormException} the blocking call throws (as the future's cause). The requests are built by the blocking
 * calls' own builders, on the calling thread when the call is made: bad input fails the returned future (never a
 * throw) and sends nothing, and the table and client in effect then are kept to the end, whichever thread completes
 * the call. Thread-safe.
 *
 * <pre>{@code
 * CompletableFuture<User> f = User.objects.async().get(User_.userId.eq("u1"));
 * User.objects.async().create(user).thenAccept(stored -> log.info("created {}", stored.getPk()));
 * }</pre>
 *
 * <p>Models with {@code @Field(unique = true)} fields are written as the blocking manager writes them: one
 * TransactWriteItems with their uniqueness guards, after a consistent GetItem where the stored values must be known,
 * read and written again (after a wait scheduled on a timer, never slept) when another writer changed the item in
 * between; a clash fails the future with a {@link UniqueConstraintException}, and nothing is written.
 *
 * @param <M> the model
 */
public final class AsyncManager<M extends Model<M>> {

    private final Manager<M> manager;
    private final Supplier<AsyncTarget> targets;

    AsyncManager(Manager<M> manager, Supplier<AsyncTarget> targets) {
        this.manager = manager;
        this.targets = targets;
    }

    /** The model class. */
    public Class<M> modelClass() {
        return manager.modelClass();
    }

    /** GetItem of the item with the given key values; see {@link Manager#get}. */
    @SafeVarargs
    public final CompletableFuture<M> get(Condition<M>... keyValues) {
        return Futures.call(() -> {
            List<Condition<M>> conditions = new ArrayList<>(keyValues.length);
            for (Condition<M> c : keyValues) {
                conditions.add(c);
            }
            AsyncTarget target = targets.get();
            ModelSchema<M> schema = manager.schema();
            GetItemRequest request = GetItemOperation.request(target.requests(), manager.keyOf(conditions));
            return target.getItem(request).thenApply(response -> GetItemOperation.decode(schema, request, response));
        });
    }

    /** Puts a new item only if none with its keys exists; see {@link Manager#create}. */
    public CompletableFuture<M> create(M model) {
        return write(target -> Writes.createWrite(target.requests(), manager.schema(), model));
    }

    /** Puts the item, overwriting; see {@link Manager#save(Model)}. */
    public CompletableFuture<Void> save(M model) {
        return save(model, true);
    }

    /** Puts the item, without override only if absent; see {@link Manager#save(Model, boolean)}. */
    public CompletableFuture<Void> save(M model, boolean allowOverride) {
        return write(target -> Writes.saveWrite(target.requests(), manager.schema(), model,
                allowOverride, null));
    }

    /** Puts the item only if the condition holds; see {@link Manager#save(Model, Condition)}. */
    public CompletableFuture<Void> save(M model, Condition<M> condition) {
        return write(target -> Writes.saveWrite(target.requests(), manager.schema(), model, true,
                manager.required(condition, "save")));
    }

    /** One UpdateItem, conditional on the item existing; see {@link Manager#update(Model, Update[])}. */
    @SafeVarargs
    public final CompletableFuture<M> update(M model, Update<M>... updates) {
        return update(model, list(updates));
    }

    /** One UpdateItem; see {@link Manager#update(Model, List)}. */
    public CompletableFuture<M> update(M model, List<? extends Update<M>> updates) {
        return write(target -> Writes.updateWrite(target.requests(), manager.schema(), model, null,
                updates));
    }

    /** One UpdateItem only if the condition holds; see {@link Manager#update(Model, Condition, Update[])}. */
    @SafeVarargs
    public final CompletableFuture<M> update(M model, Condition<M> condition, Update<M>... updates) {
        return update(model, condition, list(updates));
    }

    /** One UpdateItem only if the condition holds; see {@link Manager#update(Model, Condition, List)}. */
    public CompletableFuture<M> update(M model, Condition<M> condition, List<? extends Update<M>> updates) {
        return write(target -> Writes.updateWrite(target.requests(), manager.schema(), model,
                manager.required(condition, "update"), updates));
    }

    /** DeleteItem; see {@link Manager#delete(Model)}. */
    public CompletableFuture<Void> delete(M model) {
        return write(target -> Writes.deleteWrite(target.requests(), manager.schema(), model, null));
    }

    /** DeleteItem only if the condition holds; see {@link Manager#delete(Model, Condition)}. */
    public CompletableFuture<Void> delete(M model, Condition<M> condition) {
        return write(target -> Writes.deleteWrite(target.requests(), manager.schema(), model,
                manager.required(condition, "delete")));
    }

    /** BatchWriteItem of every model, retried with scheduled backoff; see {@link Manager#bulkSave(Collection)}. */
    public CompletableFuture<BulkResult> bulkSave(Collection<M> models) {
        return bulkSave(models, BulkOptions.defaults());
    }

    /** BatchWriteItem of every model with the given options; see {@link Manager#bulkSave(Collection, BulkOptions)}. */
    public CompletableFuture<BulkResult> bulkSave(Collection<M> models, BulkOptions options) {
        return Futures.call(() -> AsyncBulk.save(targets.get(), manager.schema(), models, options));
    }

    /** BatchWriteItem deletes of every model; see {@link Manager#bulkDelete(Collection)}. */
    public CompletableFuture<BulkResult> bulkDelete(Collection<M> models) {
        return bulkDelete(models, BulkOptions.defaults());
    }

    /** BatchWriteItem deletes with the given options; see {@link Manager#bulkDelete(Collection, BulkOptions)}. */
    public CompletableFuture<BulkResult> bulkDelete(Collection<M> models, BulkOptions options) {
        return Futures.call(() -> AsyncBulk.delete(targets.get(), manager.schema(), models, options));
    }

    /**
     * BatchGetItem of the keys, in the order asked, null where no item is stored; fails with a
     * {@link BulkException} when some keys could not be read; see {@link Manager#bulkGet(Collection)}.
     */
    public CompletableFuture<List<M>> bulkGet(Collection<M> keys) {
        return bulkGet(keys, BulkOptions.defaults());
    }

    /** BatchGetItem of the keys with the given options; see {@link Manager#bulkGet(Collection, BulkOptions)}. */
    public CompletableFuture<List<M>> bulkGet(Collection<M> keys, BulkOptions options) {
        return bulkGetResult(keys, options).thenApply(result -> {
            if (!result.isComplete()) {
                throw new BulkException("bulkGet of " + manager.schema().name() + " could not read every key",
                        result.failed());
            }
            return result.items();
        });
    }

    /** BatchGetItem, reporting missing and unread keys; see {@link Manager#bulkGetResult(Collection)}. */
    public CompletableFuture<BulkGetResult<M>> bulkGetResult(Collection<M> keys) {
        return bulkGetResult(keys, BulkOptions.defaults());
    }

    /** BatchGetItem with the given options; see {@link Manager#bulkGetResult(Collection, BulkOptions)}. */
    public CompletableFuture<BulkGetResult<M>> bulkGetResult(Collection<M> keys, BulkOptions options) {
        return Futures.call(() -> AsyncBulk.get(targets.get(), manager.schema(), keys, options));
    }

    /**
     * An async query set over the partition given by the key values; see {@link Manager#using}. Invalid key values
     * throw at once, as they do for the blocking query set; nothing is sent until a result is asked for.
     */
    @SafeVarargs
    public final AsyncQuerySet<M> using(Condition<M>... keyValues) {
        List<Condition<M>> conditions = new ArrayList<>(keyValues.length);
        for (Condition<M> c : keyValues) {
            conditions.add(c);
        }
        return new AsyncQuerySet<>(QuerySpec.of(manager.schema()), targets).using(conditions);
    }

    // a null array or element is reported by the update's own checks, as a failed future
    private static <T> List<T> list(T[] array) {
        return array == null ? null : Arrays.asList(array);
    }

    private <R> CompletableFuture<R> write(Function<AsyncTarget, Write<R>> build) {
        return Futures.call(() -> {
            AsyncTarget target = targets.get();
            return AsyncWrites.send(target, build.apply(target));
        });
    }

    @Override
    public String toString() {
        return "AsyncManager[" + manager.modelClass().getSimpleName() + "]";
    }
}
