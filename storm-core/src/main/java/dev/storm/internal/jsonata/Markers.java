package dev.storm.internal.jsonata;

import dev.storm.internal.schema.FieldSchema;
import dev.storm.internal.schema.Placeholder;
import java.lang.reflect.Type;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The markers of one template build. A request is built by the manager's own builders with a marker wherever a
 * JSONata expression goes; {@link TemplateWriter} then finds the markers in the built request and writes the
 * expressions in their place. A marker is private-use characters around a random token drawn for this build and a
 * number, so no text a model or a constant holds can be read as one: it cannot know the token. Not thread-safe: one
 * per build.
 */
final class Markers {

    private static final char OPEN = '\uE000';
    private static final char CLOSE = '\uE001';
    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * One expression.
     *
     * @param type     the Java type of the value the expression gives, or null for text written as it is
     * @param nullable whether a null or missing value is written as {@code NULL}, as the manager writes a null field
     * @param field    the field whose value the expression gives, or null when it is no field's
     */
    record Entry(String expression, Type type, boolean nullable, FieldSchema field) {
    }

    private final String token;
    private final List<Entry> entries = new ArrayList<>();

    Markers() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        this.token = HexFormat.of().formatHex(bytes) + ':';
    }

    /** A placeholder for the value of a field. */
    Placeholder value(FieldSchema field, String expression, boolean nullable) {
        return new Placeholder(add(new Entry(expression, field.genericType(), nullable, field)));
    }

    /** A placeholder for a value of the given type that is no field's (the time a query runs). */
    Placeholder value(Type type, String expression) {
        return new Placeholder(add(new Entry(expression, type, false, null)));
    }

    /** A marker for a text operand tested against a field ({@code contains}, {@code begins_with}). */
    String text(FieldSchema field, String expression) {
        return add(new Entry(expression, String.class, false, field));
    }

    /** A marker for text, such as a table name. */
    String text(String expression) {
        return add(new Entry(expression, null, false, null));
    }

    private String add(Entry entry) {
        entries.add(entry);
        return OPEN + token + (entries.size() - 1) + CLOSE;
    }

    /** The entry when the text is exactly one marker, else null. */
    Entry whole(String text) {
        List<Object> parts = split(text);
        return parts.size() == 1 && parts.get(0) instanceof Entry e ? e : null;
    }

    /** The text cut into literal strings and the entries of the markers between them. */
    List<Object> split(String text) {
        List<Object> parts = new ArrayList<>();
        String open = OPEN + token;
        int literalStart = 0;
        int start = text.indexOf(open);
        while (start >= 0) {
            int close = text.indexOf(CLOSE, start);
            Entry entry = close < 0 ? null : entry(text.substring(start + open.length(), close));
            if (entry == null) {
                start = text.indexOf(open, start + 1);
                continue;
            }
            if (start > literalStart) {
                parts.add(text.substring(literalStart, start));
            }
            parts.add(entry);
            literalStart = close + 1;
            start = text.indexOf(open, literalStart);
        }
        if (literalStart < text.length()) {
            parts.add(text.substring(literalStart));
        }
        return parts;
    }

    private Entry entry(String number) {
        if (number.isEmpty() || number.length() > 9 || !number.chars().allMatch(Character::isDigit)) {
            return null;
        }
        int index = Integer.parseInt(number);
        return index < entries.size() ? entries.get(index) : null;
    }
}
