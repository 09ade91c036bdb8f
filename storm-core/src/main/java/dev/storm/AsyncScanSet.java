package dev.storm;

import dev.storm.internal.async.AsyncScan;
import dev.storm.internal.async.AsyncTarget;
import dev.storm.internal.async.Futures;
import dev.storm.internal.scan.ScanRequestBuilder;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.reactivestreams.Publisher;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

/**
 * The non-blocking twin of a {@link ScanSet}, from {@code Customer.objects.async().all()}: a Scan of every item of
 * one model in the table, with the same options (parallel {@linkplain #segments(int) segments}, filter, limit,
 * consistency), each returning a new immutable set, and results as {@link CompletableFuture}s or a reactive-streams
 * {@link Publisher}. The requests and the reading of pages are the blocking scan's; they are built when a result is
 * asked for, on the calling thread, with the table, async client and listeners in effect there and then. A scan reads
 * (and is billed for) the whole table: prefer a query wherever a key allows. Immutable and thread-safe.
 *
 * <pre>{@code
 * CompletableFuture<List<Customer>> all = Customer.objects.async().all().segments(4).list();   // 4 segments at once
 * CompletableFuture<Long> n = Customer.objects.async().all().filter(Customer_.active.eq(true)).count();
 * Flux.from(Customer.objects.async().all().publisher()).buffer(100).subscribe(this::export);
 * }</pre>
 *
 * @param <M> the model
 */
public final class AsyncScanSet<M extends Model<M>> {

    private final ScanSet<M> options;
    private final Supplier<AsyncTarget> targets;

    AsyncScanSet(ScanSet<M> options, Supplier<AsyncTarget> targets) {
        this.options = options;
        this.targets = targets;
    }

    private AsyncScanSet<M> with(ScanSet<M> changed) {
        return new AsyncScanSet<>(changed, targets);
    }

    /** Splits the scan into {@code total} segments, read at the same time by {@link #list()} and {@link #count()}. */
    public AsyncScanSet<M> segments(int total) {
        return with(options.segments(total));
    }

    /** Only segment {@code index} (0-based) of the segments the scan is split into; see {@link ScanSet#segment}. */
    public AsyncScanSet<M> segment(int index) {
        return with(options.segment(index));
    }

    /** Keeps only items matching the condition (a FilterExpression); several filters must all hold. */
    public AsyncScanSet<M> filter(Condition<M> condition) {
        return with(options.filter(condition));
    }

    /** Returns at most {@code n} items; the scan stops reading once it has them. */
    public AsyncScanSet<M> limit(int n) {
        return with(options.limit(n));
    }

    /** Strongly consistent reads. */
    public AsyncScanSet<M> consistent(boolean strongly) {
        return with(options.consistent(strongly));
    }

    /** The Scan request of the first segment this set reads, built without a network call on the table in effect. */
    public ScanRequest toRequest() {
        return template(targets.get());
    }

    /**
     * All items: the segments at the same time (up to 16 at once), each page after page, then joined in segment
     * order; see {@link ScanSet#list()}.
     */
    public CompletableFuture<List<M>> list() {
        return Futures.call(() -> {
            AsyncTarget target = targets.get();
            return AsyncScan.list(target, options.spec(), template(target));
        });
    }

    /** The first item found, reading as little as possible; empty when there is none. */
    public CompletableFuture<Optional<M>> first() {
        return Futures.call(() -> {
            AsyncTarget target = targets.get();
            return AsyncScan.first(target, options.spec(), template(target));
        });
    }

    /** How many items of the model the scan finds, reading keys only; see {@link ScanSet#count()}. */
    public CompletableFuture<Long> count() {
        return Futures.call(() -> {
            AsyncTarget target = targets.get();
            return AsyncScan.count(target, options.spec(), template(target));
        });
    }

    /**
     * The items as a reactive-streams {@link Publisher}: nothing is sent until a subscriber requests items; then one
     * Scan at a time, segment after segment, the next only when the subscriber wants more than the pages read so far
     * hold. Each subscription scans anew, on the table, async client and listeners in effect when this method was
     * called; errors end it with {@code onError}.
     */
    public Publisher<M> publisher() {
        AsyncTarget target = targets.get();
        return AsyncScan.publisher(target, options.spec(), template(target));
    }

    private ScanRequest template(AsyncTarget target) {
        return ScanRequestBuilder.build(target.requests(), options.spec(), options.spec().firstSegment(),
                Instant.now());
    }

    @Override
    public String toString() {
        return "Async" + options;
    }
}
