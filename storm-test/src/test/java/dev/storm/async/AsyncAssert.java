package dev.storm.async;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.assertj.core.api.AbstractThrowableAssert;

/** Assertions on async calls: they return a future (never throw), and it fails with the blocking call's exception. */
final class AsyncAssert {

    private AsyncAssert() {
    }

    /** Waits, up to ten seconds, until the condition holds; fails the test otherwise. */
    static void eventually(BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime() - deadline).as("waited 10 s for the condition").isNegative();
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** The call returns without throwing; its future fails; the assertion is on the future's cause. */
    static AbstractThrowableAssert<?, ? extends Throwable> assertFailsWith(Supplier<CompletableFuture<?>> call) {
        CompletableFuture<?> future = call.get();
        assertThat(future).as("an async call returns a future, never throws").isNotNull();
        Throwable thrown = catchThrowable(future::join);
        assertThat(thrown).isInstanceOf(CompletionException.class);
        return assertThat(thrown.getCause());
    }
}
