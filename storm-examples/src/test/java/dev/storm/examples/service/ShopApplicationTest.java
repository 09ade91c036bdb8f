package dev.storm.examples.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storm.spring.boot.AutoConfigureDynamoDbLocal;
import dev.storm.test.DynamoDbLocal;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The shop service on a random port, over real HTTP, against storm-test's in-process DynamoDB Local. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureDynamoDbLocal
class ShopApplicationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();

    @Value("${local.server.port}")
    private int port;

    @Test
    void createUser_addOrders_pageThroughThem_changeEmail_findByIt() throws Exception {
        assertThat(send("POST", "/users", "{\"userId\":\"ann\",\"email\":\"ann@example.com\",\"name\":\"Ann\"}")
                .statusCode()).isEqualTo(201);
        for (int i = 1; i <= 5; i++) {
            HttpResponse<String> added = send("POST", "/users/ann/orders",
                    "{\"orderId\":\"2024-000" + i + "\",\"amount\":" + (10 * i) + ".5,\"status\":\"NEW\"}");
            assertThat(added.statusCode()).isEqualTo(201);
            assertThat(json(added).get("orderId").asString()).isEqualTo("2024-000" + i);
        }

        List<String> seen = new ArrayList<>();
        List<Integer> pageSizes = new ArrayList<>();
        String cursor = null;
        do {
            String query = "/users/ann/orders?limit=2"
                    + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
            JsonNode page = json(send("GET", query, null));
            page.get("orders").forEach(order -> seen.add(order.get("orderId").asString()));
            pageSizes.add(page.get("orders").size());
            cursor = page.get("next").isNull() ? null : page.get("next").asString();
        } while (cursor != null);
        assertThat(seen).containsExactly("2024-0001", "2024-0002", "2024-0003", "2024-0004", "2024-0005");
        assertThat(pageSizes.subList(0, 3)).containsExactly(2, 2, 1);

        HttpResponse<String> changed = send("PATCH", "/users/ann", "{\"email\":\"ann@new.example\"}");
        assertThat(json(changed).get("email").asString()).isEqualTo("ann@new.example");
        JsonNode found = json(send("GET", "/users?email=ann%40new.example", null));
        assertThat(found).hasSize(1);
        assertThat(found.get(0).get("userId").asString()).isEqualTo("ann");
        assertThat(json(send("GET", "/users?email=ann%40example.com", null))).isEmpty();
    }

    @Test
    void errors_areHttpProblems() throws Exception {
        assertThat(send("GET", "/users/nobody", null).statusCode()).isEqualTo(404);
        assertThat(send("POST", "/users/nobody/orders", "{\"orderId\":\"o1\",\"amount\":1,\"status\":\"NEW\"}")
                .statusCode()).isEqualTo(404);
        send("POST", "/users", "{\"userId\":\"bob\",\"email\":\"bob@example.com\",\"name\":\"Bob\"}");
        assertThat(send("POST", "/users", "{\"userId\":\"bob\",\"email\":\"b2@example.com\",\"name\":\"B\"}")
                .statusCode()).isEqualTo(409);
        HttpResponse<String> badCursor = send("GET", "/users/bob/orders?cursor=not-a-cursor", null);
        assertThat(badCursor.statusCode()).isEqualTo(400);
        assertThat(json(badCursor).get("detail").asString()).contains("cursor");
    }

    @Test
    void actuatorHealth_showsTheTableUp() throws Exception {
        JsonNode health = json(send("GET", "/actuator/health", null));
        assertThat(health.get("status").asString()).isEqualTo("UP");
        JsonNode storm = health.get("components").get("storm");
        assertThat(storm.get("status").asString()).isEqualTo("UP");
        assertThat(storm.get("details").get("table").asString()).isEqualTo("shop");
        assertThat(storm.get("details").get("status").asString()).isEqualTo("ACTIVE");
        assertThat(DynamoDbLocal.shared().client().listTables().tableNames()).contains("shop");
    }

    private HttpResponse<String> send(String method, String path, String body) throws IOException,
            InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }
}
