package dev.storm.singletable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storm.InvalidKeyException;
import dev.storm.InvalidQueryException;
import dev.storm.ItemCollection;
import dev.storm.Model;
import dev.storm.processor.Apart;
import dev.storm.support.RequestCounter;
import dev.storm.test.DynamoDbLocal;
import dev.storm.test.StormTest;
import dev.storm.test.TableName;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Collections, ranges and keys STORM cannot serve correctly are refused when they are built, saying why, before
 * anything is sent.
 */
@StormTest(indexCount = 2)
class ItemCollectionRefusalTest {

    /**
     * A model declared carelessly: in the customer's partition with a sort key of the same shape as the shop's
     * {@code Order} ({@code O#<date>#N#<number>}), so that the two cannot be told apart there. Compiled beside
     * {@code Order} it is a compile error, so it is compiled apart, as a model of another jar would be.
     */
    private static final String INVOICE = """
            package com.careless;

            import dev.storm.*;
            import java.time.LocalDate;

            @Meta(suffix = "SHOP")
            public record Invoice(
                    @Field(pk = true, identifier = "C") String customerId,
                    @Field(sk = true, identifier = "O") LocalDate issuedOn,
                    @Field(sk = true, identifier = "N") String number) implements Model<Invoice> {
            }
            """;

    @Test
    @SuppressWarnings("unchecked")
    void modelsWithSortKeysOfOneShape_areRefused_sayingWhy(DynamoDbLocal server, @TableName String table,
                                                           @TempDir Path dir) throws Exception {
        try (URLClassLoader jar = Apart.compile(dir, List.of(Map.of("com.careless.Invoice", INVOICE)));
             RequestCounter requests = new RequestCounter(server, table)) {
            Class<? extends Model<?>> invoice = (Class<? extends Model<?>>) jar.loadClass("com.careless.Invoice");
            assertThatThrownBy(() -> ItemCollection.of(Customer.class, Order.class, invoice))
                    .isInstanceOf(InvalidQueryException.class)
                    .hasMessageContaining("Order and Invoice cannot share an item collection")
                    .hasMessageContaining("O#<placedOn>#N#<orderId>")
                    .hasMessageContaining("could be either")
                    .hasMessageContaining("compatible with STORM for Python")
                    .hasMessageContaining("identifier = \"X\") on Invoice.issuedOn");
            assertThat(requests.requests()).isEmpty();
        }
    }

    @Test
    void modelsInOtherPartitions_areRefused() {
        assertThatThrownBy(() -> ItemCollection.of(Customer.class, OrderLine.class))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("Customer and OrderLine do not share partitions on the table")
                .hasMessageContaining("C#<customerId>#SHOP").hasMessageContaining("N#<orderId>#SHOP");
        assertThatThrownBy(() -> ItemCollection.onIndex(2, Customer.class, Order.class))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("on index GSI2").hasMessageContaining("K#<kind>#SHOP");
        assertThatThrownBy(() -> ItemCollection.onIndex(1, Order.class, OrderLine.class))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("OrderLine has no key in index GSI1");
    }

    @Test
    void aModelTwice_orNone_isRefused() {
        assertThatThrownBy(() -> ItemCollection.of(Order.class, Order.class))
                .isInstanceOf(InvalidQueryException.class).hasMessageContaining("Order is listed twice");
        assertThatThrownBy(ItemCollection::of)
                .isInstanceOf(InvalidQueryException.class).hasMessageContaining("at least one model");
    }

    @Test
    void badKeyValues_areRefused_beforeAnythingIsSent(DynamoDbLocal server, @TableName String table) {
        ItemCollection shop = ItemCollection.of(Customer.class, Order.class);
        try (RequestCounter requests = new RequestCounter(server, table)) {
            assertThatThrownBy(shop::fetch).isInstanceOf(InvalidKeyException.class)
                    .hasMessageContaining("Customer.customerId").hasMessageContaining("Customer_.customerId.eq");
            assertThatThrownBy(() -> shop.using(Order_.orderId.eq("o1")).fetch())
                    .isInstanceOf(InvalidQueryException.class)
                    .hasMessageContaining("Order.orderId is not part of the partition key of Order");
            assertThatThrownBy(() -> shop.using(Address_.customerId.eq("c1")).fetch())
                    .isInstanceOf(InvalidQueryException.class).hasMessageContaining("Address is not in the item");
            assertThatThrownBy(() -> shop.using(Order_.customerId.eq("c1"), Customer_.customerId.eq("c2")).fetch())
                    .isInstanceOf(InvalidQueryException.class).hasMessageContaining("two values");
            assertThatThrownBy(() -> shop.using(Order_.customerId.ne("c1")).fetch())
                    .isInstanceOf(InvalidQueryException.class).hasMessageContaining("equality");
            assertThat(requests.requests()).isEmpty();
        }
    }

    @Test
    void itemsOfAModelNotInTheCollection_isAnError() {
        ItemCollection.Items items = ItemCollection.of(Customer.class).using(Customer_.customerId.eq("nobody"))
                .fetch();
        assertThat(items.all()).isEmpty();
        assertThat(items.first(Customer.class)).isEmpty();
        assertThatThrownBy(() -> items.of(Order.class)).isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("Order is not in this item collection");
    }

    @Test
    void aKeyPartTooWideForItsFixedWidth_isInvalid_andNothingIsWritten(DynamoDbLocal server,
                                                                       @TableName String table) {
        try (RequestCounter requests = new RequestCounter(server, table)) {
            assertThatThrownBy(() -> OrderLine.objects.create(new OrderLine("o77", 1000, "sku", 1, 1)))
                    .isInstanceOf(InvalidKeyException.class)
                    .hasMessageContaining("OrderLine.lineNo = 1000")
                    .hasMessageContaining("needs 4 integer digits but the key holds 3");
            assertThat(requests.requests()).isEmpty();
        }
        assertThat(OrderLine.objects.using(OrderLine_.orderId.eq("o77")).list()).isEmpty();
    }

    @Test
    void badSortKeyRanges_areRefused_beforeAnythingIsSent(DynamoDbLocal server, @TableName String table) {
        try (RequestCounter requests = new RequestCounter(server, table)) {
            assertThatThrownBy(() -> Order.objects.using(Order_.customerId.eq("c1"), Order_.orderId.gt("o1")).list())
                    .isInstanceOf(InvalidQueryException.class).hasMessageContaining("Order.orderId > o1")
                    .hasMessageContaining("give [placedOn] with eq(...) first");
            assertThatThrownBy(() -> Order.objects.using(Order_.customerId.eq("c1"), Order_.orderId.eq("o1")).count())
                    .isInstanceOf(InvalidQueryException.class).hasMessageContaining("Order.placedOn before it is not");
            assertThatThrownBy(() -> OrderLine.objects.using(OrderLine_.orderId.eq("o1"),
                    OrderLine_.lineNo.between(5, 2)).page(null)).isInstanceOf(InvalidQueryException.class)
                    .hasMessageContaining("OrderLine.lineNo BETWEEN 5 AND 2");
            assertThat(requests.requests()).isEmpty();
        }
    }
}
