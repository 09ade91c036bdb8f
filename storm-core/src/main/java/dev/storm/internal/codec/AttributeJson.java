package dev.storm.internal.codec;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Renders DynamoDB attributes as a plain JSON object: S as a string, N as the number text unchanged, BOOL, NULL as
 * null, L and the sets as arrays, M as an object, and binary as base64 strings. Thread-safe.
 */
public final class AttributeJson {

    private static final JsonFactory JSON = new JsonFactory();

    private AttributeJson() {
    }

    /** A JSON object of the attributes, in the map's iteration order. */
    public static String toJson(Map<String, AttributeValue> attributes) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            writeObject(json, attributes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void writeObject(JsonGenerator json, Map<String, AttributeValue> attributes) throws IOException {
        json.writeStartObject();
        for (Map.Entry<String, AttributeValue> entry : attributes.entrySet()) {
            json.writeFieldName(entry.getKey());
            write(json, entry.getValue());
        }
        json.writeEndObject();
    }

    private static void write(JsonGenerator json, AttributeValue value) throws IOException {
        switch (value.type()) {
            case S -> json.writeString(value.s());
            case N -> json.writeNumber(value.n());
            case BOOL -> json.writeBoolean(value.bool());
            case NUL -> json.writeNull();
            case B -> json.writeBinary(value.b().asByteArrayUnsafe());
            case M -> writeObject(json, value.m());
            case L -> {
                json.writeStartArray();
                for (AttributeValue element : value.l()) {
                    write(json, element);
                }
                json.writeEndArray();
            }
            case SS -> writeStrings(json, value.ss());
            case NS -> {
                json.writeStartArray();
                for (String number : value.ns()) {
                    json.writeNumber(number);
                }
                json.writeEndArray();
            }
            case BS -> {
                json.writeStartArray();
                for (SdkBytes bytes : value.bs()) {
                    json.writeBinary(bytes.asByteArrayUnsafe());
                }
                json.writeEndArray();
            }
            default -> throw new IllegalArgumentException("an attribute with no DynamoDB type cannot be rendered: " + value);
        }
    }

    private static void writeStrings(JsonGenerator json, List<String> strings) throws IOException {
        json.writeStartArray();
        for (String string : strings) {
            json.writeString(string);
        }
        json.writeEndArray();
    }
}
