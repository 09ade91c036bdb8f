package dev.storm.internal.transaction;

import dev.storm.InvalidTransactionException;
import dev.storm.UniqueConstraintException;
import dev.storm.internal.key.TableKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;

/**
 * The writes of one transaction, grouped by the operation that asked for them, checked as they are added against
 * what DynamoDB would refuse (so that nothing is sent): at most 100 items, each item once, at most 4 MB.
 * Not thread-safe.
 */
public final class WritePlan {

    public static final int MAX_ITEMS = 100;
    public static final long MAX_BYTES = 4L * 1024 * 1024;

    private final List<Entry> entries = new ArrayList<>();
    private final Map<TableKey, Entry> byKey = new HashMap<>();
    private int operations;
    private long bytes;

    /** One write, with the index of the operation it belongs to. */
    public record Entry(int operation, PlannedWrite write) {
    }

    /** Adds the writes of the next operation. */
    public void add(List<PlannedWrite> writes) {
        int index = operations;
        if (entries.size() + writes.size() > MAX_ITEMS) {
            throw new InvalidTransactionException("A DynamoDB transaction holds at most " + MAX_ITEMS + " items;"
                    + " operation " + index + " (" + writes.get(0).operation() + ") would make it "
                    + (entries.size() + writes.size()) + " (the uniqueness guards of unique fields count too);"
                    + " split the work into several transactions");
        }
        Map<TableKey, Entry> added = new HashMap<>();
        long addedBytes = 0;
        for (PlannedWrite w : writes) {
            Entry entry = new Entry(index, w);
            Entry other = byKey.containsKey(w.key()) ? byKey.get(w.key()) : added.get(w.key());
            if (other != null) {
                throw duplicate(other, entry);
            }
            added.put(w.key(), entry);
            addedBytes += w.size();
        }
        if (bytes + addedBytes > MAX_BYTES) {
            throw new InvalidTransactionException("A DynamoDB transaction holds at most 4 MB; operation " + index
                    + " (" + writes.get(0).operation() + ") would make it " + (bytes + addedBytes) + " bytes");
        }
        for (PlannedWrite w : writes) {
            Entry entry = added.get(w.key());
            entries.add(entry);
            byKey.put(w.key(), entry);
        }
        bytes += addedBytes;
        operations++;
    }

    private static RuntimeException duplicate(Entry first, Entry second) {
        if (first.write().uniqueClaim() != null && second.write().uniqueClaim() != null) {
            return new UniqueConstraintException(second.write().uniqueClaim() + " is claimed twice in one"
                    + " transaction: by operation " + first.operation() + " (" + first.write().operation()
                    + ") and operation " + second.operation() + " (" + second.write().operation() + ");"
                    + " @Field(unique = true) allows one item per value; nothing was written");
        }
        return new InvalidTransactionException("Operation " + second.operation() + " ("
                + second.write().operation() + ") writes " + second.write().key().describe("item")
                + ", which operation " + first.operation() + " (" + first.write().operation() + ") already"
                + " writes; a DynamoDB transaction takes each item once, so merge the two into one operation");
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    public int operations() {
        return operations;
    }

    public List<Entry> entries() {
        return entries;
    }

    /** The simple names of the models written, each once, in plan order: {@code "Order,User"}. */
    public String models() {
        java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>();
        for (Entry e : entries) {
            if (e.write().model() != null) {
                names.add(e.write().model().getClass().getSimpleName());
            }
        }
        return String.join(",", names);
    }

    /** The request, with an idempotency token so that the SDK's retries of it are applied at most once. */
    public TransactWriteItemsRequest request(String token) {
        List<TransactWriteItem> items = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            items.add(e.write().item());
        }
        return TransactWriteItemsRequest.builder().transactItems(items).clientRequestToken(token).build();
    }
}
