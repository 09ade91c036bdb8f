package dev.storm.functional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storm.ConnectionManager;
import dev.storm.InvalidQueryException;
import dev.storm.Page;
import dev.storm.TableContext;
import dev.storm.functional.model.Order;
import dev.storm.functional.model.Order_;
import dev.storm.functional.model.User;
import dev.storm.functional.model.User_;
import dev.storm.support.RequestCounter;
import dev.storm.test.DynamoDbLocal;
import dev.storm.test.StormTest;
import dev.storm.test.TableName;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/** Projections keep what addresses the item; a page without a limit is one Query; a gsi field needs useIndex. */
@StormTest(tablePerMethod = true)
class ProjectionAndPageFunctionalTest {

    private static Map<String, AttributeValue> raw(DynamoDbClient client, String table, String pk, String sk) {
        return client.getItem(GetItemRequest.builder().tableName(table).consistentRead(true)
                .key(Map.of("PK", AttributeValue.fromS(pk), "SK", AttributeValue.fromS(sk))).build()).item();
    }

    @Test
    void only_keepsTheKeyFields_soAProjectedModelCanBeUpdatedAndDeleted(DynamoDbClient client,
                                                                          @TableName String table) {
        Order.objects.create(new Order("u1", "o1", 12.5, "OPEN", "big payload"));

        Order projected = Order.objects.using(Order_.userId.eq("u1")).only(Order_.status).first().orElseThrow();
        assertThat(projected.userId()).isEqualTo("u1");
        assertThat(projected.orderId()).isEqualTo("o1");
        assertThat(projected.status()).isEqualTo("OPEN");
        assertThat(projected.payload()).isNull();

        Order updated = projected.update(Order_.status.set("PAID"));
        assertThat(updated.payload()).isEqualTo("big payload");
        Map<String, AttributeValue> stored = raw(client, table, "U#u1#USER", "O#o1");
        assertThat(stored.get("status").s()).isEqualTo("PAID");
        assertThat(stored.get("payload").s()).isEqualTo("big payload");
        assertThat(stored.get("amount").n()).isEqualTo("12.5");

        projected.delete();
        assertThat(raw(client, table, "U#u1#USER", "O#o1")).isEmpty();
    }

    @Test
    void only_onAnIndex_keepsTheIndexKeyFields(DynamoDbClient client, @TableName String table) {
        User.objects.create(User.of("u1", "a@b.c"));
        User projected = User.objects.using(User_.emailGsi.eq("a@b.c")).useIndex(true).only(User_.name).first()
                .orElseThrow();
        assertThat(projected.userId()).isEqualTo("u1");
        assertThat(projected.emailGsi()).isEqualTo("a@b.c");
        assertThat(projected.email()).isNull();
        projected.update(User_.emailGsi.set("new@b.c"));
        assertThat(raw(client, table, "U#u1#USER", "T#METADATA").get("GSI1PK").s()).isEqualTo("E#new@b.c#USER");
    }

    @Test
    void page_withoutLimit_readsOneDynamoDbPage_notTheWholePartition(DynamoDbLocal local, @TableName String table) {
        String payload = "x".repeat(100_000);
        List<Order> orders = new ArrayList<>();
        for (int n = 0; n < 25; n++) {
            orders.add(new Order("u1", String.format("o%02d", n), n, "OPEN", payload));
        }
        Order.objects.bulkSave(orders).orThrow();

        try (RequestCounter counter = new RequestCounter(local, table)) {
            Page<Order> first = Order.objects.using(Order_.userId.eq("u1")).page(null);
            assertThat(counter.count(QueryRequest.class)).isEqualTo(1);
            // 25 items of 100 KB are 2.5 MB: DynamoDB answers at most 1 MB a Query
            assertThat(first.items()).isNotEmpty().hasSizeLessThan(25);
            assertThat(first.cursor()).isNotNull();

            List<String> all = new ArrayList<>();
            first.items().forEach(o -> all.add(o.orderId()));
            String cursor = first.cursor();
            while (cursor != null) {
                counter.reset();
                Page<Order> next = Order.objects.using(Order_.userId.eq("u1")).page(cursor);
                assertThat(counter.count(QueryRequest.class)).isEqualTo(1);
                next.items().forEach(o -> all.add(o.orderId()));
                cursor = next.cursor();
            }
            assertThat(all).hasSize(25).doesNotHaveDuplicates().isSorted();
        }
    }

    @Test
    void page_withoutLimit_whenDynamoDbsPageHoldsNoMatch_isOneQuery_withACursor(DynamoDbLocal local,
                                                                                 @TableName String table) {
        for (int n = 0; n < 25; n++) {
            Order.objects.save(new Order("u1", String.format("o%02d", n), n, n < 20 ? "OPEN" : "PAID", null));
        }
        // DynamoDB stops a Query at 1 MB read before filtering; a server that stops every 5 items shows the same
        List<QueryRequest> sent = new CopyOnWriteArrayList<>();
        ExecutionInterceptor smallPages = new ExecutionInterceptor() {
            @Override
            public SdkRequest modifyRequest(Context.ModifyRequest context, ExecutionAttributes attributes) {
                if (context.request() instanceof QueryRequest q) {
                    QueryRequest limited = q.limit() == null ? q.toBuilder().limit(5).build() : q;
                    sent.add(limited);
                    return limited;
                }
                return context.request();
            }
        };
        try (DynamoDbClient client = local.newClient(b -> b.overrideConfiguration(c -> c
                .addExecutionInterceptor(smallPages)));
             TableContext ignored = ConnectionManager.table().tableContext(table, client)) {
            Page<Order> page = Order.objects.using(Order_.userId.eq("u1")).filter(Order_.status.eq("PAID"))
                    .page(null);
            assertThat(sent).hasSize(1);
            assertThat(page.items()).isEmpty();
            assertThat(page.cursor()).isNotNull();

            List<String> paid = new ArrayList<>();
            String cursor = page.cursor();
            while (cursor != null) {
                Page<Order> next = Order.objects.using(Order_.userId.eq("u1")).filter(Order_.status.eq("PAID"))
                        .page(cursor);
                next.items().forEach(o -> paid.add(o.orderId()));
                cursor = next.cursor();
            }
            assertThat(paid).containsExactly("o20", "o21", "o22", "o23", "o24");
            assertThat(sent).hasSize(6);
        }
    }

    @Test
    void using_aGsiField_withoutUseIndex_saysToCallUseIndex(DynamoDbLocal local, @TableName String table) {
        User.objects.create(User.of("u1", "a@b.c"));
        try (RequestCounter counter = new RequestCounter(local, table)) {
            assertThatThrownBy(() -> User.objects.using(User_.emailGsi.eq("a@b.c")).list())
                    .isInstanceOf(InvalidQueryException.class)
                    .hasMessageContaining("User.using got emailGsi")
                    .hasMessageContaining("partition key needs userId")
                    .hasMessageContaining("call useIndex(1)");
            assertThat(counter.requests()).isEmpty();
        }
    }
}
