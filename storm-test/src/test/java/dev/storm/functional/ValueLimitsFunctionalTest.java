package dev.storm.functional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storm.F;
import dev.storm.InvalidValueException;
import dev.storm.UniqueConstraintException;
import dev.storm.functional.model.Note;
import dev.storm.functional.model.Note_;
import dev.storm.functional.model.Tagged;
import dev.storm.functional.model.Tagged_;
import dev.storm.test.StormTest;
import dev.storm.test.TableName;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Values DynamoDB would refuse (or store wrongly) inside free-form and typed values and F expressions are refused
 * before anything is sent; attribute names holding '#' work, and their uniqueness guards never meet.
 */
@StormTest(tablePerMethod = true)
class ValueLimitsFunctionalTest {

    private static final String LONE = "a\uD800b";

    private static List<Map<String, AttributeValue>> items(DynamoDbClient client, String table) {
        return TableScan.items(client, table);
    }

    private static void assertRefused(Runnable write, DynamoDbClient client, String table, String... parts) {
        List<Map<String, AttributeValue>> before = items(client, table);
        var thrown = assertThatThrownBy(write::run).isInstanceOf(InvalidValueException.class);
        for (String part : parts) {
            thrown.hasMessageContaining(part);
        }
        assertThat(items(client, table)).isEqualTo(before);
    }

    @Test
    void create_withALoneSurrogateInAFreeFormSet_isInvalidValue_andWritesNothing(DynamoDbClient client,
                                                                                  @TableName String table) {
        Note bad = Note.of("n1").withData(Map.of("tags", Set.of("ok", LONE)));
        assertRefused(() -> Note.objects.create(bad), client, table, "Note.data", "unpaired surrogate U+D800");
        assertThat(items(client, table)).isEmpty();
    }

    @Test
    void save_withALoneSurrogateInAFreeFormMapKey_isInvalidValue_andChangesNothing(DynamoDbClient client,
                                                                                    @TableName String table) {
        Note.objects.create(Note.of("n1"));
        Note bad = Note.of("n1").withData(Map.of("outer", Map.of(LONE, 1)));
        assertRefused(bad::save, client, table, "Note.data", "unpaired surrogate U+D800");
    }

    @Test
    void save_withNumericallyEqualSetElements_isInvalidValue_andChangesNothing(DynamoDbClient client,
                                                                               @TableName String table) {
        Note.objects.create(Note.of("n1"));
        Set<Object> numbers = new HashSet<>(List.of(1, 1L));
        assertRefused(() -> Note.of("n1").withData(Map.of("ids", numbers)).save(), client, table, "Note.data",
                "two numbers that DynamoDB stores as one value");
        Set<Object> decimals = new HashSet<>(List.of(new BigDecimal("2.50"), 2.5));
        assertRefused(() -> Note.of("n1").withData(Map.of("ids", decimals)).save(), client, table, "Note.data",
                "two numbers that DynamoDB stores as one value");
    }

    @Test
    void save_withAnEmptyMapKey_freeFormOrTyped_isInvalidValue_andChangesNothing(DynamoDbClient client,
                                                                                 @TableName String table) {
        Note.objects.create(Note.of("n1"));
        assertRefused(() -> Note.of("n1").withData(Map.of("", "x")).save(), client, table, "Note.data",
                "empty map key");
        assertRefused(() -> Note.of("n1").withData(Map.of("outer", Map.of("", "x"))).save(), client, table,
                "Note.data", "empty map key");
        assertRefused(() -> Note.of("n1").withLabels(Map.of("", "x")).save(), client, table, "Note.labels",
                "empty map key");
        assertRefused(() -> Note.objects.update(Note.of("n1"), Note_.labels.set(Map.of("", "x"))), client, table,
                "Note.labels", "empty map key");
    }

    @Test
    void update_withFOnANonNumericTarget_isInvalidValue_andChangesNothing(DynamoDbClient client,
                                                                          @TableName String table) {
        Note n = Note.objects.create(Note.of("n1"));
        assertRefused(() -> n.update(Note_.title.set(F.of(Note_.count).plus(1))), client, table, "Note.title",
                "java.lang.String", "F(count + 1)");
    }

    @Test
    void update_withFOnANonNumericOperand_isInvalidValue_andChangesNothing(DynamoDbClient client,
                                                                           @TableName String table) {
        Note n = Note.objects.create(Note.of("n1"));
        assertRefused(() -> n.update(Note_.count.set(F.of(Note_.title).plus(1))), client, table, "Note.count",
                "operand Note.title", "not a number");
        assertRefused(() -> n.update(Note_.score.set(F.of(Note_.score).minus(F.of(Note_.title)))), client, table,
                "Note.score", "operand Note.title");
    }

    @Test
    void update_withAnFConstantDynamoDbCannotStore_isInvalidValue_andChangesNothing(DynamoDbClient client,
                                                                                    @TableName String table) {
        Note n = Note.objects.create(Note.of("n1"));
        assertRefused(() -> n.update(Note_.score.set(F.of(Note_.score).plus(1e200))), client, table, "Note.score",
                "1.0E+200");
        assertRefused(() -> n.update(Note_.count.set(F.of(Note_.count).plus(0.5))), client, table, "Note.count",
                "0.5", "does not fit");
        assertRefused(() -> n.update(Note_.score.add(1e200)), client, table, "Note.score");
    }

    @Test
    void aPlainAttributeNamedWithAHash_isWrittenReadAndUpdated(DynamoDbClient client, @TableName String table) {
        Tagged t = Tagged.objects.create(new Tagged("t1", "#java", null, null));
        Map<String, AttributeValue> stored = items(client, table).get(0);
        assertThat(stored.get("#tag").s()).isEqualTo("#java");

        assertThat(t.update(Tagged_.hashTag.set("#dynamodb")).hashTag()).isEqualTo("#dynamodb");
        assertThat(Tagged.objects.using(Tagged_.id.eq("t1")).filter(Tagged_.hashTag.eq("#dynamodb")).list())
                .extracting(Tagged::id).containsExactly("t1");
        assertThat(Tagged.objects.using(Tagged_.id.eq("t1")).only(Tagged_.hashTag).first().orElseThrow().hashTag())
                .isEqualTo("#dynamodb");
    }

    @Test
    void uniqueGuards_ofValuesAndNamesHoldingAHash_neverMeet(DynamoDbClient client, @TableName String table) {
        Tagged.objects.create(new Tagged("t1", null, "v#1", null));
        Tagged.objects.create(new Tagged("t2", null, null, "1"));

        assertThat(TableScan.pks(client, table, "UNIQUE#"))
                .containsExactly("UNIQUE#GC#tag#v%231", "UNIQUE#GC#tag%23v#1");
        assertThatThrownBy(() -> Tagged.objects.create(new Tagged("t3", null, "v#1", null)))
                .isInstanceOf(UniqueConstraintException.class).hasMessageContaining("Tagged.tag = \"v#1\"")
                .hasMessageContaining("PK=I#t1#GC");
        assertThat(TableScan.pks(client, table, "I#")).containsExactly("I#t1#GC", "I#t2#GC");
    }
}
