package dev.storm.functional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storm.BulkOptions;
import dev.storm.ConditionFailedException;
import dev.storm.ConnectionManager;
import dev.storm.ObjectAlreadyExistsException;
import dev.storm.ObjectDoesNotExistException;
import dev.storm.F;
import dev.storm.TableContext;
import dev.storm.TableDefinition;
import dev.storm.UniqueConstraintException;
import dev.storm.functional.model.Counter;
import dev.storm.functional.model.Counter_;
import dev.storm.functional.model.Doc;
import dev.storm.functional.model.Doc_;
import dev.storm.functional.model.Everything;
import dev.storm.functional.model.Member;
import dev.storm.functional.model.Member_;
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
 * byte-identical items (timestamps aside, which are the time of each write), and return equal models; models with
 * unique fields leave identical guard items too, and are refused with the same exceptions.
 */
@StormTest
class AsyncWriteEquivalenceTest {

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

    /** Plain, conditional, versioned, computed and bulk writes, made {@code way}; their results are added to r. */
    private static void writes(Way way, List<Object> r) {
        r.add(way.of(User.objects).create(User.of("u1", "a@b.c")));
        way.of(User.objects).save(new User("u2", null, "b@b.c", "Bob", "b@b.c", 3));
        r.add(way.of(User.objects).update(User.of("u2", "b@b.c"), User_.emailGsi.set("new@b.c"), User_.logins.add(2)));
        way.of(Order.objects).save(Order.of("u1", "o1", 12.5));
        r.add(way.of(Order.objects).update(Order.of("u1", "o1", 12.5), Order_.status.eq("SMALL"),
                Order_.status.set("PAID")));
        way.of(Order.objects).save(Order.of("u1", "o2", 99));
        way.of(Order.objects).delete(Order.of("u1", "o2", 0), Order_.status.eq("BIG"));
        r.add(way.of(Everything.objects).create(TypesFunctionalTest.sample("e1")));
        Doc d1 = way.of(Doc.objects).create(new Doc("d1", "first", 0, 0));
        r.add(d1);
        r.add(way.of(Doc.objects).update(d1, Doc_.edits.set(F.of(Doc_.edits).plus(1))));
        way.of(Counter.objects).save(new Counter("c1", 1, 5));
        r.add(way.of(Counter.objects).update(new Counter("c1", 1, 5), Counter_.hits.add(4)));
        r.add(way.of(Ticket.objects).create(new Ticket("t1", "title", null, null)).title());
        r.add(way.of(Ticket.objects).update(new Ticket("t1", null, null, null), Ticket_.title.set("new")).title());
        r.add(way.of(Order.objects).bulkSave(List.of(Order.of("u3", "a", 1), Order.of("u3", "b", 2))).succeeded());
        r.add(way.of(Order.objects).bulkDelete(List.of(Order.of("u3", "a", 0)), BulkOptions.defaults()).succeeded());
    }

    @Test
    void blockingAndAsyncCalls_writeIdenticalItems_andReturnEqualModels() {
        List<Object> blockingResults = new ArrayList<>();
        List<Map<String, AttributeValue>> blocking = run("storm_equivalence_blocking", r -> writes(Way.BLOCKING, r),
                blockingResults);
        List<Object> asyncResults = new ArrayList<>();
        List<Map<String, AttributeValue>> async = run("storm_equivalence_async", r -> writes(Way.ASYNC, r),
                asyncResults);

        assertThat(async).hasSize(8).isEqualTo(blocking);
        assertThat(asyncResults).hasSize(11).usingRecursiveComparison().isEqualTo(blockingResults);
    }

    /** Every write of a model with unique fields, made {@code way}; the results are added to {@code r}. */
    private static void uniqueWrites(Way way, List<Object> r) {
        Way.Calls<Member> members = way.of(Member.objects);
        Member ann = members.create(new Member("m1", "ann@b.c", "annie", "Ann"));
        r.add(ann);
        members.save(new Member("m2", "bob@b.c", "bob", "Bob"));
        members.save(new Member("m2", "bob@b.c", "bobby", "Bob"));
        members.save(new Member("m3", "carl@b.c", "carl", "Carl"), false);
        r.add(members.update(ann, Member_.email.set("ann2@b.c"), Member_.name.set("Ann A.")));
        r.add(members.update(ann, Member_.name.eq("Ann A."), Member_.nickname.set("ann")));
        r.add(members.update(ann, Member_.name.set("Ann B.")));
        members.save(new Member("m2", "bob@b.c", "bobby", "Bobby"), Member_.name.eq("Bob"));
        members.delete(new Member("m3", null, null, null), Member_.name.eq("Carl"));
        r.add(members.create(new Member("m5", null, "carl", "Carl II")));
        r.add(members.update(new Member("m5", null, null, null), Member_.nickname.remove()));
        members.save(new Member("m6", "dan@b.c", "dan", "Dan"));
        members.delete(new Member("m6", null, null, null));
        members.delete(new Member("ghost", null, null, null));
        assertThatThrownBy(() -> members.create(new Member("m4", "bob@b.c", "x", "X")))
                .isInstanceOf(UniqueConstraintException.class).hasMessageContaining("Member.email = \"bob@b.c\"");
        assertThatThrownBy(() -> members.update(ann, Member_.nickname.set("bobby")))
                .isInstanceOf(UniqueConstraintException.class).hasMessageContaining("Member.nickname = \"bobby\"");
        assertThatThrownBy(() -> members.save(new Member("m2", "ann2@b.c", "bobby", "Bob")))
                .isInstanceOf(UniqueConstraintException.class).hasMessageContaining("Member.email = \"ann2@b.c\"");
        assertThatThrownBy(() -> members.update(ann, Member_.name.eq("nobody"), Member_.email.set("new@b.c")))
                .isInstanceOf(ConditionFailedException.class).hasMessageContaining("Member.name");
        assertThatThrownBy(() -> members.delete(new Member("m2", null, null, null), Member_.name.eq("Bob")))
                .isInstanceOf(ConditionFailedException.class);
        assertThatThrownBy(() -> members.save(new Member("m1", "ann2@b.c", "ann", "Ann"), false))
                .isInstanceOf(ObjectAlreadyExistsException.class).hasMessageContaining("M#m1#MEMBER");
        assertThatThrownBy(() -> members.update(new Member("ghost", null, null, null), Member_.email.set("g@b.c")))
                .isInstanceOf(ObjectDoesNotExistException.class).hasMessageContaining("M#ghost#MEMBER");
    }

    @Test
    void uniqueWrites_blockingAndAsync_writeIdenticalItemsAndGuards_andRefuseAlike() {
        List<Object> blockingResults = new ArrayList<>();
        List<Map<String, AttributeValue>> blocking = run("storm_equivalence_unique_blocking",
                r -> uniqueWrites(Way.BLOCKING, r), blockingResults);
        List<Object> asyncResults = new ArrayList<>();
        List<Map<String, AttributeValue>> async = run("storm_equivalence_unique_async",
                r -> uniqueWrites(Way.ASYNC, r), asyncResults);

        assertThat(async).extracting(i -> i.get("PK").s()).containsExactly("M#m1#MEMBER", "M#m2#MEMBER",
                "M#m5#MEMBER", "UNIQUE#MEMBER#email#ann2@b.c", "UNIQUE#MEMBER#email#bob@b.c",
                "UNIQUE#MEMBER#nick#ann", "UNIQUE#MEMBER#nick#bobby");
        assertThat(async).isEqualTo(blocking);
        assertThat(asyncResults).hasSize(6).usingRecursiveComparison().isEqualTo(blockingResults);
    }
}
