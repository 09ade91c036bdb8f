package dev.storm.internal.operation;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Describes an item by its keys in messages: {@code User(PK=U#u1#USER, SK=T#METADATA)}. */
final class ItemKey {

    private ItemKey() {
    }

    static String describe(String model, Map<String, AttributeValue> key) {
        return model + "(PK=" + key.get("PK").s() + ", SK=" + key.get("SK").s() + ")";
    }
}
