package dev.storm.internal.batch;

import dev.storm.internal.key.TableKey;
import dev.storm.internal.target.Target;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/** BatchWriteItem of up to 25 puts or deletes on one table, and which of them DynamoDB left unprocessed. */
public final class BatchWriteItemOperation {

    /** DynamoDB's limit of write requests in one BatchWriteItem. */
    public static final int MAX_ITEMS = 25;

    private BatchWriteItemOperation() {
    }

    /** One write of a bulk call: its position in the call, the model, the request and the item's key. */
    public record Pending(int index, Object model, WriteRequest request, TableKey key) {
    }

    public static BatchWriteItemRequest request(String table, List<Pending> writes) {
        List<WriteRequest> requests = new ArrayList<>(writes.size());
        for (Pending p : writes) {
            requests.add(p.request());
        }
        return BatchWriteItemRequest.builder().requestItems(Map.of(table, requests)).build();
    }

    /** Sends the writes and returns those left unprocessed, matched back by key. */
    static List<Pending> execute(Target target, String model, List<Pending> writes) {
        String table = target.tableName();
        BatchWriteItemResponse response = target.batchWriteItem(model, request(table, writes));
        List<WriteRequest> unprocessed = response.hasUnprocessedItems()
                ? response.unprocessedItems().getOrDefault(table, List.of()) : List.of();
        if (unprocessed.isEmpty()) {
            return List.of();
        }
        Set<TableKey> keys = new HashSet<>();
        for (WriteRequest w : unprocessed) {
            keys.add(TableKey.of(w.putRequest() != null ? w.putRequest().item() : w.deleteRequest().key()));
        }
        List<Pending> left = new ArrayList<>(keys.size());
        for (Pending p : writes) {
            if (keys.contains(p.key())) {
                left.add(p);
            }
        }
        return left;
    }
}
