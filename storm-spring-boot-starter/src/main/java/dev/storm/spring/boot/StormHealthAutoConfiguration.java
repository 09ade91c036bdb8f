package dev.storm.spring.boot;

import dev.storm.Storm;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * With Spring Boot's health support on the class path (Actuator): the {@code storm} health indicator of STORM's
 * table, turned off with {@code management.health.storm.enabled=false}.
 */
@AutoConfiguration(after = StormAutoConfiguration.class)
@ConditionalOnClass({Storm.class, HealthIndicator.class})
@ConditionalOnBean(Storm.class)
@ConditionalOnEnabledHealthIndicator("storm")
public class StormHealthAutoConfiguration {

    /** Creates the configuration; Spring Boot does this. */
    public StormHealthAutoConfiguration() {
    }

    /**
     * The indicator, named {@code storm} after the bean.
     *
     * @param storm the instance whose table is checked
     * @return the indicator
     */
    @Bean(name = "stormHealthIndicator")
    @ConditionalOnMissingBean(name = "stormHealthIndicator")
    public StormHealthIndicator stormHealthIndicator(Storm storm) {
        return new StormHealthIndicator(storm);
    }
}
