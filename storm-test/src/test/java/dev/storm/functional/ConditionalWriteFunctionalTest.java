package dev.storm.functional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storm.ConditionFailedException;
import dev.storm.ObjectDoesNotExistException;
import dev.storm.functional.model.Order;
import dev.storm.functional.model.Order_;
import dev.storm.test.StormTest;
import org.junit.jupiter.api.Test;

/** {@code save}, {@code update} and {@code delete} with a user condition. */
@StormTest(tablePerMethod = true)
class ConditionalWriteFunctionalTest {

    private static Order stored(String id) {
        return Order.objects.get(Order_.userId.eq("u1"), Order_.orderId.eq(id));
    }

    @Test
    void save_whenTheConditionHolds_overwrites() {
        Order.of("u1", "o1", 10).save();

        Order.objects.save(Order.of("u1", "o1", 99), Order_.status.eq("SMALL"));

        assertThat(stored("o1").amount()).isEqualTo(99);
    }

    @Test
    void save_whenTheConditionFails_isConditionFailed_andChangesNothing() {
        Order.of("u1", "o1", 10).save();

        assertThatThrownBy(() -> Order.objects.save(Order.of("u1", "o1", 99), Order_.status.eq("BIG")))
                .isInstanceOf(ConditionFailedException.class)
                .hasMessageContaining("Order.status = \"BIG\"")
                .hasMessageContaining("Order(PK=U#u1#USER, SK=O#o1)");
        assertThat(stored("o1").amount()).isEqualTo(10);
    }

    @Test
    void save_withAConditionOnAnAbsentItem_isConditionFailed_andWritesNothing() {
        assertThatThrownBy(() -> Order.objects.save(Order.of("u1", "o1", 99), Order_.status.eq("SMALL")))
                .isInstanceOf(ConditionFailedException.class).hasMessageContaining("is not stored");
        assertThat(Order.objects.using(Order_.userId.eq("u1")).list()).isEmpty();
    }

    @Test
    void update_withAHoldingCondition_appliesAndReturnsTheItem() {
        Order.of("u1", "o1", 10).save();

        Order paid = Order.objects.update(Order.of("u1", "o1", 0), Order_.status.eq("SMALL").and(Order_.amount.lt(20)),
                Order_.status.set("PAID"));

        assertThat(paid.status()).isEqualTo("PAID");
        assertThat(paid.amount()).isEqualTo(10);
    }

    @Test
    void update_withAFailingCondition_isConditionFailed_andChangesNothing() {
        Order.of("u1", "o1", 10).save();

        assertThatThrownBy(() -> Order.objects.update(Order.of("u1", "o1", 0), Order_.status.eq("BIG"),
                Order_.status.set("PAID"))).isInstanceOf(ConditionFailedException.class)
                .hasMessageContaining("Order.status = \"BIG\"");
        assertThat(stored("o1").status()).isEqualTo("SMALL");
    }

    @Test
    void update_withAConditionOnAnAbsentItem_isDoesNotExist_andCreatesNothing() {
        assertThatThrownBy(() -> Order.objects.update(Order.of("u1", "o1", 0), Order_.status.eq("SMALL"),
                Order_.status.set("PAID"))).isInstanceOf(ObjectDoesNotExistException.class)
                .hasMessageContaining("O#o1");
        assertThat(Order.objects.using(Order_.userId.eq("u1")).list()).isEmpty();
    }

    @Test
    void delete_respectsTheCondition() {
        Order.of("u1", "o1", 10).save();

        assertThatThrownBy(() -> Order.objects.delete(Order.of("u1", "o1", 0), Order_.status.eq("BIG")))
                .isInstanceOf(ConditionFailedException.class);
        assertThat(stored("o1").amount()).isEqualTo(10);
        Order.objects.delete(Order.of("u1", "o1", 0), Order_.status.eq("SMALL"));
        assertThat(Order.objects.using(Order_.userId.eq("u1")).list()).isEmpty();
    }
}
