package dev.storm.spring.boot;

import dev.storm.Storm;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * With Micrometer and a {@link MeterRegistry} bean (Actuator provides one): {@link StormMetrics}, registered as a
 * listener on the {@link Storm} bean the starter builds, and so on the process default too.
 */
@AutoConfiguration(before = StormAutoConfiguration.class, afterName = {
        "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration"})
@ConditionalOnClass({Storm.class, MeterRegistry.class})
@ConditionalOnBean(MeterRegistry.class)
public class StormMetricsAutoConfiguration {

    /** Creates the configuration; Spring Boot does this. */
    public StormMetricsAutoConfiguration() {
    }

    /**
     * The listener that records STORM's requests in the registry.
     *
     * @param registry the application's registry
     * @return the listener
     */
    @Bean
    @ConditionalOnMissingBean
    public StormMetrics stormMetrics(MeterRegistry registry) {
        return new StormMetrics(registry);
    }
}
