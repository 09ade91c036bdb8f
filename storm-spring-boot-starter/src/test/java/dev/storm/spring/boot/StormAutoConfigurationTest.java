package dev.storm.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.storm.ConnectionManager;
import dev.storm.Storm;
import dev.storm.StormException;
import dev.storm.test.DynamoDbLocal;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;

/** One context per condition of {@link StormAutoConfiguration}, against the in-process DynamoDB Local. */
class StormAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(StormAutoConfiguration.class))
            .withSystemProperties("aws.accessKeyId=storm", "aws.secretAccessKey=storm");

    @AfterEach
    void noProcessDefaultLeftBehind() {
        ConnectionManager.table().setClient(null);
        ConnectionManager.table().setTableName(null);
    }

    @Test
    void withoutAClientBean_buildsOneFromEndpointAndRegion_andModelsWorkThroughTheProcessDefault() {
        String table = LocalServer.freshTable("built");
        runner.withPropertyValues("storm.table-name=" + table, "storm.endpoint=" + LocalServer.endpoint(),
                "storm.region=us-east-1", "storm.create-table=true").run(context -> {
            assertThat(context).hasSingleBean(Storm.class).hasBean(StormAutoConfiguration.STARTER_CLIENT);
            Storm storm = context.getBean(Storm.class);
            assertThat(storm.tableName()).isEqualTo(table);
            assertThat(storm.client()).isSameAs(context.getBean(DynamoDbClient.class));

            Note.objects.create(new Note("n1", "through User.objects-style static manager"));

            GetItemResponse raw = DynamoDbLocal.shared().client().getItem(get -> get.tableName(table)
                    .key(Map.of("PK", attr("N#n1#Note"), "SK", attr("Note"))));
            assertThat(raw.item().get("text").s()).isEqualTo("through User.objects-style static manager");
            assertThat(storm.manager(Note.class).get(Note_.noteId.eq("n1")).text())
                    .isEqualTo("through User.objects-style static manager");
        });
    }

    @Test
    void applicationsOwnClient_wins_andEndpointDoesNotApplyToIt() {
        String table = LocalServer.freshTable("own");
        runner.withUserConfiguration(LocalClient.class)
                .withPropertyValues("storm.table-name=" + table, "storm.endpoint=http://127.0.0.1:1",
                        "storm.create-table=true")
                .run(context -> {
                    assertThat(context).hasSingleBean(DynamoDbClient.class)
                            .doesNotHaveBean(StormAutoConfiguration.STARTER_CLIENT);
                    assertThat(context.getBean(Storm.class).client())
                            .isSameAs(context.getBean("ownClient", DynamoDbClient.class));
                    // the table was created through the application's client, not at the unreachable endpoint
                    assertThat(LocalServer.tables()).contains(table);
                });
    }

    @Test
    void applicationsOwnStorm_wins() {
        runner.withUserConfiguration(OwnStorm.class).withPropertyValues("storm.table-name=ignored_by_own_storm")
                .run(context -> {
                    assertThat(context).hasSingleBean(Storm.class);
                    assertThat(context.getBean(Storm.class).tableName()).isEqualTo("own_storm");
                    assertThat(ConnectionManager.table().tableName()).isEqualTo("own_storm");
                });
    }

    @Test
    void withoutStormOnTheClassPath_configuresNothing() {
        runner.withClassLoader(new FilteredClassLoader(Storm.class)).withPropertyValues("storm.table-name=t1")
                .run(context -> assertThat(context).doesNotHaveBean(StormAutoConfiguration.STARTER_CLIENT)
                        .doesNotHaveBean(ProcessDefault.class));
    }

    @Test
    void tableName_defaultsToDbTableName() {
        runner.withUserConfiguration(LocalClient.class).withPropertyValues("DB_TABLE_NAME=from_environment")
                .run(context -> assertThat(context.getBean(Storm.class).tableName()).isEqualTo("from_environment"));
    }

    @Test
    void createTable_isOffByDefault() {
        String table = LocalServer.freshTable("not_created");
        runner.withUserConfiguration(LocalClient.class).withPropertyValues("storm.table-name=" + table)
                .run(context -> {
                    assertThat(context).hasSingleBean(Storm.class);
                    assertThat(LocalServer.tables()).doesNotContain(table);
                });
    }

    @Test
    void createTable_createsTheStandardTableWithIndexCountIndexes() {
        String table = LocalServer.freshTable("two_indexes");
        runner.withUserConfiguration(LocalClient.class)
                .withPropertyValues("storm.table-name=" + table, "storm.create-table=true", "storm.index-count=2")
                .run(context -> {
                    var described = DynamoDbLocal.shared().client().describeTable(d -> d.tableName(table)).table();
                    assertThat(described.globalSecondaryIndexes()).extracting(i -> i.indexName())
                            .containsExactlyInAnyOrder("GSI1", "GSI2");
                });
    }

    @Test
    void closingTheContext_unsetsTheProcessDefault() {
        assumeTrue(System.getenv("DB_TABLE_NAME") == null, "DB_TABLE_NAME would stand in for the unset name");
        runner.withUserConfiguration(LocalClient.class).withPropertyValues("storm.table-name=closing")
                .run(context -> assertThat(ConnectionManager.table().tableName()).isEqualTo("closing"));
        assertThatThrownBy(() -> ConnectionManager.table().tableName()).isInstanceOf(StormException.class)
                .hasMessageContaining("No DynamoDB table name is set");
    }

    private static AttributeValue attr(String s) {
        return AttributeValue.fromS(s);
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnStorm {
        @Bean
        Storm ownStorm() {
            return Storm.builder().client(DynamoDbLocal.shared().client()).tableName("own_storm").build();
        }
    }
}
