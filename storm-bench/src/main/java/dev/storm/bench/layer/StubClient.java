package dev.storm.bench.layer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * A {@link DynamoDbClient} that answers in memory with no marshalling, HTTP or server, so a benchmark through it
 * measures the mapper alone: a query returns canned pages of items (following {@code ExclusiveStartKey} page by
 * page), a put or a batch write is counted and acknowledged with nothing unprocessed. Thread-safe once built.
 */
public final class StubClient implements DynamoDbClient {

    private final List<QueryResponse> pages = new ArrayList<>();
    private final Map<String, Integer> pageAfter = new HashMap<>();
    private final AtomicLong written = new AtomicLong();

    /** A client whose every query returns {@code items} in pages of {@code pageSize}. */
    public StubClient(List<Map<String, AttributeValue>> items, int pageSize) {
        for (int from = 0; from < items.size(); from += pageSize) {
            List<Map<String, AttributeValue>> page = items.subList(from, Math.min(items.size(), from + pageSize));
            QueryResponse.Builder response = QueryResponse.builder().items(page).count(page.size())
                    .scannedCount(page.size());
            if (from + pageSize < items.size()) {
                Map<String, AttributeValue> last = page.get(page.size() - 1);
                response.lastEvaluatedKey(Map.of("PK", last.get("PK"), "SK", last.get("SK")));
                pageAfter.put(last.get("SK").s(), pages.size() + 1);
            }
            pages.add(response.build());
        }
    }

    /** The items put or batch-written so far. */
    public long written() {
        return written.get();
    }

    @Override
    public QueryResponse query(QueryRequest request) {
        if (!request.hasExclusiveStartKey() || request.exclusiveStartKey().isEmpty()) {
            return pages.get(0);
        }
        return pages.get(pageAfter.get(request.exclusiveStartKey().get("SK").s()));
    }

    @Override
    public PutItemResponse putItem(PutItemRequest request) {
        written.incrementAndGet();
        return PutItemResponse.builder().build();
    }

    @Override
    public BatchWriteItemResponse batchWriteItem(BatchWriteItemRequest request) {
        for (List<WriteRequest> writes : request.requestItems().values()) {
            written.addAndGet(writes.size());
        }
        return BatchWriteItemResponse.builder().build();
    }

    @Override
    public String serviceName() {
        return SERVICE_NAME;
    }

    @Override
    public void close() {
    }
}
