package dev.storm.jsonata;

import static dev.storm.jsonata.Evaluation.evaluate;
import static dev.storm.jsonata.Evaluation.failure;
import static dev.storm.jsonata.Evaluation.inputOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.storm.InvalidKeyException;
import dev.storm.JsonataTemplate;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import dev.storm.test.StormTest;
import dev.storm.test.TableName;

/**
 * Templates of a model with key parts of most kinds, two indexes, a TTL and timestamps, evaluated by jsonata-js: the
 * evaluated PutItem is the manager's field for field, stores what the manager stores, and state input the manager
 * would refuse (or store differently) fails the state, writing nothing.
 */
@StormTest(indexCount = 2, tablePerMethod = true)
class TemplateExactValuesTest {

    static final Instant AT = Instant.parse("2024-05-17T09:30:15.250Z");
    static final String ADVERSARIAL = "it's \"q\" \\ back %} {% $x %} ünï 😀 ' & $states.input.secret & '";
    private static final JsonataTemplate<Shipment> SHIPMENTS = JsonataTemplate.of(Shipment.class);

    static Shipment shipment(String id, long seq) {
        return new Shipment(id, seq, UUID.fromString("123e4567-e89b-12d3-a456-426614174000"), LocalDate.of(2024, 2, 29),
                AT, ADVERSARIAL, new BigDecimal("12345678901234567890.5"), 0.30000000000000004, true,
                List.of("x", ADVERSARIAL), Instant.parse("2030-01-01T00:00:00.999Z"),
                Instant.parse("2024-01-01T00:00:00Z"), null);
    }

    /** The shipment as state input, numbers a JSON number cannot hold given as strings. */
    static ObjectNode input(Shipment s) {
        ObjectNode input = inputOf(s);
        input.put("seq", Long.toString(s.seq()));
        input.put("price", s.price().toPlainString());
        input.put("weight", Double.toString(s.weight()));
        input.put("secret", "leaked");
        return input;
    }

    /** The evaluated put, after asserting it is the manager's for the model, apart from the time it was made. */
    static JsonNode assertSamePut(JsonNode evaluated, Shipment model, Instant before) {
        String updatedAt = evaluated.at("/Item/updatedAt/S").textValue();
        assertThat(Instant.parse(updatedAt)).isBetween(before.truncatedTo(java.time.temporal.ChronoUnit.MILLIS),
                Instant.now());
        assertThat(updatedAt).as("canonical ISO text").isEqualTo(Instant.parse(updatedAt).toString());
        PutItemRequest manager = Shipment.objects.saveRequest(model, false);
        Map<String, AttributeValue> item = new java.util.HashMap<>(manager.item());
        item.put("updatedAt", AttributeValue.fromS(updatedAt));
        Evaluation.assertSameRequest(evaluated, manager.toBuilder().item(item).build());
        return evaluated;
    }

    @Test
    void save_ofEveryKeyKindIndexTtlAndTimestamp_isTheManagersPut_andStoresWhatTheManagerStores(
            DynamoDbClient client, @TableName String table) {
        Shipment s = shipment("s1", 12_345_678_901_234_567L);
        Instant before = Instant.now();
        JsonNode put = assertSamePut(evaluate(SHIPMENTS.saveRequest(false), input(s), table), s, before);
        assertThat(put.at("/Item/SK/S").textValue()).isEqualTo("N#12345678901234567");
        assertThat(put.at("/Item/expiresAt/N").textValue()).isEqualTo("1893456000");
        assertThat(put.at("/Item/weight/N").textValue()).isEqualTo("0.30000000000000004");

        client.putItem(SdkJson.<PutItemRequest>fromJson(put, PutItemRequest::builder));
        Shipment got = Shipment.objects.get(Shipment_.shipmentId.eq("s1"), Shipment_.seq.eq(12_345_678_901_234_567L));
        assertThat(got).usingRecursiveComparison().ignoringFields("updatedAt", "expiresAt").isEqualTo(s);
        assertThat(got.expiresAt()).isEqualTo(Instant.parse("2030-01-01T00:00:00Z"));
        assertThat(Shipment.objects.using(Shipment_.day.eq(s.day())).useIndex(2).list()).containsExactly(got);
        assertThat(Shipment.objects.using(Shipment_.carrier.eq(s.carrier())).useIndex(1).list()).containsExactly(got);
    }

    @Test
    void save_withTheKeyPartsAsJsonNumbersAndTimesLeftOut_isStillTheManagersPut(@TableName String table) {
        Shipment s = new Shipment("s2", 9_007_199_254_740_991L, UUID.fromString("00000000-0000-0000-0000-00000000000a"),
                LocalDate.of(1999, 12, 31), Instant.EPOCH, null, BigDecimal.ONE, 1.5, null, List.of(), null, null,
                null);
        ObjectNode input = inputOf(s);
        input.put("seq", 9_007_199_254_740_991L).put("carrier", "00000000-0000-0000-0000-00000000000A");
        input.remove(List.of("createdAt", "updatedAt", "expiresAt"));
        Instant before = Instant.now();
        JsonNode put = evaluate(SHIPMENTS.saveRequest(false), input, table);
        String createdAt = put.at("/Item/createdAt/S").textValue();
        assertThat(createdAt).as("@CreatedAt defaults to now").isEqualTo(put.at("/Item/updatedAt/S").textValue());
        Shipment created = new Shipment(s.shipmentId(), s.seq(), s.carrier(), s.day(), s.at(), null, BigDecimal.ONE,
                1.5, null, List.of(), null, Instant.parse(createdAt), null);
        assertSamePut(put, created, before);
        assertThat(put.at("/Item/SK/S").textValue()).isEqualTo("N#9007199254740991");
        assertThat(put.at("/Item/GSI1PK/S").textValue()).isEqualTo("C#00000000-0000-0000-0000-00000000000a#SHIP");
        assertThat(put.at("/Item/GSI2SK/S").textValue()).isEqualTo("AT#1970-01-01T00:00:00Z");
    }

    @Test
    void inputTheManagerWouldRefuseOrStoreDifferently_failsTheState_andNothingIsWritten(DynamoDbClient client,
                                                                                       @TableName String table) {
        String template = SHIPMENTS.saveRequest(false);
        ObjectNode good = input(shipment("s3", 7));
        Map<String, Consumer<ObjectNode>> bad = new java.util.LinkedHashMap<>();
        bad.put("Shipment.shipmentId is required, and it is part of a key of Shipment, but $states.input.shipmentId"
                + " gives nothing", in -> in.remove("shipmentId"));
        bad.put("Shipment.shipmentId is required, and it is part of a key of Shipment, but $states.input.shipmentId"
                + " gives null", in -> in.putNull("shipmentId"));
        bad.put("Shipment.shipmentId is empty", in -> in.put("shipmentId", ""));
        bad.put("Shipment.shipmentId contains #, the key separator, so it cannot be part of a key of Shipment; got a#b",
                in -> in.put("shipmentId", "a#b"));
        bad.put("Shipment.shipmentId: 42 is not text", in -> in.put("shipmentId", 42));
        bad.put("Shipment.seq: \"07\" is not a whole number from -9223372036854775808 to 9223372036854775807 written as"
                + " digits, without leading zeros", in -> in.put("seq", "07"));
        bad.put("Shipment.seq: \"9223372036854775808\" is not a whole number", in -> in.put("seq", "9223372036854775808"));
        bad.put("is not a whole number from -9223372036854775808 to 9223372036854775807 that a JSON number holds"
                + " exactly (up to 9007199254740991); give larger ones as a string of digits",
                in -> in.put("seq", 12_345_678_901_234_567L));
        bad.put("Shipment.seq: 1.5 is not a whole number", in -> in.put("seq", 1.5));
        bad.put("The PK of Shipment would be 2055 bytes of UTF-8, over DynamoDB's limit of 2048 bytes for a partition"
                + " key", in -> in.put("shipmentId", "ü".repeat(1024)));
        bad.put("The PK of Shipment would be 2051 bytes of UTF-8", in -> in.put("shipmentId", "%".repeat(2044)));
        bad.put("Shipment.carrier: \"123\" is not a UUID", in -> in.put("carrier", "123"));
        bad.put("Shipment.day: \"2024-02-30\" is not a date", in -> in.put("day", "2024-02-30"));
        bad.put("Shipment.at: \"2024-05-17T09:30:15.250000Z\" is not an instant in canonical ISO-8601 text",
                in -> in.put("at", "2024-05-17T09:30:15.250000Z"));
        bad.put("Shipment.at: \"2024-05-17T09:30:15.000Z\" is not an instant in canonical",
                in -> in.put("at", "2024-05-17T09:30:15.000Z"));
        bad.put("Shipment.at: \"2024-05-17 09:30:15Z\" is not an instant", in -> in.put("at", "2024-05-17 09:30:15Z"));
        bad.put("Shipment.weight: 0.3 (its text in the 15 significant digits JSONata writes) is not exactly the number"
                + " given; give the number as a string",
                in -> in.put("weight", 0.30000000000000004));
        bad.put("Shipment.price: \"1,5\" is not a number", in -> in.put("price", "1,5"));
        bad.put("Shipment.fragile: \"yes\" is not true or false", in -> in.put("fragile", "yes"));
        bad.put("Shipment.expiresAt: \"tomorrow\" is not an instant", in -> in.put("expiresAt", "tomorrow"));
        bad.put("Shipment.tags element: 5 is not text", in -> in.set("tags", in.arrayNode().add(5)));
        bad.forEach((message, change) -> {
            ObjectNode input = good.deepCopy();
            change.accept(input);
            assertThat(failure(template, input, table)).as("input %s", input).contains(message);
        });
        assertThat(client.scan(ScanRequest.builder().tableName(table).build()).items()).isEmpty();
        // the manager counts the same bytes
        assertThatThrownBy(() -> Shipment.objects.saveRequest(shipment("ü".repeat(1024), 7), false))
                .isInstanceOf(InvalidKeyException.class).hasMessageContaining("would be 2055 bytes");
    }
}
