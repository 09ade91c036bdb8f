package dev.storm.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storm.TableDefinition;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

class DynamoDbLocalTest {

    @Test
    void shared_isOneServerPerJvm_onLoopback() {
        DynamoDbLocal local = DynamoDbLocal.shared();
        DynamoDbLocal fromOtherThread = CompletableFuture.supplyAsync(DynamoDbLocal::shared).join();

        assertThat(fromOtherThread).isSameAs(local);
        assertThat(local.endpoint().getScheme()).isEqualTo("http");
        assertThat(local.endpoint().getHost()).isEqualTo("127.0.0.1");
        assertThat(local.endpoint().getPort()).isBetween(1, 65535);
        assertThat(local.client()).isSameAs(local.client());
    }

    @Test
    void shared_answersRequests() {
        DynamoDbClient client = DynamoDbLocal.shared().client();
        TableDefinition.create(client, "storm_DynamoDbLocalTest_answers");
        try {
            assertThat(client.listTables().tableNames()).contains("storm_DynamoDbLocalTest_answers");
        } finally {
            client.deleteTable(d -> d.tableName("storm_DynamoDbLocalTest_answers"));
        }
    }

    @Test
    void close_onShared_leavesItRunning() {
        DynamoDbLocal local = DynamoDbLocal.shared();

        local.close();

        assertThat(local.client().listTables().tableNames()).isNotNull();
        assertThat(DynamoDbLocal.shared()).isSameAs(local);
    }

    @Test
    void start_runsASeparateServer_untilClosed() {
        DynamoDbLocal own = DynamoDbLocal.start();
        DynamoDbClient afterwards =
                own.newClient(b -> b.overrideConfiguration(c -> c.retryStrategy(AwsRetryStrategy.doNotRetry())));
        try {
            TableDefinition.create(own.client(), "storm_only_in_own_server");

            assertThat(own).isNotSameAs(DynamoDbLocal.shared());
            assertThat(own.endpoint()).isNotEqualTo(DynamoDbLocal.shared().endpoint());
            assertThat(own.client().listTables().tableNames()).containsExactly("storm_only_in_own_server");
            assertThat(DynamoDbLocal.shared().client().listTables().tableNames())
                    .doesNotContain("storm_only_in_own_server");
        } finally {
            own.close();
            own.close();
        }
        try (DynamoDbClient client = afterwards) {
            assertThatThrownBy(client::listTables).isInstanceOf(SdkClientException.class);
        }
    }

    @Test
    void newClient_withInterceptor_seesEveryCall() {
        List<String> operations = new CopyOnWriteArrayList<>();
        ExecutionInterceptor recorder = new ExecutionInterceptor() {
            @Override
            public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
                operations.add(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME));
            }
        };
        DynamoDbLocal local = DynamoDbLocal.shared();

        try (DynamoDbClient client =
                local.newClient(b -> b.overrideConfiguration(c -> c.addExecutionInterceptor(recorder)))) {
            client.listTables();
            assertThatThrownBy(() -> client.describeTable(d -> d.tableName("storm_no_such_table")))
                    .isInstanceOf(ResourceNotFoundException.class);

            assertThat(client).isNotSameAs(local.client());
        }
        local.client().listTables();

        assertThat(operations).containsExactly("ListTables", "DescribeTable");
    }
}
