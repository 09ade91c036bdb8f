package dev.storm.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.storm.ConnectionManager;
import dev.storm.Storm;
import dev.storm.spring.boot.AutoConfigureDynamoDbLocal;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

class StarterConsumerTest {

    @Test
    void sdk_isOneVersion_andAClientBuilds() {
        SdkJars.assertAligned();
        try (DynamoDbClient client = Clients.of(URI.create("http://127.0.0.1:1"))) {
            assertEquals("dynamodb", client.serviceName());
        }
    }

    /** Run in one declaration order only: the other resolves the same class path, as the test above proves. */
    @Test
    @EnabledIfSystemProperty(named = "consumer.server", matches = "true")
    void theStarter_configuresStormOnStormTestsServer() {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.NONE)
                .properties("storm.table-name=consumer")
                .run()) {
            Storm storm = context.getBean(Storm.class);
            assertEquals("consumer", storm.tableName());
            assertEquals("consumer", ConnectionManager.table().tableName());
            assertEquals(TableStatus.ACTIVE,
                    storm.client().describeTable(d -> d.tableName("consumer")).table().tableStatus());
        }
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @AutoConfigureDynamoDbLocal
    static class Application {
    }
}
