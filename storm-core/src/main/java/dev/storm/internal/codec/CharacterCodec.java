package dev.storm.internal.codec;

/** char and Character as an S of exactly one character. */
final class CharacterCodec extends TextCodec<Character> {

    static final CharacterCodec INSTANCE = new CharacterCodec();

    private CharacterCodec() {
        super(false, "Character");
    }

    @Override
    String toText(Character value) {
        return StringCodec.requireWellFormed(String.valueOf(value.charValue()));
    }

    @Override
    Character fromText(String text) {
        if (text.length() != 1) {
            throw new IllegalArgumentException("expected a single character for Character but found \"" + text + "\"");
        }
        return text.charAt(0);
    }
}
