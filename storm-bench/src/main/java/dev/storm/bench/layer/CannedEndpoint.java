package dev.storm.bench.layer;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.storm.bench.codec.HandCodec;
import dev.storm.bench.codec.Samples;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * An HTTP endpoint on 127.0.0.1 speaking just enough of DynamoDB's JSON protocol for a {@link Rounds} round, with
 * answers prepared up front: PutItem is acknowledged, GetItem returns one stored order, Query returns the
 * {@value Rounds#QUERY_SIZE} orders of the queried customer. A real SDK client talks to it over loopback, so a
 * benchmark through it measures the client stack (mapper, SDK marshalling, HTTP) with no database. Thread-safe.
 */
public final class CannedEndpoint implements AutoCloseable {

    private static final String CONTENT_TYPE = "application/x-amz-json-1.0";

    private final HttpServer server;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "canned-endpoint");
        t.setDaemon(true);
        return t;
    });
    private final byte[] getItem;
    private final byte[] query;

    private CannedEndpoint() throws IOException {
        List<Map<String, AttributeValue>> items = new ArrayList<>(Rounds.QUERY_SIZE);
        for (int i = 0; i < Rounds.QUERY_SIZE; i++) {
            items.add(HandCodec.item(Samples.order(Rounds.QUERIED, i)));
        }
        getItem = ("{\"Item\":" + DynamoJson.item(items.get(0)) + "}").getBytes(StandardCharsets.UTF_8);
        query = ("{\"Count\":" + items.size() + ",\"ScannedCount\":" + items.size() + ",\"Items\":"
                + DynamoJson.items(items) + "}").getBytes(StandardCharsets.UTF_8);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.createContext("/", this::answer);
        server.setExecutor(executor);
        server.start();
    }

    /** Starts an endpoint on a free loopback port. */
    public static CannedEndpoint start() {
        try {
            return new CannedEndpoint();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the canned endpoint on 127.0.0.1: " + e.getMessage(), e);
        }
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            in.readAllBytes();
        }
        String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
        String operation = target == null ? "" : target.substring(target.indexOf('.') + 1);
        byte[] body = switch (operation) {
            case "GetItem" -> getItem;
            case "Query" -> query;
            case "PutItem" -> "{}".getBytes(StandardCharsets.UTF_8);
            default -> null;
        };
        exchange.getResponseHeaders().set("Content-Type", CONTENT_TYPE);
        if (body == null) {
            body = ("{\"__type\":\"com.amazonaws.dynamodb.v20120810#UnknownOperationException\",\"message\":\""
                    + operation + "\"}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(400, body.length);
        } else {
            exchange.sendResponseHeaders(200, body.length);
        }
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
