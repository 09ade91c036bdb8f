package dev.storm.functional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storm.VersionConflictException;
import dev.storm.InvalidValueException;
import dev.storm.ObjectAlreadyExistsException;
import dev.storm.UniqueConstraintException;
import dev.storm.functional.model.Account;
import dev.storm.functional.model.Account_;
import dev.storm.functional.model.Doc;
import dev.storm.functional.model.Doc_;
import dev.storm.functional.model.Ticket;
import dev.storm.functional.model.Ticket_Versioned_;
import dev.storm.test.StormTest;
import dev.storm.test.TableName;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

/** {@code @Version}: every write is conditional on the stored version and increments it. */
@StormTest(tablePerMethod = true)
class VersionFunctionalTest {

    private static Doc stored(String id) {
        return Doc.objects.get(Doc_.docId.eq(id));
    }

    @Test
    void create_storesVersionOne_andReturnsTheModelAtThatVersion() {
        Doc created = Doc.objects.create(new Doc("d1", "Draft", 0, 0));

        assertThat(created.version()).isEqualTo(1);
        assertThat(stored("d1")).isEqualTo(created);
    }

    @Test
    void create_ofAnExistingItem_isAlreadyExists() {
        Doc.objects.create(new Doc("d1", "Draft", 0, 0));

        assertThatThrownBy(() -> Doc.objects.create(new Doc("d1", "Other", 0, 0)))
                .isInstanceOf(ObjectAlreadyExistsException.class).hasMessageContaining("D#d1#Doc");
        assertThat(stored("d1").title()).isEqualTo("Draft");
    }

    @Test
    void update_incrementsTheVersion_andAStaleUpdateIsRefused_changingNothing() {
        Doc v1 = Doc.objects.create(new Doc("d1", "Draft", 0, 0));
        Doc v2 = v1.update(Doc_.title.set("Second"));

        assertThat(v2.version()).isEqualTo(2);
        assertThatThrownBy(() -> v1.update(Doc_.title.set("Lost")))
                .isInstanceOf(VersionConflictException.class)
                .hasMessageContaining("D#d1#Doc").hasMessageContaining("read at version 1")
                .hasMessageContaining("version 2 is stored");
        assertThat(stored("d1")).isEqualTo(v2);
    }

    @Test
    void save_isConditionalOnTheVersion_andIncrementsIt() {
        Doc v1 = Doc.objects.create(new Doc("d1", "Draft", 0, 0));

        v1.withTitle("Saved").save();

        assertThat(stored("d1")).isEqualTo(new Doc("d1", "Saved", 0, 2));
        assertThatThrownBy(() -> v1.withTitle("Stale").save())
                .isInstanceOf(VersionConflictException.class).hasMessageContaining("version 2 is stored");
        assertThat(stored("d1").title()).isEqualTo("Saved");
    }

    @Test
    void save_ofANewModel_overAStoredOne_isAConflict() {
        Doc.objects.create(new Doc("d1", "Draft", 0, 0));

        assertThatThrownBy(() -> new Doc("d1", "Fresh", 0, 0).save())
                .isInstanceOf(VersionConflictException.class).hasMessageContaining("read at version 0");
        assertThat(stored("d1").title()).isEqualTo("Draft");
    }

    @Test
    void delete_ofAStaleModel_isRefused_andTheItemStays() {
        Doc v1 = Doc.objects.create(new Doc("d1", "Draft", 0, 0));
        Doc v2 = v1.update(Doc_.edits.add(1));

        assertThatThrownBy(v1::delete).isInstanceOf(VersionConflictException.class);
        assertThat(stored("d1")).isEqualTo(v2);
        v2.delete();
        assertThat(Doc.objects.using(Doc_.docId.eq("d1")).list()).isEmpty();
    }

    @Test
    void anItemWrittenWithoutAVersion_canBeSavedAtVersionZero(DynamoDbClient client, @TableName String table) {
        client.putItem(PutItemRequest.builder().tableName(table).item(Map.of(
                "PK", AttributeValue.fromS("D#legacy#Doc"), "SK", AttributeValue.fromS("Doc"),
                "docId", AttributeValue.fromS("legacy"), "title", AttributeValue.fromS("Old"))).build());
        Doc legacy = stored("legacy");

        assertThat(legacy.version()).isZero();
        legacy.withTitle("Migrated").save();
        assertThat(stored("legacy")).isEqualTo(new Doc("legacy", "Migrated", 0, 1));
    }

    @Test
    void update_ofTheVersionField_isRefused_andChangesNothing() {
        Doc v1 = Doc.objects.create(new Doc("d1", "Draft", 0, 0));

        assertThatThrownBy(() -> v1.update(Doc_.version.set(7L)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("Doc.version")
                .hasMessageContaining("@Version");
        assertThat(stored("d1")).isEqualTo(v1);
    }

    @Test
    void aModelWithBothGuards_checksTheVersion_andMovesItsUniqueValue(DynamoDbClient client,
                                                                      @TableName String table) {
        Account a1 = Account.objects.create(new Account("a1", "x@b.c", "OPEN", null));
        assertThat(a1.version()).isEqualTo(1);
        Account a2 = a1.update(Account_.email.set("y@b.c"));

        assertThat(a2.version()).isEqualTo(2);
        assertThat(TableScan.pks(client, table, "UNIQUE#")).containsExactly("UNIQUE#Account#email#y@b.c");
        assertThatThrownBy(() -> a1.update(Account_.email.set("z@b.c")))
                .isInstanceOf(VersionConflictException.class).hasMessageContaining("read at version 1");
        assertThat(TableScan.pks(client, table, "UNIQUE#")).containsExactly("UNIQUE#Account#email#y@b.c");
        Account.objects.create(new Account("a2", "x@b.c", "OPEN", null));
        assertThatThrownBy(() -> Account.objects.create(new Account("a3", "y@b.c", "OPEN", null)))
                .isInstanceOf(UniqueConstraintException.class);
        assertThat(Account.objects.get(Account_.accountId.eq("a1"))).isEqualTo(a2);
    }

    @Test
    void aVersionedModelWithTimestamps_getsBoth_onCreateAndUpdate() {
        Ticket.Versioned created = Ticket.Versioned.objects.create(new Ticket.Versioned("t1", "Open", null, null, 0));

        assertThat(created.version()).isEqualTo(1);
        assertThat(created.createdAt()).isNotNull();
        assertThat(created.updatedAt()).isEqualTo(created.createdAt());
        Ticket.Versioned stored = Ticket.Versioned.objects.get(Ticket_Versioned_.ticketId.eq("t1"));
        assertThat(stored).isEqualTo(created);
        Ticket.Versioned updated = created.update(Ticket_Versioned_.title.set("Closed"));
        assertThat(updated.version()).isEqualTo(2);
        assertThat(updated.createdAt()).isEqualTo(created.createdAt());
        assertThat(updated.updatedAt()).isAfterOrEqualTo(created.updatedAt());
    }

    @Test
    void versionedModels_areRefusedByBulkWrites(DynamoDbClient client, @TableName String table) {
        assertThatThrownBy(() -> Doc.objects.bulkSave(java.util.List.of(new Doc("d1", "t", 0, 0))))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("Doc.version");
        assertThat(TableScan.items(client, table)).isEmpty();
    }
}
