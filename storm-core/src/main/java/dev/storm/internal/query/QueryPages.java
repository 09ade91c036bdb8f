package dev.storm.internal.query;

import dev.storm.internal.paging.PagedRead;
import dev.storm.internal.target.Target;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * The raw items of a query, read lazily: one Query per page, the next only when the current page is used up,
 * following {@code LastEvaluatedKey} until DynamoDB has no more or the limit is reached. Iterating sends the requests
 * on the calling thread; an asynchronous reader sends {@link #pageRequest()} itself and hands the response to
 * {@link #accept}. Not thread-safe.
 */
public final class QueryPages implements Iterator<Map<String, AttributeValue>>,
        PagedRead<Map<String, AttributeValue>, QueryRequest, QueryResponse> {

    private final Target target;
    private final String model;
    private final Integer limit;
    private QueryRequest request;
    private List<Map<String, AttributeValue>> page = List.of();
    private int position;
    private int returned;
    private boolean lastPage;
    private Map<String, AttributeValue> lastKey;

    /**
     * @param limit the most items to return, or null; when the request has a DynamoDB Limit, each page asks for no
     *              more than are still wanted
     */
    public QueryPages(Target target, String model, QueryRequest firstRequest, Integer limit) {
        this.target = target;
        this.model = model;
        this.request = firstRequest;
        this.limit = limit;
    }

    /** Whether another item follows, sending Query requests on the calling thread until one is read or none is left. */
    @Override
    public boolean hasNext() {
        while (needsPage()) {
            accept(target.query(model, pageRequest()));
        }
        return available();
    }

    /** Whether an item can be returned without another request. */
    @Override
    public boolean available() {
        return (limit == null || returned < limit) && position < page.size();
    }

    /** Whether more items are wanted and DynamoDB has more, so that {@link #pageRequest()} is to be sent. */
    @Override
    public boolean needsPage() {
        return (limit == null || returned < limit) && position >= page.size() && !lastPage;
    }

    @Override
    public Map<String, AttributeValue> next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        returned++;
        return page.get(position++);
    }

    /** Whether items of the current page are still to be returned, so that more exist without another request. */
    public boolean hasBuffered() {
        return position < page.size();
    }

    /** The {@code LastEvaluatedKey} of the last page read, or null when DynamoDB had no more. */
    public Map<String, AttributeValue> lastEvaluatedKey() {
        return lastKey;
    }

    /** The Query that reads the next page: each asks for no more items than are still wanted. */
    @Override
    public QueryRequest pageRequest() {
        QueryRequest next = request;
        if (limit != null && next.limit() != null) {
            next = next.toBuilder().limit(limit - returned).build();
        }
        return next;
    }

    /** Takes the response of {@link #pageRequest()}, from whichever client sent it. */
    @Override
    public void accept(QueryResponse response) {
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
