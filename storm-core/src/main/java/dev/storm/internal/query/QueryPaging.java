package dev.storm.internal.query;

import dev.storm.internal.codec.AttributeJson;
import dev.storm.internal.key.KeyComposer;
import dev.storm.internal.schema.ModelSchema;
import dev.storm.internal.target.Target;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.Select;

/** Reads one page of a query, continuing from a cursor, and counts a query's items. */
public final class QueryPaging {

    // a cursor is bound to the query, not to the table it was read from
    private static final Target IDENTITY = Target.requestsOnly("table");

    private QueryPaging() {
    }

    /** One page: its models, and the cursor of the next page or null when there is none. */
    public record Result<M>(List<M> items, String cursor) {
    }

    /**
     * Up to {@code limit} items after the cursor, however many Query calls that takes; without a limit, the items of
     * one Query response (up to 1 MB), which a filter may leave empty while a cursor still follows. The next cursor is the key of the last item returned when the page ends
     * inside a response, else DynamoDB's {@code LastEvaluatedKey}: null when DynamoDB had no more.
     */
    public static <M> Result<M> page(Target target, QuerySpec<M> spec, String cursor) {
        PageRead<M> read = new PageRead<>(target, spec, cursor);
        while (read.advance()) {
            read.accept(target.query(spec.schema().name(), read.pages().pageRequest()));
        }
        return read.result();
    }

    /**
     * The reading of one page, whoever sends its requests: {@link #advance()} takes the items the responses so far
     * hold and says whether another response is needed; {@link #result()} is the page. Not thread-safe.
     */
    public static final class PageRead<M> {

        private final QuerySpec<M> spec;
        private final String identity;
        private final String partition;
        private final QueryPages pages;
        private final List<M> items = new ArrayList<>();
        private Map<String, AttributeValue> last;
        private boolean responded;

        /**
         * Checks the cursor and builds the first request; nothing is sent.
         *
         * @throws dev.storm.InvalidCursorException when the cursor was altered or made for another query
         */
        public PageRead(Target target, QuerySpec<M> spec, String cursor) {
            this.spec = spec;
            ModelSchema<M> schema = spec.schema();
            QueryRequest request = QueryRequestBuilder.build(target, spec);
            this.identity = identity(spec);
            this.partition = partitionKey(request);
            String partitionName = KeyComposer.pkAttribute(spec.index());
            if (cursor != null && !cursor.isEmpty()) {
                String query = schema.name() + " query";
                Map<String, AttributeValue> start = Cursors.decode(identity, cursor, query);
                AttributeValue startPartition = start.get(partitionName);
                if (!start.keySet().equals(keyNames(spec.index())) || startPartition == null
                        || !partition.equals(startPartition.s())) {
                    throw Cursors.invalid(cursor, query, "it points into another partition", null);
                }
                request = request.toBuilder().exclusiveStartKey(start).build();
            }
            this.pages = new QueryPages(target, schema.name(), request, spec.limit());
        }

        public QueryPages pages() {
            return pages;
        }

        /**
         * Takes the items read so far into the page; true when another response is needed to fill it. Without a
         * limit, a page is one DynamoDB response, even when a filter or expiry leaves it empty: never the rest of the
         * partition.
         */
        public boolean advance() {
            if (spec.limit() == null && !responded) {
                return true;
            }
            while (spec.limit() != null || pages.hasBuffered()) {
                if (pages.available()) {
                    last = pages.next();
                    items.add(spec.schema().fromItem(last));
                } else {
                    return spec.limit() != null && pages.needsPage();
                }
            }
            return false;
        }

        /** Takes the response of {@code pages().pageRequest()}. */
        public void accept(QueryResponse response) {
            responded = true;
            pages.accept(response);
        }

        /** The page: its models, and the cursor after it. */
        public Result<M> result() {
            Map<String, AttributeValue> next;
            if (pages.hasBuffered()) {
                String partitionName = KeyComposer.pkAttribute(spec.index());
                next = new TreeMap<>();
                for (String name : keyNames(spec.index())) {
                    next.put(name, name.equals(partitionName) ? AttributeValue.fromS(partition) : last.get(name));
                }
            } else {
                next = pages.lastEvaluatedKey();
            }
            return new Result<>(items, next == null ? null : Cursors.encode(identity, next));
        }
    }

    /**
     * How many items the query matches (Query with {@code Select=COUNT}, following {@code LastEvaluatedKey}); at most
     * the limit. COUNT reads (and is billed for) the same items a full query would, without returning them.
     */
    public static <M> long count(Target target, QuerySpec<M> spec) {
        CountRead read = new CountRead(target, spec);
        for (QueryRequest request = read.nextRequest(); request != null; request = read.nextRequest()) {
            read.accept(target.query(spec.schema().name(), request));
        }
        return read.result();
    }

    /**
     * The counting of a query, whoever sends its requests: {@link #nextRequest()} is the next Query to send (null
     * when the count is complete), {@link #accept} takes its response. Not thread-safe.
     */
    public static final class CountRead {

        private final QueryRequest first;
        private final Integer limit;
        private long count;
        private Map<String, AttributeValue> startKey;
        private boolean started;

        /** Builds the first request; nothing is sent. */
        public CountRead(Target target, QuerySpec<?> spec) {
            this.first = QueryRequestBuilder.build(target, spec.withOnly(List.of()).withLimit(null)).toBuilder()
                    .select(Select.COUNT).build();
            this.limit = spec.limit();
        }

        /** The next Query to send, or null when DynamoDB has no more or the limit is reached. */
        public QueryRequest nextRequest() {
            if (started && (startKey == null || limit != null && count >= limit)) {
                return null;
            }
            QueryRequest.Builder request = first.toBuilder().exclusiveStartKey(startKey);
            if (limit != null) {
                request.limit((int) (limit - count));
            }
            return request.build();
        }

        /** Takes the response of {@link #nextRequest()}. */
        public void accept(QueryResponse response) {
            started = true;
            count += response.count();
            startKey = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
                    ? response.lastEvaluatedKey() : null;
        }

        /** The count: at most the limit. */
        public long result() {
            return limit == null ? count : Math.min(count, limit);
        }
    }

    /**
     * What a cursor is bound to: the model and the request without the parts a client may change between pages
     * (limit, projection, consistency), with expiry judged at a fixed time so that it does not vary.
     */
    static <M> String identity(QuerySpec<M> spec) {
        QueryRequest r = QueryRequestBuilder.build(IDENTITY,
                spec.withOnly(List.of()).withLimit(null).withConsistent(false),
                null, Instant.EPOCH);
        return String.join("\n", spec.schema().type().getName(), String.valueOf(r.indexName()),
                r.keyConditionExpression(), String.valueOf(r.filterExpression()),
                String.valueOf(new TreeMap<>(r.expressionAttributeNames())),
                AttributeJson.toJson(new TreeMap<>(r.expressionAttributeValues())),
                String.valueOf(r.scanIndexForward()));
    }

    /** The partition key value: the first value the builder writes. */
    private static String partitionKey(QueryRequest request) {
        return request.expressionAttributeValues().get(":v0").s();
    }

    private static Set<String> keyNames(int index) {
        Set<String> names = new TreeSet<>(List.of("PK", "SK"));
        if (index > 0) {
            names.add(KeyComposer.pkAttribute(index));
            names.add(KeyComposer.skAttribute(index));
        }
        return names;
    }
}
