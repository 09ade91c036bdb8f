package dev.storm.contract.writes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storm.BulkResult;
import dev.storm.VersionConflictException;
import dev.storm.ConditionFailedException;
import dev.storm.F;
import dev.storm.Transaction;
import dev.storm.TransactionCanceledException;
import dev.storm.UniqueConstraintException;
import dev.storm.test.StormTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The call sites of API.md section 8, written as they stand there, run against DynamoDB Local; the module compiles
 * with -Xlint:all, so a signature that made any of them warn would show here.
 */
@StormTest(tablePerMethod = true)
class WritesContractTest {

    @Test
    void section8_bulkWritesAndReads() {
        List<Order> orders = new ArrayList<>();
        for (int n = 0; n < 60; n++) {
            orders.add(new Order("u1", "o" + n, n, "NEW"));
        }
        List<Order> keys = List.of(new Order("u1", "o42", 0, null), new Order("u1", "missing", 0, null));

        BulkResult r = Order.objects.bulkSave(orders);         // BatchWriteItem, 25 a request, retried; r.failed() lists any not written
        List<Order> got = Order.objects.bulkGet(keys);          // BatchGetItem, 100 a request, in the order asked

        assertThat(r.succeeded()).isEqualTo(60);
        assertThat(r.failed()).isEmpty();
        assertThat(got).containsExactly(orders.get(42), null);
    }

    @Test
    void section8_transaction() {
        User user = User.objects.create(new User("u1", "ann@b.c", 0));
        CartItem cartItem = CartItem.objects.create(new CartItem("u1", "sku-1"));
        Account account = Account.objects.create(new Account("acc1", "OPEN", 0));
        Order order = new Order("u1", "o1", 25, "NEW");

        Transaction.atomic(tx -> {                              // TransactWriteItems, all or nothing
            tx.create(order);
            tx.update(user, User_.orderCount.set(F.of(User_.orderCount).plus(1)));
            tx.delete(cartItem);
            tx.check(account, Account_.status.eq("OPEN"));
        });

        assertThat(Order.objects.get(Order_.userId.eq("u1"), Order_.orderId.eq("o1"))).isEqualTo(order);
        assertThat(User.objects.get(User_.userId.eq("u1")).orderCount()).isEqualTo(1);
        assertThat(CartItem.objects.using(CartItem_.userId.eq("u1")).list()).isEmpty();
        assertThatThrownBy(() -> Transaction.atomic(tx -> tx.create(order)))
                .isInstanceOf(TransactionCanceledException.class).hasMessageContaining("operation 0");
    }

    @Test
    void section8_uniqueVersionAndConditionalWrites() {
        User.objects.create(new User("u1", "ann@b.c", 0));
        assertThatThrownBy(() -> User.objects.create(new User("u2", "ann@b.c", 0)))
                .isInstanceOf(UniqueConstraintException.class);

        Account read = Account.objects.create(new Account("acc1", "OPEN", 0));
        read.update(Account_.status.set("FROZEN"));
        assertThatThrownBy(() -> read.update(Account_.status.set("CLOSED")))
                .isInstanceOf(VersionConflictException.class);

        Order order = Order.objects.create(new Order("u1", "o1", 25, "NEW"));
        Order.objects.save(new Order("u1", "o1", 30, "NEW"), Order_.status.eq("NEW"));
        Order paid = Order.objects.update(order, Order_.status.eq("NEW"), Order_.status.set("PAID"));
        assertThat(paid.amount()).isEqualTo(30);
        assertThatThrownBy(() -> Order.objects.delete(order, Order_.status.eq("NEW")))
                .isInstanceOf(ConditionFailedException.class);
        Order.objects.delete(order, Order_.status.eq("PAID"));
        assertThat(Order.objects.using(Order_.userId.eq("u1")).list()).isEmpty();
    }
}
