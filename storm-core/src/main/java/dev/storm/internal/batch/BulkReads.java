package dev.storm.internal.batch;

import dev.storm.BulkFailure;
import dev.storm.BulkGetResult;
import dev.storm.BulkOptions;
import dev.storm.InvalidValueException;
import dev.storm.Model;
import dev.storm.internal.batch.BatchGetItemOperation.Key;
import dev.storm.internal.key.TableKey;
import dev.storm.internal.schema.ModelSchema;
import dev.storm.internal.target.Target;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * {@code bulkGet}: keys are checked and made distinct (DynamoDB refuses a key twice in one request), read through
 * BatchGetItem in chunks of 100 with the call's {@link BulkOptions}, and the results laid out again in the order
 * asked, each duplicate at its own position.
 */
public final class BulkReads {

    private BulkReads() {
    }

    public static <M> BulkGetResult<M> get(Target target, ModelSchema<M> schema, Collection<M> keys,
                                           BulkOptions options) {
        ReadTally<M> tally = new ReadTally<>(schema, keys, options, RetryState.Retrying.toListeners(target,
                "BatchGetItem", schema.name()));
        ChunkRunner.run(tally.chunks(), options.concurrency(), chunk -> RetryLoop.run(tally.start(chunk),
                sent -> BatchGetItemOperation.execute(target, schema.name(), sent, tally::found)));
        return tally.result();
    }

    /**
     * The account of one bulk read, however its chunks are sent: the keys checked and made distinct when it is
     * made (nothing is sent), the items found, the keys that could not be read, and the result in the order asked.
     * Thread-safe where chunks meet: found and failed keys go to concurrent maps.
     */
    public static final class ReadTally<M> {

        private final ModelSchema<M> schema;
        private final BulkOptions options;
        private final List<TableKey> asked;
        private final List<Key> all;
        private final long deadlineNanos;
        private final RetryState.Retrying retrying;
        private final Map<TableKey, Map<String, AttributeValue>> found = new ConcurrentHashMap<>();
        private final Map<TableKey, BulkFailure> failed = new ConcurrentHashMap<>();

        /**
         * @throws InvalidValueException when there are no keys or one is null
         */
        public ReadTally(ModelSchema<M> schema, Collection<M> keys, BulkOptions options,
                         RetryState.Retrying retrying) {
            this.retrying = retrying;
            String operation = "bulkGet of " + schema.name();
            if (keys == null || keys.isEmpty()) {
                throw new InvalidValueException(operation + " got no keys; a batch needs at least one (check for an"
                        + " empty collection before calling)");
            }
            Map<TableKey, Key> distinct = new LinkedHashMap<>();
            List<TableKey> order = new ArrayList<>(keys.size());
            int position = 0;
            for (M model : keys) {
                if (model == null) {
                    throw new InvalidValueException(operation + ": element " + position + " is null");
                }
                TableKey key = TableKey.of(schema.keys().primaryKey(model));
                order.add(key);
                if (!distinct.containsKey(key)) {
                    distinct.put(key, new Key(distinct.size(), model, key));
                }
                position++;
            }
            this.schema = schema;
            this.options = options;
            this.asked = order;
            this.all = new ArrayList<>(distinct.values());
            this.deadlineNanos = System.nanoTime() + options.deadline().toNanos();
        }

        /** The distinct keys in chunks of one BatchGetItem each. */
        public List<List<Key>> chunks() {
            return WriteTally.chunks(all, BatchGetItemOperation.MAX_KEYS);
        }

        /** How one chunk stands before its first send, with the call's backoff and deadline. */
        public RetryState<Key> start(List<Key> chunk) {
            return new RetryState<>(chunk, new Backoff(options.baseDelay(), options.maxDelay()), deadlineNanos,
                    options.deadline(), (left, reason, cause) -> {
                        for (Key k : left) {
                            failed.put(k.key(), new BulkFailure((Model<?>) k.model(), reason, cause));
                        }
                    }, retrying);
        }

        /** An item a response held. */
        public void found(TableKey key, Map<String, AttributeValue> item) {
            found.put(key, item);
        }

        /** The result: the items in the order asked, the keys with no item, and those that could not be read. */
        public BulkGetResult<M> result() {
            List<M> items = new ArrayList<>(asked.size());
            for (TableKey key : asked) {
                Map<String, AttributeValue> item = found.get(key);
                items.add(item == null ? null : schema.fromItem(item));
            }
            List<M> missing = new ArrayList<>();
            List<BulkFailure> failures = new ArrayList<>();
            for (Key k : all) {
                if (failed.containsKey(k.key())) {
                    failures.add(failed.get(k.key()));
                } else if (!found.containsKey(k.key())) {
                    missing.add(schema.type().cast(k.model()));
                }
            }
            return new BulkGetResult<>(items, missing, failures);
        }
    }
}
