package dev.storm.internal.query;

import dev.storm.ConnectionManager;
import dev.storm.internal.schema.ModelSchema;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * Iterates a query lazily: one Query per page, the next only when the current page is used up, following
 * {@code LastEvaluatedKey} until DynamoDB has no more or the limit is reached. Not thread-safe.
 */
public final class QueryIterator<M> implements Iterator<M> {

    private final ModelSchema<M> schema;
    private final DynamoDbClient client;
    private final Integer limit;
    private final String boundaryPrefix;
    private QueryRequest request;
    private List<Map<String, AttributeValue>> page = List.of();
    private int position;
    private int returned;
    private boolean lastPage;
    private Map<String, AttributeValue> lastKey;

    /**
     * @param boundaryPrefix when not null, iteration ends at the first item whose {@code SK} lacks this prefix: the
     *                       model's items are contiguous in sort-key order, so it has left them
     */
    public QueryIterator(ModelSchema<M> schema, QueryRequest firstRequest, Integer limit, String boundaryPrefix) {
        this.schema = schema;
        this.client = ConnectionManager.table().client();
        this.request = firstRequest;
        this.limit = limit;
        this.boundaryPrefix = boundaryPrefix;
    }

    @Override
    public boolean hasNext() {
        if (limit != null && returned >= limit) {
            return false;
        }
        while (position >= page.size()) {
            if (lastPage) {
                return false;
            }
            fetch();
        }
        if (boundaryPrefix != null && !inModel(page.get(position))) {
            lastPage = true;
            page = List.of();
            return false;
        }
        return true;
    }

    @Override
    public M next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Map<String, AttributeValue> item = page.get(position++);
        returned++;
        return schema.fromItem(item);
    }

    private boolean inModel(Map<String, AttributeValue> item) {
        AttributeValue sk = item.get("SK");
        return sk != null && sk.s() != null && sk.s().startsWith(boundaryPrefix);
    }

    /** The key of the last item returned by the last page fetched, or null when DynamoDB had no more. */
    public Map<String, AttributeValue> lastEvaluatedKey() {
        return lastKey;
    }

    private void fetch() {
        QueryRequest next = request;
        if (limit != null && next.limit() != null) {
            next = next.toBuilder().limit(limit - returned).build();
        }
        QueryResponse response = client.query(next);
        page = response.items();
        position = 0;
        lastKey = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
                ? response.lastEvaluatedKey() : null;
        if (lastKey == null) {
            lastPage = true;
        } else {
            request = request.toBuilder().exclusiveStartKey(lastKey).build();
        }
    }
}
