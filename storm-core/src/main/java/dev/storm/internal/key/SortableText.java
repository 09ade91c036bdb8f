package dev.storm.internal.key;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

/**
 * The fixed-width key text of a {@code @Sortable} value, whose byte order is the order of the values (see
 * {@link dev.storm.Sortable} for the format). Numbers: a non-negative one is its integer part zero-padded, then its
 * fraction without trailing zeros; a negative one is {@code -} then the nines' complement of the same digits, so a
 * larger magnitude sorts lower, closed by {@code ~} for decimals so that {@code -2} (no fraction) sorts above
 * {@code -2.5}: {@code ~} is above {@code .} and every digit. Every character after {@code -} is a digit, {@code .}
 * or {@code ~}, all above the key separator {@code #}, so the order also holds inside a longer key.
 */
public final class SortableText {

    private static final DateTimeFormatter INSTANT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter LOCAL_DATE_TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS");
    private static final DateTimeFormatter LOCAL_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd");
    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSSSSSSSS");

    private SortableText() {
    }

    /**
     * The text of a value.
     *
     * @param digits the integer digits of a number; ignored for times
     * @throws IllegalArgumentException saying why the value does not fit
     */
    public static String render(Object value, int digits) {
        if (value instanceof Instant i) {
            return time(INSTANT, i.atOffset(ZoneOffset.UTC).getYear(), i);
        }
        if (value instanceof LocalDateTime t) {
            return time(LOCAL_DATE_TIME, t.getYear(), t);
        }
        if (value instanceof LocalDate d) {
            return time(LOCAL_DATE, d.getYear(), d);
        }
        if (value instanceof LocalTime t) {
            return LOCAL_TIME.format(t);
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new IllegalArgumentException(value + " has no place in a sorted key");
            }
            // Double.toString/Float.toString give the shortest text that reads back as the value.
            return decimal(new BigDecimal(value.toString()), digits);
        }
        if (value instanceof BigDecimal d) {
            return decimal(d, digits);
        }
        if (value instanceof BigInteger i) {
            return integer(i, digits);
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return integer(BigInteger.valueOf(((Number) value).longValue()), digits);
        }
        throw new IllegalArgumentException(value.getClass().getSimpleName() + " cannot be rendered sortably");
    }

    private static String time(DateTimeFormatter format, int year, TemporalAccessor value) {
        if (year < 0 || year > 9999) {
            throw new IllegalArgumentException("the year " + year + " is outside 0000..9999, the years a sortable"
                    + " key holds");
        }
        return format.format(value);
    }

    private static String integer(BigInteger value, int digits) {
        String magnitude = value.abs().toString();
        checkWidth(magnitude, digits, value);
        String padded = "0".repeat(digits - magnitude.length()) + magnitude;
        return value.signum() < 0 ? "-" + complement(padded) : padded;
    }

    private static String decimal(BigDecimal value, int digits) {
        BigDecimal canonical = value.stripTrailingZeros();
        String plain = canonical.abs().toPlainString();
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        String fraction = dot < 0 ? "" : plain.substring(dot + 1);
        checkWidth(whole, digits, value);
        String padded = "0".repeat(digits - whole.length()) + whole;
        if (canonical.signum() >= 0) {
            return fraction.isEmpty() ? padded : padded + "." + fraction;
        }
        return "-" + complement(padded) + (fraction.isEmpty() ? "" : "." + complement(fraction)) + "~";
    }

    private static void checkWidth(String wholeDigits, int digits, Object value) {
        if (wholeDigits.length() > digits) {
            throw new IllegalArgumentException(value + " needs " + wholeDigits.length() + " integer digits but the"
                    + " key holds " + digits + "; raise @Sortable(digits = ...)");
        }
    }

    private static String complement(String digits) {
        char[] out = new char[digits.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (char) ('9' - digits.charAt(i) + '0');
        }
        return new String(out);
    }
}
