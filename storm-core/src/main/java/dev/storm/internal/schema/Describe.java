package dev.storm.internal.schema;

/** Renders values for error messages: strings quoted, long values shortened. */
public final class Describe {

    private static final int MAX = 80;

    private Describe() {
    }

    public static String value(Object value) {
        if (value == null) {
            return "null";
        }
        String text = value instanceof byte[] bytes ? "byte[" + bytes.length + "]" : String.valueOf(value);
        if (text.length() > MAX) {
            text = text.substring(0, MAX) + "...";
        }
        return value instanceof CharSequence || value instanceof Character ? "\"" + text + "\"" : text;
    }
}
