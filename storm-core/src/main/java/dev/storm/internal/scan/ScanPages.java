package dev.storm.internal.scan;

import dev.storm.internal.paging.Decoded;
import dev.storm.internal.paging.PagedIterator;
import dev.storm.internal.paging.PagedRead;
import dev.storm.internal.schema.ModelSchema;
import dev.storm.internal.target.Target;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/**
 * The raw items of a model in a run of scan segments, one after another: one Scan per page, following
 * {@code LastEvaluatedKey}, then the next segment, until the limit. Items of other models are skipped (the exact
 * check the server's filter cannot make). The request names its table, so that the segments can be read on other
 * threads, which do not see the caller's table context. Blocking and asynchronous scans both read through it. Not
 * thread-safe.
 */
public final class ScanPages<M> implements PagedRead<Map<String, AttributeValue>, ScanRequest, ScanResponse> {

    private final ModelSchema<M> schema;
    private final ScanRequest template;
    private final boolean segmented;
    private final int end;
    private final Integer limit;
    private int segment;
    private ScanRequest request;
    private List<Map<String, AttributeValue>> page = List.of();
    private int position;
    private int returned;
    private Map<String, AttributeValue> next;

    /**
     * @param from  the first segment to read
     * @param to    one past the last
     * @param limit the most items to return, or null
     */
    public ScanPages(ModelSchema<M> schema, ScanRequest template, int from, int to, Integer limit) {
        this.schema = schema;
        this.template = template;
        this.segmented = template.totalSegments() != null;
        this.segment = from;
        this.end = to;
        this.limit = limit;
        this.request = requestFor(from);
    }

    /** The model's items, read lazily on the calling thread through {@code target}. */
    public static <M> Iterator<M> models(ModelSchema<M> schema, Target target, ScanRequest template, int from, int to,
                                         Integer limit) {
        return new PagedIterator<>(new Decoded<>(new ScanPages<>(schema, template, from, to, limit),
                schema::fromItem), request -> target.scan(schema.name(), request));
    }

    /** The raw items of the model (keys only, for a count), read lazily on the calling thread. */
    public static Iterator<Map<String, AttributeValue>> keys(ModelSchema<?> schema, Target target,
                                                             ScanRequest template, int from, int to, Integer limit) {
        return new PagedIterator<>(new ScanPages<>(schema, template, from, to, limit),
                request -> target.scan(schema.name(), request));
    }

    @Override
    public boolean available() {
        if (limit != null && returned >= limit) {
            return false;
        }
        while (next == null && position < page.size()) {
            Map<String, AttributeValue> item = page.get(position++);
            if (ModelItems.matches(schema, item)) {
                next = item;
            }
        }
        return next != null;
    }

    @Override
    public Map<String, AttributeValue> next() {
        if (!available()) {
            throw new NoSuchElementException();
        }
        Map<String, AttributeValue> result = next;
        next = null;
        returned++;
        return result;
    }

    @Override
    public boolean needsPage() {
        return !available() && (limit == null || returned < limit) && request != null;
    }

    @Override
    public ScanRequest pageRequest() {
        return request;
    }

    @Override
    public void accept(ScanResponse response) {
        page = response.items();
        position = 0;
        if (response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()) {
            request = request.toBuilder().exclusiveStartKey(response.lastEvaluatedKey()).build();
        } else {
            segment++;
            request = segment < end ? requestFor(segment) : null;
        }
    }

    private ScanRequest requestFor(int s) {
        return segmented ? template.toBuilder().segment(s).build() : template;
    }
}
