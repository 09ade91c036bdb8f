package dev.storm.async;

import static dev.storm.async.AsyncAssert.assertFailsWith;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storm.ConditionFailedException;
import dev.storm.ConnectionManager;
import dev.storm.F;
import dev.storm.InvalidKeyException;
import dev.storm.InvalidValueException;
import dev.storm.MissingRequiredFieldsException;
import dev.storm.ObjectAlreadyExistsException;
import dev.storm.ObjectDoesNotExistException;
import dev.storm.StormException;
import dev.storm.TableContext;
import dev.storm.TableDefinition;
import dev.storm.UniqueConstraintException;
import dev.storm.VersionConflictException;
import dev.storm.functional.model.Counter;
import dev.storm.functional.model.Counter_;
import dev.storm.functional.model.Doc;
import dev.storm.functional.model.Doc_;
import dev.storm.functional.model.Member;
import dev.storm.functional.model.Order;
import dev.storm.functional.model.Order_;
import dev.storm.functional.model.User;
import dev.storm.functional.model.User_;
import dev.storm.test.DynamoDbLocal;
import dev.storm.test.StormTest;
import dev.storm.test.TableName;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Every AsyncManager call against DynamoDB Local: the blocking call's results, and its exceptions as the cause. */
@StormTest(tablePerMethod = true)
class AsyncManagerFunctionalTest {

    private static long itemCount(DynamoDbClient client, String table) {
        return client.scan(s -> s.tableName(table)).count();
    }

    @Test
    void create_thenGet_givesTheStoredModel() {
        User created = User.objects.async().create(User.of("u1", "a@b.c")).join();
        User got = User.objects.async().get(User_.userId.eq("u1")).join();
        assertThat(got).isEqualTo(created).isEqualTo(User.objects.get(User_.userId.eq("u1")));
        assertThat(got.type()).isEqualTo("METADATA");
    }

    @Test
    void get_ofAbsentItem_failsWithObjectDoesNotExist() {
        assertFailsWith(() -> User.objects.async().get(User_.userId.eq("nobody")))
                .isInstanceOf(ObjectDoesNotExistException.class)
                .hasMessageContaining("User(PK=U#nobody#USER, SK=T#METADATA)");
    }

    @Test
    void create_ofExistingItem_failsWithObjectAlreadyExists_andKeepsTheStoredOne() {
        User.objects.create(User.of("u1", "first@b.c"));
        assertFailsWith(() -> User.objects.async().create(User.of("u1", "second@b.c")))
                .isInstanceOf(ObjectAlreadyExistsException.class).hasMessageContaining("U#u1#USER");
        assertThat(User.objects.get(User_.userId.eq("u1")).email()).isEqualTo("first@b.c");
    }

    @Test
    void save_overwrites_andWithoutOverrideRefuses() {
        User.objects.async().save(User.of("u1", "first@b.c")).join();
        User.objects.async().save(User.of("u1", "second@b.c")).join();
        assertThat(User.objects.get(User_.userId.eq("u1")).email()).isEqualTo("second@b.c");
        assertFailsWith(() -> User.objects.async().save(User.of("u1", "third@b.c"), false))
                .isInstanceOf(ObjectAlreadyExistsException.class);
        assertThat(User.objects.get(User_.userId.eq("u1")).email()).isEqualTo("second@b.c");
    }

    @Test
    void conditionalSave_appliesOnlyWhenTheConditionHolds() {
        Order.objects.save(Order.of("u1", "o1", 10));
        Order.objects.async().save(Order.of("u1", "o1", 20), Order_.status.eq("SMALL")).join();
        assertThat(Order.objects.get(Order_.userId.eq("u1"), Order_.orderId.eq("o1")).amount()).isEqualTo(20);
        assertFailsWith(() -> Order.objects.async().save(Order.of("u1", "o1", 99), Order_.status.eq("BIG")))
                .isInstanceOf(ConditionFailedException.class);
        assertThat(Order.objects.get(Order_.userId.eq("u1"), Order_.orderId.eq("o1")).amount()).isEqualTo(20);
    }

    @Test
    void update_returnsTheStoredItem_andIsAtomicServerSide() {
        Counter.objects.create(new Counter("c1", 1, 10));
        Counter c = Counter.objects.get(Counter_.counterId.eq("c1"));
        List<CompletableFuture<Counter>> increments = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            increments.add(Counter.objects.async().update(c, Counter_.hits.set(F.of(Counter_.hits).plus(1))));
        }
        CompletableFuture.allOf(increments.toArray(new CompletableFuture<?>[0])).join();
        assertThat(Counter.objects.get(Counter_.counterId.eq("c1")).hits()).isEqualTo(21);
        assertThat(increments).extracting(f -> f.join().hits()).doesNotHaveDuplicates();
    }

    @Test
    void update_ofAbsentItem_failsWithObjectDoesNotExist_andCreatesNothing(DynamoDbClient client,
                                                                            @TableName String table) {
        assertFailsWith(() -> User.objects.async().update(User.of("ghost", "g@b.c"), User_.name.set("Boo")))
                .isInstanceOf(ObjectDoesNotExistException.class).hasMessageContaining("U#ghost#USER");
        assertThat(itemCount(client, table)).isZero();
    }

    @Test
    void conditionalUpdate_failsWithConditionFailed_whenTheConditionDoesNotHold() {
        Order open = Order.objects.create(new Order("u1", "o1", 5, "OPEN", null));
        Order paid = Order.objects.async().update(open, Order_.status.eq("OPEN"), Order_.status.set("PAID")).join();
        assertThat(paid.status()).isEqualTo("PAID");
        assertFailsWith(() -> Order.objects.async().update(open, Order_.status.eq("OPEN"),
                Order_.status.set("SHIPPED"))).isInstanceOf(ConditionFailedException.class);
        assertThat(Order.objects.get(Order_.userId.eq("u1"), Order_.orderId.eq("o1")).status()).isEqualTo("PAID");
    }

    @Test
    void versionedWrites_refuseStaleModels_withVersionConflict() {
        Doc created = Doc.objects.async().create(new Doc("d1", "first", 0, 0)).join();
        assertThat(created.version()).isEqualTo(Doc.objects.create(new Doc("d2", "first", 0, 0)).version());
        Doc edited = Doc.objects.async().update(created, Doc_.title.set("second")).join();
        assertThat(edited.version()).isEqualTo(created.version() + 1);
        assertFailsWith(() -> Doc.objects.async().update(created, Doc_.title.set("stale")))
                .isInstanceOf(VersionConflictException.class);
        assertFailsWith(() -> Doc.objects.async().save(created.withTitle("stale")))
                .isInstanceOf(VersionConflictException.class);
        assertThat(Doc.objects.get(Doc_.docId.eq("d1")).title()).isEqualTo("second");
    }

    @Test
    void delete_removesTheItem_andConditionalDeleteRefuses(DynamoDbClient client, @TableName String table) {
        Order.objects.create(new Order("u1", "o1", 5, "OPEN", null));
        Order.objects.create(new Order("u1", "o2", 5, "OPEN", null));
        Order.objects.async().delete(Order.of("u1", "o1", 0)).join();
        assertFailsWith(() -> Order.objects.async().delete(Order.of("u1", "o2", 0), Order_.status.eq("PAID")))
                .isInstanceOf(ConditionFailedException.class);
        Order.objects.async().delete(Order.of("u1", "o2", 0), Order_.status.eq("OPEN")).join();
        Order.objects.async().delete(Order.of("u1", "absent", 0)).join();
        assertThat(itemCount(client, table)).isZero();
    }

    @Test
    void badInput_failsTheFuture_neverThrows_andSendsNothing(DynamoDbClient client, @TableName String table) {
        assertFailsWith(() -> User.objects.async().create(new User(null, null, "a@b.c", "Ann", "a@b.c", 0)))
                .isInstanceOf(MissingRequiredFieldsException.class).hasMessageContaining("[userId]");
        assertFailsWith(() -> User.objects.async().save(new User("a#b", null, "a@b.c", "Ann", "a@b.c", 0)))
                .isInstanceOf(InvalidKeyException.class).hasMessageContaining("User.userId");
        assertFailsWith(() -> Order.objects.async().update(Order.of("u1", "o1", 1)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("at least one change");
        assertFailsWith(() -> Order.objects.async().save(Order.of("u1", "o1", Double.NaN)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("Order.amount");
        assertFailsWith(() -> Order.objects.async().delete(Order.of("u1", "o1", 1), null))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("null condition");
        assertFailsWith(() -> Order.objects.async().get(Order_.amount.eq(3.0)))
                .isInstanceOf(StormException.class);
        assertFailsWith(() -> Order.objects.async().bulkSave(List.of()))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("no models");
        assertFailsWith(() -> Order.objects.async().bulkGet(java.util.Arrays.asList(Order.of("u1", "o1", 1), null)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("element 1 is null");
        assertThat(itemCount(client, table)).isZero();
    }

    @Test
    void concurrentCreatesOfOneUniqueValue_haveExactlyOneWinner_andTheLosersWriteNothing(DynamoDbClient client,
                                                                                         @TableName String table) {
        int racers = 16;
        List<CompletableFuture<Member>> creates = new ArrayList<>();
        for (int i = 0; i < racers; i++) {
            creates.add(Member.objects.async().create(new Member("m" + i, "same@b.c", "nick" + i, "Racer " + i)));
        }
        CompletableFuture.allOf(creates.toArray(CompletableFuture<?>[]::new)).handle((done, error) -> null).join();

        List<Member> winners = new ArrayList<>();
        List<Throwable> losers = new ArrayList<>();
        for (CompletableFuture<Member> create : creates) {
            create.handle((won, error) -> error == null ? winners.add(won) : losers.add(error.getCause())).join();
        }
        assertThat(winners).hasSize(1);
        assertThat(losers).hasSize(racers - 1).allSatisfy(e -> assertThat(e)
                .isInstanceOf(UniqueConstraintException.class).hasMessageContaining("Member.email = \"same@b.c\""));
        Member winner = winners.get(0);
        String owner = "M#" + winner.memberId() + "#MEMBER";
        List<Map<String, AttributeValue>> items = client.scan(s -> s.tableName(table).consistentRead(true)).items();
        assertThat(items).extracting(i -> i.get("PK").s()).containsExactlyInAnyOrder(owner,
                "UNIQUE#MEMBER#email#same@b.c", "UNIQUE#MEMBER#nick#" + winner.nickname());
        assertThat(items).filteredOn(i -> i.get("PK").s().startsWith("UNIQUE#"))
                .allSatisfy(guard -> assertThat(guard.get("ownerPK").s()).isEqualTo(owner));
    }

    @Test
    void theTableContext_isCapturedWhenTheCallIsMade(DynamoDbClient client, @TableName String table) {
        String other = table + "_other";
        TableDefinition.create(client, other);
        CompletableFuture<Void> saved;
        CompletableFuture<User> read;
        try (TableContext ignored = ConnectionManager.table().tableContext(other, null)) {
            saved = User.objects.async().save(User.of("u1", "a@b.c"));
        }
        saved.join();
        try (TableContext ignored = ConnectionManager.table().tableContext(other, null)) {
            read = User.objects.async().get(User_.userId.eq("u1"));
        }
        assertThat(read.join().email()).isEqualTo("a@b.c");
        assertThat(itemCount(client, table)).isZero();
        assertThat(client.getItem(g -> g.tableName(other).key(Map.of("PK", AttributeValue.fromS("U#u1#USER"),
                "SK", AttributeValue.fromS("T#METADATA")))).item()).containsEntry("email", AttributeValue.fromS("a@b.c"));
        client.deleteTable(d -> d.tableName(other));
    }

    @Test
    void aStormInstance_sendsThroughItsOwnAsyncClient(DynamoDbLocal local, DynamoDbClient client,
                                                      @TableName String table) {
        dev.storm.Storm storm = dev.storm.Storm.builder().client(client).asyncClient(local.asyncClient())
                .tableName(table).build();
        try (TableContext ignored = ConnectionManager.table().tableContext("storm_no_such_table", null)) {
            storm.manager(User.class).async().create(User.of("u9", "s@b.c")).join();
        }
        assertThat(User.objects.get(User_.userId.eq("u9")).email()).isEqualTo("s@b.c");
        dev.storm.Storm withoutAsync = dev.storm.Storm.builder().client(client).tableName(table).build();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> withoutAsync.manager(User.class).async())
                .isInstanceOf(InvalidValueException.class).hasMessageContaining(".asyncClient(");
    }

    @Test
    void aStormInstance_runsAsyncTransactionsOnItsOwnClientAndTable(DynamoDbLocal local, DynamoDbClient client,
                                                                    @TableName String table) {
        dev.storm.Storm storm = dev.storm.Storm.builder().client(client).asyncClient(local.asyncClient())
                .tableName(table).build();
        CompletableFuture<Void> done;
        try (TableContext ignored = ConnectionManager.table().tableContext("storm_no_such_table", null)) {
            done = storm.atomicAsync(tx -> tx.create(new Member("m1", "a@b.c", "ann", "Ann"))
                    .create(Order.of("u1", "o1", 5)));
        }
        assertThat(done.join()).isNull();
        assertThat(client.scan(s -> s.tableName(table)).items()).extracting(i -> i.get("PK").s())
                .containsExactlyInAnyOrder("M#m1#MEMBER", "UNIQUE#MEMBER#email#a@b.c", "UNIQUE#MEMBER#nick#ann",
                        "U#u1#USER");

        dev.storm.Storm withoutAsync = dev.storm.Storm.builder().client(client).tableName(table).build();
        assertFailsWith(() -> withoutAsync.atomicAsync(tx -> tx.create(Order.of("u1", "o2", 5))))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("storm.atomicAsync(...)")
                .hasMessageContaining(".asyncClient(");
        assertThat(itemCount(client, table)).isEqualTo(4);
    }

    @Test
    void aStormInstance_readsAsyncSnapshotsFromItsOwnClientAndTable(DynamoDbLocal local, DynamoDbClient client,
                                                                    @TableName String table) {
        dev.storm.Storm storm = dev.storm.Storm.builder().client(client).asyncClient(local.asyncClient())
                .tableName(table).build();
        Order order = storm.manager(Order.class).create(Order.of("u1", "o1", 5));
        User user = storm.manager(User.class).create(User.of("u1", "a@b.c"));
        CompletableFuture<dev.storm.TransactionReads> reads;
        CompletableFuture<dev.storm.TransactionReads> listed;
        try (TableContext ignored = ConnectionManager.table().tableContext("storm_no_such_table", null)) {
            reads = storm.readAsync(User.of("u1", null), Order.of("u1", "o1", 0), Order.of("u1", "o2", 0));
            listed = storm.readAsync(List.of(Order.of("u1", "o1", 0)));
        }
        assertThat(reads.join().items()).containsExactly(user, order, null);
        assertThat(listed.join().items()).containsExactly(order);

        dev.storm.Storm withoutAsync = dev.storm.Storm.builder().client(client).tableName(table).build();
        assertFailsWith(() -> withoutAsync.readAsync(Order.of("u1", "o1", 0)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("storm.readAsync(...)")
                .hasMessageContaining(".asyncClient(");
        assertFailsWith(() -> storm.readAsync(List.of()))
                .isInstanceOf(dev.storm.InvalidTransactionException.class).hasMessageContaining("got no keys");
    }
}
