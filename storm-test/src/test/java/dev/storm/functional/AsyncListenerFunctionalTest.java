package dev.storm.functional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.storm.AsyncManager;
import dev.storm.BulkOptions;
import dev.storm.ConnectionManager;
import dev.storm.Manager;
import dev.storm.ObjectAlreadyExistsException;
import dev.storm.Storm;
import dev.storm.StormEvent;
import dev.storm.StormListener;
import dev.storm.StormRetry;
import dev.storm.TableContext;
import dev.storm.functional.ListenerFunctionalTest.Recorder;
import dev.storm.functional.model.Order;
import dev.storm.functional.model.Order_;
import dev.storm.functional.model.User;
import dev.storm.functional.model.User_;
import dev.storm.internal.target.RequestLog;
import dev.storm.support.RecordingSubscriber;
import dev.storm.test.DynamoDbLocal;
import dev.storm.test.StormTest;
import dev.storm.test.TableName;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.slf4j.event.SubstituteLoggingEvent;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

/**
 * The listeners are told of async requests exactly as of blocking ones: the same events in the same order, with the
 * same operation, model, table, request, response or error, duration and consumed capacity; async bulk retries too;
 * and STORM's request log writes the same lines.
 */
@StormTest(tablePerMethod = true)
class AsyncListenerFunctionalTest {

    private static final List<String> EVERY_CALL = List.of(
            "started PutItem User", "ended PutItem User",
            "started GetItem User", "ended GetItem User",
            "started UpdateItem User", "ended UpdateItem User",
            "started PutItem User", "ended PutItem User",
            "started BatchWriteItem Order", "ended BatchWriteItem Order",
            "started BatchGetItem Order", "ended BatchGetItem Order",
            "started Query Order", "ended Query Order",
            "started Query Order", "ended Query Order",
            "started Query Order", "ended Query Order",
            "started Query Order", "ended Query Order",
            "started Query Order", "ended Query Order",
            "started BatchWriteItem Order", "ended BatchWriteItem Order",
            "started DeleteItem User", "ended DeleteItem User");

    @Test
    void everyAsyncCall_tellsTheListeners_theSameEventsInTheSameOrder_asItsBlockingTwin(
            DynamoDbClient client, DynamoDbAsyncClient asyncClient, @TableName String table) {
        Recorder blocking = new Recorder();
        Recorder async = new Recorder();
        Storm blockingStorm = Storm.builder().client(client).tableName(table).listener(blocking).build();
        Storm asyncStorm = Storm.builder().client(client).asyncClient(asyncClient).tableName(table).listener(async)
                .build();

        everyCallBlocking(blockingStorm.manager(User.class), blockingStorm.manager(Order.class), "b");
        everyCallAsync(asyncStorm.manager(User.class).async(), asyncStorm.manager(Order.class).async(), "a");

        assertThat(blocking.sequence).containsExactlyElementsOf(EVERY_CALL);
        assertThat(async.sequence).containsExactlyElementsOf(EVERY_CALL);
        List<StormEvent> blockingEnded = new ArrayList<>(blocking.ended);
        List<StormEvent> asyncEnded = new ArrayList<>(async.ended);
        for (int i = 0; i < asyncEnded.size(); i++) {
            StormEvent a = asyncEnded.get(i);
            StormEvent b = blockingEnded.get(i);
            assertThat(a.tableName()).isEqualTo(table);
            assertThat(a.succeeded()).isTrue();
            assertThat(a.response()).isNotNull().hasSameClassAs(b.response());
            assertThat(a.request()).hasSameClassAs(b.request());
            assertThat(a.error()).isNull();
            assertThat(a.duration()).isPositive();
            assertThat(a.consumedCapacity()).isEmpty();
            assertThat(a.isWrite()).isEqualTo(b.isWrite());
        }
        assertThat(async.started).allSatisfy(e -> {
            assertThat(e.response()).isNull();
            assertThat(e.duration()).isNull();
            assertThat(e.tableName()).isEqualTo(table);
        });
        // the request told of is the one sent: the same query as the blocking one, for the other user
        assertThat(((QueryRequest) asyncEnded.get(6).request()).keyConditionExpression())
                .isEqualTo(((QueryRequest) blockingEnded.get(6).request()).keyConditionExpression());
    }

    private static void everyCallBlocking(Manager<User> users, Manager<Order> orders, String p) {
        User u = users.create(User.of(p + "1", "a@b.c"));
        users.get(User_.userId.eq(p + "1"));
        users.update(u, User_.name.set("Bo"));
        users.save(User.of(p + "1", "b@b.c"));
        List<Order> two = List.of(Order.of(p + "1", "o1", 5), Order.of(p + "1", "o2", 7));
        orders.bulkSave(two);
        orders.bulkGet(List.of(two.get(0)));
        orders.using(Order_.userId.eq(p + "1")).list();
        orders.using(Order_.userId.eq(p + "1")).first();
        orders.using(Order_.userId.eq(p + "1")).count();
        orders.using(Order_.userId.eq(p + "1")).limit(5).page(null);
        orders.using(Order_.userId.eq(p + "1")).stream().toList();
        orders.bulkDelete(two);
        users.delete(u);
    }

    private static void everyCallAsync(AsyncManager<User> users, AsyncManager<Order> orders, String p) {
        User u = users.create(User.of(p + "1", "a@b.c")).join();
        users.get(User_.userId.eq(p + "1")).join();
        users.update(u, User_.name.set("Bo")).join();
        users.save(User.of(p + "1", "b@b.c")).join();
        List<Order> two = List.of(Order.of(p + "1", "o1", 5), Order.of(p + "1", "o2", 7));
        orders.bulkSave(two).join();
        orders.bulkGet(List.of(two.get(0))).join();
        orders.using(Order_.userId.eq(p + "1")).list().join();
        orders.using(Order_.userId.eq(p + "1")).first().join();
        orders.using(Order_.userId.eq(p + "1")).count().join();
        orders.using(Order_.userId.eq(p + "1")).limit(5).page(null).join();
        assertThat(RecordingSubscriber.collect(orders.using(Order_.userId.eq(p + "1")).publisher()).join())
                .hasSize(2);
        orders.bulkDelete(two).join();
        users.delete(u).join();
    }

    @Test
    void aFailedAsyncRequest_reachesTheListener_withItsError_asTheBlockingOneDoes(
            DynamoDbClient client, DynamoDbAsyncClient asyncClient, @TableName String table) {
        Recorder recorder = new Recorder();
        Storm storm = Storm.builder().client(client).asyncClient(asyncClient).tableName(table).listener(recorder)
                .build();
        storm.manager(User.class).async().create(User.of("u1", "a@b.c")).join();

        Throwable thrown = catchThrowable(() -> storm.manager(User.class).async().create(User.of("u1", "b@b.c"))
                .join());

        assertThat(thrown).isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(ObjectAlreadyExistsException.class);
        assertThat(recorder.sequence).containsExactly("started PutItem User", "ended PutItem User",
                "started PutItem User", "ended PutItem User");
        ListenerFunctionalTest.assertRefusedPut(new ArrayList<>(recorder.ended).get(1));
    }

    @Test
    void consumedCapacity_ofAsyncRequests_isAskedFor_onlyWhenOptedIn(DynamoDbClient client,
                                                                    DynamoDbAsyncClient asyncClient,
                                                                    @TableName String table) {
        Recorder counted = new Recorder();
        Recorder plain = new Recorder();
        Storm withCapacity = Storm.builder().client(client).asyncClient(asyncClient).tableName(table)
                .listener(counted).consumedCapacity(ReturnConsumedCapacity.TOTAL).build();
        Storm without = Storm.builder().client(client).asyncClient(asyncClient).tableName(table).listener(plain)
                .build();

        withCapacity.manager(User.class).async().save(User.of("u1", "a@b.c")).join();
        withCapacity.manager(Order.class).async().bulkSave(List.of(Order.of("u1", "o1", 5))).join();
        withCapacity.manager(User.class).async().get(User_.userId.eq("u1")).join();
        withCapacity.manager(Order.class).async().using(Order_.userId.eq("u1")).list().join();
        without.manager(User.class).async().save(User.of("u2", "a@b.c")).join();

        assertThat(counted.operations()).containsExactly("PutItem User", "BatchWriteItem Order", "GetItem User",
                "Query Order");
        ListenerFunctionalTest.assertCapacityReported(counted.ended, table);
        List<StormEvent> ended = new ArrayList<>(counted.ended);
        assertThat(((PutItemRequest) ended.get(0).request()).returnConsumedCapacity())
                .isEqualTo(ReturnConsumedCapacity.TOTAL);
        assertThat(((GetItemRequest) ended.get(2).request()).returnConsumedCapacity())
                .isEqualTo(ReturnConsumedCapacity.TOTAL);
        StormEvent plainPut = plain.ended.peek();
        assertThat(((PutItemRequest) plainPut.request()).returnConsumedCapacity()).isNull();
        assertThat(plainPut.consumedCapacity()).isEmpty();
    }

    @Test
    void aListenerThatThrows_neitherFailsTheAsyncCall_norSilencesTheOthers(DynamoDbClient client,
                                                                           DynamoDbAsyncClient asyncClient,
                                                                           @TableName String table) {
        Recorder after = new Recorder();
        StormListener broken = new StormListener() {
            @Override
            public void requestEnded(StormEvent event) {
                throw new IllegalStateException("broken metrics");
            }
        };
        Storm storm = Storm.builder().client(client).asyncClient(asyncClient).tableName(table).listener(broken)
                .listener(after).build();

        storm.manager(User.class).async().save(User.of("u1", "a@b.c")).join();

        assertThat(TableScan.pks(client, table, "U#")).containsExactly("U#u1#USER");
        assertThat(after.sequence).containsExactly("started PutItem User", "ended PutItem User");
    }

    @Test
    void theProcessDefault_tellsItsListeners_ofAsyncCalls(@TableName String table) {
        Recorder recorder = new Recorder();
        ConnectionManager.table().addListener(recorder);
        try {
            User.objects.async().save(User.of("u1", "a@b.c")).join();
            User.objects.async().using(User_.userId.eq("u1")).first().join();
        } finally {
            ConnectionManager.table().removeListener(recorder);
        }
        User.objects.async().get(User_.userId.eq("u1")).join();

        assertThat(recorder.operationsOn(table)).containsExactly("PutItem User", "Query User");
    }

    @Test
    void asyncBulkRetries_reachTheListener_withWhatIsLeftAndWhy(DynamoDbLocal local, @TableName String table) {
        FaultInjector faults = new FaultInjector().throttleEvery(3).withholdEvery(2);
        Recorder recorder = new Recorder();
        try (DynamoDbAsyncClient faulty = faults.asyncClient(local)) {
            Storm storm = Storm.builder().client(local.client()).asyncClient(faulty).tableName(table)
                    .listener(recorder).build();
            List<Order> orders = IntStream.range(0, 200).mapToObj(i -> Order.of("u" + i % 4, "o" + i, i)).toList();
            BulkOptions quick = BulkOptions.defaults().withBaseDelay(Duration.ofMillis(1))
                    .withMaxDelay(Duration.ofMillis(5));

            assertThat(storm.manager(Order.class).async().bulkSave(orders, quick).join().succeeded())
                    .isEqualTo(200);
            assertThat(storm.manager(Order.class).async().bulkGet(orders, quick).join()).hasSize(200);
        }
        ListenerFunctionalTest.assertRetriesTold(recorder, faults, table);
        assertThat(recorder.retries.stream().map(StormRetry::operation).distinct())
                .containsExactlyInAnyOrder("BatchWriteItem", "BatchGetItem");
        assertThat(recorder.ended.stream().filter(e -> e.operation().startsWith("Batch")))
                .hasSize(faults.batchCalls());
        assertThat(recorder.started).hasSameSizeAs(recorder.ended);
    }

    @Test
    void theRequestLog_writesTheSameLines_forAsyncRequestsAndRetries(DynamoDbLocal local, @TableName String table) {
        Queue<SubstituteLoggingEvent> logged = new ConcurrentLinkedQueue<>();
        RequestLog log = new RequestLog(ListenerFunctionalTest.recording("dev.storm.requests", logged),
                ListenerFunctionalTest.recording("dev.storm.retries", logged));
        FaultInjector faults = new FaultInjector().withholdEvery(1);
        try (DynamoDbAsyncClient faulty = faults.asyncClient(local)) {
            Storm storm = Storm.builder().client(local.client()).asyncClient(faulty).tableName(table).listener(log)
                    .build();
            storm.manager(User.class).async().save(User.of("u1", "a@b.c")).join();
            assertThat(catchThrowable(() -> storm.manager(User.class).async().create(User.of("u1", "a@b.c"))
                    .join())).hasCauseInstanceOf(ObjectAlreadyExistsException.class);
            storm.manager(Order.class).async().bulkSave(IntStream.range(0, 3).mapToObj(i -> Order.of("u1", "o" + i,
                    i)).toList(), BulkOptions.defaults().withBaseDelay(Duration.ofMillis(1))).join();
        }

        ListenerFunctionalTest.assertLoggedAlike(logged, table);
    }

    @Test
    @SuppressWarnings("try")
    void aTableContext_keepsItsListenersAndTable_forTheWholeAsyncCall(DynamoDbAsyncClient asyncClient,
                                                                      @TableName String table) {
        Recorder recorder = new Recorder();
        ConnectionManager.table().addListener(recorder);
        CompletableFuture<List<User>> users;
        try (TableContext ignored = ConnectionManager.table().tableContext(table, null, asyncClient)) {
            users = User.objects.async().using(User_.userId.eq("nobody")).list();
        } finally {
            ConnectionManager.table().removeListener(recorder);
        }
        assertThat(users.join()).isEmpty();
        assertThat(recorder.operationsOn(table)).containsExactly("Query User");
    }
}
