package dev.storm.jsonata;

import static dev.storm.jsonata.Evaluation.assertEvaluatesTo;
import static dev.storm.jsonata.Evaluation.evaluate;
import static dev.storm.jsonata.Evaluation.failure;
import static dev.storm.jsonata.Evaluation.inputOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.storm.JsonataTemplate;
import dev.storm.layout.seed.User;
import dev.storm.layout.seed.User_;
import dev.storm.test.StormTest;
import dev.storm.test.TableName;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * Templates in both key layouts, and of models whose items may be absent from an index (every key field of the index
 * null), evaluated by jsonata-js: the same requests as the manager's, the same items stored.
 */
@StormTest(indexCount = 2, tablePerMethod = true)
class TemplateLayoutsAndSparseIndexesTest {

    private static final UUID CARRIER = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");

    private static Shipment sparse(String id) {
        return new Shipment(id, 1, null, null, null, "n", BigDecimal.ONE, 1.5, true, List.of(), null,
                Instant.parse("2024-01-01T00:00:00Z"), null);
    }

    private static Map<String, AttributeValue> stored(DynamoDbClient client, String table, Shipment s) {
        return client.getItem(GetItemRequest.builder().tableName(table)
                .key(Shipment.objects.getRequest(s).key()).build()).item();
    }

    @Test
    void put_ofAnItemOutsideEverySparseIndex_writesNoIndexKey_asTheManager(DynamoDbClient client,
                                                                          @TableName String table) {
        Shipment s = sparse("s1");
        Instant before = Instant.now();
        JsonNode put = TemplateExactValuesTest.assertSamePut(evaluate(JsonataTemplate.of(Shipment.class)
                .saveRequest(false), inputOf(s), table), s, before);
        assertThat(put.get("Item").has("GSI1PK")).isFalse();
        assertThat(put.get("Item").has("GSI2PK")).isFalse();
        assertThat(put.at("/Item/carrier/NULL").booleanValue()).isTrue();

        client.putItem(SdkJson.<PutItemRequest>fromJson(put, PutItemRequest::builder));
        assertThat(stored(client, table, s)).doesNotContainKeys("GSI1PK", "GSI2PK", "GSI2SK");
        assertThat(Shipment.objects.get(Shipment_.shipmentId.eq("s1"), Shipment_.seq.eq(1L)))
                .usingRecursiveComparison().ignoringFields("updatedAt").isEqualTo(s);
    }

    @Test
    void put_withAnIndexKeyPartlySet_failsTheState_andWritesNothing(DynamoDbClient client, @TableName String table) {
        ObjectNode input = inputOf(sparse("s2")).put("day", "2024-02-29");
        assertThat(failure(JsonataTemplate.of(Shipment.class).saveRequest(false), input, table))
                .contains("Shipment.at is required, and it is part of a key of Shipment, but $states.input.at gives");
        assertThat(client.scan(ScanRequest.builder().tableName(table).build()).items()).isEmpty();
    }

    @Test
    void update_settingAnIndexField_removesOrSetsItsKey_asTheManager(DynamoDbClient client, @TableName String table) {
        Shipment s = new Shipment("s3", 1, CARRIER, null, null, "n", BigDecimal.ONE, 1.5, true, List.of(), null,
                Instant.parse("2024-01-01T00:00:00Z"), Instant.parse("2024-01-01T00:00:00Z"));
        Shipment.objects.save(s);
        String template = JsonataTemplate.of(Shipment.class).updateRequest(
                JsonataTemplate.of(Shipment.class).set(Shipment_.carrier, "$states.input.newCarrier"),
                Shipment_.updatedAt.set(s.updatedAt()));

        JsonNode out = assertEvaluatesTo(template, inputOf(s).putNull("newCarrier"), table,
                Shipment.objects.updateRequest(s, Shipment_.carrier.set((UUID) null), Shipment_.updatedAt.set(s.updatedAt())));
        assertThat(out.get("UpdateExpression").textValue()).contains("REMOVE");
        client.updateItem(SdkJson.<UpdateItemRequest>fromJson(out, UpdateItemRequest::builder));
        assertThat(stored(client, table, s)).doesNotContainKey("GSI1PK").containsEntry("carrier",
                AttributeValue.fromNul(true));

        UUID other = UUID.fromString("00000000-0000-0000-0000-0000000000bb");
        JsonNode in = assertEvaluatesTo(template, inputOf(s).put("newCarrier", other.toString()), table,
                Shipment.objects.updateRequest(s, Shipment_.carrier.set(other), Shipment_.updatedAt.set(s.updatedAt())));
        client.updateItem(SdkJson.<UpdateItemRequest>fromJson(in, UpdateItemRequest::builder));
        assertThat(Shipment.objects.using(Shipment_.carrier.eq(other)).useIndex(1).list())
                .extracting(Shipment::shipmentId).containsExactly("s3");
    }

    @Test
    void storm01Layout_everyTemplate_isTheManagersRequest_andRoundTrips(DynamoDbClient client,
                                                                        @TableName String table) {
        User ann = new User("u1", null, "a@x.io", "Ann", "a@x.io", 30, 2.5, new BigDecimal("2.5"), true,
                Map.of("city", "Berlin"), List.of("a"), Set.of("admin"), null);
        JsonataTemplate<User> users = JsonataTemplate.of(User.class);
        JsonNode put = assertEvaluatesTo(users.saveRequest(false), inputOf(ann), table,
                User.objects.saveRequest(ann, false));
        assertThat(put.at("/Item/PK/S").textValue()).isEqualTo("USER#U#u1#USER");
        assertThat(put.at("/Item/GSI1PK/S").textValue()).isEqualTo("USER#E#a@x.io#USER");
        client.putItem(SdkJson.<PutItemRequest>fromJson(put, PutItemRequest::builder));
        assertThat(User.objects.get(User_.userId.eq("u1"))).isEqualTo(ann);

        assertEvaluatesTo(users.getRequest(), inputOf(ann), table, User.objects.getRequest(ann));
        assertEvaluatesTo(users.deleteRequest(), inputOf(ann), table, User.objects.deleteRequest(ann));
        JsonNode update = assertEvaluatesTo(users.updateRequest(User_.emailGsi.set("$states.input.newEmail")),
                inputOf(ann).put("newEmail", "b@x.io"), table,
                User.objects.updateRequest(ann, User_.emailGsi.set("b@x.io")));
        client.updateItem(SdkJson.<UpdateItemRequest>fromJson(update, UpdateItemRequest::builder));
        assertThat(User.objects.using(User_.emailGsi.eq("b@x.io")).useIndex(1).list()).extracting(User::userId)
                .containsExactly("u1");
        Evaluation.assertSameRequest(SdkJson.fromSdkNames(evaluate(users.queryRequest(qs -> qs.useIndex(1)),
                inputOf(ann).put("email_gsi", "b@x.io"), table)),
                User.objects.using(User_.emailGsi.eq("b@x.io")).useIndex(1).toRequest());

        User sparse = new User("u2", null, null, null, null, null, 0, null, false, null, null, null, null);
        JsonNode sparsePut = assertEvaluatesTo(users.saveRequest(true), inputOf(sparse), table,
                User.objects.saveRequest(sparse, true));
        assertThat(sparsePut.get("Item").has("GSI1PK")).isFalse();
    }
}
