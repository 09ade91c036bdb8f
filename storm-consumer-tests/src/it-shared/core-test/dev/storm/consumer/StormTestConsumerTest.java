package dev.storm.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.storm.TableDefinition;
import dev.storm.test.DynamoDbLocal;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

class StormTestConsumerTest {

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
    void aClientBuiltByTheUser_worksWithStormTestsServer() {
        try (DynamoDbClient client = Clients.of(DynamoDbLocal.shared().endpoint())) {
            TableDefinition.create(client, "consumer");
            assertEquals(TableStatus.ACTIVE, client.describeTable(d -> d.tableName("consumer")).table().tableStatus());
        }
    }
}
