package dev.storm.internal.scan;

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
 * The model's items in a run of scan segments, one after another, read lazily: one Scan per page, following
 * {@code LastEvaluatedKey}, then the next segment. The target and the request (which names its table) are taken when
 * the scan starts, so that the segments can be read on other threads, which do not see the caller's table context.
 * Not thread-safe.
 */
public final class ScanItems<M> implements Iterator<M> {

    private final ModelSchema<M> schema;
    private final Target target;
    private final ScanRequest template;
    private final boolean segmented;
    private final int end;
    private int segment;
    private ScanRequest request;
    private List<Map<String, AttributeValue>> page = List.of();
    private int position;
    private M next;

    /**
     * @param from the first segment to read
     * @param to   one past the last
     */
    public ScanItems(ModelSchema<M> schema, Target target, ScanRequest template, int from, int to) {
        this.schema = schema;
        this.target = target;
        this.template = template;
        this.segmented = template.totalSegments() != null;
        this.segment = from;
        this.end = to;
        this.request = requestFor(from);
    }

    @Override
    public boolean hasNext() {
        while (next == null) {
            if (position < page.size()) {
                Map<String, AttributeValue> item = page.get(position++);
                if (ModelItems.matches(schema, item)) {
                    next = schema.fromItem(item);
                }
            } else if (request != null) {
                fetch();
            } else {
                return false;
            }
        }
        return true;
    }

    @Override
    public M next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        M result = next;
        next = null;
        return result;
    }

    private void fetch() {
        ScanResponse response = target.scan(schema.name(), request);
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
