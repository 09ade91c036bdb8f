package dev.storm.internal.jsonata;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.util.SdkAutoConstructList;
import software.amazon.awssdk.core.util.SdkAutoConstructMap;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Writes a built request as the JSON a Step Functions DynamoDB integration takes (the API's own member names, from
 * the SDK's field metadata), putting JSONata in place of the markers: a string holding markers becomes
 * {@code {% 'literal' & expression %}}, and an attribute holding a field's placeholder becomes that field's
 * DynamoDB JSON template. Map keys are written in natural order ({@code :v2} before {@code :v10}), so a template's
 * text is the same on every run.
 */
final class TemplateWriter {

    private static final Comparator<String> NATURAL = TemplateWriter::compareNatural;

    private static final Pattern KEY_NAME = Pattern.compile("PK|SK|GSI[0-9]+PK|GSI[0-9]+SK");

    private final Markers markers;
    private final AttributeTemplates attributes;
    /** The key attribute whose value is being written, or null. */
    private String keyName;

    private TemplateWriter(Markers markers, boolean sdk) {
        this.markers = markers;
        this.attributes = new AttributeTemplates(sdk);
    }

    /**
     * The request as the JSON of an integration's arguments.
     *
     * @param sdk whether the integration is an {@code aws-sdk} one, whose attribute values take the SDK's member
     *            names ({@code Bool}, {@code Null}, {@code Ss}, ...)
     */
    static String write(SdkPojo request, Markers markers, boolean sdk) {
        TemplateWriter writer = new TemplateWriter(markers, sdk);
        return JsonOutput.write(json -> writer.pojo(json, request));
    }

    private void pojo(JsonGenerator json, SdkPojo pojo) throws IOException {
        if (pojo instanceof AttributeValue attribute && attribute.type() == AttributeValue.Type.S) {
            Markers.Entry entry = markers.whole(attribute.s());
            if (entry != null && entry.type() != null) {
                attributes.write(json, entry);
                return;
            }
        }
        boolean attribute = pojo instanceof AttributeValue;
        json.writeStartObject();
        for (SdkField<?> field : pojo.sdkFields()) {
            Object value = field.getValueOrDefault(pojo);
            if (value == null || value instanceof SdkAutoConstructList<?> || value instanceof SdkAutoConstructMap<?, ?>) {
                continue;
            }
            json.writeFieldName(attribute ? attributes.name(field.locationName()) : field.locationName());
            value(json, value);
        }
        json.writeEndObject();
    }

    private void value(JsonGenerator json, Object value) throws IOException {
        if (value instanceof String text) {
            string(json, text);
        } else if (value instanceof Boolean bool) {
            json.writeBoolean(bool);
        } else if (value instanceof Integer number) {
            json.writeNumber(number);
        } else if (value instanceof Long number) {
            json.writeNumber(number);
        } else if (value instanceof SdkBytes bytes) {
            json.writeString(Base64.getEncoder().encodeToString(bytes.asByteArrayUnsafe()));
        } else if (value instanceof SdkPojo pojo) {
            pojo(json, pojo);
        } else if (value instanceof Map<?, ?> map) {
            List<String> keys = new ArrayList<>();
            map.keySet().forEach(k -> keys.add((String) k));
            keys.sort(NATURAL);
            json.writeStartObject();
            for (String key : keys) {
                json.writeFieldName(key);
                keyName = KEY_NAME.matcher(key).matches() ? key : null;
                value(json, map.get(key));
                keyName = null;
            }
            json.writeEndObject();
        } else if (value instanceof Collection<?> list) {
            json.writeStartArray();
            for (Object element : list) {
                value(json, element);
            }
            json.writeEndArray();
        } else {
            throw new IllegalArgumentException("no JSON form for request member " + value.getClass().getName());
        }
    }

    private void string(JsonGenerator json, String text) throws IOException {
        List<Object> parts = markers.split(text);
        boolean literal = parts.stream().noneMatch(Markers.Entry.class::isInstance);
        if (literal && !text.startsWith("{%")) {
            json.writeString(text);
        } else {
            // a literal that looks like an expression is written as one yielding it, so it stays a literal
            json.writeString(JsonataText.embed(literal ? JsonataText.quote(text) : sized(parts)));
        }
    }

    /**
     * The concatenation, checked against DynamoDB's size limit when it is a key of an item (the UTF-8 length is that
     * of its URL encoding, counting each {@code %XX} as the one byte it is).
     */
    private String sized(List<Object> parts) {
        String concatenation = JsonataText.concatenation(parts);
        Markers.Entry part = null;
        for (Object p : parts) {
            if (p instanceof Markers.Entry e && e.field() != null) {
                part = e;
            }
        }
        if (keyName == null || part == null) {
            return concatenation;
        }
        boolean partition = keyName.endsWith("PK");
        int limit = partition ? 2048 : 1024;
        return "($key := " + concatenation + "; $u := $encodeUrlComponent($key); $bytes := $length($u) - 2 * ($length($u)"
                + " - $length($replace($u, '%', ''))); $bytes > " + limit + " ? $error("
                + JsonataText.quote("The " + keyName + " of " + part.field().modelName() + " would be ") + " & $bytes & "
                + JsonataText.quote(" bytes of UTF-8, over DynamoDB's limit of " + limit + " bytes for a "
                + (partition ? "partition" : "sort") + " key; shorten the values of its parts") + ") : $key)";
    }

    /** Orders {@code :v2} before {@code :v10}: digit runs compare as numbers, everything else as text. */
    private static int compareNatural(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (Character.isDigit(ca) && Character.isDigit(cb)) {
                int endA = digitsEnd(a, i);
                int endB = digitsEnd(b, j);
                int byLength = Integer.compare(endA - i, endB - j);
                int byValue = byLength != 0 ? byLength : a.substring(i, endA).compareTo(b.substring(j, endB));
                if (byValue != 0) {
                    return byValue;
                }
                i = endA;
                j = endB;
            } else {
                if (ca != cb) {
                    return Character.compare(ca, cb);
                }
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    private static int digitsEnd(String s, int from) {
        int end = from;
        while (end < s.length() && Character.isDigit(s.charAt(end))) {
            end++;
        }
        return end;
    }
}
