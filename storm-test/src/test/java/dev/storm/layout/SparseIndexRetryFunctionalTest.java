package dev.storm.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storm.ConnectionManager;
import dev.storm.TableContext;
import dev.storm.layout.seed.User;
import dev.storm.layout.seed.User_;
import dev.storm.test.DynamoDbLocal;
import dev.storm.test.StormTest;
import dev.storm.test.TableName;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * An update that moves an item into or out of a sparse GSI1, retried by the SDK after DynamoDB applied it but its
 * answer was lost: setting and removing the index key are idempotent, so the item ends up in (or out of) the index
 * once, with the keys of its layout.
 */
@StormTest(tablePerMethod = true)
class SparseIndexRetryFunctionalTest {

    private static final String SERVER_ERROR_BODY =
            "{\"__type\":\"com.amazonaws.dynamodb.v20120810#InternalServerError\",\"message\":\"injected\"}";

    /** Answers 500 to the first attempt of every UpdateItem after the server has applied it. */
    static final class LoseFirstUpdateAnswer implements ExecutionInterceptor {
        final AtomicInteger attempts = new AtomicInteger();
        private final AtomicBoolean losing = new AtomicBoolean();
        private volatile boolean lostThisCall;

        void arm() {
            attempts.set(0);
            lostThisCall = false;
        }

        @Override
        public SdkHttpResponse modifyHttpResponse(Context.ModifyHttpResponse context, ExecutionAttributes attributes) {
            if (!(context.request() instanceof UpdateItemRequest)) {
                return context.httpResponse();
            }
            attempts.incrementAndGet();
            if (lostThisCall) {
                return context.httpResponse();
            }
            lostThisCall = true;
            losing.set(true);
            return context.httpResponse().toBuilder().statusCode(500).statusText("Internal Server Error").build();
        }

        @Override
        public Optional<InputStream> modifyHttpResponseContent(Context.ModifyHttpResponse context,
                                                               ExecutionAttributes attributes) {
            if (!losing.getAndSet(false)) {
                return context.responseBody();
            }
            context.responseBody().ifPresent(body -> {
                try (InputStream in = body) {
                    in.readAllBytes();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            return Optional.of(new ByteArrayInputStream(SERVER_ERROR_BODY.getBytes(StandardCharsets.UTF_8)));
        }
    }

    private static List<Map<String, AttributeValue>> gsi1(DynamoDbClient client, String table) {
        return client.scan(ScanRequest.builder().tableName(table).indexName("GSI1").build()).items();
    }

    @Test
    void updateIntoAndOutOfGsi1_retriedAfterALostAnswer_leavesTheIndexAsAskedOnce(DynamoDbLocal server,
                                                                                 @TableName String table) {
        LoseFirstUpdateAnswer lose = new LoseFirstUpdateAnswer();
        try (DynamoDbClient client = server.newClient(b -> b.overrideConfiguration(
                c -> c.addExecutionInterceptor(lose)));
             TableContext context = ConnectionManager.table().tableContext(table, client)) {
            User sparse = new User("user123", null, "a@b.c", "Ann", null, 1, 1.0, BigDecimal.ONE, true, Map.of(),
                    List.of(), Set.of("x"), null);
            sparse.save();

            lose.arm();
            User in = sparse.update(User_.emailGsi.set("a@b.c"));

            assertThat(lose.attempts).hasValue(2);
            assertThat(in.emailGsi()).isEqualTo("a@b.c");
            assertThat(gsi1(server.client(), table)).singleElement()
                    .satisfies(i -> assertThat(i.get("GSI1PK").s()).isEqualTo("USER#E#a@b.c#USER"));

            lose.arm();
            User out = in.update(User_.emailGsi.remove());

            assertThat(lose.attempts).hasValue(2);
            assertThat(out.emailGsi()).isNull();
            assertThat(gsi1(server.client(), table)).isEmpty();
            assertThat(User.objects.all().list()).containsExactly(out);
        }
    }
}
