package dev.storm.functional;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storm.BulkGetResult;
import dev.storm.BulkOptions;
import dev.storm.BulkResult;
import dev.storm.Condition;
import dev.storm.ConnectionManager;
import dev.storm.Manager;
import dev.storm.Model;
import dev.storm.TableContext;
import dev.storm.Transaction;
import dev.storm.TransactionReads;
import dev.storm.Update;
import dev.storm.test.DynamoDbLocal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * How a scenario makes its writes: through the blocking API, or through its async twin, waited for, with the
 * future's cause thrown as it is. One scenario, run both ways, proves that both give the same results and the same
 * exceptions. An async call must return a future: a call that throws instead fails the test.
 */
enum Way {
    BLOCKING, ASYNC;

    /** The manager's calls of one model that a scenario makes this way. */
    abstract static class Calls<M extends Model<M>> {
        abstract M create(M model);

        abstract void save(M model);

        abstract void save(M model, boolean allowOverride);

        abstract void save(M model, Condition<M> condition);

        abstract M update(M model, Condition<M> condition, List<Update<M>> updates);

        @SafeVarargs
        final M update(M model, Update<M>... updates) {
            return update(model, null, Arrays.asList(updates));
        }

        @SafeVarargs
        final M update(M model, Condition<M> condition, Update<M>... updates) {
            return update(model, condition, Arrays.asList(updates));
        }

        abstract void delete(M model);

        abstract void delete(M model, Condition<M> condition);

        abstract BulkResult bulkSave(Collection<M> models);

        abstract BulkResult bulkSave(Collection<M> models, BulkOptions options);

        abstract BulkResult bulkDelete(Collection<M> models, BulkOptions options);

        abstract BulkGetResult<M> bulkGetResult(Collection<M> keys, BulkOptions options);
    }

    <M extends Model<M>> Calls<M> of(Manager<M> manager) {
        return this == BLOCKING ? new Blocking<>(manager) : new Async<>(manager);
    }

    /** {@code Transaction.atomic(body)}, or {@code Transaction.atomicAsync(body)} waited for. */
    void atomic(Consumer<Transaction> body) {
        if (this == BLOCKING) {
            Transaction.atomic(body);
        } else {
            await(() -> Transaction.atomicAsync(body));
        }
    }

    /** {@code Transaction.read(keys)}, or {@code Transaction.readAsync(keys)} waited for. */
    TransactionReads read(Collection<? extends Model<?>> keys) {
        return this == BLOCKING ? Transaction.read(keys) : await(() -> Transaction.readAsync(keys));
    }

    /** {@code Transaction.read(keys...)}, or {@code Transaction.readAsync(keys...)} waited for. */
    TransactionReads read(Model<?>... keys) {
        return this == BLOCKING ? Transaction.read(keys) : await(() -> Transaction.readAsync(keys));
    }

    /**
     * Runs {@code body} with this way's client (blocking, or async) switched to a new client of the local server
     * with the SDK's default retries and {@code interceptor}, on {@code table}.
     */
    void through(ExecutionInterceptor interceptor, DynamoDbLocal local, String table, Runnable body) {
        through(c -> c.addExecutionInterceptor(interceptor), local, table, body);
    }

    /**
     * Runs {@code body} with this way's client (blocking, or async) switched to a new client of the local server
     * configured by {@code config}, on {@code table}; the client is closed afterwards.
     */
    void through(Consumer<ClientOverrideConfiguration.Builder> config, DynamoDbLocal local, String table,
                 Runnable body) {
        if (this == BLOCKING) {
            try (DynamoDbClient client = local.newClient(b -> b.overrideConfiguration(config));
                 TableContext ignored = ConnectionManager.table().tableContext(table, client)) {
                body.run();
            }
            return;
        }
        try (DynamoDbAsyncClient client = local.newAsyncClient(b -> b.overrideConfiguration(config));
             TableContext ignored = ConnectionManager.table().tableContext(table, null, client)) {
            body.run();
        }
    }

    /** Waits for the async call; its failure's cause is thrown as the blocking call would throw it. */
    static <T> T await(Supplier<CompletableFuture<T>> call) {
        CompletableFuture<T> future;
        try {
            future = call.get();
        } catch (RuntimeException e) {
            throw new AssertionError("an async call threw instead of failing its future", e);
        }
        assertThat(future).as("an async call returns a future").isNotNull();
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private static final class Blocking<M extends Model<M>> extends Calls<M> {
        private final Manager<M> manager;

        Blocking(Manager<M> manager) {
            this.manager = manager;
        }

        M create(M model) {
            return manager.create(model);
        }

        void save(M model) {
            manager.save(model);
        }

        void save(M model, boolean allowOverride) {
            manager.save(model, allowOverride);
        }

        void save(M model, Condition<M> condition) {
            manager.save(model, condition);
        }

        M update(M model, Condition<M> condition, List<Update<M>> updates) {
            return condition == null ? manager.update(model, updates) : manager.update(model, condition, updates);
        }

        void delete(M model) {
            manager.delete(model);
        }

        void delete(M model, Condition<M> condition) {
            manager.delete(model, condition);
        }

        BulkResult bulkSave(Collection<M> models) {
            return manager.bulkSave(models);
        }

        BulkResult bulkSave(Collection<M> models, BulkOptions options) {
            return manager.bulkSave(models, options);
        }

        BulkResult bulkDelete(Collection<M> models, BulkOptions options) {
            return manager.bulkDelete(models, options);
        }

        BulkGetResult<M> bulkGetResult(Collection<M> keys, BulkOptions options) {
            return manager.bulkGetResult(keys, options);
        }
    }

    private static final class Async<M extends Model<M>> extends Calls<M> {
        private final Manager<M> manager;

        Async(Manager<M> manager) {
            this.manager = manager;
        }

        M create(M model) {
            return await(() -> manager.async().create(model));
        }

        void save(M model) {
            await(() -> manager.async().save(model));
        }

        void save(M model, boolean allowOverride) {
            await(() -> manager.async().save(model, allowOverride));
        }

        void save(M model, Condition<M> condition) {
            await(() -> manager.async().save(model, condition));
        }

        M update(M model, Condition<M> condition, List<Update<M>> updates) {
            return await(() -> condition == null ? manager.async().update(model, updates)
                    : manager.async().update(model, condition, updates));
        }

        void delete(M model) {
            await(() -> manager.async().delete(model));
        }

        void delete(M model, Condition<M> condition) {
            await(() -> manager.async().delete(model, condition));
        }

        BulkResult bulkSave(Collection<M> models) {
            return await(() -> manager.async().bulkSave(models));
        }

        BulkResult bulkSave(Collection<M> models, BulkOptions options) {
            return await(() -> manager.async().bulkSave(models, options));
        }

        BulkResult bulkDelete(Collection<M> models, BulkOptions options) {
            return await(() -> manager.async().bulkDelete(models, options));
        }

        BulkGetResult<M> bulkGetResult(Collection<M> keys, BulkOptions options) {
            return await(() -> manager.async().bulkGetResult(keys, options));
        }
    }
}
