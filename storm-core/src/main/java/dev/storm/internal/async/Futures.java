package dev.storm.internal.async;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/** Small helpers of the asynchronous calls: how errors travel through {@link CompletableFuture}s. */
public final class Futures {

    private Futures() {
    }

    /**
     * Runs {@code call} and returns its future; an exception it throws (bad input, found before anything is sent)
     * becomes a failed future instead, so that an async call never throws on the caller's thread.
     */
    public static <T> CompletableFuture<T> call(Supplier<CompletableFuture<T>> call) {
        try {
            return call.get();
        } catch (RuntimeException | Error e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** The error itself, out of the {@link CompletionException} a dependent stage wraps it in. */
    public static Throwable unwrap(Throwable error) {
        Throwable t = error;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    /** The error to throw from a stage so that the future fails with it as its cause. */
    public static RuntimeException rethrow(Throwable cause) {
        if (cause instanceof RuntimeException r) {
            return r;
        }
        if (cause instanceof Error e) {
            throw e;
        }
        return new CompletionException(cause);
    }
}
