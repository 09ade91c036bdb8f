package dev.storm.internal.codec;

import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The bytes DynamoDB counts for an attribute value, by its published rules: strings in UTF-8 bytes, numbers at one
 * byte per two significant digits plus one, binary by length, one byte for a boolean or NULL, three bytes of
 * overhead per list or map plus one per element (and a map's keys in UTF-8). The one place these rules live: the
 * item size check walks items with them, and {@link AttributeWriter} applies them to each value as it writes it.
 * Stateless, thread-safe.
 */
public final class AttributeSize {

    /** A list's or map's own overhead, before its elements. */
    static final int CONTAINER = 3;

    private AttributeSize() {
    }

    public static long of(AttributeValue value) {
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
            long size = CONTAINER;
            for (Map.Entry<String, AttributeValue> e : value.m().entrySet()) {
                size += 1 + utf8(e.getKey()) + of(e.getValue());
            }
            return size;
        }
        if (value.hasL()) {
            long size = CONTAINER;
            for (AttributeValue v : value.l()) {
                size += 1 + of(v);
            }
            return size;
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

    /** The bytes of an integral number, as {@link #number(String)} counts its text, without writing it. */
    public static int number(long value) {
        if (value > -100 && value < 100) {
            // at most two significant digits
            return 2;
        }
        long rest = value;
        while (rest % 10 == 0) {
            rest /= 10;
        }
        int significant = 0;
        while (rest != 0) {
            significant++;
            rest /= 10;
        }
        return (significant + 1) / 2 + 1;
    }

    /** The bytes of a number's text: one per two significant digits, plus one. */
    public static int number(String text) {
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

    /** The UTF-8 bytes of a text, counted without encoding it; a lone surrogate counts as its replacement's 3. */
    public static long utf8(String s) {
        return utf8(s, false);
    }

    /**
     * The UTF-8 bytes of a text; with {@code strict}, an unpaired surrogate, which UTF-8 cannot encode, is an
     * IllegalArgumentException rather than counted as its replacement.
     */
    static long utf8(String s, boolean strict) {
        int length = s.length();
        int i = 0;
        // most texts are ASCII throughout: one byte a char, nothing to check; kept small so that it is inlined
        while (i < length && s.charAt(i) < 0x80) {
            i++;
        }
        return i == length ? length : utf8From(s, i, strict);
    }

    /** The UTF-8 bytes of a text whose first {@code ascii} chars are ASCII. */
    private static long utf8From(String s, int ascii, boolean strict) {
        int length = s.length();
        long bytes = ascii;
        for (int i = ascii; i < length; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                bytes++;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(s.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else if (strict && Character.isSurrogate(c)) {
                throw new IllegalArgumentException(String.format(
                        "the string has an unpaired surrogate U+%04X at index %d, which UTF-8 cannot encode",
                        (int) c, i));
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }
}
