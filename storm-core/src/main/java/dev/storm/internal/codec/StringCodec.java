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
        return AttributeSize.utf8(value, true);
    }
}
