package dev.storm.internal.codec;

/** String as S. DynamoDB stores UTF-8, so a string holding an unpaired surrogate is refused up front. */
final class StringCodec extends TextCodec<String> {

    static final StringCodec INSTANCE = new StringCodec();

    private StringCodec() {
        super(false, "String");
    }

    @Override
    String toText(String value) {
        return requireWellFormed(value);
    }

    @Override
    String fromText(String text) {
        return text;
    }

    static String requireWellFormed(String value) {
        utf8Length(value);
        return value;
    }

    /**
     * The UTF-8 bytes of a string STORM may store, counted in the same pass that checks it: an unpaired surrogate,
     * which UTF-8 cannot encode, is an IllegalArgumentException.
     */
    static long utf8Length(String value) {
        long bytes = 0;
        for (int i = 0, length = value.length(); i < length; i++) {
            char c = value.charAt(i);
            if (c < 0x80) {
                bytes++;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (!Character.isSurrogate(c)) {
                bytes += 3;
            } else if (Character.isHighSurrogate(c) && i + 1 < length
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                throw new IllegalArgumentException(String.format(
                        "the string has an unpaired surrogate U+%04X at index %d, which UTF-8 cannot encode",
                        (int) c, i));
            }
        }
        return bytes;
    }
}
