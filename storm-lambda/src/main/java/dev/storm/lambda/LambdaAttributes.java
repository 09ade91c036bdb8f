package dev.storm.lambda;

import com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;

/** Lambda's attribute values as the SDK's, type for type, so that one decoder serves both. */
final class LambdaAttributes {

    private LambdaAttributes() {
    }

    static Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> item(
            Map<String, AttributeValue> item) {
        if (item == null) {
            return null;
        }
        Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> converted =
                new LinkedHashMap<>(item.size() * 2);
        item.forEach((name, value) -> converted.put(name, value(name, value)));
        return converted;
    }

    static software.amazon.awssdk.services.dynamodb.model.AttributeValue value(String name, AttributeValue v) {
        var sdk = software.amazon.awssdk.services.dynamodb.model.AttributeValue.builder();
        if (v == null) {
            throw new IllegalArgumentException("attribute '" + name + "' is null");
        }
        if (v.getS() != null) {
            return sdk.s(v.getS()).build();
        }
        if (v.getN() != null) {
            return sdk.n(v.getN()).build();
        }
        if (v.getB() != null) {
            return sdk.b(bytes(v.getB())).build();
        }
        if (v.getBOOL() != null) {
            return sdk.bool(v.getBOOL()).build();
        }
        if (Boolean.TRUE.equals(v.getNULL())) {
            return sdk.nul(true).build();
        }
        if (v.getSS() != null) {
            return sdk.ss(v.getSS()).build();
        }
        if (v.getNS() != null) {
            return sdk.ns(v.getNS()).build();
        }
        if (v.getBS() != null) {
            List<SdkBytes> set = new ArrayList<>(v.getBS().size());
            v.getBS().forEach(b -> set.add(bytes(b)));
            return sdk.bs(set).build();
        }
        if (v.getM() != null) {
            return sdk.m(item(v.getM())).build();
        }
        if (v.getL() != null) {
            List<software.amazon.awssdk.services.dynamodb.model.AttributeValue> list = new ArrayList<>();
            for (AttributeValue element : v.getL()) {
                list.add(value(name + "[" + list.size() + "]", element));
            }
            return sdk.l(list).build();
        }
        throw new IllegalArgumentException("attribute '" + name + "' has no DynamoDB type: " + v);
    }

    private static SdkBytes bytes(ByteBuffer buffer) {
        // the event's buffer may be read again by the handler, so it is copied without moving its position
        return SdkBytes.fromByteBuffer(buffer.duplicate());
    }
}
