package dev.storm.internal.jsonata;

import dev.storm.InvalidTemplateException;
import dev.storm.internal.schema.FieldSchema;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JSONata expressions users give templates, told apart from text. In a template a String is always an expression;
 * text is written as a JSONata literal ({@link #literal}). Step Functions evaluates expressions with no context
 * value, so an expression that begins with a bare name (a path such as {@code Ann}) reads nothing: such a string is
 * refused as the constant it was surely meant to be.
 */
public final class Expressions {

    private static final Pattern LEADING_NAME = Pattern.compile("^[\\p{L}_][\\p{L}\\p{N}_]*");
    private static final Set<String> KEYWORDS = Set.of("true", "false", "null", "function");

    private Expressions() {
    }

    /** The JSONata literal of a text, or {@code null} for null: it evaluates to exactly the text. */
    public static String literal(String text) {
        return text == null ? "null" : JsonataText.quote(text);
    }

    /**
     * The expression, stripped, after checking that it is one.
     *
     * @param what where it goes, for messages: {@code User.email}
     * @throws InvalidTemplateException when it is empty or begins with a bare name
     */
    public static String check(String what, FieldSchema field, String expression) {
        String example = field == null ? "$states.input.value" : JsonataRequests.input(field.attributeName());
        if (expression == null || expression.isBlank()) {
            throw new InvalidTemplateException(what + ": the JSONata expression is empty (got "
                    + (expression == null ? "null" : "\"" + expression + "\"") + "); write one, e.g. " + example
                    + ", or a literal such as JsonataTemplate.literal(\"text\")");
        }
        String stripped = expression.strip();
        Matcher name = LEADING_NAME.matcher(stripped);
        if (name.find() && !KEYWORDS.contains(name.group())) {
            throw new InvalidTemplateException(what + ": \"" + expression + "\" is taken as a JSONata expression, and it"
                    + " begins with the name " + name.group() + ", a path that reads nothing in Step Functions (which"
                    + " binds no context value). For the text itself write JsonataTemplate.literal(\"" + expression
                    + "\"); for a value of the state input write " + example);
        }
        return stripped;
    }
}
