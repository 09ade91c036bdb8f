package dev.storm;

import dev.storm.internal.Refusals;
import dev.storm.internal.async.AsyncTarget;
import dev.storm.internal.async.Futures;
import dev.storm.internal.target.Settings;
import dev.storm.internal.target.Target;
import dev.storm.internal.validation.ModelValidator;
import dev.storm.internal.validation.Validators;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Consumer;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;

/**
 * One DynamoDB client and one table, for applications that hold their configuration in objects rather than in the
 * process-wide {@link ConnectionManager}: a Spring bean, a tenant's store, a test's fixture. Everything reached
 * through it ({@link #manager}, its query sets and scans, {@link #itemCollection}, {@link #atomic}) runs on this
 * client and table, whichever thread calls and whatever table context that thread has open; nothing in it reads
 * thread-locals. {@code User.objects} and the models' own {@code save()}/{@code update()}/{@code delete()} keep
 * using the {@link ConnectionManager}.
 *
 * <p>Immutable and thread-safe: build one per client and table and share it. STORM does not close the client.
 *
 * <pre>{@code
 * Storm storm = Storm.builder().client(dynamoDbClient).tableName("app").build();
 * Manager<User> users = storm.manager(User.class);
 * users.create(new User("u1", null, "a@b.c", "Ann", "a@b.c"));
 * List<Order> orders = storm.manager(Order.class).using(Order_.userId.eq("u1")).list();
 * storm.atomic(tx -> tx.create(order).update(user, User_.orderCount.set(F.of(User_.orderCount).plus(1))));
 * }</pre>
 */
public final class Storm {

    private final DynamoDbClient client;
    private final DynamoDbAsyncClient asyncClient;
    private final String tableName;
    private final Settings settings;
    private final Target target;
    private final ConcurrentMap<Class<?>, Manager<?>> managers = new ConcurrentHashMap<>();

    private Storm(Builder builder) {
        this.client = builder.client;
        this.asyncClient = builder.asyncClient;
        this.tableName = builder.tableName;
        this.settings = builder.settings;
        this.target = Target.of(client, tableName, settings);
    }

    /** A builder with nothing set; {@link Builder#client} and {@link Builder#tableName} are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this instance's settings, to derive another (say, on another table) from it. */
    public Builder toBuilder() {
        Builder builder = new Builder().client(client).asyncClient(asyncClient).tableName(tableName);
        builder.settings = settings;
        return builder;
    }

    /**
     * The manager of a model class on this client and table: the whole {@link Manager} API, and every query set,
     * scan and page it creates, bound to them. The same instance for the same class.
     *
     * <pre>{@code Manager<Order> orders = storm.manager(Order.class);}</pre>
     */
    @SuppressWarnings("unchecked")
    public <M extends Model<M>> Manager<M> manager(Class<M> type) {
        Objects.requireNonNull(type, "type");
        return (Manager<M>) managers.computeIfAbsent(type, t -> Manager.bound(type, this));
    }

    /** The item collection of these models on this table; see {@link ItemCollection#of}. Sends nothing. */
    @SafeVarargs
    public final ItemCollection itemCollection(Class<? extends Model<?>>... models) {
        return ItemCollection.of(models).on(this);
    }

    /** The item collection of these models on index {@code GSIn} of this table; see {@link ItemCollection#onIndex}. */
    @SafeVarargs
    public final ItemCollection itemCollectionOnIndex(int index, Class<? extends Model<?>>... models) {
        return ItemCollection.onIndex(index, models).on(this);
    }

    /**
     * Runs {@code body} to collect operations and sends them as one TransactWriteItems on this client and table; see
     * {@link Transaction#atomic}. The reads a model with unique fields needs are made here too.
     */
    public void atomic(Consumer<Transaction> body) {
        Transaction.atomic(target, body);
    }

    /**
     * The non-blocking twin of {@link #atomic}, on this instance's async client and table; see
     * {@link Transaction#atomicAsync}. Without an async client the future fails with an
     * {@link InvalidValueException}.
     */
    public CompletableFuture<Void> atomicAsync(Consumer<Transaction> body) {
        return Futures.call(() -> Transaction.atomicAsync(asyncTarget("storm.atomicAsync(...)"), body));
    }

    /** The TransactWriteItems request {@link #atomic} would send; see {@link Transaction#request}. */
    public TransactWriteItemsRequest transactionRequest(Consumer<Transaction> body) {
        return Transaction.request(target, body);
    }

    /** Reads the items of the given keys from this table as one consistent snapshot; see {@link Transaction#read}. */
    public TransactionReads read(Model<?>... keys) {
        return Transaction.read(target, Arrays.asList(keys));
    }

    /** Reads the items of the given keys from this table as one consistent snapshot. */
    public TransactionReads read(Collection<? extends Model<?>> keys) {
        return Transaction.read(target, keys);
    }

    /**
     * The non-blocking twin of {@link #read(Model[])}, on this instance's async client and table; see
     * {@link Transaction#readAsync(Model[])}. Without an async client the future fails with an
     * {@link InvalidValueException}.
     */
    public CompletableFuture<TransactionReads> readAsync(Model<?>... keys) {
        return Futures.call(() -> Transaction.readAsync(asyncTarget("storm.readAsync(...)"), Arrays.asList(keys)));
    }

    /** The non-blocking twin of {@link #read(Collection)}; see {@link #readAsync(Model[])}. */
    public CompletableFuture<TransactionReads> readAsync(Collection<? extends Model<?>> keys) {
        return Futures.call(() -> Transaction.readAsync(asyncTarget("storm.readAsync(...)"), keys));
    }

    /** The client every request is sent through. */
    public DynamoDbClient client() {
        return client;
    }

    /** The table every request names. */
    public String tableName() {
        return tableName;
    }

    /** The async client of {@code manager(X.class).async()} calls; null when none was given. */
    public DynamoDbAsyncClient asyncClient() {
        return asyncClient;
    }

    /** The listeners told of every request, in registration order (STORM's own DEBUG log is not among them). */
    public List<StormListener> listeners() {
        return settings.listeners();
    }

    /** What every request asks for as {@code ReturnConsumedCapacity}, or null for nothing. */
    public ReturnConsumedCapacity consumedCapacity() {
        return settings.consumedCapacity();
    }

    Settings settings() {
        return settings;
    }

    Target target() {
        return target;
    }

    /** The async target of {@code manager(X.class).async()} calls. */
    AsyncTarget asyncTarget(Class<?> model) {
        return asyncTarget("storm.manager(" + model.getSimpleName() + ".class).async()");
    }

    /** The async target of the async calls {@code call} names, in the message when there is no async client. */
    AsyncTarget asyncTarget(String call) {
        if (asyncClient == null) {
            throw Refusals.invalidValue(call + " needs an async client, and " + this + " was built without one; add"
                    + " .asyncClient(DynamoDbAsyncClient.create()) (or the application's own) to Storm.builder()");
        }
        return AsyncTarget.of(asyncClient, tableName, settings);
    }

    /** The target of a call through {@code storm}, or through the {@link ConnectionManager} when it is null. */
    static Target targetOf(Storm storm) {
        return storm != null ? storm.target : ConnectionManager.table().target();
    }

    @Override
    public String toString() {
        return "Storm[table=" + tableName + "]";
    }

    /** Settings of a {@link Storm}. Not thread-safe; {@link #build()} copies what it needs. */
    public static final class Builder {

        private DynamoDbClient client;
        private DynamoDbAsyncClient asyncClient;
        private String tableName;
        private Settings settings = Settings.DEFAULT;

        private Builder() {
        }

        /** The client requests are sent through (required). STORM does not close it. */
        public Builder client(DynamoDbClient client) {
            this.client = client;
            return this;
        }

        /**
         * The async client that {@code storm.manager(X.class).async()} calls send through (optional: without it,
         * {@code async()} is refused). STORM does not close it.
         */
        public Builder asyncClient(DynamoDbAsyncClient asyncClient) {
            this.asyncClient = asyncClient;
            return this;
        }

        /** The table every request names (required). */
        public Builder tableName(String tableName) {
            this.tableName = tableName;
            return this;
        }

        /**
         * Adds a listener told of every request this instance sends, after those added before it. See
         * {@link StormListener}.
         */
        public Builder listener(StormListener listener) {
            settings = settings.withListener(Objects.requireNonNull(listener, "listener"));
            return this;
        }

        /**
         * Makes every request ask for its consumed capacity ({@code TOTAL} or {@code INDEXES}), which listeners then
         * get in {@link StormEvent#consumedCapacity()}; {@code NONE} or null (the default) asks for none.
         */
        public Builder consumedCapacity(ReturnConsumedCapacity mode) {
            settings = settings.withConsumedCapacity(mode);
            return this;
        }

        /**
         * Validates every model a create, save, bulkSave or transaction writes with this Jakarta Bean Validation
         * validator (the Spring bean, say) instead of the class path's default one; a violation is a
         * {@link ValidationFailedException} and nothing is sent. Needs {@code jakarta.validation} on the class path
         * only when called.
         */
        public Builder validator(jakarta.validation.Validator validator) {
            settings = settings.withValidator(Validators.of(Objects.requireNonNull(validator, "validator")));
            return this;
        }

        /**
         * Whether models are validated before they are written: by default they are, when Jakarta Bean Validation
         * (with a provider such as Hibernate Validator) is on the class path; false turns it off for this instance.
         */
        public Builder validation(boolean enabled) {
            settings = settings.withValidator(enabled ? Validators.CLASS_PATH : ModelValidator.NONE);
            return this;
        }

        /**
         * The instance.
         *
         * @throws InvalidValueException when the client or the table name is missing or the table name is blank
         */
        public Storm build() {
            if (client == null) {
                throw Refusals.invalidValue("Storm.builder() needs a client: .client(DynamoDbClient.create()) or"
                        + " the application's own DynamoDbClient");
            }
            if (tableName == null || tableName.isBlank()) {
                throw Refusals.invalidValue("Storm.builder() needs a table name, got "
                        + (tableName == null ? "none" : "'" + tableName + "'") + ": .tableName(\"my_table\")");
            }
            return new Storm(this);
        }
    }
}
