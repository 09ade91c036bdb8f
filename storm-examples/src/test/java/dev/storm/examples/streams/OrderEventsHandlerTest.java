package dev.storm.examples.streams;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.storm.ConnectionManager;
import dev.storm.TableContext;
import dev.storm.TableDefinition;
import dev.storm.examples.quickstart.Order;
import dev.storm.examples.quickstart.Order_;
import dev.storm.examples.quickstart.User;
import dev.storm.test.DynamoDbLocal;
import dev.storm.test.TableStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsRequest;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * The Lambda handler run on the event Lambda would deliver for STORM's writes: the records DynamoDB Local's stream
 * recorded, exactly as GetRecords answered them, read into a {@link DynamodbEvent} by the Lambda Java runtime's own
 * JSON reader.
 */
class OrderEventsHandlerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Keeps the JSON bodies of the GetRecords answers, as they came over the wire. */
    private static final class GetRecordsBodies implements ExecutionInterceptor {

        final List<JsonNode> pages = new ArrayList<>();

        @Override
        public Optional<InputStream> modifyHttpResponseContent(Context.ModifyHttpResponse context,
                                                               ExecutionAttributes attributes) {
            if (!(context.request() instanceof GetRecordsRequest) || context.responseBody().isEmpty()) {
                return context.responseBody();
            }
            try (InputStream in = context.responseBody().get()) {
                byte[] body = in.readAllBytes();
                pages.add(JSON.readTree(body));
                return Optional.of(new ByteArrayInputStream(body));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The event Lambda delivers: the stream's records with the stream's ARN, under "Records". */
    private static DynamodbEvent lambdaEvent(List<JsonNode> pages, String streamArn, int corrupt) {
        ObjectNode event = JSON.createObjectNode();
        ArrayNode records = event.putArray("Records");
        for (JsonNode page : pages) {
            for (JsonNode record : page.get("Records")) {
                ObjectNode copy = record.deepCopy();
                copy.put("eventSourceARN", streamArn);
                if (records.size() == corrupt) {
                    ((ObjectNode) copy.get("dynamodb").get("NewImage")).putObject("amount").put("S", "lots");
                }
                records.add(copy);
            }
        }
        return LambdaEventSerializers.serializerFor(DynamodbEvent.class, OrderEventsHandlerTest.class.getClassLoader())
                .fromJson(event.toString());
    }

    private static String writeThroughStorm() {
        DynamoDbClient client = DynamoDbLocal.shared().client();
        String table = "storm_order_events";
        client.createTable(TableStream.enabled(TableDefinition.standard(table), StreamViewType.NEW_AND_OLD_IMAGES));
        try (TableContext ignored = ConnectionManager.table().tableContext(table, client)) {
            User.objects.create(new User("u1", null, "ann@example.com", "Ann", "ann@example.com", 0));
            Order placed = Order.objects.create(new Order("u1", "2024-0001", 25.5, "NEW"));
            Order.objects.create(new Order("u1", "2024-0002", 9.0, "NEW"));
            Order.objects.update(placed, Order_.status.set("PAID"));
            Order.objects.update(placed, Order_.amount.set(26.0));
            Order.objects.delete(new Order("u1", "2024-0002", 0, null));
        }
        return table;
    }

    @Test
    void handler_reportsEachChangeStormWrote_asLambdaDeliversIt() {
        String table = writeThroughStorm();
        GetRecordsBodies bodies = new GetRecordsBodies();
        String arn;
        try (DynamoDbStreamsClient streams = DynamoDbLocal.shared().newStreamsClient(
                b -> b.overrideConfiguration(c -> c.addExecutionInterceptor(bodies)))) {
            TableStream stream = TableStream.of(DynamoDbLocal.shared().client(), streams, table);
            arn = stream.arn();
            assertThat(stream.readAll()).hasSize(6);
        } finally {
            DynamoDbLocal.shared().client().deleteTable(d -> d.tableName(table));
        }
        List<String> lines = new ArrayList<>();

        StreamsEventResponse response = new OrderEventsHandler(lines::add)
                .handleRequest(lambdaEvent(bodies.pages, arn, -1), null);

        assertThat(lines).containsExactly(
                "user u1 signed up: ann@example.com",
                "order 2024-0001 of u1 placed: 25.5 NEW",
                "order 2024-0002 of u1 placed: 9.0 NEW",
                "order 2024-0001 of u1: NEW -> PAID",
                "order 2024-0002 of u1 removed");
        assertThat(response.getBatchItemFailures()).isEmpty();

        lines.clear();
        DynamodbEvent corrupted = lambdaEvent(bodies.pages, arn, 2);
        StreamsEventResponse failed = new OrderEventsHandler(lines::add).handleRequest(corrupted, null);

        assertThat(failed.getBatchItemFailures()).extracting(StreamsEventResponse.BatchItemFailure::getItemIdentifier)
                .containsExactly(corrupted.getRecords().get(2).getDynamodb().getSequenceNumber());
        assertThat(lines).hasSize(3);
        assertThat(lines.get(2)).startsWith("cannot read record").contains("Order.amount").contains("lots");
    }
}
