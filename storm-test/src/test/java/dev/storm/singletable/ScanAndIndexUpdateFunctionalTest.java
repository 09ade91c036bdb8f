package dev.storm.singletable;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storm.ScanSet;
import dev.storm.support.RequestCounter;
import dev.storm.test.DynamoDbLocal;
import dev.storm.test.StormTest;
import dev.storm.test.TableName;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

/** Model-wide scans, sequential and in parallel segments, and updates that keep both indexes in step. */
@StormTest(indexCount = 2, tablePerMethod = true)
class ScanAndIndexUpdateFunctionalTest {

    @Test
    void all_returnsEveryItemOfTheModel_andNothingElse() {
        ShopData.seed();
        assertThat(Customer.objects.all().list()).extracting(Customer::customerId).containsExactlyInAnyOrder("c1", "c2");
        assertThat(Order.objects.all().list()).hasSize(14);
        assertThat(OrderLine.objects.all().list()).hasSize(14);
        assertThat(Session.objects.all().list()).extracting(Session::token).containsExactly("live");
        assertThat(Order.objects.all().filter(Order_.status.eq("PENDING")).list()).hasSize(7);
        assertThat(Order.objects.all().limit(3).list()).hasSize(3);
        assertThat(Order.objects.all().first()).isPresent();
    }

    @Test
    void segments_readInParallel_coverTheTableOnce(DynamoDbLocal server, @TableName String table) {
        ShopData.seed();
        try (RequestCounter requests = new RequestCounter(server, table)) {
            List<String> ids = Order.objects.all().segments(4).parallelStream().map(Order::orderId).toList();

            assertThat(ids).containsExactlyInAnyOrderElementsOf(allOrderIds());
            assertThat(requests.requests()).hasSize(4).allSatisfy(r -> assertThat(((ScanRequest) r).totalSegments())
                    .isEqualTo(4));
            assertThat(requests.requests()).extracting(r -> ((ScanRequest) r).segment())
                    .containsExactlyInAnyOrder(0, 1, 2, 3);
        }
        List<String> bySegment = new ArrayList<>();
        for (int s = 0; s < 4; s++) {
            Order.objects.all().segments(4).segment(s).forEach(o -> bySegment.add(o.orderId()));
        }
        assertThat(bySegment).containsExactlyInAnyOrderElementsOf(allOrderIds());
        assertThat(Order.objects.all().segments(3).list()).extracting(Order::orderId)
                .containsExactlyInAnyOrderElementsOf(allOrderIds());
    }

    @Test
    void scanSet_isLazy_readingPageByPage(DynamoDbLocal server, @TableName String table) {
        ShopData.seed();
        try (RequestCounter requests = new RequestCounter(server, table)) {
            ScanSet<Order> scan = Order.objects.all();
            assertThat(requests.requests()).isEmpty();
            scan.iterator().next();
            assertThat(requests.requests()).hasSize(1);
        }
    }

    @Test
    void update_ofAnIndexKeyField_movesTheItemInThatIndex() {
        Order order = Order.objects.create(Order.of("c9", LocalDate.of(2024, 8, 1), "o90", "PENDING", 100));

        order.update(Order_.status.set("SHIPPED"));

        assertThat(Order.objects.using(Order_.status.eq("PENDING")).useIndex(1).list()).isEmpty();
        assertThat(Order.objects.using(Order_.status.eq("SHIPPED")).useIndex(1).list())
                .extracting(Order::orderId).containsExactly("o90");
        assertThat(Order.objects.using(Order_.orderId.eq("o90")).useIndex(2).first()).get()
                .extracting(Order::status).isEqualTo("SHIPPED");
    }

    @Test
    void update_refreshesUpdatedAt_andItsGsi2SortKey() throws InterruptedException {
        Customer ann = Customer.objects.create(Customer.of("c1", "Ann", "ann@example.com"));
        Customer bob = Customer.objects.create(Customer.of("c2", "Bob", "bob@example.com"));
        assertThat(recentlyChanged()).containsExactly("c2", "c1");
        Thread.sleep(5);

        Customer renamed = ann.update(Customer_.name.set("Anne"));

        assertThat(renamed.updatedAt()).isAfter(bob.updatedAt());
        assertThat(renamed.createdAt()).isEqualTo(ann.createdAt());
        assertThat(recentlyChanged()).containsExactly("c1", "c2");
        Instant between = bob.updatedAt().plusNanos(1);
        assertThat(Customer.objects.using(Customer_.kind.eq("CUSTOMER"), Customer_.updatedAt.gt(between))
                .useIndex(2).list()).extracting(Customer::name).containsExactly("Anne");
    }

    private static List<String> recentlyChanged() {
        return Customer.objects.using(Customer_.kind.eq("CUSTOMER")).useIndex(2).reverse().list().stream()
                .map(Customer::customerId).toList();
    }

    private static List<String> allOrderIds() {
        return ShopData.ids(1, 14);
    }
}
