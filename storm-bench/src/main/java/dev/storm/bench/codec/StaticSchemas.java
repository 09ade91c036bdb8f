package dev.storm.bench.codec;

import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primarySortKey;

import java.time.Instant;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.enhanced.dynamodb.EnumAttributeConverter;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

/**
 * {@link OrderBean} as an Enhanced Client {@code StaticTableSchema}: the Enhanced Client's option without
 * reflection, every attribute declared with its getter and setter. It writes the same item as
 * {@code TableSchema.fromBean(OrderBean.class)}. Stateless, thread-safe.
 */
public final class StaticSchemas {

    private StaticSchemas() {
    }

    /** The static schema of an order. */
    public static TableSchema<OrderBean> order() {
        StaticTableSchema<OrderBean.AddressBean> address = StaticTableSchema.builder(OrderBean.AddressBean.class)
                .newItemSupplier(OrderBean.AddressBean::new)
                .addAttribute(String.class, a -> a.name("street").getter(OrderBean.AddressBean::getStreet)
                        .setter(OrderBean.AddressBean::setStreet))
                .addAttribute(String.class, a -> a.name("city").getter(OrderBean.AddressBean::getCity)
                        .setter(OrderBean.AddressBean::setCity))
                .addAttribute(String.class, a -> a.name("zip").getter(OrderBean.AddressBean::getZip)
                        .setter(OrderBean.AddressBean::setZip))
                .build();
        return StaticTableSchema.builder(OrderBean.class)
                .newItemSupplier(OrderBean::new)
                .addAttribute(String.class, a -> a.name("PK").getter(OrderBean::getPk).setter(OrderBean::setPk)
                        .tags(primaryPartitionKey()))
                .addAttribute(String.class, a -> a.name("SK").getter(OrderBean::getSk).setter(OrderBean::setSk)
                        .tags(primarySortKey()))
                .addAttribute(String.class, a -> a.name("customerId").getter(OrderBean::getCustomerId)
                        .setter(OrderBean::setCustomerId))
                .addAttribute(String.class, a -> a.name("orderId").getter(OrderBean::getOrderId)
                        .setter(OrderBean::setOrderId))
                .addAttribute(String.class, a -> a.name("email").getter(OrderBean::getEmail)
                        .setter(OrderBean::setEmail))
                .addAttribute(Integer.class, a -> a.name("quantity").getter(OrderBean::getQuantity)
                        .setter(OrderBean::setQuantity))
                .addAttribute(Double.class, a -> a.name("amount").getter(OrderBean::getAmount)
                        .setter(OrderBean::setAmount))
                .addAttribute(Order.Status.class, a -> a.name("status").getter(OrderBean::getStatus)
                        .setter(OrderBean::setStatus).attributeConverter(EnumAttributeConverter.create(
                                Order.Status.class)))
                .addAttribute(Instant.class, a -> a.name("createdAt").getter(OrderBean::getCreatedAt)
                        .setter(OrderBean::setCreatedAt))
                .addAttribute(EnhancedType.listOf(String.class), a -> a.name("tags").getter(OrderBean::getTags)
                        .setter(OrderBean::setTags))
                .addAttribute(EnhancedType.mapOf(String.class, String.class), a -> a.name("attributes")
                        .getter(OrderBean::getAttributes).setter(OrderBean::setAttributes))
                .addAttribute(EnhancedType.documentOf(OrderBean.AddressBean.class, address), a -> a.name("shipTo")
                        .getter(OrderBean::getShipTo).setter(OrderBean::setShipTo))
                .build();
    }
}
