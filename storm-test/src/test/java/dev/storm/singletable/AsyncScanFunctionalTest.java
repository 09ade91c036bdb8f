package dev.storm.singletable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.storm.AsyncScanSet;
import dev.storm.InvalidQueryException;
import dev.storm.ScanSet;
import dev.storm.support.RecordingSubscriber;
import dev.storm.support.RequestCounter;
import dev.storm.test.DynamoDbLocal;
import dev.storm.test.StormTest;
import dev.storm.test.TableName;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Publisher;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

/**
 * The async twin of a model-wide scan against DynamoDB Local: the blocking scan's results for every option
 * (segments, one segment, filter, limit, consistency), counts, and a lazy, back-pressured publisher.
 */
@StormTest(indexCount = 2, tablePerMethod = true)
class AsyncScanFunctionalTest {

    @Test
    void list_first_andCount_giveTheBlockingScansResults_forEveryOption() {
        ShopData.seed();
        List<ScanSet<Order>> blocking = List.of(Order.objects.all(), Order.objects.all().filter(Order_.status.eq(
                "PENDING")), Order.objects.all().limit(3), Order.objects.all().segments(3),
                Order.objects.all().segments(4).segment(2), Order.objects.all().consistent(true),
                Order.objects.all().segments(4).limit(5));
        List<AsyncScanSet<Order>> async = List.of(Order.objects.async().all(), Order.objects.async().all()
                .filter(Order_.status.eq("PENDING")), Order.objects.async().all().limit(3),
                Order.objects.async().all().segments(3), Order.objects.async().all().segments(4).segment(2),
                Order.objects.async().all().consistent(true), Order.objects.async().all().segments(4).limit(5));
        List<Integer> sizes = new ArrayList<>();
        for (int i = 0; i < blocking.size(); i++) {
            List<Order> expected = blocking.get(i).list();
            List<Order> got = async.get(i).list().join();
            assertThat(got).as(async.get(i).toString()).hasSameSizeAs(expected);
            if (i == 2 || i == 6) {
                // a limit keeps whichever items were read first: all are the model's
                assertThat(ShopData.ids(1, 14)).containsAll(got.stream().map(Order::orderId).toList());
            } else {
                assertThat(got).containsExactlyInAnyOrderElementsOf(expected);
            }
            assertThat(async.get(i).count().join()).isEqualTo(blocking.get(i).count())
                    .isEqualTo((long) expected.size());
            assertThat(async.get(i).first().join().isPresent()).isEqualTo(!expected.isEmpty());
            assertThat(async.get(i).toRequest()).isEqualTo(blocking.get(i).toRequest());
            sizes.add(got.size());
        }
        assertThat(sizes.subList(0, 4)).containsExactly(14, 7, 3, 14);
        assertThat(sizes.subList(5, 7)).containsExactly(14, 5);
        assertThat(Customer.objects.async().all().list().join()).extracting(Customer::customerId)
                .containsExactlyInAnyOrder("c1", "c2");
        assertThat(OrderLine.objects.async().all().count().join()).isEqualTo(14L);
        assertThat(Session.objects.async().all().list().join()).extracting(Session::token).containsExactly("live");
        assertThat(Order.objects.async().all().filter(Order_.status.eq("NONE")).first().join()).isEmpty();
    }

    @Test
    void segments_areReadAtTheSameTime_eachOnce(DynamoDbLocal server, @TableName String table) {
        ShopData.seed();
        CompletableFuture<List<Order>> orders;
        try (RequestCounter requests = new RequestCounter(server, table)) {
            orders = Order.objects.async().all().segments(4).list();
            assertThat(orders.join()).extracting(Order::orderId).containsExactlyInAnyOrderElementsOf(
                    ShopData.ids(1, 14));
            assertThat(requests.requests()).hasSize(4).allSatisfy(r -> assertThat(((ScanRequest) r).totalSegments())
                    .isEqualTo(4));
            assertThat(requests.requests()).extracting(r -> ((ScanRequest) r).segment())
                    .containsExactlyInAnyOrder(0, 1, 2, 3);

            requests.reset();
            assertThat(Order.objects.async().all().segments(4).count().join()).isEqualTo(14L);
            assertThat(requests.requests()).hasSize(4).allSatisfy(r -> assertThat(((ScanRequest) r)
                    .projectionExpression()).isNotNull());
        }
    }

    @Test
    void count_readsKeysOnly_andIsExact() {
        ShopData.seed();
        assertThat(Order.objects.all().count()).isEqualTo(14);
        assertThat(Order.objects.all().limit(4).count()).isEqualTo(4);
        assertThat(Order.objects.all().filter(Order_.status.eq("PENDING")).segments(5).count()).isEqualTo(7);
        assertThat(Address.objects.all().count()).isEqualTo(Address.objects.all().list().size());
    }

    @Test
    void publisher_isLazy_andReadsOnePageOnlyWhenMoreIsWanted(DynamoDbLocal server, @TableName String table) {
        ShopData.seed();
        try (RequestCounter requests = new RequestCounter(server, table)) {
            Publisher<Order> publisher = Order.objects.async().all().segments(3).publisher();
            RecordingSubscriber<Order> subscriber = new RecordingSubscriber<>();
            publisher.subscribe(subscriber);
            assertThat(requests.requests()).isEmpty();

            subscriber.request(1);
            eventually(() -> !subscriber.items.isEmpty() || subscriber.done.isDone());
            int firstSegment = ((ScanRequest) requests.requests().get(0)).segment();
            assertThat(firstSegment).isZero();

            subscriber.request(Long.MAX_VALUE);
            subscriber.done.join();
            assertThat(subscriber.items).extracting(Order::orderId)
                    .containsExactlyInAnyOrderElementsOf(ShopData.ids(1, 14));
            // segment after segment, one page at a time
            assertThat(requests.requests()).extracting(r -> ((ScanRequest) r).segment()).isSorted();
        }
    }

    @Test
    void publisher_withALimit_stopsReading_andCancelStopsIt(DynamoDbLocal server, @TableName String table) {
        ShopData.seed();
        try (RequestCounter requests = new RequestCounter(server, table)) {
            RecordingSubscriber<Order> limited = new RecordingSubscriber<>();
            Order.objects.async().all().limit(2).publisher().subscribe(limited);
            limited.request(10);
            limited.done.join();
            assertThat(limited.items).hasSize(2);
            assertThat(requests.requests()).hasSize(1);

            requests.reset();
            RecordingSubscriber<Order> cancelled = new RecordingSubscriber<>();
            Order.objects.async().all().segments(4).publisher().subscribe(cancelled);
            cancelled.cancel();
            cancelled.request(10);
            assertThat(requests.requests()).isEmpty();
            assertThat(cancelled.items).isEmpty();
        }
    }

    @Test
    void invalidOptions_throwAtOnce_asTheBlockingScanDoes() {
        assertThatThrownBy(() -> Order.objects.async().all().segments(0)).isInstanceOf(InvalidQueryException.class)
                .hasMessage("Order: segments must be between 1 and 1000000, got 0");
        assertThatThrownBy(() -> Order.objects.async().all().segments(4).segment(4))
                .isInstanceOf(InvalidQueryException.class).hasMessageContaining("segment 4 is outside 0..3");
        assertThatThrownBy(() -> Order.objects.async().all().limit(0)).isInstanceOf(InvalidQueryException.class)
                .hasMessage("Order: limit must be at least 1, got 0");
        assertThatThrownBy(() -> Order.objects.async().all().filter(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void aMissingTable_failsTheFuture_withTheBlockingScansException(DynamoDbLocal server) {
        try (RequestCounter ignored = new RequestCounter(server, "storm_missing_scan_table")) {
            Throwable blocking = catchThrowable(() -> Order.objects.all().list());
            assertThat(blocking).hasMessageContaining("Table 'storm_missing_scan_table' does not exist (Order, Scan)");
            for (CompletableFuture<?> f : List.of(Order.objects.async().all().segments(2).list(),
                    Order.objects.async().all().count(), Order.objects.async().all().first())) {
                Throwable thrown = catchThrowable(f::join);
                assertThat(thrown).isInstanceOf(CompletionException.class);
                assertThat(thrown.getCause()).isInstanceOf(blocking.getClass()).hasMessage(blocking.getMessage());
            }
        }
    }

    private static void eventually(java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 10 s").isLessThan(deadline);
            Thread.onSpinWait();
        }
    }
}
