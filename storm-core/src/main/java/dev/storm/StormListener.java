package dev.storm;

/**
 * Told of every request STORM sends to DynamoDB, in the spirit of jOOQ's {@code ExecuteListener}: before it is sent,
 * after its response arrived or it failed (with the time it took and, when asked for, the capacity it consumed), and
 * before a bulk call sends unprocessed items again. Metrics, tracing and logging are listeners; STORM's own DEBUG
 * logging is one. Register listeners with {@link Storm.Builder#listener} or {@link ConnectionManager#addListener}.
 *
 * <p>Listeners are called on the thread that sends the request (a worker thread of a bulk call, too), so an
 * implementation must be thread-safe. Async calls ({@link AsyncManager}, {@link AsyncQuerySet}, their scans and
 * publishers) tell the same events in the same order: a request's start on the thread that sends it, its end and a
 * bulk retry on the thread that completes it (the async client's completion or the timer thread); the listeners are
 * those in effect when the async call was made. A listener that throws is logged at WARN and skipped: the request
 * and the other listeners go on as if it had returned.
 *
 * <pre>{@code
 * Storm storm = Storm.builder().client(client).tableName("app")
 *         .listener(new StormListener() {
 *             public void requestEnded(StormEvent e) {
 *                 timer(e.operation(), e.model(), e.succeeded()).record(e.duration());
 *             }
 *         })
 *         .build();
 * }</pre>
 */
public interface StormListener {

    /** Before the request is sent: {@link StormEvent#duration()}, response and error are null. */
    default void requestStarted(StormEvent event) {
    }

    /** After the response arrived ({@link StormEvent#response()}) or the request failed ({@link StormEvent#error()}). */
    default void requestEnded(StormEvent event) {
    }

    /** Before a bulk call sends again what DynamoDB left unprocessed or refused with a retryable error. */
    default void retrying(StormRetry retry) {
    }
}
