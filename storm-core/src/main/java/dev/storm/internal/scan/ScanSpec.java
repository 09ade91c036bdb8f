package dev.storm.internal.scan;

import dev.storm.Condition;
import dev.storm.internal.schema.ModelSchema;

/**
 * Everything a scan set says, as an immutable value.
 *
 * @param segments how many segments the table is scanned in (1: one sequential scan)
 * @param segment  the one segment to read, or -1 for all of them
 * @param filter   the user's filter, or null
 * @param limit    the most items to return, or null
 */
public record ScanSpec<M>(ModelSchema<M> schema, int segments, int segment, Condition<M> filter, Integer limit,
                          boolean consistent) {

    public static <M> ScanSpec<M> of(ModelSchema<M> schema) {
        return new ScanSpec<>(schema, 1, -1, null, null, false);
    }

    public ScanSpec<M> withSegments(int total) {
        return new ScanSpec<>(schema, total, -1, filter, limit, consistent);
    }

    public ScanSpec<M> withSegment(int index) {
        return new ScanSpec<>(schema, segments, index, filter, limit, consistent);
    }

    public ScanSpec<M> withFilter(Condition<M> condition) {
        Condition<M> combined = filter == null ? condition : filter.and(condition);
        return new ScanSpec<>(schema, segments, segment, combined, limit, consistent);
    }

    public ScanSpec<M> withLimit(Integer value) {
        return new ScanSpec<>(schema, segments, segment, filter, value, consistent);
    }

    public ScanSpec<M> withConsistent(boolean value) {
        return new ScanSpec<>(schema, segments, segment, filter, limit, value);
    }

    /** The first and one past the last segment this spec reads. */
    public int firstSegment() {
        return segment < 0 ? 0 : segment;
    }

    public int endSegment() {
        return segment < 0 ? segments : segment + 1;
    }
}
