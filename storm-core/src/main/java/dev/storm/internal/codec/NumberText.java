package dev.storm.internal.codec;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * The N text of any Java number, refusing what DynamoDB cannot hold: NaN and infinities, more than 38 significant
 * digits, and magnitudes outside 1E-130 to 9.99...E+125. Checking here means nothing invalid is ever sent.
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
        return Double.toString(value);
    }

    static String ofFloat(float value) {
        requireFinite(value);
        // every finite float lies within DynamoDB's range
        return value == 0 ? "0.0" : Float.toString(value);
    }

    static String ofDecimal(BigDecimal value) {
        requireStorable(value);
        return value.toPlainString();
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
