package dev.storm.internal.batch;

import dev.storm.BulkOptions;
import dev.storm.BulkResult;
import dev.storm.InvalidValueException;
import dev.storm.internal.batch.BatchWriteItemOperation.Pending;
import dev.storm.internal.key.TableKey;
import dev.storm.internal.operation.PutItemOperation;
import dev.storm.internal.schema.ModelSchema;
import dev.storm.internal.write.ItemSize;
import dev.storm.internal.write.WritePolicy;
import dev.storm.internal.target.Target;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DeleteRequest;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * {@code bulkSave} and {@code bulkDelete}: every model is checked and encoded before the first request is sent, so
 * bad input fails the whole call with nothing written; then the items go out through BatchWriteItem. The target (table
 * and client) is the caller's, resolved once and handed to the worker threads explicitly.
 */
public final class BulkWrites {

    private BulkWrites() {
    }

    /** A checked bulk write, nothing sent yet: the call's name in messages and its distinct items. */
    public record Batch(String operation, List<Pending> items) {
    }

    public static <M> BulkResult save(Target target, ModelSchema<M> schema, Collection<M> models, BulkOptions options) {
        Batch batch = saveBatch(target, schema, models);
        return BulkWriter.write(target, schema.name(), batch.operation(), batch.items(), options);
    }

    /** The puts of {@code bulkSave}, each the item a single save would put; bad input throws, nothing sent. */
    public static <M> Batch saveBatch(Target target, ModelSchema<M> schema, Collection<M> models) {
        String operation = "bulkSave of " + schema.name();
        check(schema, models, operation);
        List<Pending> items = new ArrayList<>(models.size());
        // each item's key once: a save refuses a key given twice, so an item's index is its position
        Map<TableKey, Pending> seen = new HashMap<>(capacity(models.size()));
        long[] bytes = new long[1];
        for (M model : models) {
            int position = items.size();
            if (model == null) {
                throw new InvalidValueException(operation + ": element " + position + " is null; nothing was written");
            }
            // The item a single save would put, so that timestamps and every other put rule apply alike; encoded
            // once, straight into the batch's write request, its size counted while it was written.
            Map<String, AttributeValue> item = PutItemOperation.item(schema, model, bytes);
            TableKey key = TableKey.of(item);
            if (bytes[0] > ItemSize.MAX_ITEM_BYTES) {
                // the description is built only for the item that fails
                ItemSize.check(item, key.describe(schema.name()) + " (element " + position + " of " + operation + ")");
            }
            WriteRequest request = WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build();
            Pending pending = new Pending(position, model, request, key);
            Pending first = seen.putIfAbsent(key, pending);
            if (first != null) {
                throw new InvalidValueException(operation + ": elements " + first.index() + " and " + position
                        + " have the same key " + key.describe(schema.name()) + "; a batch writes each item once,"
                        + " and which of the two would be stored is undefined, so drop one; nothing was written");
            }
            items.add(pending);
        }
        return new Batch(operation, items);
    }

    /** Deletes; a key given twice is deleted once (deleting is idempotent) and counted once. */
    public static <M> BulkResult delete(Target target, ModelSchema<M> schema, Collection<M> models,
                                        BulkOptions options) {
        Batch batch = deleteBatch(schema, models);
        return BulkWriter.write(target, schema.name(), batch.operation(), batch.items(), options);
    }

    /** The deletes of {@code bulkDelete}, one a distinct key; bad input throws, nothing sent. */
    public static <M> Batch deleteBatch(ModelSchema<M> schema, Collection<M> models) {
        String operation = "bulkDelete of " + schema.name();
        check(schema, models, operation);
        List<Pending> items = new ArrayList<>(models.size());
        Map<TableKey, Integer> positions = new HashMap<>(capacity(models.size()));
        int position = 0;
        for (M model : models) {
            if (model == null) {
                throw new InvalidValueException(operation + ": element " + position + " is null; nothing was"
                        + " deleted");
            }
            Map<String, AttributeValue> key = schema.keys().primaryKey(model);
            TableKey tableKey = TableKey.of(key);
            if (positions.putIfAbsent(tableKey, position) == null) {
                WriteRequest request = WriteRequest.builder()
                        .deleteRequest(DeleteRequest.builder().key(key).build()).build();
                items.add(new Pending(items.size(), model, request, tableKey));
            }
            position++;
        }
        return new Batch(operation, items);
    }

    /** A HashMap capacity that holds {@code size} keys without rehashing. */
    private static int capacity(int size) {
        return (int) (size / 0.75f) + 1;
    }

    static void check(ModelSchema<?> schema, Collection<?> models, String operation) {
        WritePolicy policy = WritePolicy.of(schema);
        if (policy.isGuarded()) {
            throw new InvalidValueException(operation + " is refused: " + policy.uniqueFields().get(0)
                    + " is @Field(unique = true), and BatchWriteItem cannot keep uniqueness guards in step; write"
                    + " these models with save/delete or in Transaction.atomic; nothing was written");
        }
        if (policy.version() != null) {
            throw new InvalidValueException(operation + " is refused: " + policy.version() + " is its @Version,"
                    + " and BatchWriteItem cannot check versions; write these models with save/delete or in"
                    + " Transaction.atomic; nothing was written");
        }
        if (models == null || models.isEmpty()) {
            throw new InvalidValueException(operation + " got no models; a batch needs at least one (check for an"
                    + " empty collection before calling); nothing was written");
        }
    }
}
