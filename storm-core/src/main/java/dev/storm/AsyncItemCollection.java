package dev.storm;

import dev.storm.internal.async.AsyncPages;
import dev.storm.internal.async.AsyncTarget;
import dev.storm.internal.async.Futures;
import dev.storm.internal.async.PagePublisher;
import dev.storm.internal.collection.CollectionQuery;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.reactivestreams.Publisher;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * The non-blocking twin of an {@link ItemCollection}, from {@code ItemCollection.of(...).async()} or
 * {@code storm.itemCollection(...).async()}: the same partition read with the same Query and decoded into the same
 * models, with results as a {@link CompletableFuture} or a reactive-streams {@link Publisher}. The requests and the
 * decoding are the blocking collection's; the request is built when a result is asked for, on the calling thread,
 * with the table, async client and listeners in effect there and then. Bad key values fail the future, and nothing is
 * sent. Immutable and thread-safe.
 *
 * <pre>{@code
 * ItemCollection.of(Customer.class, Order.class).using(Customer_.customerId.eq("c1")).async().fetch()
 *         .thenAccept(items -> render(items.first(Customer.class), items.of(Order.class)));
 * }</pre>
 */
public final class AsyncItemCollection {

    private final ItemCollection collection;
    private final Supplier<AsyncTarget> targets;

    AsyncItemCollection(ItemCollection collection, Supplier<AsyncTarget> targets) {
        this.collection = collection;
        this.targets = targets;
    }

    /** More key values of the partition; see {@link ItemCollection#using}. */
    public AsyncItemCollection using(Condition<?>... keyValues) {
        return new AsyncItemCollection(collection.using(keyValues), targets);
    }

    /** Strongly consistent reads (the table only). */
    public AsyncItemCollection consistent(boolean strongly) {
        return new AsyncItemCollection(collection.consistent(strongly), targets);
    }

    /** Descending sort-key order. */
    public AsyncItemCollection reverse() {
        return new AsyncItemCollection(collection.reverse(), targets);
    }

    /** The Query request {@link #fetch()} sends first, built without a network call on the table in effect. */
    public QueryRequest toRequest() {
        return collection.query().request(targets.get().requests());
    }

    /**
     * Reads the whole partition, one Query after the other, and completes with its items decoded into their models;
     * see {@link ItemCollection#fetch()}.
     */
    public CompletableFuture<ItemCollection.Items> fetch() {
        return Futures.call(() -> {
            AsyncTarget target = targets.get();
            CollectionQuery query = collection.query();
            String model = query.model();
            return AsyncPages.list(query.read(target.requests()), request -> target.query(model, request))
                    .thenApply(all -> new ItemCollection.Items(query.layout().models(), all));
        });
    }

    /**
     * The partition's items in sort-key order, decoded into their models, as a reactive-streams {@link Publisher}:
     * nothing is sent until a subscriber requests items, then one Query at a time, only when more are wanted. Each
     * subscription reads anew, on the table and async client in effect when this method was called. Bad key values
     * throw here, as the blocking {@link ItemCollection#stream()} does; errors while reading end the subscription
     * with {@code onError}.
     */
    public Publisher<Object> publisher() {
        AsyncTarget target = targets.get();
        CollectionQuery query = collection.query();
        QueryRequest first = query.request(target.requests());
        String model = query.model();
        return new PagePublisher<>(() -> query.read(target.requests(), first), request -> target.query(model,
                request));
    }

    @Override
    public String toString() {
        return "Async" + collection;
    }
}
