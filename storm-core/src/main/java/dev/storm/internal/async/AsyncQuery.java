package dev.storm.internal.async;

import dev.storm.internal.query.QueryPages;
import dev.storm.internal.query.QueryPaging;
import dev.storm.internal.query.QueryRequestBuilder;
import dev.storm.internal.query.QuerySpec;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * The asynchronous reads of a query set: the requests and the reading of responses are the blocking query set's
 * ({@link QueryPages}, {@link QueryPaging.PageRead}); only sending differs, one Query after the other.
 */
public final class AsyncQuery {

    private AsyncQuery() {
    }

    /** Every item of the query. The first request is built now, on the calling thread. */
    public static <M> CompletableFuture<List<M>> list(AsyncTarget target, QuerySpec<M> spec) {
        QueryPages pages = new QueryPages(target.requests(), spec.schema().name(),
                QueryRequestBuilder.build(target.requests(), spec), spec.limit());
        return drain(target, spec, pages, new ArrayList<>());
    }

    private static <M> CompletableFuture<List<M>> drain(AsyncTarget target, QuerySpec<M> spec, QueryPages pages,
                                                        List<M> items) {
        while (pages.available()) {
            items.add(spec.schema().fromItem(pages.next()));
        }
        if (!pages.needsPage()) {
            return CompletableFuture.completedFuture(items);
        }
        return target.query(spec.schema().name(), pages.pageRequest()).thenCompose(response -> {
            pages.accept(response);
            return drain(target, spec, pages, items);
        });
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
