package dev.storm.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storm.InvalidKeyException;
import dev.storm.Transaction;
import dev.storm.layout.seed.Order;
import dev.storm.layout.seed.Order_;
import dev.storm.support.RequestCounter;
import dev.storm.test.DynamoDbLocal;
import dev.storm.test.StormTest;
import dev.storm.test.TableName;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

/**
 * DynamoDB's key sizes, 2,048 bytes of UTF-8 for a partition key and 1,024 for a sort key, checked before anything is
 * sent on every path, and exactly the limits DynamoDB Local itself accepts.
 */
@StormTest(tablePerMethod = true)
class KeySizeFunctionalTest {

    /** {@code ORDER#U#<id>#ORDER}: 14 bytes around the user id. */
    private static final int PK_AROUND = "ORDER#U#".length() + "#ORDER".length();
    /** {@code O#<id>}. */
    private static final int SK_AROUND = "O#".length();

    private static int itemsIn(DynamoDbClient client, String table) {
        return client.scan(ScanRequest.builder().tableName(table).build()).count();
    }

    @Test
    void keysOfExactlyTheLimits_areStored(DynamoDbClient client, @TableName String table) {
        new Order("u".repeat(2048 - PK_AROUND), "o1", 1, null).save();
        new Order("u1", "o".repeat(1024 - SK_AROUND), 1, null).save();
        new Order("u1", "€".repeat(340) + "xx", 1, null).save();

        assertThat(itemsIn(client, table)).isEqualTo(3);
    }

    @Test
    void save_withSortKeyOverTheLimit_isInvalidKeyNamingModelFieldAndSize_andNothingIsSent(
            DynamoDbLocal server, @TableName String table) {
        try (RequestCounter counter = new RequestCounter(server, table)) {
            assertThatThrownBy(() -> new Order("u1", "o".repeat(1024 - SK_AROUND + 1), 1, null).save())
                    .isInstanceOf(InvalidKeyException.class)
                    .hasMessageStartingWith("The SK of Order would be 1025 bytes of UTF-8, over DynamoDB's limit of"
                            + " 1024 bytes for a sort key; it is composed from [Order.orderId]");
            // O# and 342 three-byte characters: 1,028 bytes in 344 chars
            assertThatThrownBy(() -> new Order("u1", "€".repeat(342), 1, null).save())
                    .isInstanceOf(InvalidKeyException.class).hasMessageContaining("1028 bytes");
            assertThatThrownBy(() -> Order.objects.create(new Order("u".repeat(2048 - PK_AROUND + 1), "o", 1, null)))
                    .isInstanceOf(InvalidKeyException.class)
                    .hasMessageContaining("The PK of Order would be 2049 bytes").hasMessageContaining("[Order.userId]")
                    .hasMessageContaining("2048 bytes for a partition key");
            assertThat(counter.requests()).isEmpty();
        }
        assertThat(itemsIn(server.client(), table)).isZero();
    }

    @Test
    void gsiPartitionKeyOverTheLimit_isRefused(DynamoDbLocal server, @TableName String table) {
        try (RequestCounter counter = new RequestCounter(server, table)) {
            ModernUser user = new ModernUser("u1", null, "a@b.c", "e".repeat(2048));
            assertThatThrownBy(user::save).isInstanceOf(InvalidKeyException.class)
                    .hasMessageContaining("The GSI1PK of ModernUser would be 2055 bytes")
                    .hasMessageContaining("[ModernUser.emailGsi]");
            ModernUser stored = ModernUser.objects.create(new ModernUser("u2", null, "a@b.c", null));
            counter.reset();
            assertThatThrownBy(() -> stored.update(ModernUser_.emailGsi.set("e".repeat(2048))))
                    .isInstanceOf(InvalidKeyException.class).hasMessageContaining("GSI1PK of ModernUser");
            assertThat(counter.requests()).isEmpty();
        }
        assertThat(itemsIn(server.client(), table)).isEqualTo(1);
    }

    @Test
    void readsDeletesUpdatesAndQueries_withAnOverlongKey_sendNothing(DynamoDbLocal server, @TableName String table) {
        String longId = "o".repeat(1100);
        Order overlong = new Order("u1", longId, 1, null);
        try (RequestCounter counter = new RequestCounter(server, table)) {
            assertThatThrownBy(() -> Order.objects.get(Order_.userId.eq("u1"), Order_.orderId.eq(longId)))
                    .isInstanceOf(InvalidKeyException.class).hasMessageContaining("1102 bytes");
            assertThatThrownBy(overlong::delete).isInstanceOf(InvalidKeyException.class);
            assertThatThrownBy(() -> overlong.update(Order_.status.set("X"))).isInstanceOf(InvalidKeyException.class);
            assertThatThrownBy(() -> Order.objects.using(Order_.userId.eq("u1"), Order_.orderId.eq(longId)).list())
                    .isInstanceOf(InvalidKeyException.class);
            assertThatThrownBy(() -> Order.objects.using(Order_.userId.eq("u1"), Order_.orderId.beginsWith(longId))
                    .list()).isInstanceOf(InvalidKeyException.class);
            assertThatThrownBy(() -> Order.objects.bulkGet(List.of(overlong))).isInstanceOf(InvalidKeyException.class);
            assertThat(counter.requests()).isEmpty();
        }
    }

    @Test
    void bulkSave_ofAHundredWithOneOverlongSortKey_writesNoneOfThem(DynamoDbLocal server, @TableName String table) {
        List<Order> orders = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            orders.add(new Order("u1", i == 57 ? "o".repeat(1023) : "o" + i, i, null));
        }
        try (RequestCounter counter = new RequestCounter(server, table)) {
            assertThatThrownBy(() -> Order.objects.bulkSave(orders)).isInstanceOf(InvalidKeyException.class)
                    .hasMessageContaining("SK of Order would be 1025 bytes");
            assertThatThrownBy(() -> Order.objects.bulkDelete(orders)).isInstanceOf(InvalidKeyException.class);
            assertThat(counter.requests()).isEmpty();
        }
        assertThat(itemsIn(server.client(), table)).isZero();
    }

    @Test
    void transaction_withOneOverlongKey_writesNothing(DynamoDbLocal server, @TableName String table) {
        try (RequestCounter counter = new RequestCounter(server, table)) {
            assertThatThrownBy(() -> Transaction.atomic(tx -> {
                tx.create(new Order("u1", "o1", 1, null));
                tx.create(new Order("u1", "o".repeat(1023), 2, null));
            })).isInstanceOf(InvalidKeyException.class).hasMessageContaining("1025 bytes");
            assertThat(counter.requests()).isEmpty();
        }
        assertThat(itemsIn(server.client(), table)).isZero();
    }
}
