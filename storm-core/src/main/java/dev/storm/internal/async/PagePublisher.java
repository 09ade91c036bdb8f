package dev.storm.internal.async;

import dev.storm.internal.paging.PagedRead;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

/**
 * A paged read's items as a reactive-streams {@link Publisher}: each subscription starts a new read (a query, a scan,
 * an item collection) from its first request, sending the next page only when the subscriber wants more items than
 * the pages read so far hold, and never two at once. Thread-safe; a subscription's signals are serialised, as the
 * specification requires.
 *
 * @param <T> an item
 * @param <Q> the request of a page
 * @param <R> the response of a page
 */
public final class PagePublisher<T, Q, R> implements Publisher<T> {

    private final Supplier<? extends PagedRead<T, Q, R>> reads;
    private final Function<Q, CompletableFuture<R>> send;

    /**
     * @param reads a new read for each subscription; its first request is built by whoever made the supplier
     * @param send  sends a page's request
     */
    public PagePublisher(Supplier<? extends PagedRead<T, Q, R>> reads, Function<Q, CompletableFuture<R>> send) {
        this.reads = reads;
        this.send = send;
    }

    @Override
    public void subscribe(Subscriber<? super T> subscriber) {
        Objects.requireNonNull(subscriber, "subscriber");
        PagedRead<T, Q, R> read;
        try {
            read = reads.get();
        } catch (RuntimeException e) {
            subscriber.onSubscribe(NOTHING);
            subscriber.onError(e);
            return;
        }
        PageSubscription s = new PageSubscription(subscriber, read);
        subscriber.onSubscribe(s);
        s.drain();
    }

    // the subscription of a subscriber told at once that the read could not start
    private static final Subscription NOTHING = new Subscription() {
        @Override
        public void request(long n) {
        }

        @Override
        public void cancel() {
        }
    };

    private final class PageSubscription implements Subscription {

        private final Subscriber<? super T> subscriber;
        private final PagedRead<T, Q, R> pages;
        private final AtomicLong demand = new AtomicLong();
        private final AtomicInteger work = new AtomicInteger();
        private volatile boolean cancelled;
        private volatile boolean inFlight;
        private volatile Throwable error;
        // a page that arrived on a completion thread, taken into the pages inside drain() alone
        private volatile R arrived;
        private boolean done;

        PageSubscription(Subscriber<? super T> subscriber, PagedRead<T, Q, R> pages) {
            this.subscriber = subscriber;
            this.pages = pages;
        }

        @Override
        public void request(long n) {
            if (n <= 0) {
                error = new IllegalArgumentException("Subscription.request needs a positive number, got " + n
                        + " (reactive-streams rule 3.9)");
            } else {
                demand.getAndUpdate(d -> d + n < 0 ? Long.MAX_VALUE : d + n);
            }
            drain();
        }

        @Override
        public void cancel() {
            cancelled = true;
        }

        /** Emits what the pages hold and is wanted, and asks for the next page when more is wanted; one at a time. */
        void drain() {
            if (work.getAndIncrement() != 0) {
                return;
            }
            int missed = 1;
            do {
                if (!done && !cancelled) {
                    emit();
                }
                missed = work.addAndGet(-missed);
            } while (missed != 0);
        }

        private void emit() {
            R response = arrived;
            if (response != null) {
                arrived = null;
                try {
                    pages.accept(response);
                } catch (RuntimeException e) {
                    error = e;
                }
                inFlight = false;
            }
            while (error == null && demand.get() > 0 && !cancelled) {
                T item;
                try {
                    if (!pages.available()) {
                        break;
                    }
                    item = pages.next();
                } catch (RuntimeException e) {
                    error = e;
                    break;
                }
                demand.decrementAndGet();
                subscriber.onNext(item);
            }
            if (cancelled) {
                return;
            }
            if (error != null) {
                done = true;
                subscriber.onError(error);
            } else if (!inFlight && !pages.needsPage() && !pages.available()) {
                done = true;
                subscriber.onComplete();
            } else if (!inFlight && demand.get() > 0 && pages.needsPage()) {
                inFlight = true;
                Futures.call(() -> send.apply(pages.pageRequest())).whenComplete((page, failure) -> {
                    if (failure != null) {
                        error = Futures.unwrap(failure);
                    } else {
                        arrived = page;
                    }
                    drain();
                });
            }
        }
    }
}
