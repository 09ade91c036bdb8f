package dev.storm;

import dev.storm.internal.async.AsyncQuery;
import dev.storm.internal.async.AsyncTarget;
import dev.storm.internal.async.Futures;
import dev.storm.internal.query.QueryRequestBuilder;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.reactivestreams.Publisher;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * The non-blocking twin of a {@link QuerySet}, from {@code Order.objects.async().using(...)}: the same options, each
 * returning a new immutable set, and results as {@link CompletableFuture}s or a reactive-streams {@link Publisher}
 * that pages lazily with back-pressure. Requests are built by the blocking query set's own builder when a result is
 * asked for, on the calling thread, with the table and async client in effect there and then; page cursors are the
 * blocking query set's, so either can continue the other's pages. Immutable and thread-safe.
 *
 * <pre>{@code
 * AsyncQuerySet<Order> q = Order.objects.async().using(Order_.userId.eq("u1")).limit(20);
 * q.list().thenAccept(orders -> render(orders));
 * Flux.from(q.publisher()).take(5).subscribe(System.out::println);    // any reactive-streams library
 * }</pre>
 *
 * @param <M> the model
 */
public final class AsyncQuerySet<M extends Model<M>> {

    private final QuerySet<M> options;
    private final Supplier<AsyncTarget> targets;

    private AsyncQuerySet(QuerySet<M> options, Supplier<AsyncTarget> targets) {
        this.options = options;
        this.targets = targets;
    }

    AsyncQuerySet(dev.storm.internal.query.QuerySpec<M> spec, Supplier<AsyncTarget> targets) {
        this(new QuerySet<>(spec, null), targets);
    }

    private AsyncQuerySet<M> with(QuerySet<M> changed) {
        return new AsyncQuerySet<>(changed, targets);
    }

    /** More key values; see {@link QuerySet#using(Condition[])}. */
    @SafeVarargs
    public final AsyncQuerySet<M> using(Condition<M>... keyValues) {
        return with(options.using(keyValues));
    }

    /** More key values, as a list; see {@link QuerySet#using(List)}. */
    public AsyncQuerySet<M> using(List<? extends Condition<M>> keyValues) {
        return with(options.using(keyValues));
    }

    /** Queries index GSI1 ({@code true}) or the table; see {@link QuerySet#useIndex(boolean)}. */
    public AsyncQuerySet<M> useIndex(boolean use) {
        return with(options.useIndex(use));
    }

    /** Queries index {@code GSIn}; see {@link QuerySet#useIndex(int)}. */
    public AsyncQuerySet<M> useIndex(int index) {
        return with(options.useIndex(index));
    }

    /** Strongly consistent reads (the table only). */
    public AsyncQuerySet<M> consistent(boolean strongly) {
        return with(options.consistent(strongly));
    }

    /** Returns at most {@code n} items, however many pages that takes. */
    public AsyncQuerySet<M> limit(int n) {
        return with(options.limit(n));
    }

    /** Descending sort-key order. */
    public AsyncQuerySet<M> reverse() {
        return with(options.reverse());
    }

    /** Reads only these attributes; see {@link QuerySet#only}. */
    @SafeVarargs
    public final AsyncQuerySet<M> only(Attribute<M, ?>... attributes) {
        return with(options.only(attributes));
    }

    /** Starts after the sort key given in {@code using}; see {@link QuerySet#startingAfter}. */
    public AsyncQuerySet<M> startingAfter(boolean startAfter) {
        return with(options.startingAfter(startAfter));
    }

    /** Keeps only items matching the condition (a FilterExpression). */
    public AsyncQuerySet<M> filter(Condition<M> condition) {
        return with(options.filter(condition));
    }

    /** The first Query request this set sends, built without a network call on the table in effect now. */
    public QueryRequest toRequest() {
        return QueryRequestBuilder.build(targets.get().requests(), options.spec());
    }

    /** All results, one Query after the other; see {@link QuerySet#list()}. */
    public CompletableFuture<List<M>> list() {
        return Futures.call(() -> AsyncQuery.list(targets.get(), options.spec()));
    }

    /** The first result, reading as little as possible; empty when there is none. */
    public CompletableFuture<Optional<M>> first() {
        return Futures.call(() -> AsyncQuery.list(targets.get(), options.limit(1).spec())
                .thenApply(items -> items.isEmpty() ? Optional.empty() : Optional.of(items.get(0))));
    }

    /**
     * One page after the cursor (the first for null); see {@link QuerySet#page}. A cursor from a blocking query set
     * with the same options continues here, and the other way round. An altered cursor fails the future with an
     * {@link InvalidCursorException}, and nothing is sent.
     */
    public CompletableFuture<Page<M>> page(String cursor) {
        return Futures.call(() -> AsyncQuery.page(targets.get(), options.spec(), cursor)
                .thenApply(result -> new Page<>(result.items(), result.cursor())));
    }

    /**
     * How many items the query matches, at most {@code limit(n)}: Query with {@code Select=COUNT}, page by page; see
     * {@link QuerySet#count()}.
     */
    public CompletableFuture<Long> count() {
        return Futures.call(() -> AsyncQuery.count(targets.get(), options.spec()));
    }

    /**
     * The results as a reactive-streams {@link Publisher}: nothing is sent until a subscriber requests items; then
     * one Query at a time, the next only when the subscriber has taken the previous page's items and wants more
     * (back-pressure), as the SDK's own paginators do. Each subscription reads the query anew, on the table and async
     * client in effect when this method was called. Errors (a failed request, an item that cannot be decoded) end
     * the subscription with {@code onError}.
     */
    public Publisher<M> publisher() {
        return AsyncQuery.publisher(targets.get(), options.spec());
    }

    @Override
    public String toString() {
        return "Async" + options;
    }
}
