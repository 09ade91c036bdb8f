package dev.storm.functional;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storm.functional.model.Everything;
import dev.storm.functional.model.Everything.Address;
import dev.storm.functional.model.Everything_;
import dev.storm.functional.model.Evolving;
import dev.storm.functional.model.Evolving_V1_;
import dev.storm.functional.model.Evolving_V2_;
import dev.storm.test.StormTest;
import dev.storm.test.TableName;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;

/** Every field type written to DynamoDB Local and read back with its declared Java type. */
@StormTest
class TypesFunctionalTest {

    static Everything sample(String id) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("a", 1);
        counts.put("b", -2);
        return new Everything(id, "héllo \"wörld\"", 7, Long.MAX_VALUE, (short) -3, (byte) 9, 0.1, 1.5f, true,
                42, -1L, 2.75, false,
                new BigDecimal("12345678901234567890.123456789"), new BigInteger("-98765432109876543210987654321"),
                Everything.Level.HIGH, UUID.fromString("123e4567-e89b-12d3-a456-426614174000"),
                Instant.parse("2024-02-29T12:34:56.789Z"), LocalDate.of(2024, 2, 29),
                LocalDateTime.of(2024, 2, 29, 23, 59, 1), OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 0, ZoneOffset.ofHours(2)),
                new byte[] {0, 1, 2, (byte) 255},
                List.of("x", "y", "x"), Set.of("red", "blue"), Set.of(1L, 20L, 300L), counts,
                new Address("Main St", 5, "1000"),
                List.of(new Address("Old St", 1, null)),
                Map.of("home", List.of(new Address("Elm", 2, "2000"))));
    }

    @Test
    void everyType_roundTripsWithItsDeclaredJavaType() {
        Everything e = sample("all");
        e.save();
        Everything got = Everything.objects.get(Everything_.id.eq("all"));
        assertThat(got).usingRecursiveComparison().ignoringFields("decimal", "bigInteger").isEqualTo(e);
        assertThat(got.decimal()).isEqualByComparingTo(e.decimal());
        assertThat(got.bigInteger()).isEqualTo(e.bigInteger());
        assertThat(got.bytes()).containsExactly(0, 1, 2, (byte) 255);
        assertThat(got.counts().get("b")).isInstanceOf(Integer.class).isEqualTo(-2);
        assertThat(got.scores()).containsExactlyInAnyOrder(1L, 20L, 300L).allMatch(Long.class::isInstance);
        assertThat(got.nested().get("home").get(0)).isEqualTo(new Address("Elm", 2, "2000"));
    }

    @Test
    void storedAttributes_useNativeDynamoDbTypes(DynamoDbClient client, @TableName String table) {
        sample("raw").save();
        Map<String, AttributeValue> item = client.getItem(GetItemRequest.builder().tableName(table)
                .key(Map.of("PK", AttributeValue.fromS("I#raw#Everything"), "SK", AttributeValue.fromS("Everything")))
                .build()).item();
        assertThat(item.get("anInt")).isEqualTo(AttributeValue.fromN("7"));
        assertThat(item.get("aBoolean")).isEqualTo(AttributeValue.fromBool(true));
        assertThat(item.get("level")).isEqualTo(AttributeValue.fromS("HIGH"));
        assertThat(item.get("date")).isEqualTo(AttributeValue.fromS("2024-02-29"));
        assertThat(item.get("labels").ss()).containsExactlyInAnyOrder("red", "blue");
        assertThat(item.get("scores").ns()).containsExactlyInAnyOrder("1", "20", "300");
        assertThat(item.get("tags").l()).hasSize(3);
        assertThat(item.get("address").m()).containsEntry("zip_code", AttributeValue.fromS("1000"))
                .containsEntry("number", AttributeValue.fromN("5"));
        assertThat(item.get("history").l().get(0).m()).containsEntry("zip_code", AttributeValue.fromNul(true));
    }

    @Test
    void modelsGainingAndLosingFields_readEachOthersItems() {
        new Evolving.V1("d1", "Old", "gone soon").save();
        Evolving.V2 upgraded = Evolving.V2.objects.get(Evolving_V2_.docId.eq("d1"));
        assertThat(upgraded).isEqualTo(new Evolving.V2("d1", "Old", null, false));

        new Evolving.V2("d2", "New", 12, true).save();
        Evolving.V1 downgraded = Evolving.V1.objects.get(Evolving_V1_.docId.eq("d2"));
        assertThat(downgraded).isEqualTo(new Evolving.V1("d2", "New", null));
    }
}
