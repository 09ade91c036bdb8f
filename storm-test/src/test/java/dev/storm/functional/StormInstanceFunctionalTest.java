package dev.storm.functional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storm.BulkResult;
import dev.storm.ConditionFailedException;
import dev.storm.ConnectionManager;
import dev.storm.F;
import dev.storm.InvalidValueException;
import dev.storm.ItemCollection;
import dev.storm.Manager;
import dev.storm.ObjectAlreadyExistsException;
import dev.storm.Page;
import dev.storm.QuerySet;
import dev.storm.Storm;
import dev.storm.TableContext;
import dev.storm.TableDefinition;
import dev.storm.TransactionReads;
import dev.storm.functional.model.Doc;
import dev.storm.functional.model.Doc_;
import dev.storm.functional.model.Member;
import dev.storm.functional.model.Member_;
import dev.storm.functional.model.Order;
import dev.storm.functional.model.Order_;
import dev.storm.functional.model.User;
import dev.storm.functional.model.User_;
import dev.storm.test.StormTest;
import dev.storm.test.TableName;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DeleteTableRequest;

/**
 * Two {@link Storm} instances on two tables in one JVM: the whole API through each writes and reads its own table
 * only, whatever table context the calling thread has open (here the test's own table, which must stay empty).
 */
@StormTest(tablePerMethod = true)
class StormInstanceFunctionalTest {

    private DynamoDbClient client;
    private String contextTable;
    private String tableA;
    private String tableB;
    private Storm alpha;
    private Storm bravo;

    @BeforeEach
    void twoTables(DynamoDbClient client, @TableName String contextTable) {
        this.client = client;
        this.contextTable = contextTable;
        tableA = contextTable + "_a";
        tableB = contextTable + "_b";
        TableDefinition.create(client, tableA);
        TableDefinition.create(client, tableB);
        alpha = Storm.builder().client(client).tableName(tableA).build();
        bravo = Storm.builder().client(client).tableName(tableB).build();
    }

    @AfterEach
    void dropTables() {
        client.deleteTable(DeleteTableRequest.builder().tableName(tableA).build());
        client.deleteTable(DeleteTableRequest.builder().tableName(tableB).build());
    }

    @Test
    void theWholeApi_throughTwoInstances_touchesOnlyEachInstancesTable() {
        exercise(alpha, tableA, "alpha");
        exercise(bravo, tableB, "bravo");

        List<Map<String, AttributeValue>> inA = TableScan.items(client, tableA);
        List<Map<String, AttributeValue>> inB = TableScan.items(client, tableB);
        // 2 users, 20 orders left by the bulk delete + 1 by the transaction, a member and its 2 guards, a doc
        assertThat(inA).hasSize(27);
        assertThat(inB).hasSize(27);
        assertThat(texts(inA)).anyMatch(t -> t.contains("alpha")).noneMatch(t -> t.contains("bravo"));
        assertThat(texts(inB)).anyMatch(t -> t.contains("bravo")).noneMatch(t -> t.contains("alpha"));
        assertThat(TableScan.items(client, contextTable)).isEmpty();
    }

    /** Every operation of the API through one instance, checking what each returns. */
    private void exercise(Storm storm, String table, String tag) {
        Manager<User> users = storm.manager(User.class);
        Manager<Order> orders = storm.manager(Order.class);
        assertThat(storm.manager(User.class)).isSameAs(users).isNotSameAs(User.objects);

        User u1 = users.create(User.of("u1", tag + "@b.c"));
        assertThat(users.get(User_.userId.eq("u1"))).isEqualTo(u1);
        assertThatThrownBy(() -> users.create(User.of("u1", "other@b.c")))
                .isInstanceOf(ObjectAlreadyExistsException.class).hasMessageContaining(table);
        users.save(User.of("u2", tag + "2@b.c"));
        users.save(User.of("u3", tag + "3@b.c"), false);
        users.save(new User("u2", null, tag + "2@b.c", "Bo", tag + "2@b.c", 0), User_.email.eq(tag + "2@b.c"));
        assertThat(users.get(User_.userId.eq("u2")).name()).isEqualTo("Bo");
        User once = users.update(u1, User_.logins.set(F.of(User_.logins).plus(1)));
        assertThat(once.logins()).isEqualTo(1);
        assertThat(users.update(once, User_.logins.eq(1), User_.name.set(tag)).name()).isEqualTo(tag);
        User u2 = users.get(User_.userId.eq("u2"));
        assertThatThrownBy(() -> users.delete(u2, User_.name.eq("nobody")))
                .isInstanceOf(ConditionFailedException.class);
        users.delete(users.get(User_.userId.eq("u3")), User_.name.eq("Ann"));
        assertThat(users.using(User_.emailGsi.eq(tag + "@b.c")).useIndex(true).list())
                .extracting(User::userId).containsExactly("u1");

        List<Order> placed = IntStream.range(0, 30)
                .mapToObj(i -> Order.of("u1", tag + String.format("%02d", i), i)).toList();
        assertThat(orders.bulkSave(placed).succeeded()).isEqualTo(30);
        assertThat(orders.bulkGet(placed)).isEqualTo(placed);
        assertThat(orders.bulkGetResult(placed).isComplete()).isTrue();

        QuerySet<Order> ofU1 = orders.using(Order_.userId.eq("u1"));
        assertThat(ofU1.list()).isEqualTo(placed);
        assertThat(ofU1.count()).isEqualTo(30);
        assertThat(ofU1.first()).contains(placed.get(0));
        assertThat(ofU1.reverse().first()).contains(placed.get(29));
        assertThat(ofU1.filter(Order_.amount.gt(24)).stream().count()).isEqualTo(5);
        assertThat(ofU1.using(Order_.orderId.beginsWith(tag + "1")).list()).isEqualTo(placed.subList(10, 20));
        Page<Order> first = ofU1.limit(5).page(null);
        assertThat(first.items()).isEqualTo(placed.subList(0, 5));
        assertThat(ofU1.limit(5).page(first.cursor()).items()).isEqualTo(placed.subList(5, 10));
        List<Order> iterated = new ArrayList<>();
        ofU1.limit(3).forEach(iterated::add);
        assertThat(iterated).isEqualTo(placed.subList(0, 3));

        assertThat(orders.all().list()).containsExactlyInAnyOrderElementsOf(placed);
        assertThat(orders.all().segments(4).parallelStream().toList()).containsExactlyInAnyOrderElementsOf(placed);
        assertThat(orders.all().segments(2).segment(1).list()).isSubsetOf(placed);

        ItemCollection.Items items = storm.itemCollection(User.class, Order.class).using(User_.userId.eq("u1"))
                .fetch();
        assertThat(items.first(User.class)).isPresent();
        assertThat(items.of(Order.class)).isEqualTo(placed);

        BulkResult deleted = orders.bulkDelete(placed.subList(20, 30));
        assertThat(deleted.succeeded()).isEqualTo(10);
        assertThat(ofU1.count()).isEqualTo(20);

        Order viaTransaction = Order.of("u1", "tx-" + tag, 1);
        storm.atomic(tx -> tx.create(viaTransaction).update(users.get(User_.userId.eq("u1")), User_.logins.add(1)));
        TransactionReads reads = storm.read(viaTransaction, User.of("u1", null));
        assertThat(reads.get(viaTransaction)).isEqualTo(viaTransaction);
        assertThat(reads.get(User.of("u1", null)).logins()).isEqualTo(2);

        Manager<Member> members = storm.manager(Member.class);
        Member member = members.create(new Member("m1", tag + "@m.c", "nick-" + tag, "Ann"));
        members.update(member, Member_.email.set(tag + "-new@m.c"));
        assertThat(members.get(Member_.memberId.eq("m1")).email()).isEqualTo(tag + "-new@m.c");

        Manager<Doc> docs = storm.manager(Doc.class);
        Doc doc = docs.create(new Doc("d1", tag, 0, 0));
        docs.save(doc.withTitle(tag + "-2"));
        assertThat(docs.get(Doc_.docId.eq("d1")).version()).isEqualTo(2);
    }

    @Test
    void requestsBuiltThroughAnInstance_nameItsTable() {
        Manager<User> users = alpha.manager(User.class);
        User u = User.of("u1", "a@b.c");
        assertThat(users.getRequest(u).tableName()).isEqualTo(tableA);
        assertThat(users.saveRequest(u, false).tableName()).isEqualTo(tableA);
        assertThat(users.updateRequest(u, User_.name.set("x")).tableName()).isEqualTo(tableA);
        assertThat(users.deleteRequest(u).tableName()).isEqualTo(tableA);
        assertThat(users.using(User_.userId.eq("u1")).toRequest().tableName()).isEqualTo(tableA);
        assertThat(users.all().toRequest().tableName()).isEqualTo(tableA);
        assertThat(bravo.itemCollection(User.class, Order.class).using(User_.userId.eq("u1")).toRequest()
                .tableName()).isEqualTo(tableB);
        assertThat(bravo.transactionRequest(tx -> tx.create(u)).transactItems().get(0).put().tableName())
                .isEqualTo(tableB);
        assertThat(User.objects.getRequest(u).tableName()).isEqualTo(contextTable);
    }

    @Test
    void anInstancesQuerySet_ignoresTheTableContextItIsIteratedIn() {
        alpha.manager(Order.class).create(Order.of("u1", "in-a", 1));
        bravo.manager(Order.class).create(Order.of("u1", "in-b", 2));
        QuerySet<Order> bound = alpha.manager(Order.class).using(Order_.userId.eq("u1"));
        QuerySet<Order> unbound = Order.objects.using(Order_.userId.eq("u1"));

        TableContext inB = ConnectionManager.table().tableContext(tableB, null);
        try (inB) {
            assertThat(bound.list()).extracting(Order::orderId).containsExactly("in-a");
            // the default query set takes the table of the thread that iterates it, when it does
            assertThat(unbound.list()).extracting(Order::orderId).containsExactly("in-b");
        }
        assertThat(unbound.list()).isEmpty();
    }

    @Test
    void twoInstances_usedFromManyThreadsAtOnce_keepTheirItemsApart() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Void>> work = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                int n = i;
                Storm storm = n % 2 == 0 ? alpha : bravo;
                String tag = n % 2 == 0 ? "alpha" : "bravo";
                work.add(() -> {
                    Manager<User> users = storm.manager(User.class);
                    users.save(User.of("u" + n / 2, tag + n + "@b.c"));
                    users.update(users.get(User_.userId.eq("u" + n / 2)), User_.name.set(tag));
                    return null;
                });
            }
            for (Future<Void> f : pool.invokeAll(work)) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(alpha.manager(User.class).all().list()).hasSize(20).allMatch(u -> u.name().equals("alpha"));
        assertThat(bravo.manager(User.class).all().list()).hasSize(20).allMatch(u -> u.name().equals("bravo"));
        assertThat(TableScan.items(client, contextTable)).isEmpty();
    }

    @Test
    void builder_withoutClientOrTable_isRefused_withTheFix() {
        assertThatThrownBy(() -> Storm.builder().tableName("app").build())
                .isInstanceOf(InvalidValueException.class).hasMessageContaining(".client(");
        assertThatThrownBy(() -> Storm.builder().client(client).tableName(" ").build())
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("table name, got ' '");
        Storm derived = alpha.toBuilder().tableName(tableB).build();
        assertThat(derived.tableName()).isEqualTo(tableB);
        assertThat(derived.client()).isSameAs(client);
    }

    private static List<String> texts(List<Map<String, AttributeValue>> items) {
        List<String> texts = new ArrayList<>();
        for (Map<String, AttributeValue> item : items) {
            item.values().forEach(v -> {
                if (v.s() != null) {
                    texts.add(v.s());
                }
            });
        }
        return texts;
    }
}
