package dev.storm.functional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storm.F;
import dev.storm.Manager;
import dev.storm.Storm;
import dev.storm.WriteOutcomeUnknownException;
import dev.storm.functional.model.Counter;
import dev.storm.functional.model.Counter_;
import dev.storm.test.DynamoDbLocal;
import dev.storm.test.StormTest;
import dev.storm.test.TableName;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbServiceClientConfiguration;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/**
 * The guard that stops the SDK from resending an {@code F} or {@code add} update after an attempt that may have been
 * applied travels with the request (a request-level SDK plugin), so it holds for every client the SDK builds,
 * whatever its retry settings, and for a client that wraps one and passes the request on, as tracing libraries do.
 * Proven by losing the answer after DynamoDB Local applied the update and reading the table raw.
 */
@StormTest(tablePerMethod = true)
class RetryGuardReachFunctionalTest {

    /**
     * A tracing wrapper, as a tracing library writes one: records each call, then hands the request on, unchanged,
     * to the SDK-built client it wraps.
     */
    private static final class Tracing implements DynamoDbClient {

        final List<String> calls = new CopyOnWriteArrayList<>();
        private final DynamoDbClient delegate;

        Tracing(DynamoDbClient delegate) {
            this.delegate = delegate;
        }

        @Override
        public GetItemResponse getItem(GetItemRequest request) {
            calls.add("GetItem");
            return delegate.getItem(request);
        }

        @Override
        public PutItemResponse putItem(PutItemRequest request) {
            calls.add("PutItem");
            return delegate.putItem(request);
        }

        @Override
        public UpdateItemResponse updateItem(UpdateItemRequest request) {
            calls.add("UpdateItem");
            return delegate.updateItem(request);
        }

        @Override
        public String serviceName() {
            return delegate.serviceName();
        }

        @Override
        public DynamoDbServiceClientConfiguration serviceClientConfiguration() {
            return delegate.serviceClientConfiguration();
        }

        @Override
        public void close() {
            delegate.close();
        }
    }

    /** A client setting of the retries, by name. */
    record Retries(String name, Consumer<ClientOverrideConfiguration.Builder> settings) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Retries> retries() {
        return Stream.of(
                new Retries("the SDK's default", c -> { }),
                new Retries("RetryMode.LEGACY", c -> c.retryStrategy(RetryMode.LEGACY)),
                new Retries("RetryMode.STANDARD", c -> c.retryStrategy(RetryMode.STANDARD)),
                new Retries("RetryMode.ADAPTIVE_V2", c -> c.retryStrategy(RetryMode.ADAPTIVE_V2)),
                new Retries("a strategy retrying on every exception, 5 attempts", c -> c.retryStrategy(
                        AwsRetryStrategy.standardRetryStrategy().toBuilder().retryOnException(e -> true)
                                .maxAttempts(5).build())));
    }

    private static Map<String, AttributeValue> only(DynamoDbClient raw, String table) {
        List<Map<String, AttributeValue>> items = TableScan.items(raw, table);
        assertThat(items).hasSize(1);
        return items.get(0);
    }

    /** A client of the local server with the SDK's default retries and the fault; the caller closes it. */
    private static DynamoDbClient withDefaultRetries(DynamoDbLocal local, LostAnswer fault) {
        return local.newClient(b -> b.overrideConfiguration(c -> c.addExecutionInterceptor(fault)));
    }

    private static Manager<Counter> counters(DynamoDbClient client, String table) {
        return Storm.builder().client(client).tableName(table).build().manager(Counter.class);
    }

    @Test
    void anFIncrement_throughAWrapperOfAnSdkClient_isNotResent_andSaysTheOutcomeIsUnknown(DynamoDbLocal local,
                                                                                          DynamoDbClient raw,
                                                                                          @TableName String table) {
        Counter.objects.create(new Counter("c1", 0, 0));
        LostAnswer fault = LostAnswer.afterApplying(UpdateItemRequest.class, 1);
        try (DynamoDbClient sdk = withDefaultRetries(local, fault); Tracing tracing = new Tracing(sdk)) {
            Manager<Counter> counters = counters(tracing, table);
            Counter c = counters.get(Counter_.counterId.eq("c1"));

            assertThatThrownBy(() -> counters.update(c, Counter_.hits.set(F.of(Counter_.hits).plus(1))))
                    .isInstanceOf(WriteOutcomeUnknownException.class)
                    .hasMessageContaining("Counter(PK=C#c1#Counter").hasMessageContaining("not resent");

            assertThat(tracing.calls).containsExactly("GetItem", "UpdateItem");
        }
        assertThat(fault.transmitted()).isEqualTo(1);
        assertThat(only(raw, table).get("hits").n()).isEqualTo("1");
    }

    @Test
    void anAdd_throughAWrapperOfAnSdkClient_refusedBeforeItWasSent_isResent_andAppliedOnce(DynamoDbLocal local,
                                                                                           DynamoDbClient raw,
                                                                                           @TableName String table) {
        Counter.objects.create(new Counter("c1", 0, 10));
        LostAnswer fault = LostAnswer.throttling(UpdateItemRequest.class, 1);
        try (DynamoDbClient sdk = withDefaultRetries(local, fault); Tracing tracing = new Tracing(sdk)) {
            Manager<Counter> counters = counters(tracing, table);
            Counter after = counters.update(counters.get(Counter_.counterId.eq("c1")), Counter_.total.add(5));

            assertThat(after.total()).isEqualTo(15);
        }
        assertThat(fault.transmitted()).isEqualTo(1);
        assertThat(only(raw, table).get("total").n()).isEqualTo("15");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("retries")
    void anFIncrement_onAnSdkClientWithTheseRetries_isAppliedOnce(Retries retries, DynamoDbLocal local,
                                                                  DynamoDbClient raw, @TableName String table) {
        Counter.objects.create(new Counter("c1", 0, 0));
        LostAnswer fault = LostAnswer.afterApplying(UpdateItemRequest.class, 1);
        try (DynamoDbClient sdk = local.newClient(b -> b.overrideConfiguration(c -> {
            retries.settings().accept(c);
            c.addExecutionInterceptor(fault);
        }))) {
            Manager<Counter> counters = counters(sdk, table);
            Counter c = counters.get(Counter_.counterId.eq("c1"));

            assertThatThrownBy(() -> counters.update(c, Counter_.hits.set(F.of(Counter_.hits).plus(1))))
                    .isInstanceOf(WriteOutcomeUnknownException.class).hasMessageContaining("not resent");
        }
        assertThat(fault.transmitted()).isEqualTo(1);
        assertThat(only(raw, table).get("hits").n()).isEqualTo("1");
    }
}
