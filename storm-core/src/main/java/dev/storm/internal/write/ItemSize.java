package dev.storm.internal.write;

import dev.storm.InvalidValueException;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The size DynamoDB counts for an item, by its published rules: attribute names and strings in UTF-8 bytes, numbers
 * at one byte per two significant digits plus one, binary by length, one byte for a boolean or NULL, three bytes of
 * overhead per list or map plus one per element. Checked before sending, so that an oversized item fails alone and
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
        if (value.s() != null) {
            return utf8(value.s());
        }
        if (value.n() != null) {
            return number(value.n());
        }
        if (value.b() != null) {
            return value.b().asByteArrayUnsafe().length;
        }
        if (value.bool() != null || value.nul() != null) {
            return 1;
        }
        if (value.hasM()) {
            long size = 3;
            for (Map.Entry<String, AttributeValue> e : value.m().entrySet()) {
                size += 1 + utf8(e.getKey()) + of(e.getValue());
            }
            return size;
        }
        if (value.hasL()) {
            return 3 + elements(value.l());
        }
        if (value.hasSs()) {
            long size = 0;
            for (String s : value.ss()) {
                size += utf8(s);
            }
            return size;
        }
        if (value.hasNs()) {
            long size = 0;
            for (String n : value.ns()) {
                size += number(n);
            }
            return size;
        }
        if (value.hasBs()) {
            long size = 0;
            for (SdkBytes b : value.bs()) {
                size += b.asByteArrayUnsafe().length;
            }
            return size;
        }
        return 0;
    }

    private static long elements(List<AttributeValue> values) {
        long size = 0;
        for (AttributeValue v : values) {
            size += 1 + of(v);
        }
        return size;
    }

    private static long number(String text) {
        int digits = 0;
        boolean leading = true;
        int trailingZeros = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 'e' || c == 'E') {
                break;
            }
            if (c < '0' || c > '9') {
                continue;
            }
            if (leading && c == '0') {
                continue;
            }
            leading = false;
            digits++;
            trailingZeros = c == '0' ? trailingZeros + 1 : 0;
        }
        int significant = Math.max(1, digits - trailingZeros);
        return (significant + 1) / 2 + 1;
    }

    // Counted without encoding: bulk writes size every item, and most are mostly ASCII.
    private static long utf8(String s) {
        long bytes = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                bytes++;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }
}
