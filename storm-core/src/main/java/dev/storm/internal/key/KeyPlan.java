package dev.storm.internal.key;

import dev.storm.internal.schema.FieldSchema;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One key of a model (PK, SK or an index key) as fixed texts around its parts, worked out once from the
 * {@link KeyFormat} and the fields' identifiers: {@code U#user123#USER} is {@code "U#"}, the part, {@code "#USER"}.
 * It composes the key from the parts' stored attributes alone, as a generated codec leaves them, in one buffer of
 * the exact length; it gives up (null) on anything unusual, a NULL part, an empty one, one holding {@code #}, a key
 * that may be over its limit, so that {@link KeyComposer}'s full path writes it or explains why not. The texts are
 * the full path's, so both write the same key. Only for keys without {@code @Sortable} parts (their text is not
 * their attribute's). Immutable, thread-safe.
 */
final class KeyPlan {

    private final int[] positions;
    /** {@code texts[i]} comes before part {@code i}; the last one ends the key. */
    private final String[] texts;
    private final int textLength;
    private final int limit;

    private KeyPlan(int[] positions, String[] texts, int limit) {
        this.positions = positions;
        this.texts = texts;
        int length = 0;
        for (String text : texts) {
            length += text.length();
        }
        this.textLength = length;
        this.limit = limit;
    }

    /** The plan of a key made of {@code fields} (at least one), or null when one of them is {@code @Sortable}. */
    static KeyPlan of(FieldSchema[] fields, KeyFormat format, boolean partition) {
        int[] positions = new int[fields.length];
        String[] texts = new String[fields.length + 1];
        StringBuilder before = new StringBuilder();
        if (partition) {
            format.openPartitionKey(before);
        }
        for (int i = 0; i < fields.length; i++) {
            if (fields[i].options().sortable()) {
                return null;
            }
            positions[i] = fields[i].position();
            if (i > 0) {
                before.append(KeyFormat.SEPARATOR);
            }
            texts[i] = before.append(fields[i].roles().identifier()).append(KeyFormat.SEPARATOR).toString();
            before.setLength(0);
        }
        if (partition) {
            format.closePartitionKey(before, true);
        }
        texts[fields.length] = before.toString();
        return new KeyPlan(positions, texts, partition ? KeyLimits.PARTITION_KEY_BYTES : KeyLimits.SORT_KEY_BYTES);
    }

    /** The key from the parts' attributes by field position, or null when the full path must compose it. */
    String compose(AttributeValue[] encoded, KeyFormat format) {
        if (positions.length == 1) {
            // the common key of one part: at most two exact-size copies, no buffer
            String part = part(encoded[positions[0]], format);
            if (part == null || (textLength + part.length()) * 3 > limit) {
                return null;
            }
            String key = texts[0].concat(part);
            return texts[1].isEmpty() ? key : key.concat(texts[1]);
        }
        int length = textLength;
        for (int position : positions) {
            String part = part(encoded[position], format);
            if (part == null) {
                return null;
            }
            length += part.length();
        }
        // a char is at most 3 UTF-8 bytes: a key that may be longer than its limit is counted by the full path
        if (length * 3 > limit) {
            return null;
        }
        StringBuilder key = new StringBuilder(length);
        for (int i = 0; i < positions.length; i++) {
            key.append(texts[i]).append(part(encoded[positions[i]], format));
        }
        return key.append(texts[positions.length]).toString();
    }

    /** The text of a key part as {@link KeyText#render} gives it, or null when it is not a valid one. */
    private static String part(AttributeValue stored, KeyFormat format) {
        String text = stored == null ? null : KeyText.renderable(stored, format);
        return text == null || text.isEmpty() || text.indexOf(KeyFormat.SEPARATOR) >= 0 ? null : text;
    }
}
