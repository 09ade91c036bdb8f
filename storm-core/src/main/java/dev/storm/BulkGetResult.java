package dev.storm;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What a {@link Manager#bulkGetResult} read: the stored models in the order the keys were asked, null where none is
 * stored; the keys that have no item; and the keys that could not be read within the {@link BulkOptions}.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * BulkGetResult<Order> r = Order.objects.bulkGetResult(keys);
 * r.items();     // aligned with keys, null where missing
 * r.missing();   // the keys with no stored item
 * }</pre>
 *
 * @param <M> the model
 */
public final class BulkGetResult<M> {

    private final List<M> items;
    private final List<M> missing;
    private final List<BulkFailure> failed;

    /** Made by {@link Manager#bulkGetResult}; {@code items} may hold nulls. */
    public BulkGetResult(List<M> items, List<M> missing, List<BulkFailure> failed) {
        this.items = Collections.unmodifiableList(new ArrayList<>(items));
        this.missing = List.copyOf(missing);
        this.failed = List.copyOf(failed);
    }

    /** One entry per key asked, in the same order: the stored model, or null when none is stored or it failed. */
    public List<M> items() {
        return items;
    }

    /** The stored models alone, in the order asked (a key asked twice appears twice). */
    public List<M> found() {
        List<M> found = new ArrayList<>(items.size());
        for (M m : items) {
            if (m != null) {
                found.add(m);
            }
        }
        return found;
    }

    /** The keys, as given, that have no stored item; each once, in the order first asked. */
    public List<M> missing() {
        return missing;
    }

    /** The keys that could not be read, with the reason; empty when every key was read. */
    public List<BulkFailure> failed() {
        return failed;
    }

    /** Whether every key was read (found or missing). */
    public boolean isComplete() {
        return failed.isEmpty();
    }
}
