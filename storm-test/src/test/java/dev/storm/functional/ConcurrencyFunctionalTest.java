package dev.storm.functional;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storm.VersionConflictException;
import dev.storm.ConnectionManager;
import dev.storm.F;
import dev.storm.TableContext;
import dev.storm.UniqueConstraintException;
import dev.storm.functional.model.Counter;
import dev.storm.functional.model.Counter_;
import dev.storm.functional.model.Doc;
import dev.storm.functional.model.Doc_;
import dev.storm.functional.model.Member;
import dev.storm.functional.model.Member_;
import dev.storm.test.StormTest;
import dev.storm.test.TableName;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Many threads writing one item at once: no update is lost, no unique value is given twice. */
@StormTest(tablePerMethod = true)
class ConcurrencyFunctionalTest {

    /** Runs the task on {@code threads} threads started together, each in a table context of the test's table. */
    @SuppressWarnings("try")
    private static <T> List<T> race(int threads, String table, DynamoDbClient client, Callable<T> task)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(() -> {
                    try (TableContext ignored = ConnectionManager.table().tableContext(table, client)) {
                        start.await();
                        return task.call();
                    }
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get(2, TimeUnit.MINUTES));
            }
            return results;
        } finally {
            pool.shutdownNow();
            assertThat(pool.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
        }
    }

    @Test
    void eightThreadsIncrementingWithF_endAtExactly2000(DynamoDbClient client, @TableName String table)
            throws Exception {
        Counter counter = Counter.objects.create(new Counter("c1", 0, 0));

        race(8, table, client, () -> {
            for (int i = 0; i < 250; i++) {
                counter.update(Counter_.hits.set(F.of(Counter_.hits).plus(1)));
            }
            return null;
        });

        assertThat(Counter.objects.get(Counter_.counterId.eq("c1")).hits()).isEqualTo(2000);
    }

    @Test
    void tenThreadsCreatingTheSameUniqueEmail_exactlyOneWins_andTheGuardAgrees(DynamoDbClient client,
                                                                              @TableName String table)
            throws Exception {
        AtomicInteger ids = new AtomicInteger();

        List<String> outcomes = race(10, table, client, () -> {
            String id = "m" + ids.incrementAndGet();
            try {
                Member.objects.create(new Member(id, "same@b.c", null, "racer " + id));
                return "won:" + id;
            } catch (UniqueConstraintException e) {
                return "lost";
            }
        });

        List<String> winners = outcomes.stream().filter(o -> o.startsWith("won:")).toList();
        assertThat(winners).hasSize(1);
        assertThat(outcomes).filteredOn("lost"::equals).hasSize(9);
        String winner = winners.get(0).substring(4);
        assertThat(TableScan.pks(client, table, "M#")).containsExactly("M#" + winner + "#MEMBER");
        List<Map<String, AttributeValue>> guards = new ArrayList<>();
        for (Map<String, AttributeValue> item : TableScan.items(client, table)) {
            if (item.get("PK").s().startsWith("UNIQUE#")) {
                guards.add(item);
            }
        }
        assertThat(guards).singleElement().satisfies(g -> {
            assertThat(g.get("PK").s()).isEqualTo("UNIQUE#MEMBER#email#same@b.c");
            assertThat(g.get("ownerPK").s()).isEqualTo("M#" + winner + "#MEMBER");
        });
        assertThat(Member.objects.get(Member_.memberId.eq(winner)).email()).isEqualTo("same@b.c");
    }

    @Test
    void eightThreadsDoingVersionedReadModifyWrite_loseNoUpdate(DynamoDbClient client, @TableName String table)
            throws Exception {
        Doc.objects.create(new Doc("d1", "Counter", 0, 0));
        AtomicInteger conflicts = new AtomicInteger();

        race(8, table, client, () -> {
            for (int i = 0; i < 25; i++) {
                while (true) {
                    Doc current = Doc.objects.get(Doc_.docId.eq("d1"));
                    try {
                        current.update(Doc_.edits.set(current.edits() + 1));
                        break;
                    } catch (VersionConflictException e) {
                        conflicts.incrementAndGet();
                    }
                }
            }
            return null;
        });

        Doc end = Doc.objects.get(Doc_.docId.eq("d1"));
        assertThat(end.edits()).isEqualTo(200);
        assertThat(end.version()).isEqualTo(201);
        assertThat(conflicts.get()).as("the threads did race").isPositive();
    }
}
