package dev.storm.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storm.ConnectionManager;
import dev.storm.InvalidKeyException;
import dev.storm.InvalidValueException;
import dev.storm.TableContext;
import dev.storm.TableDefinition;
import dev.storm.model.Reading;
import dev.storm.model.Reading_;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateTimeToLiveRequest;

/** What timestamps and TTL add to requests, and how sortable key parts are written. */
class TimestampsAndTtlRequestTest {

    private static final Instant AT = Instant.parse("2024-03-05T10:00:00Z");
    private static final Instant EXPIRES = Instant.parse("2030-01-01T00:00:00.750Z");

    private TableContext context;

    @BeforeEach
    void openTable() {
        context = ConnectionManager.table().tableContext("storm_requests", null);
    }

    @AfterEach
    void closeTable() {
        context.close();
    }

    private static Reading reading(double value) {
        return new Reading("s1", AT, value, "b1", EXPIRES, null, null, "n");
    }

    @Test
    void saveRequest_fillsTimestamps_writesSortableKeys_andTtlAsEpochSeconds() {
        Instant before = Instant.now();
        PutItemRequest request = Reading.objects.saveRequest(reading(-2.5), true);
        Instant after = Instant.now();

        Map<String, AttributeValue> item = request.item();
        Instant created = Instant.parse(item.get("createdAt").s());
        assertThat(created).isBetween(before, after);
        assertThat(item.get("updatedAt").s()).isEqualTo(item.get("createdAt").s());
        assertThat(item.get("SK").s()).isEqualTo("T#2024-03-05T10:00:00.000000000Z#V#-997.4~");
        assertThat(item.get("GSI2SK").s()).startsWith("U#" + created.toString().substring(0, 10));
        assertThat(item.get("expiresAt")).isEqualTo(AttributeValue.fromN("1893456000"));
        assertThat(item.get("value")).isEqualTo(AttributeValue.fromN("-2.5"));
    }

    @Test
    void saveRequest_keepsACreatedAtTheModelCarries() {
        Instant earlier = Instant.parse("2020-01-01T00:00:00Z");
        PutItemRequest request = Reading.objects.saveRequest(
                new Reading("s1", AT, 1, "b1", null, earlier, earlier, "n"), true);

        assertThat(request.item().get("createdAt").s()).isEqualTo("2020-01-01T00:00:00Z");
        assertThat(Instant.parse(request.item().get("updatedAt").s())).isAfter(earlier);
        assertThat(request.item().get("expiresAt")).isEqualTo(AttributeValue.fromNul(true));
    }

    @Test
    void updateRequest_setsUpdatedAt_andTheIndexKeyBuiltFromIt() {
        UpdateItemRequest request = Reading.objects.updateRequest(reading(1), Reading_.note.set("x"));

        assertThat(request.updateExpression()).isEqualTo("SET #n1 = :v0, #n2 = :v1, #n3 = :v2");
        assertThat(request.expressionAttributeNames())
                .isEqualTo(Map.of("#n0", "PK", "#n1", "note", "#n2", "updatedAt", "#n3", "GSI2SK"));
        Instant updated = Instant.parse(request.expressionAttributeValues().get(":v1").s());
        assertThat(request.expressionAttributeValues().get(":v2").s()).isEqualTo("U#" + DateTimeFormatter
                .ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC).format(updated));
    }

    @Test
    void updateRequest_thatSetsUpdatedAtItself_isLeftAsItIs() {
        UpdateItemRequest request = Reading.objects.updateRequest(reading(1), Reading_.updatedAt.set(AT));

        assertThat(request.updateExpression()).isEqualTo("SET #n1 = :v0, #n2 = :v1");
        assertThat(request.expressionAttributeValues().get(":v0").s()).isEqualTo("2024-03-05T10:00:00Z");
    }

    @Test
    void queryRequest_ofAModelWithTtl_hidesExpiredItems() {
        Instant before = Instant.now();
        QueryRequest request = Reading.objects.using(Reading_.sensor.eq("s1")).toRequest();

        assertThat(request.filterExpression()).isEqualTo("(NOT #n2 <= :v2)");
        assertThat(request.expressionAttributeNames().get("#n2")).isEqualTo("expiresAt");
        long now = Long.parseLong(request.expressionAttributeValues().get(":v2").n());
        assertThat(now).isBetween(before.getEpochSecond(), Instant.now().getEpochSecond());
    }

    @Test
    void sortableKeyThatDoesNotFit_isInvalidKey_andNothingIsBuilt() {
        assertThatThrownBy(() -> Reading.objects.saveRequest(reading(1234.5), true))
                .isInstanceOf(InvalidKeyException.class)
                .hasMessageContaining("Reading.value = 1234.5").hasMessageContaining("SK of Reading")
                .hasMessageContaining("raise @Sortable(digits = ...)");
    }

    @Test
    void timeToLiveRequest_namesTableAndAttribute() {
        UpdateTimeToLiveRequest request = TableDefinition.timeToLive("shop", "expiresAt");

        assertThat(request.tableName()).isEqualTo("shop");
        assertThat(request.timeToLiveSpecification().enabled()).isTrue();
        assertThat(request.timeToLiveSpecification().attributeName()).isEqualTo("expiresAt");
        assertThatThrownBy(() -> TableDefinition.timeToLive("shop", "")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("@Ttl");
        assertThatThrownBy(() -> TableDefinition.timeToLive("x", "expiresAt"))
                .isInstanceOf(InvalidValueException.class);
    }
}
