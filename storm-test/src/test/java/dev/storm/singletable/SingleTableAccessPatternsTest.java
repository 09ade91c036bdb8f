package dev.storm.singletable;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storm.ItemCollection;
import dev.storm.support.RequestCounter;
import dev.storm.test.DynamoDbLocal;
import dev.storm.test.StormTest;
import dev.storm.test.TableName;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * The shop's access patterns, each one call, against DynamoDB Local: four entity types (and sessions) sharing
 * partitions, on a table with two global secondary indexes. Every read here is asserted to be one Query.
 */
@StormTest(indexCount = 2)
class SingleTableAccessPatternsTest {

    @BeforeAll
    static void seed() {
        ShopData.seed();
    }

    @Test
    void customerPage_isOneQuery_decodingEachItemIntoItsOwnModel(DynamoDbLocal server, @TableName String table) {
        try (RequestCounter requests = new RequestCounter(server, table)) {
            ItemCollection.Items items = ItemCollection.of(Customer.class, Address.class, Order.class, Session.class)
                    .using(Customer_.customerId.eq("c1")).fetch();

            assertThat(requests.requests()).hasSize(1).allMatch(r -> r instanceof QueryRequest);
            assertThat(items.first(Customer.class)).get().extracting(Customer::name).isEqualTo("Ann");
            assertThat(items.of(Address.class)).extracting(Address::label).containsExactly("home", "work");
            assertThat(items.of(Order.class)).extracting(Order::orderId).isEqualTo(ShopData.ids(1, 12));
            assertThat(items.of(Session.class)).extracting(Session::token).containsExactly("live");
            // in sort-key order: A#..., O#..., SHOP (the customer), T#...
            assertThat(items.all()).extracting(o -> o.getClass().getSimpleName())
                    .containsExactly("Address", "Address", "Order", "Order", "Order", "Order", "Order", "Order",
                            "Order", "Order", "Order", "Order", "Order", "Order", "Customer", "Session");
        }
    }

    @Test
    void collectionOfSomeModels_skipsTheOthersItems(DynamoDbLocal server, @TableName String table) {
        try (RequestCounter requests = new RequestCounter(server, table)) {
            ItemCollection.Items items = ItemCollection.of(Customer.class, Address.class)
                    .using(Address_.customerId.eq("c2")).fetch();

            assertThat(requests.count(QueryRequest.class)).isEqualTo(1);
            assertThat(items.all()).hasSize(2);
            assertThat(items.first(Customer.class)).get().extracting(Customer::email).isEqualTo("bob@example.com");
            assertThat(items.of(Address.class)).extracting(Address::city).containsExactly("Shelbyville");
        }
    }

    @Test
    void orderWithItsLines_onGsi2_isOneQuery_linesInNumericOrder(DynamoDbLocal server, @TableName String table) {
        try (RequestCounter requests = new RequestCounter(server, table)) {
            ItemCollection.Items items = ItemCollection.onIndex(2, Order.class, OrderLine.class)
                    .using(OrderLine_.orderId.eq("o01")).fetch();

            assertThat(requests.count(QueryRequest.class)).isEqualTo(1);
            assertThat(items.first(Order.class)).get().extracting(Order::totalCents).isEqualTo(1000L);
            assertThat(items.of(OrderLine.class)).extracting(OrderLine::lineNo)
                    .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        }
    }

    @Test
    void customerByEmail_onGsi1() {
        assertThat(Customer.objects.using(Customer_.email.eq("bob@example.com")).useIndex(1).first())
                .get().extracting(Customer::customerId).isEqualTo("c2");
    }

    @Test
    void ordersOfAMonthRange_withBetweenOnTheDate_isOneQuery(DynamoDbLocal server, @TableName String table) {
        try (RequestCounter requests = new RequestCounter(server, table)) {
            List<Order> orders = Order.objects.using(Order_.customerId.eq("c1"),
                    Order_.placedOn.between(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 5, 5))).list();

            assertThat(orders).extracting(Order::orderId).containsExactly("o03", "o04", "o05");
            assertThat(requests.count(QueryRequest.class)).isEqualTo(1);
        }
    }

    @Test
    void dateBounds_areExclusiveForLtAndGt_inclusiveForLeAndGe() {
        LocalDate may5 = LocalDate.of(2024, 5, 5);
        assertThat(orders(Order_.placedOn.lt(may5))).isEqualTo(ShopData.ids(1, 4));
        assertThat(orders(Order_.placedOn.le(may5))).isEqualTo(ShopData.ids(1, 5));
        assertThat(orders(Order_.placedOn.gt(may5))).isEqualTo(ShopData.ids(6, 12));
        assertThat(orders(Order_.placedOn.ge(may5))).isEqualTo(ShopData.ids(5, 12));
        assertThat(orders(Order_.placedOn.beginsWith("2024-1"))).isEqualTo(ShopData.ids(10, 12));
    }

    @Test
    void dateRange_neverLeaksIntoTheCustomersOtherItems() {
        // Ranges open at either end would run into Address (A#...) below and the customer (SHOP) above.
        assertThat(orders(Order_.placedOn.lt(LocalDate.of(2030, 1, 1)))).isEqualTo(ShopData.ids(1, 12));
        assertThat(orders(Order_.placedOn.gt(LocalDate.of(2000, 1, 1)))).isEqualTo(ShopData.ids(1, 12));
        assertThat(Order.objects.using(Order_.customerId.eq("c1"), Order_.placedOn.gt(LocalDate.of(2000, 1, 1)))
                .count()).isEqualTo(12);
    }

    @Test
    void oneOrder_byDateAndId_narrowsToOneItem() {
        assertThat(Order.objects.using(Order_.customerId.eq("c1"), Order_.placedOn.eq(LocalDate.of(2024, 7, 5)),
                Order_.orderId.eq("o07")).list()).extracting(Order::status).containsExactly("PENDING");
        assertThat(Order.objects.using(Order_.customerId.eq("c1"), Order_.placedOn.eq(LocalDate.of(2024, 7, 5)),
                Order_.orderId.gt("o06")).list()).extracting(Order::orderId).containsExactly("o07");
    }

    @Test
    void linesFromTheTenth_sortNumerically_thanksToFixedWidthKeys() {
        assertThat(lines(OrderLine_.lineNo.ge(10))).containsExactly(10, 11, 12);
        assertThat(lines(OrderLine_.lineNo.gt(9))).containsExactly(10, 11, 12);
        assertThat(lines(OrderLine_.lineNo.lt(3))).containsExactly(1, 2);
        assertThat(lines(OrderLine_.lineNo.between(2, 4))).containsExactly(2, 3, 4);
    }

    @Test
    void pendingOrdersBeforeADate_onGsi1_acrossCustomers() {
        List<Order> pending = Order.objects.using(Order_.status.eq("PENDING"),
                Order_.placedOn.lt(LocalDate.of(2024, 5, 5))).useIndex(1).list();

        // GSI1 sorts by SK, O#<date>#N#<id>: o13 (Feb 20) falls between o01 (Jan 5) and o03 (Mar 5)
        assertThat(pending).extracting(Order::orderId).containsExactly("o01", "o13", "o03");
    }

    @Test
    void orderById_onGsi2_returnsTheOrderNotItsLines() {
        assertThat(Order.objects.using(Order_.orderId.eq("o01")).useIndex(2).list())
                .extracting(Order::customerId).containsExactly("c1");
        assertThat(OrderLine.objects.using(OrderLine_.orderId.eq("o02")).useIndex(2).list())
                .extracting(OrderLine::sku).containsExactly("sku-a", "sku-b");
    }

    @Test
    void ordersOfACustomer_onlyOrders_fromTheSharedPartition() {
        assertThat(Order.objects.using(Order_.customerId.eq("c1")).list()).extracting(Order::orderId)
                .isEqualTo(ShopData.ids(1, 12));
        assertThat(Address.objects.using(Address_.customerId.eq("c1")).list()).hasSize(2);
        assertThat(Customer.objects.using(Customer_.customerId.eq("c1")).list()).hasSize(1);
    }

    @Test
    void count_usesSelectCount_andPagesThrough(DynamoDbLocal server, @TableName String table) {
        try (RequestCounter requests = new RequestCounter(server, table)) {
            assertThat(Order.objects.using(Order_.customerId.eq("c1")).count()).isEqualTo(12);
            assertThat(requests.requests()).singleElement()
                    .satisfies(r -> assertThat(((QueryRequest) r).selectAsString()).isEqualTo("COUNT"));
        }
        assertThat(Order.objects.using(Order_.customerId.eq("c1"), Order_.placedOn.ge(LocalDate.of(2024, 11, 1)))
                .count()).isEqualTo(2);
        assertThat(Order.objects.using(Order_.customerId.eq("c1")).limit(5).count()).isEqualTo(5);
        assertThat(OrderLine.objects.using(OrderLine_.orderId.eq("o01")).filter(OrderLine_.priceCents.gt(1000))
                .count()).isEqualTo(2);
    }

    private static List<String> orders(dev.storm.Condition<Order> range) {
        return Order.objects.using(Order_.customerId.eq("c1"), range).list().stream().map(Order::orderId).toList();
    }

    private static List<Integer> lines(dev.storm.Condition<OrderLine> range) {
        return OrderLine.objects.using(OrderLine_.orderId.eq("o01"), range).list().stream().map(OrderLine::lineNo)
                .toList();
    }
}
