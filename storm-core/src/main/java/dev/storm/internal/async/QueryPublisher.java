package dev.storm.internal.async;

import dev.storm.internal.query.QueryPages;
import dev.storm.internal.query.QuerySpec;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * A query's models as a reactive-streams {@link Publisher}: each subscription pages through the query anew from its
 * first request, sending one Query only when the subscriber wants more items than the pages read so far hold, and
 * never two at once. Thread-safe; a subscription's signals are serialised, as the specification requires.
 *
 * @param <M> the model
 */
public final class QueryPublisher<M> implements Publisher<M> {

    private final AsyncTarget target;
    private final QuerySpec<M> spec;
    private final QueryRequest first;

    public QueryPublisher(AsyncTarget target, QuerySpec<M> spec, QueryRequest first) {
        this.target = target;
        this.spec = spec;
        this.first = first;
    }

    @Override
    public void subscribe(Subscriber<? super M> subscriber) {
        Objects.requireNonNull(subscriber, "subscriber");
        QuerySubscription s = new QuerySubscription(subscriber);
        subscriber.onSubscribe(s);
        s.drain();
    }

    private final class QuerySubscription implements Subscription {

        private final Subscriber<? super M> subscriber;
        private final QueryPages pages;
        private final AtomicLong demand = new AtomicLong();
        private final AtomicInteger work = new AtomicInteger();
        private volatile boolean cancelled;
        private volatile boolean inFlight;
        private volatile Throwable error;
        // a page that arrived on a completion thread, taken into the pages inside drain() alone
        private volatile QueryResponse arrived;
        private boolean done;

        QuerySubscription(Subscriber<? super M> subscriber) {
            this.subscriber = subscriber;
            this.pages = new QueryPages(target.requests(), spec.schema().name(), first, spec.limit());
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
            QueryResponse response = arrived;
            if (response != null) {
                arrived = null;
                pages.accept(response);
                inFlight = false;
            }
            while (error == null && demand.get() > 0 && pages.available() && !cancelled) {
                M model;
                try {
                    model = spec.schema().fromItem(pages.next());
                } catch (RuntimeException e) {
                    error = e;
                    break;
                }
                demand.decrementAndGet();
                subscriber.onNext(model);
            }
            if (cancelled) {
                return;
            }
            if (error != null) {
                done = true;
                subscriber.onError(error);
            } else if (!inFlight && !pages.available() && !pages.needsPage()) {
                done = true;
                subscriber.onComplete();
            } else if (!inFlight && demand.get() > 0 && pages.needsPage()) {
                inFlight = true;
                target.query(spec.schema().name(), pages.pageRequest()).whenComplete((page, failure) -> {
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
