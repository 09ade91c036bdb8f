package dev.storm.functional;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storm.ConnectionManager;
import dev.storm.TableContext;
import dev.storm.functional.model.Order;
import dev.storm.functional.model.Order_;
import dev.storm.test.DynamoDbLocal;
import dev.storm.test.StormTest;
import dev.storm.test.TableName;
import java.util.Iterator;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
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

    private static final class QueryCounter implements ExecutionInterceptor {
        final AtomicInteger queries = new AtomicInteger();

        @Override
        public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
            if (context.request() instanceof QueryRequest) {
                queries.incrementAndGet();
            }
        }
    }

    @Test
    @SuppressWarnings("try")
    void iteration_pagesLazilyPastOneMegabyte(DynamoDbLocal server, @TableName String table) {
        QueryCounter counter = new QueryCounter();
        DynamoDbClient client = server.newClient(b -> b.overrideConfiguration(c -> c.addExecutionInterceptor(counter)));
        try (TableContext ignored = ConnectionManager.table().tableContext(table, client)) {
            Iterator<Order> it = Order.objects.using(Order_.userId.eq("big")).iterator();
            assertThat(it.next().orderId()).isEqualTo("o00");
            assertThat(counter.queries.get()).isEqualTo(1);
            int seen = 1;
            while (it.hasNext()) {
                assertThat(it.next().payload()).hasSize(PAYLOAD.length());
                seen++;
            }
            assertThat(seen).isEqualTo(ITEMS);
            assertThat(counter.queries.get()).isGreaterThanOrEqualTo(3);
        } finally {
            client.close();
        }
    }

    @Test
    @SuppressWarnings("try")
    void limit_stopsReadingOnceEnoughItemsCame(DynamoDbLocal server, @TableName String table) {
        QueryCounter counter = new QueryCounter();
        DynamoDbClient client = server.newClient(b -> b.overrideConfiguration(c -> c.addExecutionInterceptor(counter)));
        try (TableContext ignored = ConnectionManager.table().tableContext(table, client)) {
            assertThat(Order.objects.using(Order_.userId.eq("big")).limit(12).list()).hasSize(12);
            assertThat(counter.queries.get()).isEqualTo(2);
        } finally {
            client.close();
        }
    }

    @Test
    @SuppressWarnings("try")
    void count_pagesThroughPastOneMegabyte_withSelectCount(DynamoDbLocal server, @TableName String table) {
        QueryCounter counter = new QueryCounter();
        DynamoDbClient client = server.newClient(b -> b.overrideConfiguration(c -> c.addExecutionInterceptor(counter)));
        try (TableContext ignored = ConnectionManager.table().tableContext(table, client)) {
            assertThat(Order.objects.using(Order_.userId.eq("big")).count()).isEqualTo(ITEMS);
            assertThat(counter.queries.get()).isGreaterThanOrEqualTo(3);
        } finally {
            client.close();
        }
    }
}
