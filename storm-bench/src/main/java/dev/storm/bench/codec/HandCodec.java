package dev.storm.bench.codec;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * {@link Order} to and from an item written by hand against the raw SDK: what a careful developer would write
 * without a mapper, and so the practical limit of speed. It validates nothing. Stateless, thread-safe.
 */
public final class HandCodec {

    private HandCodec() {
    }

    /** The item of an order, keys included, as STORM writes it. */
    public static Map<String, AttributeValue> toItem(Order order) {
        Map<String, AttributeValue> item = new HashMap<>(32);
        item.put("PK", AttributeValue.fromS("C#" + order.customerId() + "#ORDER"));
        item.put("SK", AttributeValue.fromS("O#" + order.orderId()));
        item.put("customerId", AttributeValue.fromS(order.customerId()));
        item.put("orderId", AttributeValue.fromS(order.orderId()));
        item.put("email", AttributeValue.fromS(order.email()));
        item.put("quantity", AttributeValue.fromN(Integer.toString(order.quantity())));
        item.put("amount", AttributeValue.fromN(Double.toString(order.amount())));
        item.put("status", AttributeValue.fromS(order.status().name()));
        item.put("createdAt", AttributeValue.fromS(order.createdAt().toString()));
        List<AttributeValue> tags = new ArrayList<>(order.tags().size());
        for (String tag : order.tags()) {
            tags.add(AttributeValue.fromS(tag));
        }
        item.put("tags", AttributeValue.fromL(tags));
        Map<String, AttributeValue> attributes = new HashMap<>();
        for (Map.Entry<String, String> e : order.attributes().entrySet()) {
            attributes.put(e.getKey(), AttributeValue.fromS(e.getValue()));
        }
        item.put("attributes", AttributeValue.fromM(attributes));
        Order.Address shipTo = order.shipTo();
        Map<String, AttributeValue> address = new HashMap<>(8);
        address.put("street", AttributeValue.fromS(shipTo.street()));
        address.put("city", AttributeValue.fromS(shipTo.city()));
        address.put("zip", AttributeValue.fromS(shipTo.zip()));
        item.put("shipTo", AttributeValue.fromM(address));
        return item;
    }

    /** The order of an item. */
    public static Order fromItem(Map<String, AttributeValue> item) {
        List<AttributeValue> storedTags = item.get("tags").l();
        List<String> tags = new ArrayList<>(storedTags.size());
        for (AttributeValue tag : storedTags) {
            tags.add(tag.s());
        }
        Map<String, String> attributes = new HashMap<>();
        for (Map.Entry<String, AttributeValue> e : item.get("attributes").m().entrySet()) {
            attributes.put(e.getKey(), e.getValue().s());
        }
        Map<String, AttributeValue> address = item.get("shipTo").m();
        return new Order(
                item.get("customerId").s(),
                item.get("orderId").s(),
                item.get("email").s(),
                Integer.parseInt(item.get("quantity").n()),
                Double.parseDouble(item.get("amount").n()),
                Order.Status.valueOf(item.get("status").s()),
                Instant.parse(item.get("createdAt").s()),
                tags,
                attributes,
                new Order.Address(address.get("street").s(), address.get("city").s(), address.get("zip").s()));
    }
}
