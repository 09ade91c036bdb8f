package dev.storm;

import dev.storm.internal.async.AsyncTarget;
import dev.storm.internal.target.Settings;
import dev.storm.internal.target.Target;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

/**
 * Says which DynamoDB table and client every STORM operation uses. Each value is looked up in three places, first
 * match wins: the innermost {@link TableContext} open on the calling thread, the process-wide value set with
 * {@link #setTableName}/{@link #setClient}, and finally a default (the {@code DB_TABLE_NAME} environment variable
 * for the table name; a client built once with {@link DynamoDbClient#create()}).
 *
 * <p>Thread-safe: the process-wide values may be set from any thread and are seen by all threads; a table context
 * is visible only to the thread that opened it.
 *
 * <pre>{@code
 * ConnectionManager.table().setTableName("shop");                  // every thread, from now on
 * TableContext ctx = ConnectionManager.table().tableContext("shop_archive", null);
 * try (ctx) {
 *     archived.save();                                              // this thread only: table shop_archive
 * }                                                                 // back to "shop"
 * }</pre>
 */
public final class ConnectionManager {

    private static final String TABLE_NAME_VARIABLE = "DB_TABLE_NAME";

    private static final ConnectionManager DEFAULT = new ConnectionManager(System::getenv);

    private final String environmentTableName;
    private final ThreadLocal<TableContext> innermost = new ThreadLocal<>();
    private volatile String tableName;
    private volatile DynamoDbClient client;
    private volatile DynamoDbClient defaultClient;
    private volatile DynamoDbAsyncClient asyncClient;
    private volatile DynamoDbAsyncClient defaultAsyncClient;
    private volatile Settings settings = Settings.DEFAULT;

    ConnectionManager(Function<String, String> environment) {
        String fromEnvironment = environment.apply(TABLE_NAME_VARIABLE);
        this.environmentTableName = fromEnvironment == null || fromEnvironment.isBlank() ? null : fromEnvironment;
    }

    /**
     * Returns the process-wide connection manager that every model manager uses.
     *
     * @return the default instance, never null
     */
    public static ConnectionManager table() {
        return DEFAULT;
    }

    /**
     * Returns the table name in effect on the calling thread: the innermost open table context's, else the one
     * set with {@link #setTableName}, else the {@code DB_TABLE_NAME} environment variable.
     *
     * @return the table name, never null
     * @throws StormException when no table name is set anywhere; the message says how to set one
     */
    public String tableName() {
        String name = tableNameOrNull();
        if (name == null) {
            throw noTableName();
        }
        return name;
    }

    private String tableNameOrNull() {
        TableContext context = innermost.get();
        if (context != null && context.tableName() != null) {
            return context.tableName();
        }
        String name = tableName;
        return name != null ? name : environmentTableName;
    }

    private static StormException noTableName() {
        return new StormException("No DynamoDB table name is set. Set the " + TABLE_NAME_VARIABLE
                + " environment variable, call ConnectionManager.table().setTableName(\"my_table\"), or open "
                + "ConnectionManager.table().tableContext(\"my_table\", null) around the calls.");
    }

    /**
     * Returns the DynamoDB client in effect on the calling thread: the innermost open table context's, else the
     * one set with {@link #setClient}, else a client built once, on first use, with {@link DynamoDbClient#create()}
     * (region and credentials from the default AWS provider chains).
     *
     * @return the client, never null
     */
    public DynamoDbClient client() {
        TableContext context = innermost.get();
        if (context != null && context.client() != null) {
            return context.client();
        }
        DynamoDbClient set = client;
        return set != null ? set : defaultClient();
    }

    /**
     * Sets the process-wide table name, seen by every thread that has no table context of its own.
     *
     * @param tableName the table name; null goes back to the {@code DB_TABLE_NAME} environment variable
     */
    public void setTableName(String tableName) {
        this.tableName = tableName;
    }

    /**
     * Sets the process-wide client, seen by every thread that has no table context of its own. STORM does not
     * close it.
     *
     * @param client the client; null goes back to the lazily built default client
     */
    public void setClient(DynamoDbClient client) {
        this.client = client;
    }

    /**
     * Returns the asynchronous client in effect on the calling thread, which {@code Model.objects.async()} calls use:
     * the innermost open table context's, else the one set with {@link #setAsyncClient}, else a client built once, on
     * first use, with {@link DynamoDbAsyncClient#create()}.
     *
     * @return the async client, never null
     */
    public DynamoDbAsyncClient asyncClient() {
        TableContext context = innermost.get();
        if (context != null && context.asyncClient() != null) {
            return context.asyncClient();
        }
        DynamoDbAsyncClient set = asyncClient;
        return set != null ? set : defaultAsyncClient();
    }

    /**
     * Sets the process-wide asynchronous client, seen by every thread that has no table context of its own. STORM
     * does not close it.
     *
     * @param asyncClient the client; null goes back to the lazily built default client
     */
    public void setAsyncClient(DynamoDbAsyncClient asyncClient) {
        this.asyncClient = asyncClient;
    }

    /**
     * Switches the table name, the client, the async client or any of them for the calling thread until the
     * returned context is closed; see {@link #tableContext(String, DynamoDbClient)}. An async call made inside the
     * context keeps its table and client to the end, on whatever thread it completes.
     *
     * <pre>{@code
     * try (var ctx = ConnectionManager.table().tableContext("tenant_42", null, tenantAsyncClient)) {
     *     CompletableFuture<Order> f = Order.objects.async().get(Order_.userId.eq("u1"), Order_.orderId.eq("o1"));
     * }
     * }</pre>
     *
     * @param tableName the table name to use, or null to keep the one in effect
     * @param client the client to use, or null to keep the one in effect
     * @param asyncClient the async client to use, or null to keep the one in effect
     * @return the open context; close it on the same thread
     */
    public TableContext tableContext(String tableName, DynamoDbClient client, DynamoDbAsyncClient asyncClient) {
        TableContext outer = innermost.get();
        String name = tableName != null ? tableName : outer == null ? null : outer.tableName();
        DynamoDbClient effectiveClient = client != null ? client : outer == null ? null : outer.client();
        DynamoDbAsyncClient effectiveAsync = asyncClient != null ? asyncClient
                : outer == null ? null : outer.asyncClient();
        TableContext context = new TableContext(this, outer, name, effectiveClient, effectiveAsync);
        innermost.set(context);
        return context;
    }

    /**
     * Tells {@code listener} of every request the process default sends (every call through {@code User.objects}
     * and the models' own methods), from now on, on every thread. See {@link StormListener}.
     *
     * @param listener the listener; thread-safe
     */
    public synchronized void addListener(StormListener listener) {
        settings = settings.withListener(Objects.requireNonNull(listener, "listener"));
    }

    /** Stops telling {@code listener}; nothing happens when it was not added. */
    public synchronized void removeListener(StormListener listener) {
        settings = settings.withoutListener(listener);
    }

    /**
     * Makes every request of the process default ask for its consumed capacity, which {@link StormEvent} then
     * carries. DynamoDB returns it at no cost, but the responses grow a little.
     *
     * @param mode {@code TOTAL}, {@code INDEXES}, or {@code NONE} (or null) to stop asking
     */
    public synchronized void setConsumedCapacity(ReturnConsumedCapacity mode) {
        settings = settings.withConsumedCapacity(mode);
    }

    /**
     * Makes {@code storm}'s client (and async client, when it has one), table name, listeners and consumed-capacity
     * setting the process-wide ones, so that {@code User.objects} and the models' own methods act as
     * {@code storm.manager(User.class)} does (a thread's table context still wins for its thread). A later {@code setTableName}, {@code setClient},
     * {@code addListener} or {@code setConsumedCapacity} changes the process-wide value, not {@code storm}.
     */
    public synchronized void setDefault(Storm storm) {
        Objects.requireNonNull(storm, "storm");
        this.client = storm.client();
        this.tableName = storm.tableName();
        this.settings = storm.settings();
        if (storm.asyncClient() != null) {
            this.asyncClient = storm.asyncClient();
        }
    }

    /**
     * Switches the table name, the client or both for the calling thread until the returned context is closed.
     * Contexts nest: closing one restores exactly what was in effect when it was opened.
     *
     * <pre>{@code
     * TableContext ctx = ConnectionManager.table().tableContext("tenant_42", tenantClient);
     * try (ctx) {
     *     Order.objects.using(Order_.userId.eq("u1")).list();
     * }
     * }</pre>
     *
     * @param tableName the table name to use, or null to keep the one in effect
     * @param client the client to use, or null to keep the one in effect
     * @return the open context; close it on the same thread
     */
    public TableContext tableContext(String tableName, DynamoDbClient client) {
        return tableContext(tableName, client, null);
    }

    /**
     * Wraps an executor so that each task runs under the table context that was in effect on the thread that
     * submitted it: the same table name and client, whatever the worker thread has open. A task submitted outside
     * any context runs with none (the process-wide values), even on a worker that has one open. The worker's own
     * context is restored when the task ends. The returned executor is thread-safe if {@code executor} is.
     *
     * <pre>{@code
     * Executor tenantAware = ConnectionManager.table().withCurrentContext(pool);
     * TableContext ctx = ConnectionManager.table().tableContext("tenant_42", null);
     * try (ctx) {
     *     CompletableFuture.runAsync(() -> order.save(), tenantAware);   // saved to tenant_42
     * }
     * }</pre>
     *
     * @param executor the executor that runs the tasks
     * @return an executor that submits to {@code executor}
     */
    public Executor withCurrentContext(Executor executor) {
        Objects.requireNonNull(executor, "executor");
        return task -> {
            Objects.requireNonNull(task, "task");
            TableContext submitted = innermost.get();
            String name = submitted == null ? null : submitted.tableName();
            DynamoDbClient submittedClient = submitted == null ? null : submitted.client();
            DynamoDbAsyncClient submittedAsync = submitted == null ? null : submitted.asyncClient();
            executor.execute(() -> runUnder(name, submittedClient, submittedAsync, task));
        };
    }

    private void runUnder(String name, DynamoDbClient contextClient, DynamoDbAsyncClient contextAsync,
                          Runnable task) {
        TableContext own = innermost.get();
        if (name == null && contextClient == null && contextAsync == null) {
            innermost.remove();
        } else {
            innermost.set(new TableContext(this, null, name, contextClient, contextAsync));
        }
        try {
            task.run();
        } finally {
            if (own == null) {
                innermost.remove();
            } else {
                innermost.set(own);
            }
        }
    }

    /**
     * The target of a call starting now on this thread, with the table name and client in effect here now. A
     * missing table name is reported when a request needs it, so that invalid input is reported first; the default
     * client is built only when a request is sent.
     */
    Target target() {
        TableContext context = innermost.get();
        DynamoDbClient set = context != null && context.client() != null ? context.client() : client;
        return Target.resolving(tableNameOrNull(), set != null ? () -> set : this::defaultClient,
                ConnectionManager::noTableName, settings);
    }

    /** The async target of a call starting now on this thread: the table name and async client in effect here now. */
    AsyncTarget asyncTarget() {
        TableContext context = innermost.get();
        DynamoDbAsyncClient set = context != null && context.asyncClient() != null ? context.asyncClient()
                : asyncClient;
        return AsyncTarget.resolving(tableNameOrNull(), set != null ? () -> set : this::defaultAsyncClient,
                ConnectionManager::noTableName, settings);
    }

    private DynamoDbAsyncClient defaultAsyncClient() {
        DynamoDbAsyncClient built = defaultAsyncClient;
        if (built == null) {
            synchronized (this) {
                built = defaultAsyncClient;
                if (built == null) {
                    built = DynamoDbAsyncClient.create();
                    defaultAsyncClient = built;
                }
            }
        }
        return built;
    }

    private DynamoDbClient defaultClient() {
        DynamoDbClient built = defaultClient;
        if (built == null) {
            synchronized (this) {
                built = defaultClient;
                if (built == null) {
                    built = DynamoDbClient.create();
                    defaultClient = built;
                }
            }
        }
        return built;
    }

    void closed(TableContext context) {
        TableContext top = innermost.get();
        if (top != context) {
            // Closed out of order: it is skipped when the contexts opened inside it close.
            return;
        }
        while (top != null && top.isClosed()) {
            top = top.outer();
        }
        if (top == null) {
            innermost.remove();
        } else {
            innermost.set(top);
        }
    }
}
