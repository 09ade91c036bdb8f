package dev.storm.internal.scan;

import dev.storm.internal.schema.ModelSchema;
import dev.storm.internal.target.Target;
import java.util.Iterator;
import java.util.Spliterator;
import java.util.function.Consumer;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

/**
 * Splits a scan by segment, so that a parallel stream reads segments at the same time: each split takes half of the
 * remaining segments, down to one, and reads them with {@link ScanPages} once it starts. Not thread-safe itself; the
 * stream hands each split to one thread.
 */
public final class ScanSpliterator<M> implements Spliterator<M> {

    private final ModelSchema<M> schema;
    private final Target target;
    private final ScanRequest template;
    private int from;
    private final int to;
    private Iterator<M> items;

    public ScanSpliterator(ModelSchema<M> schema, Target target, ScanRequest template, int from, int to) {
        this.schema = schema;
        this.target = target;
        this.template = template;
        this.from = from;
        this.to = to;
    }

    @Override
    public boolean tryAdvance(Consumer<? super M> action) {
        if (items == null) {
            items = ScanPages.models(schema, target, template, from, to, null);
        }
        if (!items.hasNext()) {
            return false;
        }
        action.accept(items.next());
        return true;
    }

    @Override
    public Spliterator<M> trySplit() {
        if (items != null || to - from < 2) {
            return null;
        }
        int middle = from + (to - from) / 2;
        ScanSpliterator<M> first = new ScanSpliterator<>(schema, target, template, from, middle);
        from = middle;
        return first;
    }

    @Override
    public long estimateSize() {
        return Long.MAX_VALUE;
    }

    @Override
    public int characteristics() {
        return NONNULL;
    }
}
