package dev.storm.internal.paging;

/**
 * A read that pages through DynamoDB responses, whoever sends its requests: the items the pages read so far hold,
 * and the request for the next page when more are wanted. The blocking iterators ({@link PagedIterator}) and the
 * asynchronous readers drive the same reads; only sending differs. Not thread-safe: one caller at a time.
 *
 * @param <T> an item
 * @param <Q> the request of a page
 * @param <R> the response of a page
 */
public interface PagedRead<T, Q, R> {

    /** Whether an item can be returned without another request. */
    boolean available();

    /** The next item; call only when {@link #available()}. */
    T next();

    /** Whether no item is available, more are wanted and DynamoDB has more: {@link #pageRequest()} is to be sent. */
    boolean needsPage();

    /** The request of the next page. */
    Q pageRequest();

    /** Takes the response of {@link #pageRequest()}, from whichever client sent it. */
    void accept(R response);
}
