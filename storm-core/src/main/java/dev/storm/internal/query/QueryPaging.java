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
        ModelSchema<M> schema = spec.schema();
        QueryRequest request = QueryRequestBuilder.build(target, spec);
        String identity = identity(spec);
        String partition = partitionKey(request);
        String partitionName = KeyComposer.pkAttribute(spec.index());
        Set<String> keyNames = keyNames(spec.index());
        if (cursor != null && !cursor.isEmpty()) {
            String query = schema.name() + " query";
            Map<String, AttributeValue> start = Cursors.decode(identity, cursor, query);
            AttributeValue startPartition = start.get(partitionName);
            if (!start.keySet().equals(keyNames) || startPartition == null
                    || !partition.equals(startPartition.s())) {
                throw Cursors.invalid(cursor, query, "it points into another partition", null);
            }
            request = request.toBuilder().exclusiveStartKey(start).build();
        }
        QueryPages pages = new QueryPages(target, schema.name(), request, spec.limit());
        List<M> items = new ArrayList<>();
        Map<String, AttributeValue> last = null;
        if (spec.limit() == null) {
            // one DynamoDB page, even when a filter or expiry leaves it empty: never the rest of the partition
            pages.fetchOne();
        }
        while ((spec.limit() != null || pages.hasBuffered()) && pages.hasNext()) {
            last = pages.next();
            items.add(schema.fromItem(last));
        }
        Map<String, AttributeValue> next;
        if (pages.hasBuffered()) {
            next = new TreeMap<>();
            for (String name : keyNames) {
                next.put(name, name.equals(partitionName) ? AttributeValue.fromS(partition) : last.get(name));
            }
        } else {
            next = pages.lastEvaluatedKey();
        }
        return new Result<>(items, next == null ? null : Cursors.encode(identity, next));
    }

    /**
     * How many items the query matches (Query with {@code Select=COUNT}, following {@code LastEvaluatedKey}); at most
     * the limit. COUNT reads (and is billed for) the same items a full query would, without returning them.
     */
    public static <M> long count(Target target, QuerySpec<M> spec) {
        QueryRequest first = QueryRequestBuilder.build(target, spec.withOnly(List.of()).withLimit(null)).toBuilder()
                .select(Select.COUNT).build();
        Integer limit = spec.limit();
        long count = 0;
        Map<String, AttributeValue> startKey = null;
        do {
            QueryRequest.Builder request = first.toBuilder().exclusiveStartKey(startKey);
            if (limit != null) {
                request.limit((int) (limit - count));
            }
            QueryResponse response = target.query(spec.schema().name(), request.build());
            count += response.count();
            startKey = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
                    ? response.lastEvaluatedKey() : null;
        } while (startKey != null && (limit == null || count < limit));
        return limit == null ? count : Math.min(count, limit);
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
