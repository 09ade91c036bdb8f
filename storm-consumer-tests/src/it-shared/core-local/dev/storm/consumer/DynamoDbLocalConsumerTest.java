package dev.storm.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.storm.TableDefinition;
import java.net.ServerSocket;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;
import software.amazon.dynamodb.services.local.main.ServerRunner;
import software.amazon.dynamodb.services.local.server.DynamoDBProxyServer;

class DynamoDbLocalConsumerTest {

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
    void storm_createsItsTableOnDynamoDbLocalStartedByTheUser() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        DynamoDBProxyServer server = ServerRunner.createServerFromCommandLineArgs(
                new String[] {"-inMemory", "-port", Integer.toString(port), "-disableTelemetry"});
        server.start();
        try (DynamoDbClient client = Clients.of(URI.create("http://127.0.0.1:" + port))) {
            TableDefinition.create(client, "consumer");
            assertEquals(TableStatus.ACTIVE, client.describeTable(d -> d.tableName("consumer")).table().tableStatus());
        } finally {
            server.stop();
        }
    }
}
