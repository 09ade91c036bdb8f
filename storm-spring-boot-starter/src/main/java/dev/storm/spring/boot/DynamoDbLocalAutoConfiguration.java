package dev.storm.spring.boot;

import dev.storm.test.DynamoDbLocal;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * For tests of a Spring Boot application, imported by {@link AutoConfigureDynamoDbLocal}: STORM runs on this JVM's
 * shared in-process DynamoDB Local server (storm-test's {@link DynamoDbLocal#shared()}), in the configured table,
 * created when absent. Not listed among the auto-configurations an application gets by default.
 */
@AutoConfiguration(before = StormAutoConfiguration.class)
@ConditionalOnClass(DynamoDbLocal.class)
public class DynamoDbLocalAutoConfiguration {

    /** Creates the configuration; Spring Boot does this. */
    public DynamoDbLocalAutoConfiguration() {
    }

    /**
     * The shared server's client, in place of the one the starter would build; the server closes it at JVM exit.
     *
     * @return the client
     */
    @Bean(name = StormAutoConfiguration.STARTER_CLIENT, destroyMethod = "")
    @ConditionalOnMissingBean
    public DynamoDbClient stormDynamoDbClient() {
        return DynamoDbLocal.shared().client();
    }

    /**
     * Tells the STORM auto-configuration to create the table when absent.
     *
     * @return the marker
     */
    @Bean
    public EmbeddedTable stormEmbeddedTable() {
        return new EmbeddedTable();
    }
}
