package dev.storm.internal.async;

import dev.storm.internal.paging.Decoded;
import dev.storm.internal.paging.PagedRead;
import dev.storm.internal.scan.ScanPages;
import dev.storm.internal.scan.ScanRequestBuilder;
import dev.storm.internal.scan.ScanSpec;
import dev.storm.internal.schema.ModelSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.reactivestreams.Publisher;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/**
 * The asynchronous reads of a scan: the requests and the reading of pages are the blocking scan's
 * ({@link ScanRequestBuilder}, {@link ScanPages}); only sending differs. A scan of several segments reads up to
 * {@link #SEGMENTS_IN_FLIGHT} of them at the same time, each one page after the other.
 */
public final class AsyncScan {

    /** The most segments of one scan read at the same time. */
    static final int SEGMENTS_IN_FLIGHT = 16;

    private AsyncScan() {
    }

    /** Every item of the model, segment by segment in segment order; at most the limit. */
    public static <M> CompletableFuture<List<M>> list(AsyncTarget target, ScanSpec<M> spec, ScanRequest template) {
        ModelSchema<M> schema = spec.schema();
        int first = spec.firstSegment();
        AtomicReferenceArray<List<M>> found = new AtomicReferenceArray<>(spec.endSegment() - first);
        return eachSegment(spec, segment -> AsyncPages.list(models(spec, template, segment, segment + 1),
                send(target, schema)).thenAccept(items -> found.set(segment - first, items))).thenApply(done -> {
                    List<M> all = new ArrayList<>();
                    for (int i = 0; i < found.length(); i++) {
                        all.addAll(found.get(i));
                    }
                    return spec.limit() == null || all.size() <= spec.limit() ? all
                            : new ArrayList<>(all.subList(0, spec.limit()));
                });
    }

    /** The first item found, segment after segment, reading as little as possible. */
    public static <M> CompletableFuture<Optional<M>> first(AsyncTarget target, ScanSpec<M> spec,
                                                           ScanRequest template) {
        ScanSpec<M> one = spec.withLimit(1);
        return AsyncPages.list(models(one, template, one.firstSegment(), one.endSegment()), send(target,
                spec.schema())).thenApply(items -> items.isEmpty() ? Optional.empty() : Optional.of(items.get(0)));
    }

    /** How many items of the model the scan finds, reading keys only; at most the limit. */
    public static <M> CompletableFuture<Long> count(AsyncTarget target, ScanSpec<M> spec, ScanRequest template) {
        ScanRequest keysOnly = ScanRequestBuilder.keysOnly(template);
        AtomicLong total = new AtomicLong();
        return eachSegment(spec, segment -> AsyncPages.count(new ScanPages<>(spec.schema(), keysOnly, segment,
                segment + 1, spec.limit()), send(target, spec.schema())).thenAccept(total::addAndGet))
                .thenApply(done -> spec.limit() == null ? total.get() : Math.min(total.get(), spec.limit()));
    }

    /** The model's items as a publisher: segment after segment, page after page, as iteration reads them. */
    public static <M> Publisher<M> publisher(AsyncTarget target, ScanSpec<M> spec, ScanRequest template) {
        return new PagePublisher<>(() -> models(spec, template, spec.firstSegment(), spec.endSegment()),
                send(target, spec.schema()));
    }

    private static <M> PagedRead<M, ScanRequest, ScanResponse> models(ScanSpec<M> spec, ScanRequest template,
                                                                      int from, int to) {
        return new Decoded<>(new ScanPages<>(spec.schema(), template, from, to, spec.limit()), spec.schema()::fromItem);
    }

    private static Function<ScanRequest, CompletableFuture<ScanResponse>> send(AsyncTarget target,
                                                                                ModelSchema<?> schema) {
        String model = schema.name();
        return request -> target.scan(model, request);
    }

    private static CompletableFuture<Void> eachSegment(ScanSpec<?> spec,
                                                       Function<Integer, CompletableFuture<Void>> read) {
        List<Integer> segments = IntStream.range(spec.firstSegment(), spec.endSegment()).boxed().toList();
        return AsyncBulk.run(segments, SEGMENTS_IN_FLIGHT, read);
    }
}
