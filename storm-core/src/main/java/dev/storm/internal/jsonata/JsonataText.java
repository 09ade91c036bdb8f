package dev.storm.internal.jsonata;

import java.util.List;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/** Writes JSONata source: string literals, field paths, concatenations and the {@code {% %}} markers. */
final class JsonataText {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    /** A variable, a dotted path or a plain literal, which need no parentheses as an operand of {@code &}. */
    private static final Pattern OPERAND = Pattern.compile("\\$?[A-Za-z0-9_]+(\\.([A-Za-z0-9_]+|`[^`]*`))*"
            + "|'[^'\\\\]*'|\"[^\"\\\\]*\"|-?[0-9]+(\\.[0-9]+)?");

    private JsonataText() {
    }

    /** A JSONata string literal of the text, in single quotes. */
    static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('\'');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // JSONata has no \' escape; \\u0027 is read the same by every implementation
            if (c == '\'' || c < 0x20 || c == 0x7f) {
                out.append(String.format("\\u%04x", (int) c));
            } else if (c == '\\') {
                out.append("\\\\");
            } else {
                out.append(c);
            }
        }
        return out.append('\'').toString();
    }

    /** The member {@code name} of the object {@code base}: {@code base.name}, or with backticks when needed. */
    static String member(String base, String name) {
        if (NAME.matcher(name).matches()) {
            return base + "." + name;
        }
        if (name.indexOf('`') < 0) {
            return base + ".`" + name + "`";
        }
        return "$lookup(" + base + ", " + quote(name) + ")";
    }

    /** The expression as an operand of {@code &}: parenthesized unless it is a path. */
    static String operand(String expression) {
        return OPERAND.matcher(expression).matches() ? expression : "(" + expression + ")";
    }

    /** The string value Step Functions evaluates: {@code {% expression %}}. */
    static String embed(String expression) {
        return "{% " + expression + " %}";
    }

    /**
     * The JSONata concatenation of literal strings and marker entries: an entry of a field is a key part, checked and
     * rendered as its key text; any other entry (a table name) is its expression.
     */
    static String concatenation(List<Object> parts) {
        if (parts.size() == 1 && parts.get(0) instanceof Markers.Entry entry && entry.field() == null) {
            return entry.expression();
        }
        StringJoiner joined = new StringJoiner(" & ");
        for (Object part : parts) {
            if (part instanceof Markers.Entry entry) {
                joined.add(entry.field() == null ? operand(entry.expression()) : AttributeTemplates.keyPart(entry));
            } else {
                joined.add(quote((String) part));
            }
        }
        return joined.toString();
    }
}
