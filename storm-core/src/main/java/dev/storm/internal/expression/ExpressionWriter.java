package dev.storm.internal.expression;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Hands out the placeholders of one request: {@code #n0, #n1, ...} for attribute names (one per distinct name) and
 * {@code :v0, :v1, ...} for values. Deterministic, so requests are testable; one writer serves every expression of a
 * request, so they never collide. Not thread-safe: one per request being built.
 */
public final class ExpressionWriter {

    private final Map<String, String> placeholderOf = new HashMap<>();
    private final Map<String, String> names = new LinkedHashMap<>();
    private final Map<String, AttributeValue> values = new LinkedHashMap<>();

    /** The placeholder of an attribute name. */
    public String name(String attributeName) {
        String placeholder = placeholderOf.get(attributeName);
        if (placeholder == null) {
            placeholder = "#n" + names.size();
            placeholderOf.put(attributeName, placeholder);
            names.put(placeholder, attributeName);
        }
        return placeholder;
    }

    /** A new placeholder for a value. */
    public String value(AttributeValue value) {
        String placeholder = ":v" + values.size();
        values.put(placeholder, value);
        return placeholder;
    }

    /** The names by placeholder, or null when there are none. */
    public Map<String, String> names() {
        return names.isEmpty() ? null : names;
    }

    /** The values by placeholder, or null when there are none. */
    public Map<String, AttributeValue> values() {
        return values.isEmpty() ? null : values;
    }
}
