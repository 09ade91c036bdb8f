package com.acme.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.storm.spring.boot.AutoConfigureDynamoDbLocal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * The application on a random port, over HTTP, against storm-test's in-process DynamoDB Local. The test shows the
 * health components, which Actuator hides by default, to see STORM's among them.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = "management.endpoint.health.show-components=always")
@AutoConfigureDynamoDbLocal
class ShopApplicationTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Value("${local.server.port}")
    private int port;

    @Test
    void theModels_areServedOverHttp_withHealthAndMetricsThroughActuator() throws Exception {
        HttpResponse<String> created = send("POST", "/users",
                "{\"userId\":\"ann\",\"email\":\"ann@example.com\",\"name\":\"Ann\",\"emailGsi\":\"ann@example.com\",\"logins\":0}");
        assertEquals(201, created.statusCode(), created.body());
        assertEquals(201, send("POST", "/users/ann/orders",
                "{\"orderId\":\"2024-0001\",\"amount\":25.5,\"status\":\"NEW\"}").statusCode());

        HttpResponse<String> user = send("GET", "/users/ann", null);
        assertEquals(200, user.statusCode());
        assertTrue(user.body().contains("\"type\":\"METADATA\""), user.body());
        HttpResponse<String> orders = send("GET", "/users/ann/orders", null);
        assertTrue(orders.body().contains("\"orderId\":\"2024-0001\""), orders.body());

        HttpResponse<String> health = send("GET", "/actuator/health", null);
        assertEquals(200, health.statusCode(), health.body());
        assertTrue(health.body().endsWith(",\"status\":\"UP\"}"), health.body());
        assertTrue(health.body().contains("\"storm\":{\"status\":\"UP\"}"), health.body());
        HttpResponse<String> puts = send("GET", "/actuator/metrics/storm.operations?tag=operation:PutItem", null);
        assertEquals(200, puts.statusCode(), puts.body());
        assertTrue(puts.body().contains("\"statistic\":\"COUNT\",\"value\":2.0"), puts.body());
    }

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
