package dev.storm.internal.key;

import dev.storm.KeyLayout;
import java.util.List;
import java.util.Locale;

/**
 * What a {@link KeyLayout} writes around a model's key parts: the one place that knows how the layouts differ.
 * {@link KeyLayout#STORM_0_2}: {@code U#user123#USER}; {@link KeyLayout#STORM_0_1}: {@code USER#U#user123#USER}, the
 * suffix upper-cased at both ends, and booleans as Python's {@code True}/{@code False}. Sort keys are alike in both.
 * Immutable, thread-safe.
 */
public final class KeyFormat {

    static final char SEPARATOR = '#';

    private final KeyLayout layout;
    private final String suffix;
    /** The text before the first identifier of a partition key, separator included; empty in STORM_0_2. */
    private final String head;
    /** The text ending a partition key, after a separator. */
    private final String tail;

    private KeyFormat(KeyLayout layout, String suffix) {
        this.layout = layout;
        this.suffix = suffix;
        if (layout == KeyLayout.STORM_0_1) {
            String upper = suffix.toUpperCase(Locale.ROOT);
            this.head = upper + SEPARATOR;
            this.tail = upper;
        } else {
            this.head = "";
            this.tail = suffix;
        }
    }

    /** The format of a model with the given layout and {@code @Meta} suffix (as declared). */
    public static KeyFormat of(KeyLayout layout, String suffix) {
        return new KeyFormat(layout, suffix);
    }

    public KeyLayout layout() {
        return layout;
    }

    /** The suffix as declared (or the simple class name). */
    public String suffix() {
        return suffix;
    }

    /** A partition key (PK or a GSI partition key) around its identifier/value pairs, already joined by {@code #}. */
    public String partitionKey(CharSequence parts) {
        StringBuilder key = new StringBuilder(head.length() + parts.length() + tail.length() + 1).append(head);
        if (parts.length() > 0) {
            key.append(parts).append(SEPARATOR);
        }
        return key.append(tail).toString();
    }

    /** Starts a partition key in {@code key}: what comes before its first identifier. */
    void openPartitionKey(StringBuilder key) {
        key.append(head);
    }

    /**
     * Ends a partition key begun by {@link #openPartitionKey} once its pairs are appended: the same text as
     * {@link #partitionKey} of the pairs, built in one buffer.
     */
    void closePartitionKey(StringBuilder key, boolean hasParts) {
        if (hasParts) {
            key.append(SEPARATOR);
        }
        key.append(tail);
    }

    /** The sort key of a model without sort-key fields: its suffix, as declared, in both layouts. */
    public String bareSortKey() {
        return suffix;
    }

    /** A boolean key part. */
    public String bool(boolean value) {
        if (layout == KeyLayout.STORM_0_1) {
            return value ? "True" : "False";
        }
        return value ? "true" : "false";
    }

    /**
     * The identifier/value texts of a partition key written in this format, or null when the key is not one:
     * {@code USER#U#u1#USER} gives {@code [U, u1]} in STORM_0_1.
     */
    public String[] partitionParts(String key) {
        if (!key.startsWith(head) || !key.endsWith(tail) || key.length() < head.length() + tail.length()) {
            return null;
        }
        String inner = key.substring(head.length(), key.length() - tail.length());
        if (inner.isEmpty()) {
            return new String[0];
        }
        if (inner.charAt(inner.length() - 1) != SEPARATOR) {
            return null;
        }
        return inner.substring(0, inner.length() - 1).split(String.valueOf(SEPARATOR), -1);
    }

    /** The literal texts a partition key holds before its first identifier: the upper-cased suffix in STORM_0_1. */
    public List<String> partitionHeadTokens() {
        return head.isEmpty() ? List.of() : List.of(tail);
    }

    /** The literal text ending a partition key, after its last value. */
    public String partitionTailToken() {
        return tail;
    }

    /** The text every partition key of this format begins with, when its first identifier is the given one. */
    public String partitionStart(String firstIdentifier) {
        return head + firstIdentifier + SEPARATOR;
    }

    /** The text every partition key of this format ends with: {@code #USER}. */
    public String partitionEnd() {
        return SEPARATOR + tail;
    }

    /** A partition key with placeholders for messages: {@code USER#U#<userId>#USER}. */
    public String partitionPattern(Iterable<String> identifierValuePairs) {
        StringBuilder parts = new StringBuilder();
        for (String part : identifierValuePairs) {
            if (parts.length() > 0) {
                parts.append(SEPARATOR);
            }
            parts.append(part);
        }
        return partitionKey(parts);
    }

    /**
     * The PK and SK patterns of a model with these identifiers, a value written {@code *} and the two keys on two
     * lines ({@code U#*#USER} and {@code T#*}): two models with one shape write the same keys for the same values,
     * so they address the same items. The annotation processor computes the same text at compile time.
     */
    public String shape(List<String> pkIdentifiers, List<String> skIdentifiers) {
        StringBuilder key = new StringBuilder(head);
        for (String identifier : pkIdentifiers) {
            key.append(identifier).append(SEPARATOR).append('*').append(SEPARATOR);
        }
        key.append(tail).append('\n');
        if (skIdentifiers.isEmpty()) {
            return key.append(bareSortKey()).toString();
        }
        for (int i = 0; i < skIdentifiers.size(); i++) {
            key.append(i == 0 ? "" : String.valueOf(SEPARATOR)).append(skIdentifiers.get(i)).append(SEPARATOR)
                    .append('*');
        }
        return key.toString();
    }

    /** Whether two models write the same partition keys for the same parts. */
    public boolean sharesPartitionsWith(KeyFormat other) {
        return head.equals(other.head) && tail.equals(other.tail);
    }
}
