package dev.storm;

import dev.storm.internal.async.AsyncTarget;
import dev.storm.internal.async.AsyncTransactGet;
import dev.storm.internal.async.AsyncWrites;
import dev.storm.internal.async.Futures;
import dev.storm.internal.key.TableKey;
import dev.storm.internal.schema.ModelSchema;
import dev.storm.internal.target.Target;
import dev.storm.internal.transaction.OperationFailure;
import dev.storm.internal.transaction.PlannedWrite;
import dev.storm.internal.transaction.TransactGetItemsOperation;
import dev.storm.internal.transaction.TransactWriteItemsOperation;
import dev.storm.internal.transaction.WritePlan;
import dev.storm.internal.write.Draft;
import dev.storm.internal.write.WritePlanner;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;

/**
 * All-or-nothing writes across items and models: the operations added inside {@link #atomic} are sent as one
 * TransactWriteItems (each item costs two write units), with an idempotency token. Either every write is applied or
 * none is, and a refusal is a {@link TransactionCanceledException} naming the operation that failed and why. A
 * {@code Transaction} is not thread-safe and is valid only inside its {@code atomic} block, on that block's thread.
 * It runs on the table and client in effect when {@code atomic} was called ({@link ConnectionManager}), or on a
 * {@code Storm}'s through {@link Storm#atomic}. {@link #atomicAsync} (and {@link Storm#atomicAsync}) is the same on
 * the async client, completing a {@link CompletableFuture}.
 *
 * <pre>{@code
 * Transaction.atomic(tx -> {
 *     tx.create(order);
 *     tx.update(user, User_.orderCount.set(F.of(User_.orderCount).plus(1)));
 *     tx.delete(cartItem);
 *     tx.check(account, Account_.status.eq("OPEN"));
 * });
 * }</pre>
 *
 * <p>Limits, checked before anything is sent ({@link InvalidTransactionException}): at least one operation, at
 * most 100 items (the uniqueness guards of {@code @Field(unique = true)} fields count as items), each item once, at
 * most 4 MB. Models with unique fields read the stored item (one consistent GetItem) when they are saved, deleted or
 * have a unique field updated, so that the guards can be moved; the write is then conditional on that read still
 * being true.
 */
public final class Transaction {

    private final WritePlan plan = new WritePlan();
    private final Target target;
    // an async transaction's writes, read and planned after its body, without blocking; null for a blocking one
    private final List<Draft> drafts;
    private boolean ended;

    private Transaction(Target target, List<Draft> drafts) {
        this.target = target;
        this.drafts = drafts;
    }

    /**
     * Runs {@code body} to collect operations, then sends them as one TransactWriteItems. Nothing is sent if the body
     * throws. A cancellation caused only by conflicting concurrent transactions or throttling is sent again after a
     * backoff (it wrote nothing); any other is a {@link TransactionCanceledException}.
     */
    public static void atomic(Consumer<Transaction> body) {
        atomic(ConnectionManager.table().target(), body);
    }

    static void atomic(Target target, Consumer<Transaction> body) {
        WritePlan plan = collect(target, body);
        List<OperationFailure> failures = TransactWriteItemsOperation.execute(plan, target, plan.models());
        if (!failures.isEmpty()) {
            throw canceled(failures);
        }
    }

    /**
     * The non-blocking twin of {@link #atomic}, on the {@code DynamoDbAsyncClient}, table and client in effect now
     * ({@link ConnectionManager#asyncClient()}): {@code body} runs at once, on the calling thread, to collect the
     * operations; the consistent reads that models with unique fields need are then sent together, and the writes
     * go out as one TransactWriteItems with an idempotency token. The future completes when the transaction was
     * applied, or fails with what {@code atomic} throws (a {@link TransactionCanceledException} naming the operation
     * that failed and why; an {@link InvalidTransactionException} or {@link InvalidValueException} for bad input,
     * with nothing sent). A cancellation caused only by conflicting transactions or throttling is sent again after
     * a backoff scheduled on a timer; no thread sleeps or waits. A body that throws fails the future, and nothing is
     * sent.
     *
     * <pre>{@code
     * CompletableFuture<Void> done = Transaction.atomicAsync(tx -> tx.create(order).delete(cartItem));
     * }</pre>
     */
    public static CompletableFuture<Void> atomicAsync(Consumer<Transaction> body) {
        return Futures.call(() -> atomicAsync(ConnectionManager.table().asyncTarget(), body));
    }

    static CompletableFuture<Void> atomicAsync(AsyncTarget target, Consumer<Transaction> body) {
        Transaction tx = new Transaction(target.requests(), new ArrayList<>());
        run(tx, body);
        List<Draft.Planning> plannings = new ArrayList<>();
        CompletableFuture<?>[] reads = new CompletableFuture<?>[tx.drafts.size()];
        for (int i = 0; i < reads.length; i++) {
            Draft.Planning planning = tx.drafts.get(i).planning();
            plannings.add(planning);
            reads[i] = AsyncWrites.read(target, tx.drafts.get(i).model(), planning);
        }
        return CompletableFuture.allOf(reads).thenCompose(done -> {
            WritePlan plan = new WritePlan();
            for (Draft.Planning planning : plannings) {
                plan.add(planning.plan());
            }
            return AsyncWrites.transact(target, plan.models(), plan);
        }).thenApply(failures -> {
            if (!failures.isEmpty()) {
                throw canceled(failures);
            }
            return null;
        });
    }

    /**
     * The TransactWriteItems request {@code atomic(body)} would send, with a fresh idempotency token. Only the reads
     * a model with unique fields needs are made.
     */
    public static TransactWriteItemsRequest request(Consumer<Transaction> body) {
        return request(ConnectionManager.table().target(), body);
    }

    static TransactWriteItemsRequest request(Target target, Consumer<Transaction> body) {
        return collect(target, body).request(UUID.randomUUID().toString());
    }

    /**
     * Reads the items of the given keys as one consistent snapshot (TransactGetItems, two read units per 4 KB of
     * each item). The keys may be of different models; a key given twice is read once.
     *
     * <pre>{@code
     * TransactionReads r = Transaction.read(userKey, orderKey);
     * User user = r.get(userKey);      // null when not stored
     * }</pre>
     */
    public static TransactionReads read(Model<?>... keys) {
        List<Model<?>> list = new ArrayList<>(keys.length);
        for (Model<?> key : keys) {
            list.add(key);
        }
        return read(list);
    }

    /** Reads the items of the given keys as one consistent snapshot; see {@link #read(Model[])}. */
    public static TransactionReads read(Collection<? extends Model<?>> keys) {
        return read(ConnectionManager.table().target(), keys);
    }

    static TransactionReads read(Target target, Collection<? extends Model<?>> keys) {
        List<Model<?>> asked = new ArrayList<>(keys);
        Map<TableKey, Object> distinct = TransactGetItemsOperation.keys(asked);
        return reads(asked, distinct, TransactGetItemsOperation.execute(target, models(asked), distinct));
    }

    /**
     * The non-blocking twin of {@link #read(Model[])}, on the {@code DynamoDbAsyncClient}, table and client in
     * effect now ({@link ConnectionManager#asyncClient()}): the same TransactGetItems, one consistent snapshot. The
     * future completes with the same {@link TransactionReads} (null for a key not stored), or fails with what
     * {@code read} throws: an {@link InvalidTransactionException} or {@link InvalidValueException} for bad keys, with
     * nothing sent; a {@link TransactionCanceledException}; a {@link TableNotFoundException}. A read cancelled
     * because a write transaction held an item is sent again after a backoff scheduled on a timer; no thread sleeps
     * or waits.
     *
     * <pre>{@code
     * CompletableFuture<TransactionReads> r = Transaction.readAsync(userKey, orderKey);
     * }</pre>
     */
    public static CompletableFuture<TransactionReads> readAsync(Model<?>... keys) {
        return Futures.call(() -> readAsync(ConnectionManager.table().asyncTarget(), Arrays.asList(keys)));
    }

    /** The non-blocking twin of {@link #read(Collection)}; see {@link #readAsync(Model[])}. */
    public static CompletableFuture<TransactionReads> readAsync(Collection<? extends Model<?>> keys) {
        return Futures.call(() -> readAsync(ConnectionManager.table().asyncTarget(), keys));
    }

    static CompletableFuture<TransactionReads> readAsync(AsyncTarget target, Collection<? extends Model<?>> keys) {
        List<Model<?>> asked = new ArrayList<>(keys);
        Map<TableKey, Object> distinct = TransactGetItemsOperation.keys(asked);
        return AsyncTransactGet.items(target, models(asked), distinct)
                .thenApply(stored -> reads(asked, distinct, stored));
    }

    /** The models read for the keys asked, in their order, from the stored items of the distinct keys. */
    private static TransactionReads reads(List<Model<?>> asked, Map<TableKey, Object> distinct,
                                          List<Map<String, AttributeValue>> stored) {
        List<TableKey> order = new ArrayList<>(distinct.keySet());
        List<Object> items = new ArrayList<>(asked.size());
        for (Model<?> key : asked) {
            Map<String, AttributeValue> item = stored.get(order.indexOf(TransactGetItemsOperation.key(key)));
            items.add(item == null ? null : ModelSchema.of(key.getClass()).fromItem(item));
        }
        return new TransactionReads(asked, items);
    }

    /** Puts a new item, only if none with its keys exists (and claims its unique values). */
    public <M extends Model<M>> Transaction create(M model) {
        return add(() -> WritePlanner.put(target, validated(model, "create"), model, false, null));
    }

    /** Puts the item, overwriting (conditional on its {@code @Version}, when it has one). */
    public <M extends Model<M>> Transaction save(M model) {
        return add(() -> WritePlanner.put(target, validated(model, "save"), model, true, null));
    }

    /** Puts the item, overwriting, only if the condition holds for the stored item. */
    public <M extends Model<M>> Transaction save(M model, Condition<M> condition) {
        return add(() -> WritePlanner.put(target, validated(model, "save"), model, true, required(condition, "save")));
    }

    /** Applies the updates to the stored item, which must exist. */
    @SafeVarargs
    public final <M extends Model<M>> Transaction update(M model, Update<M>... updates) {
        List<Update<M>> list = new ArrayList<>(updates.length);
        for (Update<M> u : updates) {
            list.add(u);
        }
        return update(model, list);
    }

    /** Applies the updates to the stored item, which must exist. */
    public <M extends Model<M>> Transaction update(M model, List<? extends Update<M>> updates) {
        return add(() -> WritePlanner.update(target, schema(model, "update"), model, null, updates));
    }

    /** Applies the updates to the stored item, which must exist and satisfy the condition. */
    @SafeVarargs
    public final <M extends Model<M>> Transaction update(M model, Condition<M> condition, Update<M>... updates) {
        List<Update<M>> list = new ArrayList<>(updates.length);
        for (Update<M> u : updates) {
            list.add(u);
        }
        return add(() -> WritePlanner.update(target, schema(model, "update"), model, required(condition, "update"),
                list));
    }

    /** Deletes the item (and releases its unique values); an absent item is not an error. */
    public <M extends Model<M>> Transaction delete(M model) {
        return add(() -> WritePlanner.delete(target, schema(model, "delete"), model, null));
    }

    /** Deletes the item only if the condition holds for it. */
    public <M extends Model<M>> Transaction delete(M model, Condition<M> condition) {
        return add(() -> WritePlanner.delete(target, schema(model, "delete"), model, required(condition, "delete")));
    }

    /** Writes nothing to the item, but makes the whole transaction depend on the condition holding for it. */
    public <M extends Model<M>> Transaction check(M model, Condition<M> condition) {
        return add(() -> WritePlanner.check(target, schema(model, "check"), model, required(condition, "check")));
    }

    private Transaction add(Supplier<Draft> write) {
        if (ended) {
            throw new InvalidTransactionException("This transaction has ended: its operations were collected when"
                    + " its Transaction.atomic block returned; use the Transaction only inside that block");
        }
        Draft draft = write.get();
        if (drafts != null) {
            drafts.add(draft);
        } else {
            plan.add(draft.plan(target));
        }
        return this;
    }

    private static WritePlan collect(Target target, Consumer<Transaction> body) {
        Transaction tx = new Transaction(target, null);
        run(tx, body);
        return tx.plan;
    }

    private static void run(Transaction tx, Consumer<Transaction> body) {
        if (body == null) {
            throw new InvalidTransactionException("Transaction.atomic needs a body: tx -> { tx.create(...); }");
        }
        try {
            body.accept(tx);
        } finally {
            tx.ended = true;
        }
        if (tx.plan.isEmpty() && (tx.drafts == null || tx.drafts.isEmpty())) {
            throw new InvalidTransactionException("The transaction has no operations; DynamoDB refuses an empty"
                    + " TransactWriteItems, so add at least one with tx.create/save/update/delete/check");
        }
    }

    /** The schema of a model to be put, after checking the model with the target's validator. */
    private <M extends Model<M>> ModelSchema<M> validated(M model, String operation) {
        ModelSchema<M> schema = schema(model, operation);
        target.settings().validator().check("tx." + operation + " of " + schema.name(), model);
        return schema;
    }

    @SuppressWarnings("unchecked")
    private static <M extends Model<M>> ModelSchema<M> schema(M model, String operation) {
        if (model == null) {
            throw new InvalidValueException("tx." + operation + " needs a model, got null");
        }
        return Manager.of((Class<M>) model.getClass()).schema();
    }

    /** The names of the models of the keys, each once, for what a listener is told. */
    private static String models(List<Model<?>> keys) {
        return String.join(",", keys.stream().map(k -> k.getClass().getSimpleName()).distinct().toList());
    }

    private static <M> Condition<M> required(Condition<M> condition, String operation) {
        if (condition == null) {
            throw new InvalidValueException("tx." + operation + " was given a null condition");
        }
        return condition;
    }

    private static TransactionCanceledException canceled(List<OperationFailure> failures) {
        List<TransactionCanceledException.Failure> list = new ArrayList<>(failures.size());
        for (OperationFailure f : failures) {
            PlannedWrite w = f.entry().write();
            list.add(new TransactionCanceledException.Failure(f.entry().operation(), w.operation(),
                    (Model<?>) w.model(), w.key().pk(), w.key().sk(), f.failure().kind().reason(),
                    f.failure().message()));
        }
        return new TransactionCanceledException(list, failures.get(0).cause());
    }
}
