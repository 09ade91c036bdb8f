package dev.storm.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storm.ConnectionManager;
import dev.storm.Storm;
import dev.storm.test.DynamoDbLocal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The table health indicator: present only with the health support and STORM, UP or DOWN from DescribeTable. */
class StormHealthAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(StormAutoConfiguration.class, StormHealthAutoConfiguration.class))
            .withUserConfiguration(LocalClient.class);

    @AfterEach
    void noProcessDefaultLeftBehind() {
        ConnectionManager.table().setClient(null);
        ConnectionManager.table().setTableName(null);
    }

    @Test
    void existingTable_isUpWithItsStatus() {
        String table = LocalServer.freshTable("healthy");
        runner.withPropertyValues("storm.table-name=" + table, "storm.create-table=true").run(context -> {
            Health health = context.getBean("stormHealthIndicator", HealthIndicator.class).health();
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsEntry("table", table).containsEntry("status", "ACTIVE");
        });
    }

    @Test
    void missingTable_isDownWithTheReason() {
        String table = LocalServer.freshTable("missing");
        runner.withPropertyValues("storm.table-name=" + table).run(context -> {
            Health health = context.getBean("stormHealthIndicator", HealthIndicator.class).health();
            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(health.getDetails()).containsEntry("table", table)
                    .containsEntry("reason", "table " + table + " does not exist");
        });
    }

    @Test
    void unreachableEndpoint_isDownWithTheSdkError() {
        DynamoDbClient unreachable = DynamoDbLocal.shared().newClient(b -> b
                .endpointOverride(java.net.URI.create("http://127.0.0.1:1"))
                .overrideConfiguration(c -> c.retryStrategy(r -> r.maxAttempts(1))));
        try (unreachable) {
            Health health = new StormHealthIndicator(
                    Storm.builder().client(unreachable).tableName("any").build()).health();
            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat((String) health.getDetails().get("reason")).startsWith("SdkClientException")
                    .contains("127.0.0.1:1");
        }
    }

    @Test
    void withoutHealthSupport_noIndicator() {
        runner.withClassLoader(new FilteredClassLoader(HealthIndicator.class))
                .withPropertyValues("storm.table-name=t_no_health")
                .run(context -> assertThat(context).hasSingleBean(Storm.class)
                        .doesNotHaveBean("stormHealthIndicator"));
    }

    @Test
    void disabledByProperty_noIndicator() {
        runner.withPropertyValues("storm.table-name=t_disabled", "management.health.storm.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean("stormHealthIndicator"));
    }
}
