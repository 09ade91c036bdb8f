package dev.storm.internal.write;

import dev.storm.InvalidValueException;
import dev.storm.internal.codec.AttributeSize;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The size DynamoDB counts for an item: its attribute names in UTF-8 bytes plus its values by the rules of
 * {@link AttributeSize}. Checked before sending, so that an oversized item fails alone and
 * clearly instead of failing the whole batch or transaction it travels in.
 */
public final class ItemSize {

    /** DynamoDB's item size limit: 400 KB. */
    public static final int MAX_ITEM_BYTES = 400 * 1024;

    private ItemSize() {
    }

    public static long of(Map<String, AttributeValue> item) {
        long size = 0;
        for (Map.Entry<String, AttributeValue> e : item.entrySet()) {
            size += utf8(e.getKey()) + of(e.getValue());
        }
        return size;
    }

    /** Refuses an item over 400 KB with a message naming it, its size and its largest attribute. */
    public static long check(Map<String, AttributeValue> item, String description) {
        long size = of(item);
        if (size > MAX_ITEM_BYTES) {
            String largest = null;
            long largestSize = -1;
            for (Map.Entry<String, AttributeValue> e : item.entrySet()) {
                long s = utf8(e.getKey()) + of(e.getValue());
                if (s > largestSize) {
                    largest = e.getKey();
                    largestSize = s;
                }
            }
            throw new InvalidValueException(description + " is " + size + " bytes, over DynamoDB's item limit of "
                    + MAX_ITEM_BYTES + " bytes (400 KB); its largest attribute is '" + largest + "' ("
                    + largestSize + " bytes); nothing was written");
        }
        return size;
    }

    static long of(AttributeValue value) {
        return AttributeSize.of(value);
    }

    private static long utf8(String s) {
        return AttributeSize.utf8(s);
    }
}
