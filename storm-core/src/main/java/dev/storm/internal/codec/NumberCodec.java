package dev.storm.internal.codec;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * A Java number as an N. Encoding accepts any {@link Number}, so a condition on a {@code double} field may compare
 * with an {@code int}. Decoding uses the type's own parser and falls back to an exact BigDecimal conversion only for
 * texts such as {@code "5.0"} or {@code "1E+3"}, keeping the common path free of allocation beyond the result.
 */
abstract class NumberCodec extends TextCodec<Number> {

    // One named subclass per type, holding its instance: a type's codec class is loaded only when a field of that
    // type is first mapped.

    static NumberCodec ofByte() {
        return Bytes.INSTANCE;
    }

    static NumberCodec ofShort() {
        return Shorts.INSTANCE;
    }

    static NumberCodec ofInteger() {
        return Integers.INSTANCE;
    }

    static NumberCodec ofLong() {
        return Longs.INSTANCE;
    }

    static NumberCodec ofFloat() {
        return Floats.INSTANCE;
    }

    static NumberCodec ofDouble() {
        return Doubles.INSTANCE;
    }

    static NumberCodec ofBigDecimal() {
        return BigDecimals.INSTANCE;
    }

    static NumberCodec ofBigInteger() {
        return BigIntegers.INSTANCE;
    }

    private NumberCodec(String javaType) {
        super(true, javaType);
    }

    @Override
    final String toText(Number value) {
        return NumberText.of(value);
    }

    /**
     * Converts a text the fast parser refused (e.g. {@code "5.0"}) exactly, so only unusual texts pay for the
     * exception and the BigDecimal.
     */
    final long whole(String text, long min, long max) {
        long value;
        try {
            value = decimal(text).longValueExact();
        } catch (ArithmeticException e) {
            throw notWhole(text, e);
        }
        if (value < min || value > max) {
            throw notWhole(text, null);
        }
        return value;
    }

    final BigDecimal decimal(String text) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw notANumber(text, e);
        }
    }

    final IllegalArgumentException notANumber(String text, NumberFormatException cause) {
        return new IllegalArgumentException("\"" + text + "\" is not a number (reading " + javaType() + ")", cause);
    }

    final IllegalArgumentException notWhole(String text, ArithmeticException cause) {
        return new IllegalArgumentException(
                "N " + text + " is not a whole number within the range of " + javaType(), cause);
    }

    private static final class Bytes extends NumberCodec {
        static final NumberCodec INSTANCE = new Bytes();

        private Bytes() {
            super("Byte");
        }

        @Override
        Number fromText(String text) {
            try {
                return Byte.parseByte(text);
            } catch (NumberFormatException e) {
                return (byte) whole(text, Byte.MIN_VALUE, Byte.MAX_VALUE);
            }
        }
    }

    private static final class Shorts extends NumberCodec {
        static final NumberCodec INSTANCE = new Shorts();

        private Shorts() {
            super("Short");
        }

        @Override
        Number fromText(String text) {
            try {
                return Short.parseShort(text);
            } catch (NumberFormatException e) {
                return (short) whole(text, Short.MIN_VALUE, Short.MAX_VALUE);
            }
        }
    }

    private static final class Integers extends NumberCodec {
        static final NumberCodec INSTANCE = new Integers();

        private Integers() {
            super("Integer");
        }

        @Override
        Number fromText(String text) {
            try {
                return Integer.parseInt(text);
            } catch (NumberFormatException e) {
                return (int) whole(text, Integer.MIN_VALUE, Integer.MAX_VALUE);
            }
        }
    }

    private static final class Longs extends NumberCodec {
        static final NumberCodec INSTANCE = new Longs();

        private Longs() {
            super("Long");
        }

        @Override
        Number fromText(String text) {
            try {
                return Long.parseLong(text);
            } catch (NumberFormatException e) {
                return whole(text, Long.MIN_VALUE, Long.MAX_VALUE);
            }
        }
    }

    private static final class Floats extends NumberCodec {
        static final NumberCodec INSTANCE = new Floats();

        private Floats() {
            super("Float");
        }

        @Override
        Number fromText(String text) {
            try {
                return Float.parseFloat(text);
            } catch (NumberFormatException e) {
                throw notANumber(text, e);
            }
        }
    }

    private static final class Doubles extends NumberCodec {
        static final NumberCodec INSTANCE = new Doubles();

        private Doubles() {
            super("Double");
        }

        @Override
        Number fromText(String text) {
            try {
                return Double.parseDouble(text);
            } catch (NumberFormatException e) {
                throw notANumber(text, e);
            }
        }
    }

    private static final class BigDecimals extends NumberCodec {
        static final NumberCodec INSTANCE = new BigDecimals();

        private BigDecimals() {
            super("BigDecimal");
        }

        @Override
        Number fromText(String text) {
            return decimal(text);
        }

        @Override
        Object setIdentity(String text) {
            // 1.0 and 1.00 are distinct BigDecimals but one DynamoDB number
            return decimal(text).stripTrailingZeros();
        }
    }

    private static final class BigIntegers extends NumberCodec {
        static final NumberCodec INSTANCE = new BigIntegers();

        private BigIntegers() {
            super("BigInteger");
        }

        @Override
        Number fromText(String text) {
            try {
                return new BigInteger(text);
            } catch (NumberFormatException e) {
                try {
                    return decimal(text).toBigIntegerExact();
                } catch (ArithmeticException fractional) {
                    throw notWhole(text, fractional);
                }
            }
        }
    }
}
