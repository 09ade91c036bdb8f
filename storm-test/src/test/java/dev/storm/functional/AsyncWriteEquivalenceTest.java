package dev.storm.functional;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storm.ConnectionManager;
import dev.storm.F;
import dev.storm.TableContext;
import dev.storm.TableDefinition;
import dev.storm.functional.model.Counter;
import dev.storm.functional.model.Counter_;
import dev.storm.functional.model.Doc;
import dev.storm.functional.model.Doc_;
import dev.storm.functional.model.Everything;
import dev.storm.functional.model.Order;
import dev.storm.functional.model.Order_;
import dev.storm.functional.model.Ticket;
import dev.storm.functional.model.Ticket_;
import dev.storm.functional.model.User;
import dev.storm.functional.model.User_;
import dev.storm.test.DynamoDbLocal;
import dev.storm.test.StormTest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The same writes made through the blocking manager into one table and through the async manager into another leave
 * byte-identical items (timestamps aside, which are the time of each write), and return equal models.
 */
@StormTest
class AsyncWriteEquivalenceTest {

    /** The writes, the same in both worlds: each step returns what the call returned, for comparison. */
    private interface Writes {
        Object create(Object model);

        void save(Object model);

        Object update(Object step);

        void delete(Object model);
    }

    @SuppressWarnings("try")
    private static List<Map<String, AttributeValue>> run(String table, Consumer<List<Object>> writes,
                                                         List<Object> results) {
        DynamoDbClient client = DynamoDbLocal.shared().client();
        TableDefinition.create(client, table);
        try (TableContext ignored = ConnectionManager.table().tableContext(table, client)) {
            writes.accept(results);
        }
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        for (Map<String, AttributeValue> item : client.scan(s -> s.tableName(table)).items()) {
            Map<String, AttributeValue> copy = new HashMap<>(item);
            copy.remove("createdAt");
            copy.remove("updatedAt");
            items.add(copy);
        }
        items.sort(Comparator.comparing(i -> i.get("PK").s() + "|" + i.get("SK").s()));
        client.deleteTable(d -> d.tableName(table));
        return items;
    }

    @Test
    void blockingAndAsyncCalls_writeIdenticalItems_andReturnEqualModels() {
        List<Object> blockingResults = new ArrayList<>();
        List<Map<String, AttributeValue>> blocking = run("storm_equivalence_blocking", r -> {
            r.add(User.objects.create(User.of("u1", "a@b.c")));
            User.objects.save(new User("u2", null, "b@b.c", "Bob", "b@b.c", 3));
            r.add(User.objects.update(User.of("u2", "b@b.c"), User_.emailGsi.set("new@b.c"), User_.logins.add(2)));
            Order.objects.save(Order.of("u1", "o1", 12.5));
            r.add(Order.objects.update(Order.of("u1", "o1", 12.5), Order_.status.eq("SMALL"),
                    Order_.status.set("PAID")));
            Order.objects.save(Order.of("u1", "o2", 99));
            Order.objects.delete(Order.of("u1", "o2", 0), Order_.status.eq("BIG"));
            r.add(Everything.objects.create(TypesFunctionalTest.sample("e1")));
            r.add(Doc.objects.create(new Doc("d1", "first", 0, 0)));
            r.add(Doc.objects.update((Doc) r.get(r.size() - 1), Doc_.edits.set(F.of(Doc_.edits).plus(1))));
            Counter.objects.save(new Counter("c1", 1, 5));
            r.add(Counter.objects.update(new Counter("c1", 1, 5), Counter_.hits.add(4)));
            r.add(Ticket.objects.create(new Ticket("t1", "title", null, null)).title());
            r.add(Ticket.objects.update(new Ticket("t1", null, null, null), Ticket_.title.set("new")).title());
            r.add(Order.objects.bulkSave(List.of(Order.of("u3", "a", 1), Order.of("u3", "b", 2))).succeeded());
            r.add(Order.objects.bulkDelete(List.of(Order.of("u3", "a", 0))).succeeded());
        }, blockingResults);

        List<Object> asyncResults = new ArrayList<>();
        List<Map<String, AttributeValue>> async = run("storm_equivalence_async", r -> {
            r.add(User.objects.async().create(User.of("u1", "a@b.c")).join());
            User.objects.async().save(new User("u2", null, "b@b.c", "Bob", "b@b.c", 3)).join();
            r.add(User.objects.async().update(User.of("u2", "b@b.c"), User_.emailGsi.set("new@b.c"),
                    User_.logins.add(2)).join());
            Order.objects.async().save(Order.of("u1", "o1", 12.5)).join();
            r.add(Order.objects.async().update(Order.of("u1", "o1", 12.5), Order_.status.eq("SMALL"),
                    Order_.status.set("PAID")).join());
            Order.objects.async().save(Order.of("u1", "o2", 99)).join();
            Order.objects.async().delete(Order.of("u1", "o2", 0), Order_.status.eq("BIG")).join();
            r.add(Everything.objects.async().create(TypesFunctionalTest.sample("e1")).join());
            r.add(Doc.objects.async().create(new Doc("d1", "first", 0, 0)).join());
            r.add(Doc.objects.async().update((Doc) r.get(r.size() - 1), Doc_.edits.set(F.of(Doc_.edits).plus(1)))
                    .join());
            Counter.objects.async().save(new Counter("c1", 1, 5)).join();
            r.add(Counter.objects.async().update(new Counter("c1", 1, 5), Counter_.hits.add(4)).join());
            r.add(Ticket.objects.async().create(new Ticket("t1", "title", null, null)).join().title());
            r.add(Ticket.objects.async().update(new Ticket("t1", null, null, null), Ticket_.title.set("new")).join()
                    .title());
            r.add(Order.objects.async().bulkSave(List.of(Order.of("u3", "a", 1), Order.of("u3", "b", 2))).join()
                    .succeeded());
            r.add(Order.objects.async().bulkDelete(List.of(Order.of("u3", "a", 0))).join().succeeded());
        }, asyncResults);

        assertThat(async).hasSize(8).isEqualTo(blocking);
        assertThat(asyncResults).usingRecursiveComparison().isEqualTo(blockingResults);
    }
}
