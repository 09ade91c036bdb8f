package dev.storm.internal.async;

import dev.storm.internal.paging.PagedRead;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Drives a {@link PagedRead} (the blocking iterators' own reads of queries, scans and item collections) through an
 * async client: one page after the other, the next sent when the previous one's response has been taken in.
 */
public final class AsyncPages {

    private AsyncPages() {
    }

    /** Every item of the read. */
    public static <T, Q, R> CompletableFuture<List<T>> list(PagedRead<T, Q, R> read,
                                                            Function<Q, CompletableFuture<R>> send) {
        return drain(read, send, new ArrayList<>());
    }

    private static <T, Q, R> CompletableFuture<List<T>> drain(PagedRead<T, Q, R> read,
                                                              Function<Q, CompletableFuture<R>> send, List<T> items) {
        while (read.available()) {
            items.add(read.next());
        }
        if (!read.needsPage()) {
            return CompletableFuture.completedFuture(items);
        }
        return send.apply(read.pageRequest()).thenCompose(response -> {
            read.accept(response);
            return drain(read, send, items);
        });
    }

    /** How many items the read returns, none of them kept. */
    public static <T, Q, R> CompletableFuture<Long> count(PagedRead<T, Q, R> read,
                                                          Function<Q, CompletableFuture<R>> send) {
        return count(read, send, 0);
    }

    private static <T, Q, R> CompletableFuture<Long> count(PagedRead<T, Q, R> read,
                                                           Function<Q, CompletableFuture<R>> send, long counted) {
        long n = counted;
        while (read.available()) {
            read.next();
            n++;
        }
        if (!read.needsPage()) {
            return CompletableFuture.completedFuture(n);
        }
        long sofar = n;
        return send.apply(read.pageRequest()).thenCompose(response -> {
            read.accept(response);
            return count(read, send, sofar);
        });
    }
}
