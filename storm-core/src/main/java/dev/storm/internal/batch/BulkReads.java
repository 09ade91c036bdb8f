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
        String operation = "bulkGet of " + schema.name();
        if (keys == null || keys.isEmpty()) {
            throw new InvalidValueException(operation + " got no keys; a batch needs at least one (check for an"
                    + " empty collection before calling)");
        }
        Map<TableKey, Key> distinct = new LinkedHashMap<>();
        List<TableKey> asked = new ArrayList<>(keys.size());
        int position = 0;
        for (M model : keys) {
            if (model == null) {
                throw new InvalidValueException(operation + ": element " + position + " is null");
            }
            TableKey key = TableKey.of(schema.keys().primaryKey(model));
            asked.add(key);
            if (!distinct.containsKey(key)) {
                distinct.put(key, new Key(distinct.size(), model, key));
            }
            position++;
        }
        List<Key> all = new ArrayList<>(distinct.values());
        Map<TableKey, Map<String, AttributeValue>> found = new ConcurrentHashMap<>();
        Map<TableKey, BulkFailure> failed = new ConcurrentHashMap<>();
        read(target, schema.name(), all, found, failed, options);

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

    private static void read(Target target, String model, List<Key> keys,
                             Map<TableKey, Map<String, AttributeValue>> found,
                             Map<TableKey, BulkFailure> failed, BulkOptions options) {
        long deadline = System.nanoTime() + options.deadline().toNanos();
        RetryLoop<Key> loop = new RetryLoop<>(new Backoff(options.baseDelay(), options.maxDelay()), deadline,
                options.deadline(), (pending, attempt, reason, delay) ->
                        target.retrying("BatchGetItem", model, pending, attempt, delay, reason));
        List<List<Key>> chunks = new ArrayList<>();
        for (int from = 0; from < keys.size(); from += BatchGetItemOperation.MAX_KEYS) {
            chunks.add(keys.subList(from, Math.min(keys.size(), from + BatchGetItemOperation.MAX_KEYS)));
        }
        ChunkRunner.run(chunks, options.concurrency(), chunk -> loop.run(chunk,
                sent -> BatchGetItemOperation.execute(target, model, sent, found::put),
                (left, reason, cause) -> {
                    for (Key k : left) {
                        failed.put(k.key(), new BulkFailure((Model<?>) k.model(), reason, cause));
                    }
                }));
    }
}
