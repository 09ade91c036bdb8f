package dev.storm.internal.codec;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The N text of any Java number, refusing what DynamoDB cannot hold: NaN and infinities, more than 38 significant
 * digits, and magnitudes outside 1E-130 to 9.99...E+125. Checking here means nothing invalid is ever sent.
 *
 * <p>The text is canonical, one per value of a type, because key parts are written from it and a model read back must
 * address the item it came from: doubles and floats in plain notation with at least one fraction digit, as Python
 * prints a float ({@code 10000000.0}, {@code 0.0001}, {@code 12.0}, not {@code 1.0E7}); BigDecimals in plain notation
 * without trailing zeros ({@code 2.50} and {@code 2.5} are both {@code 2.5}, {@code 1E+3} is {@code 1000}).
 */
final class NumberText {

    private static final int MAX_SIGNIFICANT_DIGITS = 38;
    private static final int MAX_EXPONENT = 125;
    private static final int MIN_EXPONENT = -130;
    /** Doubles from 1e126 up print as 1.0E126 or more; doubles below 1e-130 print as less than 1.0E-130. */
    private static final double DOUBLE_OVERFLOW = 1e126;
    private static final double DOUBLE_UNDERFLOW = 1e-130;

    private NumberText() {
    }

    static String of(Number value) {
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return value.toString();
        }
        if (value instanceof Double d) {
            return ofDouble(d);
        }
        if (value instanceof Float f) {
            return ofFloat(f);
        }
        if (value instanceof BigDecimal d) {
            return ofDecimal(d);
        }
        if (value instanceof BigInteger i) {
            requireStorable(new BigDecimal(i));
            return i.toString();
        }
        // AtomicLong, DoubleAdder and the like: their text is a plain Java number
        return ofDecimal(parseForeign(value));
    }

    static String ofDouble(double value) {
        requireFinite(value);
        if (value == 0) {
            // -0.0 and 0.0 are one DynamoDB number; a single text keeps them one element of a set
            return "0.0";
        }
        double magnitude = Math.abs(value);
        if (magnitude >= DOUBLE_OVERFLOW || magnitude < DOUBLE_UNDERFLOW) {
            throw outOfRange(Double.toString(value));
        }
        String text = Double.toString(value);
        // sixteen characters with a point hold at most fifteen digits
        if (text.length() <= 16 && text.indexOf('E') < 0 || text.indexOf('E') < 0 && significantDigits(text) < 16) {
            return text;
        }
        return plain(shortest(value, text));
    }

    /**
     * The shortest decimal text that reads back as the value, the nearest such when several: Python's {@code repr}.
     * Java 17's {@code Double.toString} sometimes prints a digit or two more ({@code 3.6028797018964096E16} for
     * {@code 3.60287970189641E16}); a decimal of at most 15 digits that reads back is the value rounded to 15
     * digits (15-digit decimals lie further apart than doubles), so three roundings find the shortest.
     */
    private static String shortest(double value, String javaText) {
        if (significantDigits(javaText) < 16) {
            return javaText;
        }
        BigDecimal exact = new BigDecimal(value);
        for (int digits = 15; digits < 17; digits++) {
            BigDecimal rounded = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
            if (rounded.doubleValue() == value) {
                return rounded.stripTrailingZeros().toString();
            }
        }
        return exact.round(new MathContext(17, RoundingMode.HALF_EVEN)).toString();
    }

    private static int significantDigits(String javaText) {
        int digits = 0;
        for (int i = 0; i < javaText.length(); i++) {
            char c = javaText.charAt(i);
            if (c == 'E') {
                break;
            }
            if (c >= '1' && c <= '9' || c == '0' && digits > 0) {
                digits++;
            }
        }
        return digits;
    }

    static String ofFloat(float value) {
        requireFinite(value);
        // every finite float lies within DynamoDB's range
        return value == 0 ? "0.0" : plain(Float.toString(value));
    }

    static String ofDecimal(BigDecimal value) {
        requireStorable(value);
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    /**
     * A floating-point text in plain notation: as it is when it has no exponent and a fraction; else its digits
     * moved by the exponent, with {@code .0} when no fraction is left.
     */
    private static String plain(String text) {
        if (text.indexOf('E') < 0 && text.indexOf('.') >= 0) {
            return text;
        }
        String plain = new BigDecimal(text).stripTrailingZeros().toPlainString();
        return plain.indexOf('.') < 0 ? plain + ".0" : plain;
    }

    private static void requireFinite(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(value + " cannot be stored as a DynamoDB number");
        }
    }

    private static void requireStorable(BigDecimal value) {
        if (value.signum() == 0) {
            return;
        }
        long exponent = (long) value.precision() - value.scale() - 1;
        if (exponent > MAX_EXPONENT || exponent < MIN_EXPONENT) {
            throw outOfRange(value.toString());
        }
        if (value.precision() > MAX_SIGNIFICANT_DIGITS
                && value.stripTrailingZeros().precision() > MAX_SIGNIFICANT_DIGITS) {
            throw new IllegalArgumentException(value + " has more than the " + MAX_SIGNIFICANT_DIGITS
                    + " significant digits a DynamoDB number can hold");
        }
    }

    private static IllegalArgumentException outOfRange(String text) {
        return new IllegalArgumentException(text + " is outside the range of a DynamoDB number"
                + " (a magnitude from 1E-130 to 9.9999999999999999999999999999999999999E+125, or 0)");
    }

    private static BigDecimal parseForeign(Number value) {
        String text = value.toString();
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    value.getClass().getName() + " " + text + " cannot be stored as a DynamoDB number", e);
        }
    }
}
