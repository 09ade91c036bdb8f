package dev.storm;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A table name and client switched for one thread by {@link ConnectionManager#tableContext}; closing it restores
 * what was in effect before it was opened. Not thread-safe: open and close it on the same thread. Closing it twice
 * does nothing the second time.
 *
 * <pre>{@code
 * TableContext ctx = ConnectionManager.table().tableContext("shop_archive", null);
 * try (ctx) {
 *     archived.save();
 * }
 * }</pre>
 */
public final class TableContext implements AutoCloseable {

    private final ConnectionManager manager;
    private final TableContext outer;
    private final String tableName;
    private final DynamoDbClient client;
    private final Thread owner;
    private boolean closed;

    TableContext(ConnectionManager manager, TableContext outer, String tableName, DynamoDbClient client) {
        this.manager = manager;
        this.outer = outer;
        this.tableName = tableName;
        this.client = client;
        this.owner = Thread.currentThread();
    }

    /**
     * Restores the table name and client that were in effect when this context was opened.
     *
     * @throws StormException when called from a thread other than the one that opened the context
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        if (Thread.currentThread() != owner) {
            throw new StormException("A table context must be closed on the thread that opened it ('"
                    + owner.getName() + "'), not on '" + Thread.currentThread().getName() + "'.");
        }
        closed = true;
        manager.closed(this);
    }

    // The effective values, with what the outer context had already filled in; null falls back to the
    // process-wide setting.
    String tableName() {
        return tableName;
    }

    DynamoDbClient client() {
        return client;
    }

    TableContext outer() {
        return outer;
    }

    boolean isClosed() {
        return closed;
    }
}
