package dev.storm.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storm.ConnectionManager;
import dev.storm.ObjectAlreadyExistsException;
import dev.storm.Storm;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Micrometer meters of STORM's requests: present only with Micrometer and a registry, fed by the listener. */
class StormMetricsAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(StormAutoConfiguration.class,
                    StormMetricsAutoConfiguration.class))
            .withUserConfiguration(LocalClient.class);

    @AfterEach
    void noProcessDefaultLeftBehind() {
        ConnectionManager.table().setClient(null);
        ConnectionManager.table().setTableName(null);
    }

    @Test
    void everyRequest_isTimedByOperationModelAndOutcome_andConsumedCapacityCounted() {
        String table = LocalServer.freshTable("metrics");
        runner.withUserConfiguration(Registry.class)
                .withPropertyValues("storm.table-name=" + table, "storm.create-table=true",
                        "storm.consumed-capacity=total")
                .run(context -> {
                    StormMetrics metrics = context.getBean(StormMetrics.class);
                    assertThat(context.getBean(Storm.class).listeners()).containsExactly(metrics);
                    MeterRegistry registry = context.getBean(MeterRegistry.class);

                    Note.objects.create(new Note("m1", "first"));               // through the process default
                    assertThatThrownBy(() -> Note.objects.create(new Note("m1", "again")))
                            .isInstanceOf(ObjectAlreadyExistsException.class);
                    context.getBean(Storm.class).manager(Note.class).get(Note_.noteId.eq("m1"));

                    assertThat(timer(registry, "PutItem", "success").count()).isEqualTo(1);
                    assertThat(timer(registry, "PutItem", "error").count()).isEqualTo(1);
                    assertThat(timer(registry, "GetItem", "success").count()).isEqualTo(1);
                    assertThat(timer(registry, "PutItem", "success").totalTime(TimeUnit.NANOSECONDS))
                            .isPositive();
                    assertThat(registry.get("storm.capacity.consumed").tags("operation", "PutItem", "model", "Note",
                            "kind", "write").counter().count()).isEqualTo(1.0);
                    assertThat(registry.get("storm.capacity.consumed").tags("operation", "GetItem", "model", "Note",
                            "kind", "read").counter().count()).isEqualTo(0.5);
                });
    }

    @Test
    void withoutConsumedCapacity_noCapacityIsCounted() {
        String table = LocalServer.freshTable("no_capacity");
        runner.withUserConfiguration(Registry.class)
                .withPropertyValues("storm.table-name=" + table, "storm.create-table=true")
                .run(context -> {
                    Note.objects.create(new Note("m2", "x"));
                    MeterRegistry registry = context.getBean(MeterRegistry.class);
                    assertThat(timer(registry, "PutItem", "success").count()).isEqualTo(1);
                    assertThat(registry.find("storm.capacity.consumed").counters()).isEmpty();
                });
    }

    @Test
    void withoutARegistryBean_noMetrics() {
        runner.withPropertyValues("storm.table-name=t_no_registry")
                .run(context -> assertThat(context).hasSingleBean(Storm.class).doesNotHaveBean(StormMetrics.class));
    }

    @Test
    void withoutMicrometer_noMetrics() {
        runner.withClassLoader(new FilteredClassLoader(MeterRegistry.class))
                .withPropertyValues("storm.table-name=t_no_micrometer")
                .run(context -> {
                    assertThat(context).hasSingleBean(Storm.class).doesNotHaveBean(StormMetrics.class);
                    assertThat(context.getBean(Storm.class).listeners()).isEmpty();
                });
    }

    private static Timer timer(MeterRegistry registry, String operation, String outcome) {
        return registry.get("storm.operations").tags("operation", operation, "model", "Note", "outcome", outcome)
                .timer();
    }

    @Configuration(proxyBeanMethods = false)
    static class Registry {
        @Bean
        MeterRegistry meterRegistry() {
            return new SimpleMeterRegistry();
        }
    }
}
