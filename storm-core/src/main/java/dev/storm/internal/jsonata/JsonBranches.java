package dev.storm.internal.jsonata;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Joins two templates of one request that differ in some members into one, each differing member an expression
 * choosing between the two by a condition evaluated where the state runs:
 * {@code "ConditionExpression": "{% cond ? '...' : '...' %}"}.
 */
final class JsonBranches {

    private JsonBranches() {
    }

    /** The template that is {@code whenTrue} where the condition holds and {@code whenFalse} elsewhere. */
    static String choose(String condition, String whenTrue, String whenFalse) {
        Map<String, String> a = members(whenTrue);
        Map<String, String> b = members(whenFalse);
        return JsonOutput.write(json -> {
            json.writeStartObject();
            for (Map.Entry<String, String> member : a.entrySet()) {
                String other = b.get(member.getKey());
                json.writeFieldName(member.getKey());
                if (member.getValue().equals(other)) {
                    JsonObjects.copy(member.getValue(), json);
                } else {
                    json.writeString(JsonataText.embed(condition + " ? " + jsonata(member.getValue()) + " : "
                            + (other == null ? "null" : jsonata(other))));
                }
            }
            for (Map.Entry<String, String> member : b.entrySet()) {
                if (!a.containsKey(member.getKey())) {
                    json.writeFieldName(member.getKey());
                    json.writeString(JsonataText.embed(condition + " ? null : " + jsonata(member.getValue())));
                }
            }
            json.writeEndObject();
        });
    }

    /** The members of a JSON object, each with its value's JSON text. */
    static Map<String, String> members(String json) {
        Map<String, String> members = new LinkedHashMap<>();
        try (JsonParser parser = JsonOutput.parser(json)) {
            parser.nextToken();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                members.put(name, JsonOutput.write(into -> into.copyCurrentStructure(parser)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return members;
    }

    /** The JSONata expression of a JSON template: literals as they are, {@code {% e %}} strings as {@code (e)}. */
    static String jsonata(String json) {
        try (JsonParser parser = JsonOutput.parser(json)) {
            parser.nextToken();
            StringBuilder out = new StringBuilder();
            value(parser, out);
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void value(JsonParser parser, StringBuilder out) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            out.append('{');
            String separator = "";
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                out.append(separator).append(JsonataText.quote(parser.currentName())).append(": ");
                parser.nextToken();
                value(parser, out);
                separator = ", ";
            }
            out.append('}');
        } else if (token == JsonToken.START_ARRAY) {
            out.append('[');
            String separator = "";
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                out.append(separator);
                value(parser, out);
                separator = ", ";
            }
            out.append(']');
        } else if (token == JsonToken.VALUE_STRING) {
            String text = parser.getText();
            boolean expression = text.startsWith("{% ") && text.endsWith(" %}") && text.length() >= 6;
            out.append(expression ? "(" + text.substring(3, text.length() - 3) + ")" : JsonataText.quote(text));
        } else {
            out.append(parser.getText());
        }
    }

}
