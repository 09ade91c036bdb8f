package dev.storm.functional;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storm.functional.model.Order;
import dev.storm.functional.model.Order_;
import dev.storm.support.RequestCounter;
import dev.storm.test.DynamoDbLocal;
import dev.storm.test.StormTest;
import dev.storm.test.TableName;
import java.util.Iterator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/** Paging past DynamoDB's 1 MB page: lazily, one Query per page, counted with an interceptor. */
@StormTest
class PagingFunctionalTest {

    private static final int ITEMS = 30;
    private static final String PAYLOAD = "x".repeat(100_000);

    @BeforeAll
    static void seed() {
        for (int n = 0; n < ITEMS; n++) {
            new Order("big", String.format("o%02d", n), n, "NEW", PAYLOAD).save();
        }
    }

    @Test
    void iteration_pagesLazilyPastOneMegabyte(DynamoDbLocal server, @TableName String table) {
        try (RequestCounter counter = new RequestCounter(server, table)) {
            Iterator<Order> it = Order.objects.using(Order_.userId.eq("big")).iterator();
            assertThat(it.next().orderId()).isEqualTo("o00");
            assertThat(counter.count(QueryRequest.class)).isEqualTo(1);
            int seen = 1;
            while (it.hasNext()) {
                assertThat(it.next().payload()).hasSize(PAYLOAD.length());
                seen++;
            }
            assertThat(seen).isEqualTo(ITEMS);
            assertThat(counter.count(QueryRequest.class)).isGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void limit_stopsReadingOnceEnoughItemsCame(DynamoDbLocal server, @TableName String table) {
        try (RequestCounter counter = new RequestCounter(server, table)) {
            assertThat(Order.objects.using(Order_.userId.eq("big")).limit(12).list()).hasSize(12);
            assertThat(counter.count(QueryRequest.class)).isEqualTo(2);
        }
    }

    @Test
    void count_pagesThroughPastOneMegabyte_withSelectCount(DynamoDbLocal server, @TableName String table) {
        try (RequestCounter counter = new RequestCounter(server, table)) {
            assertThat(Order.objects.using(Order_.userId.eq("big")).count()).isEqualTo(ITEMS);
            assertThat(counter.count(QueryRequest.class)).isGreaterThanOrEqualTo(3);
        }
    }
}
