package dev.storm.bench.codec;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * {@link Order} to and from its item, written by hand against the raw SDK as tightly as a careful developer would:
 * the practical limit of speed. It writes the identical item STORM writes and checks what STORM checks (well-formed
 * strings, finite numbers in DynamoDB's range, key parts present, non-empty and free of {@code #}, attribute types
 * on reading), with fast ISO instants ({@link IsoTime}), maps sized up front and one SDK builder per attribute kind
 * reused from item to item. Not thread-safe: the builders belong to the instance, so each thread needs its own.
 */
public final class HandCodec {

    private static final AttributeValue NULL = AttributeValue.fromNul(true);
    private static final int ITEM_CAPACITY = 17;
    private static final int ADDRESS_CAPACITY = 5;

    private final AttributeValue.Builder s = AttributeValue.builder();
    private final AttributeValue.Builder n = AttributeValue.builder();
    private final AttributeValue.Builder l = AttributeValue.builder();
    private final AttributeValue.Builder m = AttributeValue.builder();

    /** The item of an order, keys included, as STORM writes it. */
    public Map<String, AttributeValue> toItem(Order order) {
        Map<String, AttributeValue> item = new HashMap<>(ITEM_CAPACITY);
        String customerId = keyPart(order.customerId(), "customerId");
        String orderId = keyPart(order.orderId(), "orderId");
        item.put("PK", s("C#" + customerId + "#ORDER"));
        item.put("SK", s("O#" + orderId));
        item.put("customerId", s(customerId));
        item.put("orderId", s(orderId));
        item.put("email", text(order.email()));
        item.put("quantity", n(Integer.toString(order.quantity())));
        item.put("amount", n(number(order.amount())));
        item.put("status", order.status() == null ? NULL : s(order.status().name()));
        item.put("createdAt", order.createdAt() == null ? NULL : s(IsoTime.format(order.createdAt())));
        item.put("tags", tags(order.tags()));
        item.put("attributes", attributes(order.attributes()));
        item.put("shipTo", address(order.shipTo()));
        return item;
    }

    /** The order of an item; attributes of the wrong type are refused as STORM refuses them. */
    public Order fromItem(Map<String, AttributeValue> item) {
        String status = string(item.get("status"), "status");
        String createdAt = string(item.get("createdAt"), "createdAt");
        return new Order(
                string(item.get("customerId"), "customerId"),
                string(item.get("orderId"), "orderId"),
                string(item.get("email"), "email"),
                whole(item.get("quantity"), "quantity"),
                decimal(item.get("amount"), "amount"),
                status == null ? null : Order.Status.valueOf(status),
                createdAt == null ? null : IsoTime.parse(createdAt),
                tags(item.get("tags")),
                attributes(item.get("attributes")),
                address(item.get("shipTo")));
    }

    private AttributeValue tags(List<String> tags) {
        if (tags == null) {
            return NULL;
        }
        List<AttributeValue> list = new ArrayList<>(tags.size());
        for (String tag : tags) {
            list.add(text(tag));
        }
        AttributeValue value = l.l(list).build();
        l.l((List<AttributeValue>) null);
        return value;
    }

    private AttributeValue attributes(Map<String, String> attributes) {
        if (attributes == null) {
            return NULL;
        }
        Map<String, AttributeValue> map = new HashMap<>(capacity(attributes.size()));
        for (Map.Entry<String, String> e : attributes.entrySet()) {
            map.put(mapKey(e.getKey()), text(e.getValue()));
        }
        return m(map);
    }

    private AttributeValue address(Order.Address address) {
        if (address == null) {
            return NULL;
        }
        Map<String, AttributeValue> map = new HashMap<>(ADDRESS_CAPACITY);
        map.put("street", text(address.street()));
        map.put("city", text(address.city()));
        map.put("zip", text(address.zip()));
        return m(map);
    }

    private static List<String> tags(AttributeValue value) {
        if (value == null || value.nul() != null) {
            return null;
        }
        List<AttributeValue> stored = require(value.hasL(), value, "tags").l();
        List<String> tags = new ArrayList<>(stored.size());
        for (AttributeValue tag : stored) {
            tags.add(string(tag, "tags"));
        }
        return tags;
    }

    private static Map<String, String> attributes(AttributeValue value) {
        if (value == null || value.nul() != null) {
            return null;
        }
        Map<String, AttributeValue> stored = require(value.hasM(), value, "attributes").m();
        Map<String, String> attributes = new HashMap<>(capacity(stored.size()));
        for (Map.Entry<String, AttributeValue> e : stored.entrySet()) {
            attributes.put(e.getKey(), string(e.getValue(), "attributes"));
        }
        return attributes;
    }

    private static Order.Address address(AttributeValue value) {
        if (value == null || value.nul() != null) {
            return null;
        }
        Map<String, AttributeValue> stored = require(value.hasM(), value, "shipTo").m();
        return new Order.Address(string(stored.get("street"), "street"), string(stored.get("city"), "city"),
                string(stored.get("zip"), "zip"));
    }

    private AttributeValue text(String text) {
        return text == null ? NULL : s(wellFormed(text));
    }

    private AttributeValue s(String text) {
        AttributeValue value = s.s(text).build();
        s.s(null);
        return value;
    }

    private AttributeValue n(String text) {
        AttributeValue value = n.n(text).build();
        n.n(null);
        return value;
    }

    private AttributeValue m(Map<String, AttributeValue> map) {
        AttributeValue value = m.m(map).build();
        m.m(null);
        return value;
    }

    private static String keyPart(String value, String field) {
        if (value == null || value.isEmpty() || value.indexOf('#') >= 0) {
            throw new IllegalArgumentException("Order." + field + " cannot be a key part: " + value);
        }
        return wellFormed(value);
    }

    /** DynamoDB refuses an empty map key. */
    private static String mapKey(String key) {
        if (key.isEmpty()) {
            throw new IllegalArgumentException("Order.attributes: an empty map key");
        }
        return wellFormed(key);
    }

    /** DynamoDB stores UTF-8: an unpaired surrogate cannot be sent. */
    private static String wellFormed(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                if (!Character.isHighSurrogate(text.charAt(i)) || i + 1 == text.length()
                        || !Character.isLowSurrogate(text.charAt(++i))) {
                    throw new IllegalArgumentException("unpaired surrogate at " + i + " in a string");
                }
            }
        }
        return text;
    }

    /** DynamoDB numbers: finite, magnitude from 1E-130 below 1E126, zero as one text. */
    private static String number(double value) {
        double magnitude = Math.abs(value);
        if (value == 0) {
            return "0.0";
        }
        if (!(magnitude < 1e126) || magnitude < 1e-130) {
            throw new IllegalArgumentException(value + " cannot be stored as a DynamoDB number");
        }
        return Double.toString(value);
    }

    private static String string(AttributeValue value, String field) {
        if (value == null || value.nul() != null) {
            return null;
        }
        return require(value.s() != null, value, field).s();
    }

    private static int whole(AttributeValue value, String field) {
        return value == null || value.nul() != null ? 0
                : Integer.parseInt(require(value.n() != null, value, field).n());
    }

    private static double decimal(AttributeValue value, String field) {
        return value == null || value.nul() != null ? 0
                : Double.parseDouble(require(value.n() != null, value, field).n());
    }

    private static AttributeValue require(boolean expected, AttributeValue value, String field) {
        if (!expected) {
            throw new IllegalArgumentException("Order." + field + ": unexpected attribute " + value);
        }
        return value;
    }

    private static int capacity(int size) {
        return (int) (size / 0.75f) + 1;
    }

    /** A convenience for one-off conversions (seeding, tests): a fresh codec per call. */
    public static Map<String, AttributeValue> item(Order order) {
        return new HandCodec().toItem(order);
    }
}
