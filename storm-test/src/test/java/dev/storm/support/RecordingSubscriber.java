package dev.storm.support;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

/** A subscriber that requests only what the test asks for, and records every signal. */
public final class RecordingSubscriber<T> implements Subscriber<T> {

    public final List<T> items = new CopyOnWriteArrayList<>();
    public final CompletableFuture<Void> done = new CompletableFuture<>();
    private volatile Subscription subscription;
    private volatile int onSubscribeCalls;

    /** Every item of the publisher, all requested at once; fails with the publisher's error. */
    public static <T> CompletableFuture<List<T>> collect(Publisher<T> publisher) {
        RecordingSubscriber<T> all = new RecordingSubscriber<>();
        publisher.subscribe(all);
        all.request(Long.MAX_VALUE);
        return all.done.thenApply(ignored -> List.copyOf(all.items));
    }

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

    public void request(long n) {
        subscription.request(n);
    }

    public void cancel() {
        subscription.cancel();
    }

    public int onSubscribeCalls() {
        return onSubscribeCalls;
    }
}
