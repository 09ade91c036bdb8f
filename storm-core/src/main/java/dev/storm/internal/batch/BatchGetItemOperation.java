package dev.storm.internal.batch;

import dev.storm.internal.key.TableKey;
import dev.storm.internal.target.Target;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

/** BatchGetItem of up to 100 distinct keys on one table, and which of them DynamoDB left unprocessed. */
public final class BatchGetItemOperation {

    /** DynamoDB's limit of keys in one BatchGetItem. */
    public static final int MAX_KEYS = 100;

    private BatchGetItemOperation() {
    }

    /** One distinct key of a bulk read: its position among the distinct keys, the model given, and the key. */
    public record Key(int index, Object model, TableKey key) {
    }

    public static BatchGetItemRequest request(String table, List<Key> keys) {
        List<Map<String, AttributeValue>> list = new ArrayList<>(keys.size());
        for (Key k : keys) {
            list.add(k.key().toMap());
        }
        return BatchGetItemRequest.builder()
                .requestItems(Map.of(table, KeysAndAttributes.builder().keys(list).build())).build();
    }

    /** Sends the keys, hands every returned item to {@code found}, and returns the keys left unprocessed. */
    static List<Key> execute(Target target, String model, List<Key> keys,
                             BiConsumer<TableKey, Map<String, AttributeValue>> found) {
        String table = target.tableName();
        BatchGetItemResponse response = target.batchGetItem(model, request(table, keys));
        if (response.hasResponses()) {
            for (Map<String, AttributeValue> item : response.responses().getOrDefault(table, List.of())) {
                found.accept(TableKey.of(item), item);
            }
        }
        KeysAndAttributes unprocessed = response.hasUnprocessedKeys() ? response.unprocessedKeys().get(table) : null;
        if (unprocessed == null || !unprocessed.hasKeys() || unprocessed.keys().isEmpty()) {
            return List.of();
        }
        Set<TableKey> left = new HashSet<>();
        for (Map<String, AttributeValue> k : unprocessed.keys()) {
            left.add(TableKey.of(k));
        }
        List<Key> remaining = new ArrayList<>(left.size());
        for (Key k : keys) {
            if (left.contains(k.key())) {
                remaining.add(k);
            }
        }
        return remaining;
    }
}
