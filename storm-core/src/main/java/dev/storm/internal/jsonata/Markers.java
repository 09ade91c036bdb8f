package dev.storm.internal.jsonata;

import dev.storm.internal.schema.Placeholder;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * The markers of one template build. A request is built by the manager's own builders with a marker wherever a
 * JSONata expression goes; {@link TemplateWriter} then finds the markers in the built request and writes the
 * expressions in their place. Markers are private-use characters around a number, so no key separator, quote or
 * literal text of a model can be mistaken for one. Not thread-safe: one per build.
 */
final class Markers {

    private static final char OPEN = '\uE000';
    private static final char CLOSE = '\uE001';

    /**
     * One expression.
     *
     * @param type     the Java type of the field whose value the expression gives, or null for text only
     * @param nullable whether a null or missing value is written as {@code NULL}, as the manager writes a null field
     */
    record Entry(String expression, Type type, boolean nullable) {
    }

    private final List<Entry> entries = new ArrayList<>();

    /** A placeholder for a field value of the given type. */
    Placeholder value(Type type, String expression, boolean nullable) {
        return new Placeholder(add(new Entry(expression, type, nullable)));
    }

    /** A marker for text, such as a table name or a key prefix. */
    String text(String expression) {
        return add(new Entry(expression, null, false));
    }

    private String add(Entry entry) {
        entries.add(entry);
        return OPEN + Integer.toString(entries.size() - 1) + CLOSE;
    }

    /** The entry when the text is exactly one marker, else null. */
    Entry whole(String text) {
        List<Object> parts = split(text);
        return parts.size() == 1 && parts.get(0) instanceof Entry e ? e : null;
    }

    /** The text cut into literal strings and the entries of the markers between them. */
    List<Object> split(String text) {
        List<Object> parts = new ArrayList<>();
        int literalStart = 0;
        int open = text.indexOf(OPEN);
        while (open >= 0) {
            int close = text.indexOf(CLOSE, open);
            Entry entry = close < 0 ? null : entry(text.substring(open + 1, close));
            if (entry == null) {
                open = text.indexOf(OPEN, open + 1);
                continue;
            }
            if (open > literalStart) {
                parts.add(text.substring(literalStart, open));
            }
            parts.add(entry);
            literalStart = close + 1;
            open = text.indexOf(OPEN, literalStart);
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
