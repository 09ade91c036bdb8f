package dev.storm.functional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storm.BulkGetResult;
import dev.storm.BulkResult;
import dev.storm.InvalidKeyException;
import dev.storm.InvalidValueException;
import dev.storm.MissingRequiredFieldsException;
import dev.storm.functional.model.Order;
import dev.storm.functional.model.Order_;
import dev.storm.functional.model.Ticket;
import dev.storm.test.StormTest;
import dev.storm.test.TableName;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** {@code bulkSave}, {@code bulkGet}, {@code bulkDelete}: results, order, duplicates and bad input. */
@StormTest(tablePerMethod = true)
class BulkFunctionalTest {

    private static List<Order> orders(String user, int count) {
        List<Order> orders = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            orders.add(Order.of(user, String.format("o%04d", i), i));
        }
        return orders;
    }

    @Test
    void bulkSave_writesEveryModel_inChunksOf25() {
        List<Order> orders = orders("u1", 130);

        BulkResult result = Order.objects.bulkSave(orders);

        assertThat(result.succeeded()).isEqualTo(130);
        assertThat(result.isComplete()).isTrue();
        assertThat(result.orThrow()).isSameAs(result);
        assertThat(Order.objects.using(Order_.userId.eq("u1")).list()).containsExactlyElementsOf(orders);
    }

    @Test
    void bulkSave_overwritesStoredItems() {
        Order.objects.create(Order.of("u1", "o0000", 1));

        Order.objects.bulkSave(List.of(Order.of("u1", "o0000", 99)));

        assertThat(Order.objects.get(Order_.userId.eq("u1"), Order_.orderId.eq("o0000")).amount()).isEqualTo(99);
    }

    @Test
    void bulkGet_returnsItemsInTheOrderAsked_withNullForMissing_andDuplicatesAtEachPosition() {
        List<Order> orders = orders("u1", 250);
        Order.objects.bulkSave(orders);
        Order missing = Order.of("u1", "nope", 0);
        List<Order> keys = new ArrayList<>();
        for (int i = orders.size() - 1; i >= 0; i--) {
            keys.add(orders.get(i));
        }
        keys.add(120, missing);
        keys.add(orders.get(3));

        List<Order> got = Order.objects.bulkGet(keys);

        assertThat(got).hasSize(252);
        assertThat(got.get(0)).isEqualTo(orders.get(249));
        assertThat(got.get(120)).isNull();
        assertThat(got.get(121)).isEqualTo(orders.get(129));
        assertThat(got.get(251)).isEqualTo(orders.get(3));
        BulkGetResult<Order> result = Order.objects.bulkGetResult(keys);
        assertThat(result.items()).isEqualTo(got);
        assertThat(result.missing()).containsExactly(missing);
        assertThat(result.found()).hasSize(251).doesNotContainNull();
        assertThat(result.failed()).isEmpty();
    }

    @Test
    void bulkGet_byPartialKeyModels_readsTheWholeItems() {
        Order stored = Order.objects.create(new Order("u1", "o1", 12.5, "SMALL", "data"));

        assertThat(Order.objects.bulkGet(List.of(new Order("u1", "o1", 0, null, null)))).containsExactly(stored);
    }

    @Test
    void bulkDelete_deletesEveryModel_andADuplicateOnce(DynamoDbClient client, @TableName String table) {
        List<Order> orders = orders("u1", 60);
        Order.objects.bulkSave(orders);
        List<Order> keys = new ArrayList<>(orders);
        keys.add(orders.get(0));
        keys.add(Order.of("u1", "never-stored", 0));

        BulkResult result = Order.objects.bulkDelete(keys);

        assertThat(result.succeeded()).isEqualTo(61);
        assertThat(TableScan.items(client, table)).isEmpty();
    }

    @Test
    void bulkSave_fillsTimestamps_asSaveDoes() {
        Instant before = Instant.now().minusSeconds(1);

        Ticket.objects.bulkSave(List.of(new Ticket("t1", "First", null, null), new Ticket("t2", "Second", null, null)));

        List<Ticket> stored = Ticket.objects.bulkGet(List.of(new Ticket("t1", null, null, null),
                new Ticket("t2", null, null, null)));
        assertThat(stored).allSatisfy(t -> {
            assertThat(t.createdAt()).isAfter(before);
            assertThat(t.updatedAt()).isAfter(before);
        });
        assertThat(stored).extracting(Ticket::title).containsExactly("First", "Second");
    }

    @Test
    void bulkSave_ofAnEmptyCollection_isRefused() {
        assertThatThrownBy(() -> Order.objects.bulkSave(List.of())).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("bulkSave of Order got no models");
        assertThatThrownBy(() -> Order.objects.bulkDelete(List.of())).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("bulkDelete of Order got no models");
        assertThatThrownBy(() -> Order.objects.bulkGet(List.of())).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("bulkGet of Order got no keys");
    }

    @Test
    void bulkSave_withTheSameKeyTwice_isRefused_andWritesNothing(DynamoDbClient client, @TableName String table) {
        List<Order> orders = orders("u1", 40);
        orders.add(Order.of("u1", "o0007", 1));

        assertThatThrownBy(() -> Order.objects.bulkSave(orders)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("elements 7 and 40").hasMessageContaining("Order(PK=U#u1#USER, SK=O#o0007)");
        assertThat(TableScan.items(client, table)).isEmpty();
    }

    @Test
    void bulkSave_withAnItemOver400Kb_isRefused_andWritesNothing(DynamoDbClient client, @TableName String table) {
        List<Order> orders = orders("u1", 30);
        orders.add(new Order("u1", "huge", 1, "SMALL", "é".repeat(205_000)));

        assertThatThrownBy(() -> Order.objects.bulkSave(orders)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("Order(PK=U#u1#USER, SK=O#huge)").hasMessageContaining("element 30")
                .hasMessageContaining("'payload'").hasMessageContaining("400 KB");
        assertThat(TableScan.items(client, table)).isEmpty();
    }

    @Test
    void bulkSave_withAnInvalidModel_isRefused_andWritesNothing(DynamoDbClient client, @TableName String table) {
        List<Order> withBadKey = orders("u1", 30);
        withBadKey.add(Order.of("u1", "a#b", 1));
        List<Order> withMissingKey = orders("u1", 30);
        withMissingKey.add(Order.of(null, "o", 1));
        List<Order> withNull = new ArrayList<>(Arrays.asList(Order.of("u1", "o", 1), null));

        assertThatThrownBy(() -> Order.objects.bulkSave(withBadKey)).isInstanceOf(InvalidKeyException.class)
                .hasMessageContaining("Order.orderId").hasMessageContaining("\"a#b\"");
        assertThatThrownBy(() -> Order.objects.bulkSave(withMissingKey))
                .isInstanceOf(MissingRequiredFieldsException.class).hasMessageContaining("userId");
        assertThatThrownBy(() -> Order.objects.bulkSave(withNull)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("element 1 is null");
        assertThat(TableScan.items(client, table)).isEmpty();
    }

    @Test
    void bulkDelete_withAnInvalidKey_isRefused_andDeletesNothing(DynamoDbClient client, @TableName String table) {
        List<Order> orders = orders("u1", 30);
        Order.objects.bulkSave(orders);
        List<Order> keys = new ArrayList<>(orders);
        keys.add(Order.of("u1", "", 0));

        assertThatThrownBy(() -> Order.objects.bulkDelete(keys)).isInstanceOf(InvalidKeyException.class)
                .hasMessageContaining("Order.orderId");
        assertThat(TableScan.items(client, table)).hasSize(30);
    }
}
