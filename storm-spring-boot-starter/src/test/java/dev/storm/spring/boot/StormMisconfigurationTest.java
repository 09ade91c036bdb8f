package dev.storm.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.storm.StormException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Settings that cannot work fail start-up with the property named, before any table is created. */
class StormMisconfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(StormAutoConfiguration.class))
            .withSystemProperties("aws.accessKeyId=storm", "aws.secretAccessKey=storm")
            .withPropertyValues("storm.endpoint=" + LocalServer.endpoint(), "storm.region=us-east-1",
                    "storm.create-table=true");

    @Test
    void missingTableName_failsNamingStormTableName() {
        runner.run(context -> assertFailure(context.getStartupFailure(), "storm.table-name", null,
                "set storm.table-name (or the DB_TABLE_NAME environment variable)"));
    }

    @Test
    void invalidTableName_failsNamingStormTableName_andCreatesNothing() {
        runner.withPropertyValues("storm.table-name=a b").run(context -> {
            assertFailure(context.getStartupFailure(), "storm.table-name", "a b", "a b");
            assertThat(LocalServer.tables()).doesNotContain("a b");
        });
    }

    @Test
    void endpointWithoutScheme_failsNamingStormEndpoint_andCreatesNothing() {
        String table = LocalServer.freshTable("bad_endpoint");
        runner.withPropertyValues("storm.table-name=" + table, "storm.endpoint=localhost:8000").run(context -> {
            assertFailure(context.getStartupFailure(), "storm.endpoint", "localhost:8000",
                    "must be an http or https URL with a host, such as http://localhost:8000");
            assertThat(LocalServer.tables()).doesNotContain(table);
        });
    }

    @Test
    void badRegion_failsNamingStormRegion() {
        String table = LocalServer.freshTable("bad_region");
        runner.withPropertyValues("storm.table-name=" + table, "storm.region=EU West").run(context -> {
            assertFailure(context.getStartupFailure(), "storm.region", "EU West", "such as eu-west-1");
            assertThat(LocalServer.tables()).doesNotContain(table);
        });
    }

    @Test
    void indexCountOutOfRange_failsNamingStormIndexCount_andCreatesNothing() {
        String table = LocalServer.freshTable("bad_index_count");
        runner.withPropertyValues("storm.table-name=" + table, "storm.index-count=21").run(context -> {
            assertFailure(context.getStartupFailure(), "storm.index-count", 21, "from 0 to 20");
            assertThat(LocalServer.tables()).doesNotContain(table);
        });
    }

    @Test
    void unreachableEndpoint_withCreateTable_failsStartUpNamingTheTableAndEndpoint() {
        runner.withPropertyValues("storm.table-name=t_unreachable", "storm.endpoint=http://127.0.0.1:1")
                .run(context -> assertThat(context.getStartupFailure()).cause().cause()
                        .isInstanceOf(StormException.class)
                        .hasMessageContaining("storm.create-table is set, but table 't_unreachable' could not be "
                                + "checked or created")
                        .hasMessageContaining("127.0.0.1:1"));
    }

    @Test
    void noRegionAnywhere_failsNamingStormRegion() {
        assumeTrue(System.getenv("AWS_REGION") == null && System.getenv("AWS_DEFAULT_REGION") == null,
                "a region in the environment would be found");
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(StormAutoConfiguration.class))
                .withPropertyValues("storm.table-name=t_no_region", "storm.endpoint=" + LocalServer.endpoint())
                .withSystemProperties("aws.configFile=/nonexistent/config")
                .run(context -> assertFailure(context.getStartupFailure(), "storm.region", null,
                        "No AWS region is configured: set storm.region"));
    }

    private static void assertFailure(Throwable failure, String property, Object value, String reason) {
        assertThat(failure).isNotNull();
        Throwable cause = failure;
        while (!(cause instanceof InvalidConfigurationPropertyValueException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        assertThat(cause).isInstanceOf(InvalidConfigurationPropertyValueException.class);
        InvalidConfigurationPropertyValueException invalid = (InvalidConfigurationPropertyValueException) cause;
        assertThat(invalid.getName()).isEqualTo(property);
        assertThat(invalid.getValue()).isEqualTo(value);
        assertThat(invalid.getReason()).contains(reason);
    }
}
