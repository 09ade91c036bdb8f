package dev.storm;

import dev.storm.internal.key.TableKey;
import dev.storm.internal.transaction.TransactGetItemsOperation;
import java.util.Collections;
import java.util.List;

/**
 * The items a {@link Transaction#read} returned: one consistent snapshot, in the order the keys were given, null
 * where no item is stored. Immutable and thread-safe.
 */
public final class TransactionReads {

    private final List<Model<?>> keys;
    private final List<Object> items;

    TransactionReads(List<Model<?>> keys, List<Object> items) {
        this.keys = List.copyOf(keys);
        this.items = Collections.unmodifiableList(items);
    }

    /** One entry per key given, in the same order: the stored model, or null. */
    public List<Object> items() {
        return items;
    }

    /**
     * The stored model with the keys of {@code key}, or null when none is stored. An {@link InvalidValueException}
     * when no key of that model and those keys was part of the read.
     */
    public <M extends Model<M>> M get(M key) {
        TableKey wanted = TransactGetItemsOperation.key(key);
        for (int i = 0; i < keys.size(); i++) {
            Model<?> k = keys.get(i);
            if (k.getClass() == key.getClass() && TransactGetItemsOperation.key(k).equals(wanted)) {
                @SuppressWarnings("unchecked")
                M item = (M) items.get(i);
                return item;
            }
        }
        throw new InvalidValueException(wanted.describe(key.getClass().getSimpleName())
                + " was not one of the keys of this read");
    }
}
