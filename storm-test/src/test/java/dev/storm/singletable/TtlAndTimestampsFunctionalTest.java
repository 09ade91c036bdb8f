package dev.storm.singletable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storm.ItemCollection;
import dev.storm.ObjectDoesNotExistException;
import dev.storm.TableDefinition;
import dev.storm.test.StormTest;
import dev.storm.test.TableName;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;

/**
 * TTL: stored as epoch seconds, expired items hidden from every read while DynamoDB has yet to delete them; and the
 * timestamps filled on create, save and update.
 */
@StormTest(indexCount = 2, tablePerMethod = true)
class TtlAndTimestampsFunctionalTest {

    private static final Instant PAST = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
    private static final Instant FUTURE = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);

    private static Map<String, AttributeValue> stored(DynamoDbClient client, String table, String pk, String sk) {
        return client.getItem(b -> b.tableName(table).key(Map.of("PK", AttributeValue.fromS(pk),
                "SK", AttributeValue.fromS(sk)))).item();
    }

    @Test
    void ttl_isStoredAsEpochSeconds_andReadBackAsTheInstant(DynamoDbClient client, @TableName String table) {
        Session.objects.create(new Session("c1", "t1", FUTURE.plusMillis(250)));

        assertThat(stored(client, table, "C#c1#SHOP", "T#t1").get("expiresAt"))
                .isEqualTo(AttributeValue.fromN(Long.toString(FUTURE.getEpochSecond())));
        assertThat(Session.objects.get(Session_.customerId.eq("c1"), Session_.token.eq("t1")).expiresAt())
                .isEqualTo(FUTURE);
    }

    @Test
    void expiredItems_areHiddenFromEveryRead_thoughStillStored(DynamoDbClient client, @TableName String table) {
        Customer.objects.create(Customer.of("c1", "Ann", "ann@example.com"));
        Session.objects.create(new Session("c1", "old", PAST));
        Session.objects.create(new Session("c1", "new", FUTURE));
        Session.objects.create(new Session("c1", "forever", null));

        assertThat(stored(client, table, "C#c1#SHOP", "T#old")).isNotEmpty();
        assertThat(Session.objects.using(Session_.customerId.eq("c1")).list()).extracting(Session::token)
                .containsExactly("forever", "new");
        assertThat(Session.objects.using(Session_.customerId.eq("c1")).count()).isEqualTo(2);
        assertThat(Session.objects.using(Session_.customerId.eq("c1")).limit(1).page(null).items())
                .extracting(Session::token).containsExactly("forever");
        assertThat(Session.objects.all().list()).hasSize(2);
        assertThat(ItemCollection.of(Customer.class, Session.class).using(Customer_.customerId.eq("c1")).fetch()
                .of(Session.class)).hasSize(2);
        assertThatThrownBy(() -> Session.objects.get(Session_.customerId.eq("c1"), Session_.token.eq("old")))
                .isInstanceOf(ObjectDoesNotExistException.class).hasMessageContaining("expired");
    }

    @Test
    void enableTimeToLive_turnsOnTtlForTheTable(DynamoDbClient client, @TableName String table) {
        TableDefinition.enableTimeToLive(client, table, "expiresAt");

        var description = client.describeTimeToLive(b -> b.tableName(table)).timeToLiveDescription();
        assertThat(description.timeToLiveStatus()).isEqualTo(TimeToLiveStatus.ENABLED);
        assertThat(description.attributeName()).isEqualTo("expiresAt");
    }

    @Test
    void create_fillsBothTimestamps_andReturnsTheStoredModel(DynamoDbClient client, @TableName String table) {
        Instant before = Instant.now();
        Customer created = Customer.objects.create(Customer.of("c1", "Ann", "ann@example.com"));
        Instant after = Instant.now();

        assertThat(created.createdAt()).isBetween(before, after).isEqualTo(created.updatedAt());
        Customer read = Customer.objects.get(Customer_.customerId.eq("c1"));
        assertThat(read).isEqualTo(created);
        assertThat(stored(client, table, "C#c1#SHOP", "SHOP").get("GSI2SK").s())
                .isEqualTo("U#" + java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'")
                        .withZone(java.time.ZoneOffset.UTC).format(created.updatedAt()));
    }

    @Test
    void save_keepsACreatedAtTheModelCarries_andRefreshesUpdatedAt() throws InterruptedException {
        Customer created = Customer.objects.create(Customer.of("c1", "Ann", "ann@example.com"));
        Thread.sleep(5);

        new Customer("c1", "Anne", "ann@example.com", null, created.createdAt(), created.updatedAt()).save();

        Customer read = Customer.objects.get(Customer_.customerId.eq("c1"));
        assertThat(read.createdAt()).isEqualTo(created.createdAt());
        assertThat(read.updatedAt()).isAfter(created.updatedAt());
        assertThat(read.name()).isEqualTo("Anne");
    }

    @Test
    void update_thatSetsUpdatedAtItself_keepsItsValue() {
        Customer created = Customer.objects.create(Customer.of("c1", "Ann", "ann@example.com"));
        Instant chosen = Instant.parse("2020-01-01T00:00:00Z");

        Customer changed = created.update(Customer_.updatedAt.set(chosen));

        assertThat(changed.updatedAt()).isEqualTo(chosen);
        assertThat(Customer.objects.using(Customer_.kind.eq("CUSTOMER"),
                Customer_.updatedAt.lt(Instant.parse("2021-01-01T00:00:00Z"))).useIndex(2).list()).hasSize(1);
    }
}
