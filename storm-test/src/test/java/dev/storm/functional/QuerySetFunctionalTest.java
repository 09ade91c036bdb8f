package dev.storm.functional;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storm.functional.model.Order;
import dev.storm.functional.model.Order_;
import dev.storm.functional.model.TestModel;
import dev.storm.functional.model.TestModel_;
import dev.storm.functional.model.User;
import dev.storm.functional.model.User_;
import dev.storm.test.StormTest;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Query sets against DynamoDB Local: every option alone and together, lazily paged. */
@StormTest
class QuerySetFunctionalTest {

    /** u1 has orders o01..o30 with amount = 10 * n; u2 has one order; both users exist in the same partition. */
    @BeforeAll
    static void seed() {
        User.objects.create(User.of("u1", "u1@b.c"));
        User.objects.create(User.of("u2", "u2@b.c"));
        for (int n = 1; n <= 30; n++) {
            Order.objects.create(Order.of("u1", String.format("o%02d", n), 10.0 * n));
        }
        Order.objects.create(Order.of("u2", "o01", 5));
        for (int n = 1; n <= 5; n++) {
            new TestModel("aaa", "bbb", "c" + n, "d" + n, "eee", "fff", null, null, n).save();
        }
    }

    private static List<String> ids(Iterable<Order> orders) {
        List<String> ids = new ArrayList<>();
        orders.forEach(o -> ids.add(o.orderId()));
        return ids;
    }

    private static List<String> range(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(n -> String.format("o%02d", n)).toList();
    }

    @Test
    void using_returnsOnlyTheModelsItems_fromASharedPartition_inSortKeyOrder() {
        assertThat(ids(Order.objects.using(Order_.userId.eq("u1")))).isEqualTo(range(1, 30));
        assertThat(User.objects.using(User_.userId.eq("u1")).list()).extracting(User::userId).containsExactly("u1");
    }

    @Test
    void using_withTheWholeSortKey_findsOneItem() {
        assertThat(ids(Order.objects.using(Order_.userId.eq("u1"), Order_.orderId.eq("o07")))).containsExactly("o07");
    }

    @Test
    void limit_capsItemsReturned() {
        assertThat(ids(Order.objects.using(Order_.userId.eq("u1")).limit(4))).isEqualTo(range(1, 4));
    }

    @Test
    void limit_underAFilter_countsReturnedItems_acrossPages() {
        // amounts above 250 are o26..o30: the filter discards most of each small page
        List<String> got = ids(Order.objects.using(Order_.userId.eq("u1")).filter(Order_.amount.gt(250)).limit(3));
        assertThat(got).isEqualTo(range(26, 28));
    }

    @Test
    void reverse_returnsDescendingSortKeys() {
        assertThat(ids(Order.objects.using(Order_.userId.eq("u1")).reverse().limit(3)))
                .containsExactly("o30", "o29", "o28");
    }

    @Test
    void startingAfter_continuesAfterTheGivenSortKey_inEitherDirection() {
        assertThat(ids(Order.objects.using(Order_.userId.eq("u1"), Order_.orderId.eq("o27")).startingAfter(true)))
                .isEqualTo(range(28, 30));
        assertThat(ids(Order.objects.using(Order_.userId.eq("u1"), Order_.orderId.eq("o03")).startingAfter(true)
                .reverse())).containsExactly("o02", "o01");
    }

    @Test
    void only_projectsTheNamedAttributes_othersReadAsNullOrZero() {
        Order o = Order.objects.using(Order_.userId.eq("u1")).only(Order_.orderId).first().orElseThrow();
        assertThat(o.orderId()).isEqualTo("o01");
        assertThat(o.userId()).isEqualTo("u1");   // key fields are always read
        assertThat(o.status()).isNull();
        assertThat(o.amount()).isZero();
    }

    @Test
    void useIndex_queriesGsi1ByTheGsiFields() {
        List<TestModel> got = TestModel.objects.using(TestModel_.eGsi.eq("eee"), TestModel_.fGsi.eq("fff"))
                .useIndex(true).list();
        assertThat(got).extracting(TestModel::number).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void allOptionsTogether_combine() {
        List<String> got = ids(Order.objects.using(Order_.userId.eq("u1"), Order_.orderId.eq("o25"))
                .startingAfter(true).reverse().limit(3).consistent(true)
                .filter(Order_.amount.gt(50)).filter(Order_.status.eq("BIG")).only(Order_.orderId, Order_.amount));
        assertThat(got).containsExactly("o24", "o23", "o22");
    }

    @Test
    void streamAndFirst_readLazily() {
        assertThat(Order.objects.using(Order_.userId.eq("u2")).stream().map(Order::amount).toList())
                .containsExactly(5.0);
        assertThat(Order.objects.using(Order_.userId.eq("nobody")).first()).isEmpty();
    }

    @Test
    void iteratingTwice_runsTheQueryTwice_withTheSameResult() {
        var qs = Order.objects.using(Order_.userId.eq("u1")).limit(2);
        assertThat(ids(qs)).isEqualTo(ids(qs)).hasSize(2);
    }
}
