package dev.storm.internal.key;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The table key of one item, PK and SK, as a value: it identifies an item across the requests of a batch or a
 * transaction, where DynamoDB refuses the same item twice. An immutable value.
 */
public record TableKey(String pk, String sk) {

    /** The key of an item or key map. */
    public static TableKey of(Map<String, AttributeValue> item) {
        return new TableKey(item.get("PK").s(), item.get("SK").s());
    }

    /** The key as DynamoDB takes it. */
    public Map<String, AttributeValue> toMap() {
        return Map.of("PK", AttributeValue.fromS(pk), "SK", AttributeValue.fromS(sk));
    }

    /** The item in messages: {@code User(PK=U#u1#USER, SK=T#METADATA)}. */
    public String describe(String model) {
        return model + "(PK=" + pk + ", SK=" + sk + ")";
    }
}
