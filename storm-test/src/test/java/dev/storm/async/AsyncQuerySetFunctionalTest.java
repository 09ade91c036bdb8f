package dev.storm.async;

import static dev.storm.async.AsyncAssert.assertFailsWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static dev.storm.async.AsyncAssert.eventually;

import dev.storm.InvalidCursorException;
import dev.storm.InvalidQueryException;
import dev.storm.Page;
import dev.storm.QuerySet;
import dev.storm.TableNotFoundException;
import dev.storm.functional.model.Order;
import dev.storm.functional.model.Order_;
import dev.storm.support.RecordingSubscriber;
import dev.storm.support.RequestCounter;
import dev.storm.test.DynamoDbLocal;
import dev.storm.test.StormTest;
import dev.storm.test.TableName;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/** AsyncQuerySet against DynamoDB Local: the blocking query set's results, pages and cursors, and a lazy publisher. */
@StormTest(tablePerMethod = true)
class AsyncQuerySetFunctionalTest {

    private static List<Order> orders(int count, int payloadChars) {
        List<Order> orders = new ArrayList<>();
        String payload = payloadChars == 0 ? null : "x".repeat(payloadChars);
        for (int i = 0; i < count; i++) {
            orders.add(new Order("u1", String.format("o%03d", i), i, i % 2 == 0 ? "EVEN" : "ODD", payload));
        }
        Order.objects.bulkSave(orders).orThrow();
        return orders;
    }

    @Test
    void list_andFirst_giveTheBlockingResults() {
        List<Order> all = orders(25, 0);
        QuerySet<Order> blocking = Order.objects.using(Order_.userId.eq("u1"));
        assertThat(Order.objects.async().using(Order_.userId.eq("u1")).list().join())
                .isEqualTo(blocking.list()).isEqualTo(all);
        assertThat(Order.objects.async().using(Order_.userId.eq("u1")).reverse().limit(7)
                .filter(Order_.status.eq("ODD")).list().join())
                .isEqualTo(blocking.reverse().limit(7).filter(Order_.status.eq("ODD")).list()).hasSize(7);
        assertThat(Order.objects.async().using(Order_.userId.eq("u1"), Order_.orderId.beginsWith("o01"))
                .only(Order_.amount).list().join())
                .isEqualTo(blocking.using(Order_.orderId.beginsWith("o01")).only(Order_.amount).list());
        assertThat(Order.objects.async().using(Order_.userId.eq("u1")).first().join()).contains(all.get(0));
        assertThat(Order.objects.async().using(Order_.userId.eq("nobody")).first().join()).isEqualTo(Optional.empty());
    }

    @Test
    void count_givesTheBlockingCount() {
        orders(25, 0);
        QuerySet<Order> blocking = Order.objects.using(Order_.userId.eq("u1"));
        var async = Order.objects.async().using(Order_.userId.eq("u1"));
        assertThat(async.count().join()).isEqualTo(blocking.count()).isEqualTo(25L);
        assertThat(async.filter(Order_.status.eq("ODD")).count().join())
                .isEqualTo(blocking.filter(Order_.status.eq("ODD")).count()).isEqualTo(12L);
        assertThat(async.limit(4).count().join()).isEqualTo(4L);
        assertThat(Order.objects.async().using(Order_.userId.eq("nobody")).count().join()).isZero();
    }

    @Test
    void pages_andCursors_areInterchangeableWithTheBlockingOnes() {
        List<Order> all = orders(25, 0);
        QuerySet<Order> blocking = Order.objects.using(Order_.userId.eq("u1")).limit(10);
        var async = Order.objects.async().using(Order_.userId.eq("u1")).limit(10);

        Page<Order> first = async.page(null).join();
        assertThat(first.items()).isEqualTo(all.subList(0, 10)).isEqualTo(blocking.page(null).items());
        Page<Order> second = blocking.page(first.cursor());
        assertThat(second.items()).isEqualTo(all.subList(10, 20));
        Page<Order> third = async.page(second.cursor()).join();
        assertThat(third.items()).isEqualTo(all.subList(20, 25));
        assertThat(third.cursor()).isNull();
        assertThat(first.cursor()).isEqualTo(blocking.page(null).cursor());
    }

    @Test
    void aTamperedCursor_failsTheFuture_andSendsNothing(DynamoDbLocal local, @TableName String table) {
        orders(5, 0);
        String cursor = Order.objects.using(Order_.userId.eq("u1")).limit(2).page(null).cursor();
        String tampered = cursor.substring(0, cursor.length() - 2) + (cursor.endsWith("AA") ? "BB" : "AA");
        try (RequestCounter counter = new RequestCounter(local, table)) {
            assertFailsWith(() -> Order.objects.async().using(Order_.userId.eq("u1")).limit(2).page(tampered))
                    .isInstanceOf(InvalidCursorException.class);
            assertThat(counter.count(QueryRequest.class)).isZero();
        }
    }

    @Test
    void invalidOptions_throwAtOnce_asTheBlockingQuerySetDoes() {
        assertThatThrownBy(() -> Order.objects.async().using(Order_.userId.eq("u1")).limit(0))
                .isInstanceOf(InvalidQueryException.class).hasMessageContaining("limit must be at least 1");
        assertThatThrownBy(() -> Order.objects.async().using(Order_.amount.eq(1.0)))
                .isInstanceOf(InvalidQueryException.class);
    }

    @Test
    void publisher_isLazy_andReadsOnePageOnlyWhenMoreIsWanted(DynamoDbLocal local, @TableName String table) {
        List<Order> all = orders(12, 200_000);
        try (RequestCounter counter = new RequestCounter(local, table)) {
            var publisher = Order.objects.async().using(Order_.userId.eq("u1")).publisher();
            RecordingSubscriber<Order> subscriber = new RecordingSubscriber<>();
            publisher.subscribe(subscriber);
            assertThat(subscriber.onSubscribeCalls()).isEqualTo(1);
            assertThat(counter.count(QueryRequest.class)).as("nothing before a request").isZero();

            subscriber.request(1);
            eventually(() -> subscriber.items.size() == 1);
            assertThat(counter.count(QueryRequest.class)).isEqualTo(1);

            subscriber.request(2);
            eventually(() -> subscriber.items.size() == 3);
            long afterThree = counter.count(QueryRequest.class);
            assertThat(afterThree).isBetween(1L, 2L);

            subscriber.request(Long.MAX_VALUE);
            subscriber.done.join();
            assertThat(subscriber.items).isEqualTo(all);
            long pages = counter.count(QueryRequest.class);
            assertThat(pages).as("12 items of 200 KB take more than one 1 MB page").isGreaterThanOrEqualTo(2);
            assertThat(counter.requests()).allMatch(r -> r instanceof QueryRequest);
            counter.reset();
            assertThat(Order.objects.using(Order_.userId.eq("u1")).list()).isEqualTo(all);
            assertThat(counter.count(QueryRequest.class)).as("the blocking iteration reads the same pages")
                    .isEqualTo(pages);
        }
    }

    @Test
    void publisher_stopsReadingWhenCancelled(DynamoDbLocal local, @TableName String table) throws Exception {
        orders(12, 200_000);
        try (RequestCounter counter = new RequestCounter(local, table)) {
            RecordingSubscriber<Order> subscriber = new RecordingSubscriber<>();
            Order.objects.async().using(Order_.userId.eq("u1")).publisher().subscribe(subscriber);
            subscriber.request(1);
            eventually(() -> subscriber.items.size() == 1);
            subscriber.cancel();
            subscriber.request(100);
            Thread.sleep(200);
            assertThat(subscriber.items).hasSize(1);
            assertThat(counter.count(QueryRequest.class)).isEqualTo(1);
            assertThat(subscriber.done).isNotDone();
        }
    }

    @Test
    void publisher_honoursTheLimit_andEachSubscriptionReadsAnew() {
        List<Order> all = orders(25, 0);
        var publisher = Order.objects.async().using(Order_.userId.eq("u1")).limit(6).publisher();
        for (int round = 0; round < 2; round++) {
            RecordingSubscriber<Order> subscriber = new RecordingSubscriber<>();
            publisher.subscribe(subscriber);
            subscriber.request(100);
            subscriber.done.join();
            assertThat(subscriber.items).isEqualTo(all.subList(0, 6));
        }
    }

    @Test
    void publisher_signalsErrors_andRefusesNonPositiveRequests() {
        orders(3, 0);
        RecordingSubscriber<Order> bad = new RecordingSubscriber<>();
        Order.objects.async().using(Order_.userId.eq("u1")).publisher().subscribe(bad);
        bad.request(0);
        assertThatThrownBy(bad.done::join).hasCauseInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("3.9");

        RecordingSubscriber<Order> missing = new RecordingSubscriber<>();
        var publisher = withTable("storm_no_such_table",
                () -> Order.objects.async().using(Order_.userId.eq("u1")).publisher());
        publisher.subscribe(missing);
        missing.request(1);
        assertThatThrownBy(missing.done::join).hasCauseInstanceOf(TableNotFoundException.class);
        assertThat(missing.items).isEmpty();
    }

    @SuppressWarnings("try")
    private static <T> T withTable(String table, java.util.function.Supplier<T> work) {
        try (var ignored = dev.storm.ConnectionManager.table().tableContext(table, null)) {
            return work.get();
        }
    }
}
