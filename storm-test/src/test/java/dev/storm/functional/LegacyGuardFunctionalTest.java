package dev.storm.functional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storm.ConnectionManager;
import dev.storm.TableContext;
import dev.storm.TransactionCanceledException;
import dev.storm.UniqueConstraintException;
import dev.storm.functional.model.Tagged;
import dev.storm.functional.model.Tagged_;
import dev.storm.test.DynamoDbLocal;
import dev.storm.test.StormTest;
import dev.storm.test.TableName;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;

/**
 * Uniqueness guards written before guard keys were escaped ({@code UNIQUE#GC#tag#v#1} for {@code tag = "v#1"} and
 * for {@code tag#v = "1"} alike) are still honoured: a value such a guard gives to another item that holds it is
 * refused, a value of the other field with the same text is not, and an item giving up its value deletes its older
 * guard. The older guards are written raw, as an earlier STORM wrote them.
 */
@StormTest(tablePerMethod = true)
class LegacyGuardFunctionalTest {

    private static final String LEGACY = "UNIQUE#GC#tag#v#1";
    private static final String ESCAPED_TAG = "UNIQUE#GC#tag#v%231";
    private static final String ESCAPED_TAG_V = "UNIQUE#GC#tag%23v#1";

    /** Writes the item through STORM, then gives it the guard an earlier STORM wrote instead: the older key only. */
    private static void writtenBeforeEscaping(DynamoDbClient client, String table, Tagged item) {
        Tagged.objects.create(item);
        for (String escaped : List.of(ESCAPED_TAG, ESCAPED_TAG_V)) {
            Map<String, AttributeValue> guard = guard(client, table, escaped);
            if (guard != null && guard.get("ownerPK").s().equals("I#" + item.id() + "#GC")) {
                client.deleteItem(DeleteItemRequest.builder().tableName(table).key(key(escaped)).build());
                client.putItem(PutItemRequest.builder().tableName(table).item(Map.of(
                        "PK", AttributeValue.fromS(LEGACY), "SK", AttributeValue.fromS(LEGACY),
                        "ownerPK", guard.get("ownerPK"), "ownerSK", guard.get("ownerSK"))).build());
            }
        }
    }

    /**
     * Runs {@code body} on a client that runs {@code meanwhile} just before the first TransactWriteItems leaves (so
     * between a claim's reads and its transaction); returns how many transactions the client sent.
     */
    private static AtomicInteger beforeTheFirstTransaction(DynamoDbLocal local, String table, Runnable meanwhile,
                                                           Runnable body) {
        AtomicInteger transactions = new AtomicInteger();
        ExecutionInterceptor interceptor = new ExecutionInterceptor() {
            @Override
            public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
                if (context.request() instanceof TransactWriteItemsRequest && transactions.incrementAndGet() == 1) {
                    meanwhile.run();
                }
            }
        };
        try (DynamoDbClient client = local.newClient(b -> b.overrideConfiguration(c -> c
                .addExecutionInterceptor(interceptor)));
             TableContext ignored = ConnectionManager.table().tableContext(table, client)) {
            body.run();
        }
        return transactions;
    }

    private static Map<String, AttributeValue> key(String guard) {
        return Map.of("PK", AttributeValue.fromS(guard), "SK", AttributeValue.fromS(guard));
    }

    private static Map<String, AttributeValue> guard(DynamoDbClient client, String table, String key) {
        var response = client.getItem(GetItemRequest.builder().tableName(table).key(key(key)).consistentRead(true)
                .build());
        return response.hasItem() && !response.item().isEmpty() ? response.item() : null;
    }

    private static String ownerOf(DynamoDbClient client, String table, String key) {
        Map<String, AttributeValue> guard = guard(client, table, key);
        return guard == null ? null : guard.get("ownerPK").s();
    }

    @ParameterizedTest
    @EnumSource(Way.class)
    void create_ofAValueAnOlderGuardGivesToAnotherItem_isRefused_andWritesNothing(Way way, DynamoDbClient client,
                                                                                   @TableName String table) {
        writtenBeforeEscaping(client, table, new Tagged("t1", null, "v#1", null));
        List<Map<String, AttributeValue>> before = TableScan.items(client, table);
        assertThat(TableScan.pks(client, table, "UNIQUE#")).containsExactly(LEGACY);

        assertThatThrownBy(() -> way.of(Tagged.objects).create(new Tagged("t3", null, "v#1", null)))
                .isInstanceOf(UniqueConstraintException.class)
                .hasMessageContaining("Tagged.tag = \"v#1\" is already taken by the item PK=I#t1#GC, SK=GC")
                .hasMessageContaining("its uniqueness guard " + LEGACY + " was written before guard keys were"
                        + " escaped");

        assertThat(TableScan.items(client, table)).isEqualTo(before);
    }

    @ParameterizedTest
    @EnumSource(Way.class)
    void saveAndUpdate_toAValueAnOlderGuardGivesToAnotherItem_areRefused_andChangeNothing(Way way,
                                                                                         DynamoDbClient client,
                                                                                         @TableName String table) {
        writtenBeforeEscaping(client, table, new Tagged("t1", null, "v#1", null));
        Tagged t2 = Tagged.objects.create(new Tagged("t2", null, "w", null));
        List<Map<String, AttributeValue>> before = TableScan.items(client, table);

        assertThatThrownBy(() -> way.of(Tagged.objects).save(new Tagged("t2", null, "v#1", null)))
                .isInstanceOf(UniqueConstraintException.class).hasMessageContaining("Tagged.tag = \"v#1\"")
                .hasMessageContaining("PK=I#t1#GC");
        assertThatThrownBy(() -> way.of(Tagged.objects).update(t2, Tagged_.tag.set("v#1")))
                .isInstanceOf(UniqueConstraintException.class).hasMessageContaining("Tagged.tag = \"v#1\"")
                .hasMessageContaining("PK=I#t1#GC");
        assertThatThrownBy(() -> way.atomic(tx -> tx.create(new Tagged("t3", null, "v#1", null))))
                .isInstanceOf(TransactionCanceledException.class)
                .satisfies(e -> assertThat(((TransactionCanceledException) e).failures())
                        .extracting(TransactionCanceledException.Failure::reason)
                        .contains(TransactionCanceledException.Reason.UNIQUE_VALUE_TAKEN));

        assertThat(TableScan.items(client, table)).isEqualTo(before);
    }

    @ParameterizedTest
    @EnumSource(Way.class)
    void anOlderGuardOfTheOtherField_isNoClash(Way way, DynamoDbClient client, @TableName String table) {
        // t2's tag#v = "1" was guarded by UNIQUE#GC#tag#v#1, the very key an earlier STORM gave tag = "v#1"
        writtenBeforeEscaping(client, table, new Tagged("t2", null, null, "1"));

        way.of(Tagged.objects).create(new Tagged("t3", null, "v#1", null));

        assertThat(TableScan.pks(client, table, "UNIQUE#")).containsExactly(LEGACY, ESCAPED_TAG);
        assertThat(ownerOf(client, table, LEGACY)).isEqualTo("I#t2#GC");
        assertThat(ownerOf(client, table, ESCAPED_TAG)).isEqualTo("I#t3#GC");
        // the older guard still keeps t2's own value: a second tag#v = "1" is refused
        assertThatThrownBy(() -> way.of(Tagged.objects).create(new Tagged("t4", null, null, "1")))
                .isInstanceOf(UniqueConstraintException.class).hasMessageContaining("Tagged.tagV = \"1\"")
                .hasMessageContaining("PK=I#t2#GC");
        assertThat(TableScan.pks(client, table, "I#")).containsExactly("I#t2#GC", "I#t3#GC");
    }

    @Test
    void anOlderGuardWhoseOwnerChangedItsValue_isNoClash(DynamoDbClient client, @TableName String table) {
        writtenBeforeEscaping(client, table, new Tagged("t1", null, "v#1", null));
        // the owner's value changed while the older guard was left behind
        client.putItem(PutItemRequest.builder().tableName(table).item(Map.of("PK", AttributeValue.fromS("I#t1#GC"),
                "SK", AttributeValue.fromS("GC"), "id", AttributeValue.fromS("t1"),
                "tag", AttributeValue.fromS("w"))).build());

        Tagged.objects.create(new Tagged("t3", null, "v#1", null));

        assertThat(ownerOf(client, table, ESCAPED_TAG)).isEqualTo("I#t3#GC");
        assertThat(ownerOf(client, table, LEGACY)).isEqualTo("I#t1#GC");
    }

    @ParameterizedTest
    @EnumSource(Way.class)
    void changingOrDeletingTheValue_removesTheOlderGuardTheItemOwns(Way way, DynamoDbClient client,
                                                                    @TableName String table) {
        writtenBeforeEscaping(client, table, new Tagged("t1", null, "v#1", null));
        Tagged t1 = Tagged.objects.get(Tagged_.id.eq("t1"));

        way.of(Tagged.objects).update(t1, Tagged_.tag.set("w#2"));

        assertThat(TableScan.pks(client, table, "UNIQUE#")).containsExactly("UNIQUE#GC#tag#w%232");
        Tagged.objects.create(new Tagged("t3", null, "v#1", null));
        assertThat(ownerOf(client, table, ESCAPED_TAG)).isEqualTo("I#t3#GC");

        writtenBeforeEscaping(client, table, new Tagged("t5", null, null, "1"));
        assertThat(ownerOf(client, table, LEGACY)).isEqualTo("I#t5#GC");
        way.of(Tagged.objects).delete(Tagged.objects.get(Tagged_.id.eq("t5")));
        assertThat(TableScan.pks(client, table, "UNIQUE#")).containsExactly(ESCAPED_TAG, "UNIQUE#GC#tag#w%232");
        assertThat(TableScan.pks(client, table, "I#")).containsExactly("I#t1#GC", "I#t3#GC");
    }

    @Test
    void releasing_keepsAnOlderGuardOfAnotherItem_andOneTheItemStillNeeds(DynamoDbClient client,
                                                                          @TableName String table) {
        // t2 owns the older guard through tag#v = "1"; t3's tag = "v#1" has only its escaped guard
        writtenBeforeEscaping(client, table, new Tagged("t2", null, null, "1"));
        Tagged t3 = Tagged.objects.create(new Tagged("t3", null, "v#1", null));
        t3.update(Tagged_.tag.set("x"));
        assertThat(TableScan.pks(client, table, "UNIQUE#")).containsExactly(LEGACY, "UNIQUE#GC#tag#x");
        assertThat(ownerOf(client, table, LEGACY)).isEqualTo("I#t2#GC");

        // t6 holds both values, which an earlier STORM guarded with the one older key
        Tagged.objects.get(Tagged_.id.eq("t2")).delete();
        writtenBeforeEscaping(client, table, new Tagged("t6", null, "v#1", "1"));
        assertThat(TableScan.pks(client, table, "UNIQUE#")).containsExactly(LEGACY, "UNIQUE#GC#tag#x");
        Tagged t6 = Tagged.objects.get(Tagged_.id.eq("t6"));
        t6 = t6.update(Tagged_.tag.set("y"));
        assertThat(ownerOf(client, table, LEGACY)).as("still guards t6.tagV = \"1\"").isEqualTo("I#t6#GC");
        t6.update(Tagged_.tagV.set("2"));
        assertThat(TableScan.pks(client, table, "UNIQUE#")).containsExactly("UNIQUE#GC#tag#x", "UNIQUE#GC#tag#y",
                "UNIQUE#GC#tag%23v#2");
    }

    @Test
    void anOwnerGivingTheValueUp_betweenTheClaimsReadAndItsTransaction_letsTheClaimThrough(DynamoDbLocal local,
                                                                                            DynamoDbClient raw,
                                                                                            @TableName String table) {
        writtenBeforeEscaping(raw, table, new Tagged("t1", null, "v#1", null));
        Tagged t1 = Tagged.objects.get(Tagged_.id.eq("t1"));
        // just before the claim's transaction leaves, t1 moves to another value (and so releases its older guard)
        AtomicInteger transactions = beforeTheFirstTransaction(local, table, () -> t1.update(Tagged_.tag.set("w")),
                () -> Tagged.objects.create(new Tagged("t3", null, "v#1", null)));

        // the check saw the older guard gone when the transaction ran: t3 holds the value, t1 its new one
        assertThat(transactions.get()).isEqualTo(2);
        assertThat(TableScan.pks(raw, table, "UNIQUE#")).containsExactly(ESCAPED_TAG, "UNIQUE#GC#tag#w");
        assertThat(ownerOf(raw, table, ESCAPED_TAG)).isEqualTo("I#t3#GC");
    }

    @Test
    void anOwnerKeepingTheValue_whileTheClaimRuns_isStillAClash(DynamoDbLocal local, DynamoDbClient raw,
                                                                @TableName String table) {
        writtenBeforeEscaping(raw, table, new Tagged("t1", null, "v#1", null));
        Tagged t1 = Tagged.objects.get(Tagged_.id.eq("t1"));
        List<Map<String, AttributeValue>> before = TableScan.items(raw, table);
        // t1 is written again just before the claim's transaction leaves: its older guard stays its own
        beforeTheFirstTransaction(local, table, () -> t1.update(Tagged_.hashTag.set("#again")),
                () -> assertThatThrownBy(() -> Tagged.objects.create(new Tagged("t3", null, "v#1", null)))
                        .isInstanceOf(UniqueConstraintException.class).hasMessageContaining("PK=I#t1#GC"));

        assertThat(TableScan.pks(raw, table, "UNIQUE#")).containsExactly(LEGACY);
        assertThat(TableScan.pks(raw, table, "I#")).containsExactly("I#t1#GC");
        assertThat(TableScan.items(raw, table)).hasSameSizeAs(before);
    }
}
