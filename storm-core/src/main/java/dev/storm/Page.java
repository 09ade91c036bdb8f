package dev.storm;

import java.util.List;

/**
 * One page of a query's results, from {@link QuerySet#page(String)}: the items, and the cursor that continues after
 * them (an opaque, URL-safe string; null on the last page). Immutable and thread-safe.
 *
 * <pre>{@code
 * Page<Order> page = Order.objects.using(Order_.customerId.eq("c1")).limit(20).page(cursorOrNull);
 * page.items(); page.cursor();
 * }</pre>
 *
 * @param items  the page's models, in query order
 * @param cursor where the next page starts, or null when nothing follows
 * @param <M>    the model
 */
public record Page<M>(List<M> items, String cursor) {

    public Page {
        items = List.copyOf(items);
    }

    /** Whether another page may follow: the cursor is not null. */
    public boolean hasNext() {
        return cursor != null;
    }
}
