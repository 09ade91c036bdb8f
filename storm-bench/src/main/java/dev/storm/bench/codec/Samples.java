package dev.storm.bench.codec;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The sample values every codec benchmark maps: the same order as a record and as a bean. Stateless, thread-safe. */
public final class Samples {

    private static final Instant CREATED = Instant.parse("2024-05-17T09:30:15.250Z");

    private Samples() {
    }

    /** A typical order, every field set; {@code n} varies the keys. */
    public static Order order(String customerId, int n) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("gift", "yes");
        attributes.put("channel", "web");
        attributes.put("coupon", "SPRING24");
        return new Order(customerId, String.format("2024-%06d", n), "ann@example.com", 3, 59.97,
                Order.Status.PAID, CREATED.plusSeconds(n), List.of("books", "sale", "priority"), attributes,
                new Order.Address("1 Main Street", "Springfield", "12345"));
    }

    /** The same order as an Enhanced Client bean, keys composed as STORM composes them. */
    public static OrderBean bean(Order order) {
        OrderBean bean = new OrderBean();
        bean.setPk("C#" + order.customerId() + "#ORDER");
        bean.setSk("O#" + order.orderId());
        bean.setCustomerId(order.customerId());
        bean.setOrderId(order.orderId());
        bean.setEmail(order.email());
        bean.setQuantity(order.quantity());
        bean.setAmount(order.amount());
        bean.setStatus(order.status());
        bean.setCreatedAt(order.createdAt());
        bean.setTags(order.tags());
        bean.setAttributes(order.attributes());
        OrderBean.AddressBean address = new OrderBean.AddressBean();
        address.setStreet(order.shipTo().street());
        address.setCity(order.shipTo().city());
        address.setZip(order.shipTo().zip());
        bean.setShipTo(address);
        return bean;
    }
}
