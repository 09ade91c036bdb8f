package dev.storm.internal.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class AttributeJsonTest {

    @Test
    void toJson_rendersEveryAttributeTypeInMapOrder() {
        Map<String, AttributeValue> nested = new LinkedHashMap<>();
        nested.put("k", AttributeValue.fromS("v"));
        nested.put("empty", AttributeValue.fromM(Map.of()));
        Map<String, AttributeValue> attributes = new LinkedHashMap<>();
        attributes.put("s", AttributeValue.fromS("plain"));
        attributes.put("n", AttributeValue.fromN("1.50"));
        attributes.put("big", AttributeValue.fromN("123456789012345678901234567890"));
        attributes.put("bool", AttributeValue.fromBool(false));
        attributes.put("nul", AttributeValue.fromNul(true));
        attributes.put("l", AttributeValue.fromL(List.of(
                AttributeValue.fromS("a"), AttributeValue.fromN("-1E+3"), AttributeValue.fromL(List.of()))));
        attributes.put("m", AttributeValue.fromM(nested));
        attributes.put("ss", AttributeValue.fromSs(List.of("x", "y")));
        attributes.put("ns", AttributeValue.fromNs(List.of("1", "2.5")));
        attributes.put("b", AttributeValue.fromB(SdkBytes.fromByteArray(new byte[] {(byte) 0xfb, (byte) 0xff})));
        attributes.put("bs", AttributeValue.fromBs(List.of(
                SdkBytes.fromByteArray(new byte[] {0}), SdkBytes.fromByteArray(new byte[] {1, 2}))));

        assertThat(AttributeJson.toJson(attributes)).isEqualTo("{\"s\":\"plain\",\"n\":1.50,"
                + "\"big\":123456789012345678901234567890,\"bool\":false,\"nul\":null,\"l\":[\"a\",-1E+3,[]],"
                + "\"m\":{\"k\":\"v\",\"empty\":{}},\"ss\":[\"x\",\"y\"],\"ns\":[1,2.5],\"b\":\"+/8=\","
                + "\"bs\":[\"AA==\",\"AQI=\"]}");
    }

    @Test
    void toJson_escapesQuotesBackslashesAndControlCharacters() {
        Map<String, AttributeValue> attributes = new LinkedHashMap<>();
        attributes.put("say \"hi\"", AttributeValue.fromS("a \"quote\", a \\ and\n\t\u0001\u001f é 😀 </"));

        assertThat(AttributeJson.toJson(attributes)).isEqualTo(
                "{\"say \\\"hi\\\"\":\"a \\\"quote\\\", a \\\\ and\\n\\t\\u0001\\u001F é 😀 </\"}");
    }

    @Test
    void toJson_isParsableJsonEqualToTheAttributes() throws Exception {
        Map<String, AttributeValue> attributes = new LinkedHashMap<>();
        attributes.put("text", AttributeValue.fromS("line1\r\nline2\b\f"));
        attributes.put("list", AttributeValue.fromL(List.of(AttributeValue.fromBool(true), AttributeValue.fromNul(true))));

        Map<?, ?> parsed = new ObjectMapper().readValue(AttributeJson.toJson(attributes), Map.class);

        assertThat(parsed).isEqualTo(Map.of("text", "line1\r\nline2\b\f", "list", java.util.Arrays.asList(true, null)));
    }

    @Test
    void toJson_emptyMap_isEmptyObject() {
        assertThat(AttributeJson.toJson(Map.of())).isEqualTo("{}");
    }

    @Test
    void toJson_attributeWithoutType_isRejected() {
        Map<String, AttributeValue> attributes = Map.of("x", AttributeValue.builder().build());

        assertThatThrownBy(() -> AttributeJson.toJson(attributes))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("an attribute with no DynamoDB type cannot be rendered");
    }
}
