package dev.storm.internal.target;

import dev.storm.StormListener;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

/**
 * What every call of a {@code Storm} or of the process default shares besides its client and table: the listeners
 * (STORM's request log first) and whether to ask for consumed capacity. Immutable and thread-safe.
 *
 * @param listeners        the user's listeners, in registration order
 * @param consumedCapacity the {@code ReturnConsumedCapacity} every request asks for, or null for none
 */
public record Settings(List<StormListener> listeners, ReturnConsumedCapacity consumedCapacity) {

    /** No listener of the user's, no consumed capacity. */
    public static final Settings DEFAULT = new Settings(List.of(), null);

    public Settings {
        listeners = List.copyOf(listeners);
        if (consumedCapacity == ReturnConsumedCapacity.NONE) {
            consumedCapacity = null;
        }
    }

    public Settings withListener(StormListener listener) {
        List<StormListener> all = new ArrayList<>(listeners);
        all.add(listener);
        return new Settings(all, consumedCapacity);
    }

    public Settings withoutListener(StormListener listener) {
        List<StormListener> all = new ArrayList<>(listeners);
        all.remove(listener);
        return new Settings(all, consumedCapacity);
    }

    public Settings withConsumedCapacity(ReturnConsumedCapacity mode) {
        return new Settings(listeners, mode);
    }
}
