package dev.storm.jsonata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallingType;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.MapTrait;
import software.amazon.awssdk.core.util.SdkAutoConstructList;
import software.amazon.awssdk.core.util.SdkAutoConstructMap;
import software.amazon.awssdk.utils.builder.SdkBuilder;

/**
 * SDK requests to and from the JSON of the DynamoDB API (the shape Step Functions passes on), through the SDK's own
 * member metadata. {@link #comparable} makes two such documents equal when DynamoDB would store the same thing:
 * numbers by value ({@code 12.0} and {@code 12} are one number) and sets in any order.
 */
final class SdkJson {

    private SdkJson() {
    }

    static ObjectNode toJson(SdkPojo pojo) {
        ObjectNode node = TemplateEvaluator.JSON.createObjectNode();
        for (SdkField<?> field : pojo.sdkFields()) {
            Object value = field.getValueOrDefault(pojo);
            if (value != null && !(value instanceof SdkAutoConstructList<?>)
                    && !(value instanceof SdkAutoConstructMap<?, ?>)) {
                node.set(field.locationName(), value(value));
            }
        }
        return node;
    }

    private static JsonNode value(Object value) {
        if (value instanceof SdkPojo pojo) {
            return toJson(pojo);
        }
        if (value instanceof SdkBytes bytes) {
            return TemplateEvaluator.JSON.getNodeFactory().textNode(Base64.getEncoder().encodeToString(bytes.asByteArray()));
        }
        if (value instanceof Map<?, ?> map) {
            ObjectNode node = TemplateEvaluator.JSON.createObjectNode();
            map.forEach((k, v) -> node.set((String) k, value(v)));
            return node;
        }
        if (value instanceof Collection<?> list) {
            ArrayNode node = TemplateEvaluator.JSON.createArrayNode();
            list.forEach(element -> node.add(value(element)));
            return node;
        }
        return TemplateEvaluator.JSON.valueToTree(value);
    }

    /** The request the JSON describes, built with the SDK builder the supplier gives. */
    @SuppressWarnings("unchecked")
    static <T> T fromJson(JsonNode json, Supplier<? extends SdkBuilder<?, ?>> builder) {
        SdkBuilder<?, ?> b = builder.get();
        fill((SdkPojo) b, json);
        return (T) b.build();
    }

    private static void fill(SdkPojo builder, JsonNode json) {
        for (SdkField<?> field : builder.sdkFields()) {
            JsonNode value = json.get(field.locationName());
            if (value != null) {
                field.set(builder, convert(field, value));
            }
        }
    }

    private static Object convert(SdkField<?> field, JsonNode value) {
        MarshallingType<?> type = field.marshallingType();
        if (type == MarshallingType.STRING) {
            return value.textValue();
        }
        if (type == MarshallingType.BOOLEAN) {
            return value.booleanValue();
        }
        if (type == MarshallingType.INTEGER) {
            return value.intValue();
        }
        if (type == MarshallingType.LONG) {
            return value.longValue();
        }
        if (type == MarshallingType.SDK_BYTES) {
            return SdkBytes.fromByteArray(Base64.getDecoder().decode(value.textValue()));
        }
        if (type == MarshallingType.LIST) {
            SdkField<?> member = field.getRequiredTrait(ListTrait.class).memberFieldInfo();
            List<Object> list = new ArrayList<>();
            value.forEach(element -> list.add(convert(member, element)));
            return list;
        }
        if (type == MarshallingType.MAP) {
            SdkField<?> member = field.getRequiredTrait(MapTrait.class).valueFieldInfo();
            Map<String, Object> map = new LinkedHashMap<>();
            value.fields().forEachRemaining(e -> map.put(e.getKey(), convert(member, e.getValue())));
            return map;
        }
        if (type == MarshallingType.SDK_POJO) {
            SdkPojo builder = field.constructor().get();
            fill(builder, value);
            return ((SdkBuilder<?, ?>) builder).build();
        }
        throw new IllegalArgumentException("no conversion for " + field.memberName() + " of type " + type);
    }

    private static final Map<String, String> SDK_NAMES = Map.of("BOOL", "Bool", "NULL", "Null", "SS", "Ss", "NS", "Ns",
            "BS", "Bs");

    /**
     * The JSON of the aws-sdk integrations (attribute values with the SDK's member names: {@code Bool}, {@code Null},
     * {@code Ss}, ...) in the DynamoDB API's names ({@code BOOL}, {@code NULL}, {@code SS}, ...).
     */
    static JsonNode fromSdkNames(JsonNode node) {
        Map<String, String> back = new LinkedHashMap<>();
        SDK_NAMES.forEach((api, sdk) -> back.put(sdk, api));
        return rename(node, back);
    }

    /** The JSON of the DynamoDB API in the member names of the aws-sdk integrations. */
    static JsonNode toSdkNames(JsonNode node) {
        return rename(node, SDK_NAMES);
    }

    /** Renames the member of every attribute value (an object of one member) found in the names. */
    private static JsonNode rename(JsonNode node, Map<String, String> names) {
        if (node instanceof ObjectNode object) {
            ObjectNode copy = TemplateEvaluator.JSON.createObjectNode();
            boolean attribute = object.size() == 1;
            object.fields().forEachRemaining(field -> copy.set(
                    attribute ? names.getOrDefault(field.getKey(), field.getKey()) : field.getKey(),
                    rename(field.getValue(), names)));
            return copy;
        }
        if (node instanceof ArrayNode array) {
            ArrayNode copy = TemplateEvaluator.JSON.createArrayNode();
            array.forEach(element -> copy.add(rename(element, names)));
            return copy;
        }
        return node;
    }

    /** A copy in which numbers are compared by value and sets in any order. */
    static JsonNode comparable(JsonNode node) {
        if (node instanceof ObjectNode object) {
            ObjectNode copy = TemplateEvaluator.JSON.createObjectNode();
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                JsonNode value = field.getValue();
                switch (field.getKey()) {
                    case "N" -> copy.put("N", number(value.textValue()));
                    case "NS" -> copy.set("NS", sorted(value, true));
                    case "SS" -> copy.set("SS", sorted(value, false));
                    default -> copy.set(field.getKey(), comparable(value));
                }
            }
            return copy;
        }
        if (node instanceof ArrayNode array) {
            ArrayNode copy = TemplateEvaluator.JSON.createArrayNode();
            array.forEach(element -> copy.add(comparable(element)));
            return copy;
        }
        return node;
    }

    private static String number(String text) {
        BigDecimal value = new BigDecimal(text);
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    private static ArrayNode sorted(JsonNode set, boolean numbers) {
        List<String> texts = new ArrayList<>();
        set.forEach(element -> texts.add(numbers ? number(element.textValue()) : element.textValue()));
        texts.sort(null);
        ArrayNode copy = TemplateEvaluator.JSON.createArrayNode();
        texts.forEach(copy::add);
        return copy;
    }
}
