package dev.storm.functional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.storm.F;
import dev.storm.InvalidTransactionException;
import dev.storm.InvalidValueException;
import dev.storm.Model;
import dev.storm.StormException;
import dev.storm.Transaction;
import dev.storm.TransactionCanceledException;
import dev.storm.TransactionCanceledException.Reason;
import dev.storm.TransactionReads;
import dev.storm.functional.model.Account;
import dev.storm.functional.model.Account_;
import dev.storm.functional.model.Member;
import dev.storm.functional.model.Member_;
import dev.storm.functional.model.Order;
import dev.storm.functional.model.Order_;
import dev.storm.functional.model.User;
import dev.storm.functional.model.User_;
import dev.storm.test.DynamoDbLocal;
import dev.storm.test.StormTest;
import dev.storm.test.TableName;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * {@code Transaction.atomic} (and its async twin {@code Transaction.atomicAsync}, through the same scenarios) and
 * {@code Transaction.read} (and {@code Transaction.readAsync}, likewise): all or nothing, and a clear account of any
 * refusal.
 */
@StormTest(tablePerMethod = true)
class TransactionFunctionalTest {

    private static final Account OPEN = new Account("acc1", "acc1@b.c", "OPEN", null);

    @ParameterizedTest
    @EnumSource(Way.class)
    void atomic_appliesCreateUpdateDeleteAndCheck_together(Way way, DynamoDbClient client, @TableName String table) {
        User user = User.objects.create(User.of("u1", "a@b.c"));
        Order cartItem = Order.objects.create(Order.of("u1", "cart", 5));
        Account account = Account.objects.create(OPEN);
        Order order = Order.of("u1", "o1", 25);

        way.atomic(tx -> {
            tx.create(order);
            tx.update(user, User_.logins.set(F.of(User_.logins).plus(1)));
            tx.delete(cartItem);
            tx.check(account, Account_.status.eq("OPEN"));
        });

        assertThat(Order.objects.using(Order_.userId.eq("u1")).list()).containsExactly(order);
        assertThat(User.objects.get(User_.userId.eq("u1")).logins()).isEqualTo(1);
        assertThat(Account.objects.get(Account_.accountId.eq("acc1")).version()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(Way.class)
    void atomic_whenACheckFails_writesNothing_andNamesTheCheck(Way way) {
        User user = User.objects.create(User.of("u1", "a@b.c"));
        Account closed = Account.objects.create(new Account("acc1", "acc1@b.c", "CLOSED", null));

        assertThatThrownBy(() -> way.atomic(tx -> {
            tx.create(Order.of("u1", "o1", 25));
            tx.update(user, User_.logins.add(1));
            tx.check(closed, Account_.status.eq("OPEN"));
        })).isInstanceOfSatisfying(TransactionCanceledException.class, e -> {
            assertThat(e.failures()).singleElement().satisfies(f -> {
                assertThat(f.index()).isEqualTo(2);
                assertThat(f.reason()).isEqualTo(Reason.CONDITION_FAILED);
                assertThat(f.operation()).isEqualTo("check Account(PK=A#acc1#Account, SK=Account)");
                assertThat(f.model()).isEqualTo(closed);
                assertThat(f.message()).contains("Account.status = \"OPEN\"");
            });
            assertThat(e.getMessage()).contains("operation 2", "CONDITION_FAILED");
        });
        assertThat(Order.objects.using(Order_.userId.eq("u1")).list()).isEmpty();
        assertThat(User.objects.get(User_.userId.eq("u1")).logins()).isZero();
    }

    @ParameterizedTest
    @EnumSource(Way.class)
    void atomic_whenACreatedItemExists_namesWhichOne(Way way, DynamoDbClient client, @TableName String table) {
        Order.objects.create(Order.of("u1", "o2", 1));

        assertThatThrownBy(() -> way.atomic(tx -> {
            tx.create(Order.of("u1", "o1", 10));
            tx.create(Order.of("u1", "o2", 20));
        })).isInstanceOfSatisfying(TransactionCanceledException.class, e -> {
            TransactionCanceledException.Failure f = e.failures().get(0);
            assertThat(f.index()).isEqualTo(1);
            assertThat(f.reason()).isEqualTo(Reason.ALREADY_EXISTS);
            assertThat(f.pk()).isEqualTo("U#u1#USER");
            assertThat(f.sk()).isEqualTo("O#o2");
            assertThat(f.message()).contains("already exists");
        });
        assertThat(TableScan.items(client, table)).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(Way.class)
    void atomic_updateOfAnAbsentItem_isDoesNotExist(Way way) {
        assertThatThrownBy(() -> way.atomic(tx -> tx.update(User.of("ghost", "g@b.c"),
                User_.name.set("Boo")))).isInstanceOfSatisfying(TransactionCanceledException.class,
                        e -> assertThat(e.failures().get(0).reason()).isEqualTo(Reason.DOES_NOT_EXIST));
        assertThat(User.objects.using(User_.userId.eq("ghost")).list()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Way.class)
    void atomic_withAStaleVersion_isVersionConflict(Way way) {
        Account v1 = Account.objects.create(OPEN);
        v1.update(Account_.status.set("FROZEN"));

        assertThatThrownBy(() -> way.atomic(tx -> tx.update(v1, Account_.status.set("CLOSED"))))
                .isInstanceOfSatisfying(TransactionCanceledException.class, e -> assertThat(
                        e.failures().get(0).reason()).isEqualTo(Reason.VERSION_CONFLICT));
        assertThat(Account.objects.get(Account_.accountId.eq("acc1")).status()).isEqualTo("FROZEN");
    }

    @ParameterizedTest
    @EnumSource(Way.class)
    void atomic_withMoreThan100Items_isRefusedBeforeSending_andWritesNothing(Way way, DynamoDbClient client,
                                                                           @TableName String table) {
        assertThatThrownBy(() -> way.atomic(tx -> {
            for (int i = 0; i < 101; i++) {
                tx.create(Order.of("u1", "o" + i, i));
            }
        })).isInstanceOf(InvalidTransactionException.class).hasMessageContaining("at most 100")
                .hasMessageContaining("operation 100").hasMessageContaining("O#o100");
        assertThat(TableScan.items(client, table)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Way.class)
    void atomic_withExactly100Items_writesThemAll(Way way, DynamoDbClient client, @TableName String table) {
        way.atomic(tx -> {
            for (int i = 0; i < 100; i++) {
                tx.create(Order.of("u1", "o" + i, i));
            }
        });
        assertThat(TableScan.items(client, table)).hasSize(100);
    }

    @ParameterizedTest
    @EnumSource(Way.class)
    void atomic_guardItemsCountTowardTheLimit(Way way, DynamoDbClient client, @TableName String table) {
        assertThatThrownBy(() -> way.atomic(tx -> {
            for (int i = 0; i < 51; i++) {
                tx.create(new Account("a" + i, "a" + i + "@b.c", "OPEN", null));
            }
        })).isInstanceOf(InvalidTransactionException.class).hasMessageContaining("operation 50")
                .hasMessageContaining("guards");
        assertThat(TableScan.items(client, table)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Way.class)
    void atomic_withTheSameItemTwice_isRefusedBeforeSending(Way way, DynamoDbClient client, @TableName String table) {
        Order order = Order.of("u1", "o1", 10);

        assertThatThrownBy(() -> way.atomic(tx -> {
            tx.create(order);
            tx.update(order, Order_.status.set("PAID"));
        })).isInstanceOf(InvalidTransactionException.class).hasMessageContaining("Operation 1")
                .hasMessageContaining("PK=U#u1#USER, SK=O#o1").hasMessageContaining("operation 0");
        assertThat(TableScan.items(client, table)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Way.class)
    void atomic_withNoOperations_isRefused(Way way) {
        assertThatThrownBy(() -> way.atomic(tx -> { }))
                .isInstanceOf(InvalidTransactionException.class).hasMessageContaining("no operations");
    }

    @ParameterizedTest
    @EnumSource(Way.class)
    void atomic_withAnItemOver400Kb_isRefusedBeforeSending(Way way, DynamoDbClient client, @TableName String table) {
        Order huge = new Order("u1", "big", 1, "SMALL", "x".repeat(410_000));

        assertThatThrownBy(() -> way.atomic(tx -> {
            tx.create(Order.of("u1", "small", 1));
            tx.create(huge);
        })).isInstanceOf(InvalidValueException.class).hasMessageContaining("Order(PK=U#u1#USER, SK=O#big)")
                .hasMessageContaining("'payload'").hasMessageContaining("409600");
        assertThat(TableScan.items(client, table)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Way.class)
    void atomic_whenTheBodyThrows_sendsNothing(Way way, DynamoDbClient client, @TableName String table) {
        assertThatThrownBy(() -> way.atomic(tx -> {
            tx.create(Order.of("u1", "o1", 10));
            throw new IllegalStateException("changed my mind");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(TableScan.items(client, table)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Way.class)
    void aTransactionUsedAfterItsBlock_isRefused(Way way) {
        List<Transaction> leaked = new ArrayList<>();
        way.atomic(tx -> {
            tx.create(Order.of("u1", "o1", 10));
            leaked.add(tx);
        });

        assertThatThrownBy(() -> leaked.get(0).create(Order.of("u1", "o2", 10)))
                .isInstanceOf(InvalidTransactionException.class).hasMessageContaining("ended");
        assertThat(Order.objects.using(Order_.userId.eq("u1")).list()).extracting(Order::orderId)
                .containsExactly("o1");
    }

    @ParameterizedTest
    @EnumSource(Way.class)
    void atomic_savingAndDeletingUniqueModels_readsThem_andMovesTheirGuardsWithThem(Way way, DynamoDbClient client,
                                                                                   @TableName String table) {
        Member.objects.create(new Member("m1", "ann@b.c", "annie", "Ann"));
        Member.objects.create(new Member("m2", "bob@b.c", "bob", "Bob"));

        way.atomic(tx -> tx.save(new Member("m1", "ann@b.c", "ann2", "Ann"))
                .delete(new Member("m2", null, null, null))
                .create(new Member("m3", "carl@b.c", "carl", "Carl")));

        assertThat(TableScan.pks(client, table, "")).containsExactly("M#m1#MEMBER", "M#m3#MEMBER",
                "UNIQUE#MEMBER#email#ann@b.c", "UNIQUE#MEMBER#email#carl@b.c", "UNIQUE#MEMBER#nick#ann2",
                "UNIQUE#MEMBER#nick#carl");
        assertThat(Member.objects.get(Member_.memberId.eq("m1")).nickname()).isEqualTo("ann2");
    }

    @ParameterizedTest
    @EnumSource(Way.class)
    void atomic_withoutABody_isRefused_andSendsNothing(Way way, DynamoDbClient client, @TableName String table) {
        assertThatThrownBy(() -> way.atomic(null)).isInstanceOf(InvalidTransactionException.class)
                .hasMessageContaining("needs a body");
        assertThat(TableScan.items(client, table)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Way.class)
    void atomic_cancelledByConflictingTransactions_isSentAgainWithNewTokens_andAppliedOnce(
            Way way, DynamoDbLocal local, DynamoDbClient client, @TableName String table) {
        Interference conflicts = Interference.conflicting(2);

        way.through(conflicts, local, table, () -> way.atomic(tx -> tx.create(Order.of("u1", "o1", 10))
                .create(new Account("a1", "a1@b.c", "OPEN", null))));

        assertThat(conflicts.tokens()).hasSize(3).doesNotHaveDuplicates().allMatch(t -> t.matches("[0-9a-f-]{36}"));
        assertThat(conflicts.transmitted()).isEqualTo(1);
        assertThat(TableScan.pks(client, table, "")).containsExactly("A#a1#Account", "U#u1#USER",
                "UNIQUE#Account#email#a1@b.c");
    }

    @Test
    void request_carriesAnIdempotencyToken_andOneItemPerWrite() {
        var request = Transaction.request(tx -> {
            tx.create(Order.of("u1", "o1", 10));
            tx.create(new Account("a1", "a1@b.c", "OPEN", null));
        });

        assertThat(request.clientRequestToken()).matches("[0-9a-f-]{36}");
        assertThat(request.transactItems()).hasSize(3);
        assertThat(request.transactItems().get(2).put().item().get("PK").s())
                .isEqualTo("UNIQUE#Account#email#a1@b.c");
    }

    @ParameterizedTest
    @EnumSource(Way.class)
    void read_returnsOneConsistentSnapshot_inTheOrderAsked_withNullForMissing(Way way) {
        User user = User.objects.create(User.of("u1", "a@b.c"));
        Order order = Order.objects.create(Order.of("u1", "o1", 10));
        Order missing = Order.of("u1", "nope", 0);

        TransactionReads reads = way.read(order, missing, User.of("u1", null), order);

        assertThat(reads.items()).containsExactly(order, null, user, order);
        assertThat(reads.get(User.of("u1", null))).isEqualTo(user);
        assertThat(reads.get(missing)).isNull();
        assertThatThrownBy(() -> reads.get(Order.of("u1", "other", 0)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("O#other");
    }

    @ParameterizedTest
    @EnumSource(Way.class)
    void read_ofACollectionOfMixedModels_sendsEachKeyOnce(Way way, DynamoDbLocal local, @TableName String table) {
        Order o1 = Order.objects.create(Order.of("u1", "o1", 10));
        Order o2 = Order.objects.create(Order.of("u1", "o2", 20));
        Account account = Account.objects.create(OPEN);
        Interference sent = Interference.conflictingReads(0);
        List<Model<?>> keys = List.of(Order.of("u1", "o2", 0), new Account("acc1", null, null, null),
                Order.of("u1", "o1", 0), Order.of("u1", "o2", 0), Order.of("u2", "o1", 0));

        assertThat(readThrough(way, sent, local, table, keys).items()).containsExactly(o2, account, o1, o2, null);
        assertThat(sent.transmitted()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(Way.class)
    void read_cancelledByAWriteTransaction_isSentAgain_andReturnsTheItems(Way way, DynamoDbLocal local,
                                                                         @TableName String table) {
        Order order = Order.objects.create(Order.of("u1", "o1", 10));
        Interference conflicts = Interference.conflictingReads(2);

        List<Order> keys = List.of(order, Order.of("u1", "o2", 0));

        assertThat(readThrough(way, conflicts, local, table, keys).items()).containsExactly(order, null);
        assertThat(conflicts.transmitted()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(Way.class)
    void read_cancelledMoreOftenThanItRetries_namesTheConflict(Way way, DynamoDbLocal local,
                                                              @TableName String table) {
        Order order = Order.objects.create(Order.of("u1", "o1", 10));
        Interference conflicts = Interference.conflictingReads(100);

        way.through(conflicts, local, table, () -> assertThatThrownBy(() -> way.read(order))
                .isInstanceOfSatisfying(TransactionCanceledException.class, e -> {
                    assertThat(e.failures()).hasSize(1);
                    assertThat(e.failures().get(0).reason()).isEqualTo(Reason.TRANSACTION_CONFLICT);
                    assertThat(e.failures().get(0).operation()).contains("O#o1");
                }));
        assertThat(conflicts.transmitted()).isZero();
    }

    @ParameterizedTest
    @EnumSource(Way.class)
    void read_ofMoreThan100Keys_isRefused_andSendsNothing(Way way, DynamoDbLocal local, @TableName String table) {
        List<Order> keys = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            keys.add(Order.of("u1", "o" + i, 0));
        }
        Interference sent = Interference.conflictingReads(0);

        way.through(sent, local, table, () -> assertThatThrownBy(() -> way.read(keys))
                .isInstanceOf(InvalidTransactionException.class)
                .hasMessage("Transaction.read got 101 distinct keys; a DynamoDB read transaction holds at most 100,"
                        + " so split them"));
        assertThat(sent.transmitted()).isZero();
    }

    @ParameterizedTest
    @EnumSource(Way.class)
    void read_ofBadKeys_isRefused_andSendsNothing(Way way, DynamoDbLocal local, @TableName String table) {
        Interference sent = Interference.conflictingReads(0);
        Order missingSortKey = Order.of("u1", null, 0);
        Throwable blocking = catchThrowable(() -> Transaction.read(missingSortKey));

        way.through(sent, local, table, () -> {
            assertThatThrownBy(() -> way.read(List.of()))
                    .isInstanceOf(InvalidTransactionException.class).hasMessageContaining("got no keys");
            assertThatThrownBy(() -> way.read(Order.of("u1", "o1", 0), null))
                    .isInstanceOf(InvalidValueException.class).hasMessage("Transaction.read: key 1 is null");
            assertThatThrownBy(() -> way.read(missingSortKey)).isInstanceOf(StormException.class)
                    .hasMessage(blocking.getMessage()).hasMessageContaining("Order").hasMessageContaining("orderId");
        });
        assertThat(sent.transmitted()).isZero();
    }

    /** {@code way.read(keys)} through a client of the local server with {@code interference}. */
    private static TransactionReads readThrough(Way way, Interference interference, DynamoDbLocal local,
                                                String table, List<? extends Model<?>> keys) {
        TransactionReads[] reads = new TransactionReads[1];
        way.through(interference, local, table, () -> reads[0] = way.read(keys));
        return reads[0];
    }
}
