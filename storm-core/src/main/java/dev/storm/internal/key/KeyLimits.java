package dev.storm.internal.key;

import dev.storm.InvalidKeyException;
import dev.storm.internal.codec.AttributeSize;
import dev.storm.internal.schema.FieldSchema;
import java.util.List;

/**
 * DynamoDB's key sizes: a partition key (PK, GSInPK) holds at most 2,048 bytes of UTF-8, a sort key (SK, GSInSK) at
 * most 1,024. Checked when a key is composed, so an overlong key is refused before anything is sent rather than
 * by DynamoDB halfway through a batch.
 */
public final class KeyLimits {

    public static final int PARTITION_KEY_BYTES = 2048;
    public static final int SORT_KEY_BYTES = 1024;

    private KeyLimits() {
    }

    /** Whether a key is within its limit for its length alone, with no need to count its bytes. */
    static boolean fits(String key, boolean partition) {
        // a char is at most 3 UTF-8 bytes (a surrogate pair, 2 chars, is 4)
        return key.length() * 3 <= (partition ? PARTITION_KEY_BYTES : SORT_KEY_BYTES);
    }

    /**
     * Refuses a key over its limit with an {@link InvalidKeyException} naming the model, the key, its fields and its
     * size.
     */
    public static String check(String key, boolean partition, String model, String keyName,
                               List<FieldSchema> fields) {
        int limit = partition ? PARTITION_KEY_BYTES : SORT_KEY_BYTES;
        if (fits(key, partition)) {
            return key;
        }
        int bytes = utf8Length(key);
        if (bytes > limit) {
            throw new InvalidKeyException("The " + keyName + " of " + model + " would be " + bytes + " bytes of UTF-8,"
                    + " over DynamoDB's limit of " + limit + " bytes for a " + (partition ? "partition" : "sort")
                    + " key; it is composed from " + fields.stream().map(FieldSchema::toString).toList()
                    + ": shorten their values (key begins \"" + key.substring(0, Math.min(40, key.length()))
                    + "...\"); nothing was sent");
        }
        return key;
    }

    /** The UTF-8 length of well-formed text; a lone surrogate counts as the 3 bytes of its replacement. */
    static int utf8Length(String text) {
        return (int) AttributeSize.utf8(text);
    }
}
