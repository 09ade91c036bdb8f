package dev.storm.bench.layer;

import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Items in DynamoDB's wire JSON ({@code {"PK":{"S":"..."},"quantity":{"N":"3"}}}), for the canned HTTP endpoint:
 * S, N, BOOL, NULL, L and M, which is all the benchmark's items hold. Stateless, thread-safe.
 */
final class DynamoJson {

    private DynamoJson() {
    }

    static String item(Map<String, AttributeValue> item) {
        StringBuilder out = new StringBuilder(512);
        map(out, item);
        return out.toString();
    }

    static String items(List<Map<String, AttributeValue>> items) {
        StringBuilder out = new StringBuilder(items.size() * 512).append('[');
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            map(out, items.get(i));
        }
        return out.append(']').toString();
    }

    private static void map(StringBuilder out, Map<String, AttributeValue> map) {
        out.append('{');
        boolean first = true;
        for (Map.Entry<String, AttributeValue> e : map.entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            text(out, e.getKey());
            out.append(':');
            value(out, e.getValue());
        }
        out.append('}');
    }

    private static void value(StringBuilder out, AttributeValue value) {
        out.append('{');
        if (value.s() != null) {
            out.append("\"S\":");
            text(out, value.s());
        } else if (value.n() != null) {
            out.append("\"N\":");
            text(out, value.n());
        } else if (value.bool() != null) {
            out.append("\"BOOL\":").append(value.bool());
        } else if (value.nul() != null) {
            out.append("\"NULL\":true");
        } else if (value.hasL()) {
            out.append("\"L\":[");
            for (int i = 0; i < value.l().size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                value(out, value.l().get(i));
            }
            out.append(']');
        } else if (value.hasM()) {
            out.append("\"M\":");
            map(out, value.m());
        } else {
            throw new IllegalArgumentException("the canned endpoint cannot write " + value);
        }
        out.append('}');
    }

    private static void text(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }
}
