package dev.storm.internal.async;

import dev.storm.internal.paging.Decoded;
import dev.storm.internal.paging.PagedRead;
import dev.storm.internal.query.QueryPages;
import dev.storm.internal.query.QueryPaging;
import dev.storm.internal.query.QueryRequestBuilder;
import dev.storm.internal.query.QuerySpec;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.reactivestreams.Publisher;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * The asynchronous reads of a query set: the requests and the reading of responses are the blocking query set's
 * ({@link QueryPages}, {@link QueryPaging.PageRead}); only sending differs, one Query after the other.
 */
public final class AsyncQuery {

    private AsyncQuery() {
    }

    /** Every item of the query. The first request is built now, on the calling thread. */
    public static <M> CompletableFuture<List<M>> list(AsyncTarget target, QuerySpec<M> spec) {
        String model = spec.schema().name();
        return AsyncPages.list(read(target, spec), request -> target.query(model, request));
    }

    /** The query's models as a publisher; the first request is built now, each subscription reads anew. */
    public static <M> Publisher<M> publisher(AsyncTarget target, QuerySpec<M> spec) {
        QueryRequest first = QueryRequestBuilder.build(target.requests(), spec);
        String model = spec.schema().name();
        return new PagePublisher<>(() -> read(target, spec, first), request -> target.query(model, request));
    }

    private static <M> PagedRead<M, QueryRequest, QueryResponse> read(AsyncTarget target, QuerySpec<M> spec) {
        return read(target, spec, QueryRequestBuilder.build(target.requests(), spec));
    }

    private static <M> PagedRead<M, QueryRequest, QueryResponse> read(AsyncTarget target, QuerySpec<M> spec,
                                                                      QueryRequest first) {
        return new Decoded<>(new QueryPages(target.requests(), spec.schema().name(), first, spec.limit()),
                spec.schema()::fromItem);
    }

    /** How many items the query matches; the first request is built now, on the calling thread. */
    public static <M> CompletableFuture<Long> count(AsyncTarget target, QuerySpec<M> spec) {
        return count(target, spec.schema().name(), new QueryPaging.CountRead(target.requests(), spec));
    }

    private static CompletableFuture<Long> count(AsyncTarget target, String model, QueryPaging.CountRead read) {
        QueryRequest request = read.nextRequest();
        if (request == null) {
            return CompletableFuture.completedFuture(read.result());
        }
        return target.query(model, request).thenCompose(response -> {
            read.accept(response);
            return count(target, model, read);
        });
    }

    /** One page after the cursor, checked now, before anything is sent. */
    public static <M> CompletableFuture<QueryPaging.Result<M>> page(AsyncTarget target, QuerySpec<M> spec,
                                                                   String cursor) {
        QueryPaging.PageRead<M> read = new QueryPaging.PageRead<>(target.requests(), spec, cursor);
        return fill(target, spec.schema().name(), read);
    }

    private static <M> CompletableFuture<QueryPaging.Result<M>> fill(AsyncTarget target, String model,
                                                                     QueryPaging.PageRead<M> read) {
        if (!read.advance()) {
            return CompletableFuture.completedFuture(read.result());
        }
        return target.query(model, read.pages().pageRequest()).thenCompose(response -> {
            read.accept(response);
            return fill(target, model, read);
        });
    }
}
