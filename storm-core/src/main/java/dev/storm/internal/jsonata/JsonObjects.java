package dev.storm.internal.jsonata;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads and copies the JSON objects that states are made of, without a data-binding library. */
public final class JsonObjects {

    private JsonObjects() {
    }

    /**
     * The top-level members of a JSON object: each name with its text when it is a string, else an empty string.
     *
     * @throws IllegalArgumentException when the text is not one JSON object
     */
    public static Map<String, String> members(String json) {
        Map<String, String> members = new LinkedHashMap<>();
        try (JsonParser parser = JsonOutput.parser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("it is not a JSON object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                members.put(name, value == JsonToken.VALUE_STRING ? parser.getText() : "");
                parser.skipChildren();
            }
            if (parser.nextToken() != null) {
                throw new IllegalArgumentException("it has more than one JSON value");
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("it is not valid JSON: " + e.getMessage(), e);
        }
        return members;
    }

    /** Writes a JSON document's value as the next value of the generator. */
    public static void copy(String json, JsonGenerator into) throws IOException {
        try (JsonParser parser = JsonOutput.parser(json)) {
            parser.nextToken();
            into.copyCurrentStructure(parser);
        }
    }
}
