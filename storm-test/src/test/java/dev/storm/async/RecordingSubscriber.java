package dev.storm.async;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

/** A subscriber that requests only what the test asks for, and records every signal. */
final class RecordingSubscriber<T> implements Subscriber<T> {

    final List<T> items = new CopyOnWriteArrayList<>();
    final CompletableFuture<Void> done = new CompletableFuture<>();
    private volatile Subscription subscription;
    private volatile int onSubscribeCalls;

    @Override
    public void onSubscribe(Subscription s) {
        onSubscribeCalls++;
        subscription = s;
    }

    @Override
    public void onNext(T item) {
        items.add(item);
    }

    @Override
    public void onError(Throwable t) {
        done.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
        done.complete(null);
    }

    void request(long n) {
        subscription.request(n);
    }

    void cancel() {
        subscription.cancel();
    }

    int onSubscribeCalls() {
        return onSubscribeCalls;
    }
}
