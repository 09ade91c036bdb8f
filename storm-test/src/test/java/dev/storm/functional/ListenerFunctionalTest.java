package dev.storm.functional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storm.BulkOptions;
import dev.storm.ConnectionManager;
import dev.storm.Manager;
import dev.storm.ObjectAlreadyExistsException;
import dev.storm.Storm;
import dev.storm.StormEvent;
import dev.storm.StormListener;
import dev.storm.StormRetry;
import dev.storm.functional.model.Order;
import dev.storm.functional.model.Order_;
import dev.storm.functional.model.User;
import dev.storm.functional.model.User_;
import dev.storm.internal.target.RequestLog;
import dev.storm.test.DynamoDbLocal;
import dev.storm.test.StormTest;
import dev.storm.test.TableName;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.slf4j.event.EventRecodingLogger;
import org.slf4j.event.Level;
import org.slf4j.event.SubstituteLoggingEvent;
import org.slf4j.helpers.SubstituteLogger;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

/**
 * The listener extension point: every request STORM sends passes through it with its operation, model, table,
 * request, response or error, duration and, when asked for, consumed capacity; retries of bulk calls too. STORM's
 * own logging is a listener at DEBUG.
 */
@StormTest(tablePerMethod = true)
class ListenerFunctionalTest {

    /** Records what it is told, from any thread. */
    static final class Recorder implements StormListener {
        final Queue<StormEvent> started = new ConcurrentLinkedQueue<>();
        final Queue<StormEvent> ended = new ConcurrentLinkedQueue<>();
        final Queue<StormRetry> retries = new ConcurrentLinkedQueue<>();
        /** Every start and end in the order told: "started Query Order", "ended Query Order". */
        final Queue<String> sequence = new ConcurrentLinkedQueue<>();

        @Override
        public void requestStarted(StormEvent event) {
            started.add(event);
            sequence.add("started " + event.operation() + " " + event.model());
        }

        @Override
        public void requestEnded(StormEvent event) {
            ended.add(event);
            sequence.add("ended " + event.operation() + " " + event.model());
        }

        @Override
        public void retrying(StormRetry retry) {
            retries.add(retry);
        }

        List<String> operations() {
            return ended.stream().map(e -> e.operation() + " " + e.model()).toList();
        }

        /** The operations on one table: other tests may use the process default meanwhile. */
        List<String> operationsOn(String table) {
            return ended.stream().filter(e -> e.tableName().equals(table)).map(e -> e.operation() + " " + e.model())
                    .toList();
        }
    }

    @Test
    void everyCall_passesThroughTheListener_withOperationModelTableAndDuration(DynamoDbClient client,
                                                                               @TableName String table) {
        Recorder recorder = new Recorder();
        Storm storm = Storm.builder().client(client).tableName(table).listener(recorder).build();
        Manager<User> users = storm.manager(User.class);
        Manager<Order> orders = storm.manager(Order.class);

        User u = users.create(User.of("u1", "a@b.c"));
        users.get(User_.userId.eq("u1"));
        User changed = users.update(u, User_.name.set("Bo"));
        orders.bulkSave(List.of(Order.of("u1", "o1", 5), Order.of("u1", "o2", 7)));
        orders.bulkGet(List.of(Order.of("u1", "o1", 5)));
        orders.using(Order_.userId.eq("u1")).list();
        orders.all().list();
        storm.atomic(tx -> tx.delete(changed).delete(Order.of("u1", "o1", 5)));
        storm.read(Order.of("u1", "o2", 7));
        storm.itemCollection(User.class, Order.class).using(User_.userId.eq("u1")).fetch();

        assertThat(recorder.operations()).containsExactly("PutItem User", "GetItem User", "UpdateItem User",
                "BatchWriteItem Order", "BatchGetItem Order", "Query Order", "Scan Order",
                "TransactWriteItems User,Order", "TransactGetItems Order", "Query User,Order");
        assertThat(recorder.started).hasSize(10);
        for (StormEvent e : recorder.ended) {
            assertThat(e.tableName()).isEqualTo(table);
            assertThat(e.succeeded()).isTrue();
            assertThat(e.response()).isNotNull();
            assertThat(e.error()).isNull();
            assertThat(e.duration()).isPositive();
            assertThat(e.consumedCapacity()).isEmpty();
        }
        assertThat(recorder.started).allSatisfy(e -> {
            assertThat(e.response()).isNull();
            assertThat(e.duration()).isNull();
        });
        assertThat(recorder.ended.stream().filter(StormEvent::isWrite).map(StormEvent::operation))
                .containsExactly("PutItem", "UpdateItem", "BatchWriteItem", "TransactWriteItems");
    }

    @Test
    void aFailedRequest_reachesTheListener_withItsError(DynamoDbClient client, @TableName String table) {
        Recorder recorder = new Recorder();
        Storm storm = Storm.builder().client(client).tableName(table).listener(recorder).build();
        storm.manager(User.class).create(User.of("u1", "a@b.c"));

        assertThatThrownBy(() -> storm.manager(User.class).create(User.of("u1", "b@b.c")))
                .isInstanceOf(ObjectAlreadyExistsException.class);

        assertRefusedPut(new ArrayList<>(recorder.ended).get(1));
    }

    @Test
    void consumedCapacity_isAskedFor_onlyWhenOptedIn(DynamoDbClient client, @TableName String table) {
        Recorder counted = new Recorder();
        Recorder plain = new Recorder();
        Storm withCapacity = Storm.builder().client(client).tableName(table).listener(counted)
                .consumedCapacity(ReturnConsumedCapacity.TOTAL).build();
        Storm without = Storm.builder().client(client).tableName(table).listener(plain).build();

        withCapacity.manager(User.class).save(User.of("u1", "a@b.c"));
        withCapacity.manager(Order.class).bulkSave(List.of(Order.of("u1", "o1", 5)));
        withCapacity.manager(User.class).get(User_.userId.eq("u1"));
        without.manager(User.class).save(User.of("u2", "a@b.c"));

        assertThat(counted.ended).hasSize(3);
        assertCapacityReported(counted.ended, table);
        assertThat(((PutItemRequest) counted.ended.peek().request()).returnConsumedCapacity())
                .isEqualTo(ReturnConsumedCapacity.TOTAL);
        StormEvent plainPut = plain.ended.peek();
        assertThat(((PutItemRequest) plainPut.request()).returnConsumedCapacity()).isNull();
        assertThat(plainPut.consumedCapacity()).isEmpty();
        assertThat(plainPut.capacityUnits()).isZero();
    }

    @Test
    void aListenerThatThrows_neitherFailsTheCall_norSilencesTheOthers(DynamoDbClient client,
                                                                      @TableName String table) {
        Recorder after = new Recorder();
        StormListener broken = new StormListener() {
            @Override
            public void requestEnded(StormEvent event) {
                throw new IllegalStateException("broken metrics");
            }
        };
        Storm storm = Storm.builder().client(client).tableName(table).listener(broken).listener(after).build();

        storm.manager(User.class).save(User.of("u1", "a@b.c"));

        assertThat(TableScan.pks(client, table, "U#")).containsExactly("U#u1#USER");
        assertThat(after.operations()).containsExactly("PutItem User");
    }

    @Test
    void theProcessDefault_tellsItsListeners_untilRemoved(@TableName String table) {
        Recorder recorder = new Recorder();
        ConnectionManager.table().addListener(recorder);
        try {
            User.of("u1", "a@b.c").save();
            User.objects.using(User_.userId.eq("u1")).first();
        } finally {
            ConnectionManager.table().removeListener(recorder);
        }
        User.objects.get(User_.userId.eq("u1"));

        assertThat(recorder.operationsOn(table)).containsExactly("PutItem User", "Query User");
    }

    @Test
    void bulkRetries_reachTheListener_withWhatIsLeftAndWhy(DynamoDbLocal local, @TableName String table) {
        FaultInjector faults = new FaultInjector().throttleEvery(3).withholdEvery(2);
        Recorder recorder = new Recorder();
        try (DynamoDbClient faulty = faults.client(local)) {
            Storm storm = Storm.builder().client(faulty).tableName(table).listener(recorder).build();
            List<Order> orders = IntStream.range(0, 200).mapToObj(i -> Order.of("u" + i % 4, "o" + i, i)).toList();
            BulkOptions quick = BulkOptions.defaults().withBaseDelay(Duration.ofMillis(1))
                    .withMaxDelay(Duration.ofMillis(5));

            assertThat(storm.manager(Order.class).bulkSave(orders, quick).succeeded()).isEqualTo(200);
        }
        assertRetriesTold(recorder, faults, table);
        assertThat(recorder.retries).allSatisfy(r -> assertThat(r.operation()).isEqualTo("BatchWriteItem"));
        assertThat(recorder.ended.stream().filter(e -> e.operation().equals("BatchWriteItem")))
                .hasSize(faults.batchCalls());
    }

    @Test
    void theRequestLog_writesEachRequestAndRetry_atDebug_andNothingAbove(DynamoDbLocal local,
                                                                          @TableName String table) {
        Queue<SubstituteLoggingEvent> logged = new ConcurrentLinkedQueue<>();
        RequestLog log = new RequestLog(recording("dev.storm.requests", logged),
                recording("dev.storm.retries", logged));
        FaultInjector faults = new FaultInjector().withholdEvery(1);
        try (DynamoDbClient faulty = faults.client(local)) {
            Storm storm = Storm.builder().client(faulty).tableName(table).listener(log).build();
            storm.manager(User.class).save(User.of("u1", "a@b.c"));
            assertThatThrownBy(() -> storm.manager(User.class).create(User.of("u1", "a@b.c")))
                    .isInstanceOf(ObjectAlreadyExistsException.class);
            storm.manager(Order.class).bulkSave(IntStream.range(0, 3).mapToObj(i -> Order.of("u1", "o" + i, i))
                    .toList(), BulkOptions.defaults().withBaseDelay(Duration.ofMillis(1)));
        }

        assertLoggedAlike(logged, table);
    }

    /** A PutItem refused by its condition, as the listeners are told of it. */
    static void assertRefusedPut(StormEvent failed) {
        assertThat(failed.operation()).isEqualTo("PutItem");
        assertThat(failed.error()).isInstanceOf(ConditionalCheckFailedException.class);
        assertThat(failed.response()).isNull();
        assertThat(failed.succeeded()).isFalse();
        assertThat(failed.duration()).isPositive();
    }

    /** Every request reported the capacity it consumed on the table. */
    static void assertCapacityReported(Queue<StormEvent> ended, String table) {
        assertThat(ended).allSatisfy(e -> {
            assertThat(e.consumedCapacity()).isNotEmpty();
            assertThat(e.consumedCapacity().get(0).tableName()).isEqualTo(table);
            assertThat(e.capacityUnits()).isPositive();
        });
    }

    /** Every retry the faults caused was told, with what was left, why, and the short waits asked for. */
    static void assertRetriesTold(Recorder recorder, FaultInjector faults, String table) {
        List<StormRetry> unprocessed = recorder.retries.stream()
                .filter(r -> r.reason().equals("returned as unprocessed by DynamoDB")).toList();
        List<StormRetry> throttled = recorder.retries.stream()
                .filter(r -> r.reason().contains("ProvisionedThroughputExceeded")).toList();
        assertThat(unprocessed.stream().mapToInt(StormRetry::pending).sum()).isEqualTo(faults.withheldItems.get());
        assertThat(throttled).hasSize(faults.throttled.get());
        assertThat(recorder.retries).isNotEmpty().allSatisfy(r -> {
            assertThat(r.model()).isEqualTo("Order");
            assertThat(r.tableName()).isEqualTo(table);
            assertThat(r.delay()).isLessThanOrEqualTo(Duration.ofMillis(5));
        });
    }

    /** The log of a put, a refused create and a bulkSave with one retry: every line at DEBUG, as STORM writes it. */
    static void assertLoggedAlike(Queue<SubstituteLoggingEvent> logged, String table) {
        assertThat(logged).allSatisfy(e -> assertThat(e.getLevel()).isEqualTo(Level.DEBUG));
        List<String> lines = logged.stream().map(e -> e.getLoggerName() + ": "
                + org.slf4j.helpers.MessageFormatter.arrayFormat(e.getMessage(), e.getArgumentArray()).getMessage())
                .toList();
        assertThat(lines.get(0)).matches("dev\\.storm\\.requests: PutItem User on " + table + ": \\d+\\.\\d ms");
        assertThat(lines.get(1)).startsWith("dev.storm.requests: PutItem User on " + table + " failed after ")
                .contains("ConditionalCheckFailedException");
        assertThat(lines).anyMatch(l -> l.matches("dev\\.storm\\.retries: BatchWriteItem Order on " + table
                + ": 1 left \\(returned as unprocessed by DynamoDB\\); retry after \\d+\\.\\d ms.*"));
        assertThat(lines).anyMatch(l -> l.startsWith("dev.storm.requests: BatchWriteItem Order on " + table));
    }

    static EventRecodingLogger recording(String name, Queue<SubstituteLoggingEvent> into) {
        return new EventRecodingLogger(new SubstituteLogger(name, into, false), into);
    }
}
