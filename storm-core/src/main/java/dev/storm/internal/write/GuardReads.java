package dev.storm.internal.write;

import dev.storm.internal.key.TableKey;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The items a plan looked up beside the written item (the older uniqueness guards and their owners), as read so
 * far in one attempt. A plan asks for an item not read yet and is then made again once the sender has read it, so
 * planning itself never sends anything. Not thread-safe: one per attempt.
 */
final class GuardReads {

    private final Map<TableKey, Map<String, AttributeValue>> found = new HashMap<>();
    private TableKey missing;

    /** Whether the item under the key was read; when not, it is asked for (the first such key of a planning). */
    boolean known(TableKey key) {
        if (found.containsKey(key)) {
            return true;
        }
        if (missing == null) {
            missing = key;
        }
        return false;
    }

    /** The item read under the key, or null when none is stored there (or it was not read). */
    Map<String, AttributeValue> item(TableKey key) {
        return found.get(key);
    }

    /** The first key a planning asked for that was not read yet, or null; forgets it. */
    TableKey takeMissing() {
        TableKey key = missing;
        missing = null;
        return key;
    }

    void found(TableKey key, Map<String, AttributeValue> item) {
        found.put(key, item);
    }
}
