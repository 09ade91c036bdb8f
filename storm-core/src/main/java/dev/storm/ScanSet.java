package dev.storm;

import dev.storm.internal.scan.ScanPages;
import dev.storm.internal.scan.ScanRequestBuilder;
import dev.storm.internal.scan.ScanSpec;
import dev.storm.internal.scan.ScanSpliterator;
import dev.storm.internal.schema.KeyShapes;
import dev.storm.internal.target.Target;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

/**
 * A lazy, immutable Scan of every item of one model in the table, from {@link Manager#all()}. A scan reads (and is
 * billed for) the whole table, other models' items included, and keeps the model's own: by a filter on the server,
 * made exact on the client. Prefer a query wherever an access pattern allows one. Large tables scan faster in
 * parallel {@linkplain #segments(int) segments}. Immutable and thread-safe; each iteration starts a new scan. A scan
 * from {@code User.objects.all()} takes the table and client of the thread that starts it, from
 * {@link ConnectionManager}, and reads every segment with them, on whichever thread; one from a
 * {@link Storm#manager} always runs on that {@code Storm}'s client and table.
 *
 * <pre>{@code
 * for (Customer c : Customer.objects.all()) { ... }                                  // one segment, page by page
 * Customer.objects.all().segments(4).parallelStream().forEach(this::reindex);       // four segments at once
 * List<Customer> part = Customer.objects.all().segments(8).segment(3).list();       // one segment per worker
 * }</pre>
 *
 * @param <M> the model
 */
public final class ScanSet<M extends Model<M>> implements Iterable<M> {

    /** The most segments DynamoDB lets one scan be split into. */
    public static final int MAX_SEGMENTS = 1_000_000;

    private final ScanSpec<M> spec;
    private final Storm storm;

    ScanSet(ScanSpec<M> spec, Storm storm) {
        this.spec = spec;
        this.storm = storm;
    }

    /**
     * Splits the scan into {@code total} segments, which DynamoDB serves independently: {@link #parallelStream()}
     * reads them at the same time, {@link #segment(int)} picks one (for a worker of its own), and iteration reads
     * them one after another.
     */
    public ScanSet<M> segments(int total) {
        if (total < 1 || total > MAX_SEGMENTS) {
            throw new InvalidQueryException(spec.schema().name() + ": segments must be between 1 and " + MAX_SEGMENTS
                    + ", got " + total);
        }
        return new ScanSet<>(spec.withSegments(total), storm);
    }

    /** Only segment {@code index} (0-based) of the {@link #segments(int)} the scan is split into. */
    public ScanSet<M> segment(int index) {
        if (index < 0 || index >= spec.segments()) {
            throw new InvalidQueryException(spec.schema().name() + ": segment " + index + " is outside 0.."
                    + (spec.segments() - 1) + "; split the scan first, e.g. all().segments(4).segment(" + index + ")");
        }
        return new ScanSet<>(spec.withSegment(index), storm);
    }

    /** Keeps only items matching the condition (a FilterExpression); several filters must all hold. */
    public ScanSet<M> filter(Condition<M> condition) {
        return new ScanSet<>(spec.withFilter(Objects.requireNonNull(condition, "condition")), storm);
    }

    /** Returns at most {@code n} items; the scan stops reading once it has them. */
    public ScanSet<M> limit(int n) {
        if (n < 1) {
            throw new InvalidQueryException(spec.schema().name() + ": limit must be at least 1, got " + n);
        }
        return new ScanSet<>(spec.withLimit(n), storm);
    }

    /** Strongly consistent reads. */
    public ScanSet<M> consistent(boolean strongly) {
        return new ScanSet<>(spec.withConsistent(strongly), storm);
    }

    /** The Scan request of the first segment this set reads, built without a network call. */
    public ScanRequest toRequest() {
        return ScanRequestBuilder.build(target(), spec, spec.firstSegment(), Instant.now());
    }

    /** Reads lazily, one page at a time, segment after segment; each call starts a new scan. */
    @Override
    public Iterator<M> iterator() {
        Target target = target();
        return ScanPages.models(spec.schema(), target, template(target), spec.firstSegment(), spec.endSegment(),
                spec.limit());
    }

    /** The items as a lazy sequential stream. */
    public Stream<M> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.NONNULL), false);
    }

    /**
     * The items as a parallel stream whose splits are the scan's segments, read at the same time on the common
     * fork-join pool (so with about as many threads as the machine has cores); items come in no particular order.
     * The table and client are those of the calling thread, whichever thread reads a segment.
     */
    public Stream<M> parallelStream() {
        Target target = target();
        Stream<M> items = StreamSupport.stream(new ScanSpliterator<>(spec.schema(), target, template(target),
                spec.firstSegment(), spec.endSegment()), true);
        return spec.limit() == null ? items : items.limit(spec.limit());
    }

    /** All items, read eagerly: in parallel when the scan has several segments. */
    public List<M> list() {
        if (spec.endSegment() - spec.firstSegment() > 1) {
            return parallelStream().toList();
        }
        List<M> result = new ArrayList<>();
        iterator().forEachRemaining(result::add);
        return result;
    }

    /** The first item found, reading as little as possible. */
    public Optional<M> first() {
        Iterator<M> it = limit(1).iterator();
        return it.hasNext() ? Optional.of(it.next()) : Optional.empty();
    }

    /**
     * How many items of the model the scan finds, at most {@code limit(n)}: the scan reads only each item's keys
     * ({@code ProjectionExpression}), which is what tells the model's items from others, so the count is exact. Its
     * segments are counted at the same time, on the common fork-join pool. DynamoDB bills it as reading the whole
     * table, as any scan.
     *
     * <pre>{@code long customers = Customer.objects.all().segments(4).count();}</pre>
     */
    public long count() {
        Target target = target();
        ScanRequest keysOnly = ScanRequestBuilder.keysOnly(template(target));
        long found = IntStream.range(spec.firstSegment(), spec.endSegment()).parallel().mapToLong(segment -> {
            Iterator<?> items = ScanPages.keys(spec.schema(), target, keysOnly, segment, segment + 1, spec.limit());
            long n = 0;
            while (items.hasNext()) {
                items.next();
                n++;
            }
            return n;
        }).sum();
        return spec.limit() == null ? found : Math.min(found, spec.limit());
    }

    ScanSpec<M> spec() {
        return spec;
    }

    private ScanRequest template(Target target) {
        return ScanRequestBuilder.build(target, spec, spec.firstSegment(), Instant.now());
    }

    @Override
    public String toString() {
        return "ScanSet" + spec;
    }

    /** Where a call starting now runs, once the model is known to be the only one of its key shape there. */
    private Target target() {
        Target target = Storm.targetOf(storm);
        KeyShapes.use(target, spec.schema());
        return target;
    }
}
