package dev.storm.functional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storm.F;
import dev.storm.InvalidValueException;
import dev.storm.ObjectAlreadyExistsException;
import dev.storm.TransactionCanceledException;
import dev.storm.Storm;
import dev.storm.UniqueConstraintException;
import dev.storm.functional.model.Member;
import dev.storm.functional.model.Member_;
import dev.storm.test.DynamoDbLocal;
import dev.storm.test.StormTest;
import dev.storm.test.TableName;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;

/**
 * {@code @Field(unique = true)}: guard items written, moved and removed with the model, and clashes refused; each
 * scenario through the blocking calls and through their async twins.
 */
@StormTest(tablePerMethod = true)
class UniqueFunctionalTest {

    private static final String ANN_GUARD = "UNIQUE#MEMBER#email#ann@b.c";

    private static Member member(String id, String email, String nickname) {
        return new Member(id, email, nickname, "Name of " + id);
    }

    private static Map<String, AttributeValue> item(DynamoDbClient client, String table, String key) {
        return client.getItem(GetItemRequest.builder().tableName(table).consistentRead(true)
                .key(Map.of("PK", AttributeValue.fromS(key), "SK", AttributeValue.fromS(key))).build()).item();
    }

    @ParameterizedTest
    @EnumSource(Way.class)
    void create_writesTheModelAndOneGuardPerUniqueValue_ownedByTheModel(Way way, DynamoDbClient client,
                                                                        @TableName String table) {
        way.of(Member.objects).create(member("m1", "ann@b.c", "annie"));

        assertThat(TableScan.pks(client, table, "")).containsExactly("M#m1#MEMBER", ANN_GUARD,
                "UNIQUE#MEMBER#nick#annie");
        assertThat(item(client, table, ANN_GUARD)).containsEntry("ownerPK", AttributeValue.fromS("M#m1#MEMBER"))
                .containsEntry("ownerSK", AttributeValue.fromS("MEMBER")).hasSize(4);
    }

    @ParameterizedTest
    @EnumSource(Way.class)
    void create_withATakenValue_isUniqueConstraint_andWritesNothing(Way way,
                                                                    DynamoDbClient client, @TableName String table) {
        Member.objects.create(member("m1", "ann@b.c", "annie"));

        assertThatThrownBy(() -> way.of(Member.objects).create(member("m2", "ann@b.c", "other")))
                .isInstanceOf(UniqueConstraintException.class)
                .hasMessageContaining("Member.email = \"ann@b.c\"")
                .hasMessageContaining("already taken by the item PK=M#m1#MEMBER");
        assertThat(TableScan.pks(client, table, "")).containsExactly("M#m1#MEMBER", ANN_GUARD,
                "UNIQUE#MEMBER#nick#annie");
    }

    @ParameterizedTest
    @EnumSource(Way.class)
    void create_ofAnExistingModel_isAlreadyExists_andKeepsItsGuards(Way way,
                                                                    DynamoDbClient client, @TableName String table) {
        Member.objects.create(member("m1", "ann@b.c", "annie"));

        assertThatThrownBy(() -> way.of(Member.objects).create(member("m1", "new@b.c", "annie")))
                .isInstanceOf(ObjectAlreadyExistsException.class).hasMessageContaining("M#m1#MEMBER");
        assertThat(TableScan.pks(client, table, "UNIQUE#")).containsExactly(ANN_GUARD, "UNIQUE#MEMBER#nick#annie");
    }

    @ParameterizedTest
    @EnumSource(Way.class)
    void update_ofAUniqueField_movesItsGuard_andFreesTheOldValue(Way way,
                                                                 DynamoDbClient client, @TableName String table) {
        Member m = Member.objects.create(member("m1", "ann@b.c", "annie"));

        Member changed = way.of(Member.objects).update(m, Member_.email.set("new@b.c"));

        assertThat(changed.email()).isEqualTo("new@b.c");
        assertThat(TableScan.pks(client, table, "UNIQUE#")).containsExactly("UNIQUE#MEMBER#email#new@b.c",
                "UNIQUE#MEMBER#nick#annie");
        Member.objects.create(member("m2", "ann@b.c", "bob"));
        assertThat(item(client, table, ANN_GUARD)).containsEntry("ownerPK", AttributeValue.fromS("M#m2#MEMBER"));
    }

    @ParameterizedTest
    @EnumSource(Way.class)
    void update_toATakenValue_isUniqueConstraint_andChangesNothing(Way way,
                                                                   DynamoDbClient client, @TableName String table) {
        Member.objects.create(member("m1", "ann@b.c", "annie"));
        Member bob = Member.objects.create(member("m2", "bob@b.c", "bob"));

        assertThatThrownBy(() -> way.of(Member.objects).update(bob, Member_.email.set("ann@b.c"),
                Member_.name.set("Bob B.")))
                .isInstanceOf(UniqueConstraintException.class).hasMessageContaining("\"ann@b.c\"");
        assertThat(Member.objects.get(Member_.memberId.eq("m2"))).isEqualTo(bob);
        assertThat(item(client, table, ANN_GUARD)).containsEntry("ownerPK", AttributeValue.fromS("M#m1#MEMBER"));
        assertThat(TableScan.pks(client, table, "UNIQUE#MEMBER#email")).containsExactly(ANN_GUARD,
                "UNIQUE#MEMBER#email#bob@b.c");
    }

    @ParameterizedTest
    @EnumSource(Way.class)
    void update_ofOtherFields_leavesTheGuardsAlone(Way way, DynamoDbClient client, @TableName String table) {
        Member m = Member.objects.create(member("m1", "ann@b.c", "annie"));

        assertThat(way.of(Member.objects).update(m, Member_.name.set("Ann A.")).name()).isEqualTo("Ann A.");
        assertThat(TableScan.pks(client, table, "UNIQUE#")).containsExactly(ANN_GUARD, "UNIQUE#MEMBER#nick#annie");
    }

    @ParameterizedTest
    @EnumSource(Way.class)
    void update_removingOrNullingAUniqueField_releasesItsGuard(Way way,
                                                               DynamoDbClient client, @TableName String table) {
        Member m = Member.objects.create(member("m1", "ann@b.c", "annie"));

        Member changed = way.of(Member.objects).update(m, Member_.email.remove(),
                Member_.nickname.set((String) null));

        assertThat(changed.email()).isNull();
        assertThat(changed.nickname()).isNull();
        assertThat(TableScan.pks(client, table, "UNIQUE#")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Way.class)
    void update_computingAUniqueField_isRefused_andChangesNothing(Way way,
                                                                  DynamoDbClient client, @TableName String table) {
        Member m = Member.objects.create(member("m1", "ann@b.c", "annie"));

        assertThatThrownBy(() -> way.of(Member.objects).update(m, Member_.nickname.set(F.of(Member_.name))))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("Member.nickname")
                .hasMessageContaining("unique");
        assertThat(Member.objects.get(Member_.memberId.eq("m1"))).isEqualTo(m);
        assertThat(TableScan.pks(client, table, "UNIQUE#")).containsExactly(ANN_GUARD, "UNIQUE#MEMBER#nick#annie");
    }

    @ParameterizedTest
    @EnumSource(Way.class)
    void save_overwritingWithANewValue_movesTheGuard(Way way, DynamoDbClient client, @TableName String table) {
        Member.objects.create(member("m1", "ann@b.c", "annie"));

        way.of(Member.objects).save(member("m1", "ann@b.c", "ann2"));
        way.of(Member.objects).save(member("m1", "ann@b.c", "ann2"));

        assertThat(TableScan.pks(client, table, "UNIQUE#")).containsExactly(ANN_GUARD, "UNIQUE#MEMBER#nick#ann2");
        assertThat(Member.objects.get(Member_.memberId.eq("m1")).nickname()).isEqualTo("ann2");
    }

    @ParameterizedTest
    @EnumSource(Way.class)
    void save_ofANewModelWithATakenValue_isUniqueConstraint_andWritesNothing(Way way, DynamoDbClient client,
                                                                            @TableName String table) {
        Member.objects.create(member("m1", "ann@b.c", "annie"));

        assertThatThrownBy(() -> way.of(Member.objects).save(member("m2", "other@b.c", "annie")))
                .isInstanceOf(UniqueConstraintException.class).hasMessageContaining("Member.nickname = \"annie\"");
        assertThat(TableScan.pks(client, table, "M#")).containsExactly("M#m1#MEMBER");
        assertThat(TableScan.pks(client, table, "UNIQUE#")).containsExactly(ANN_GUARD, "UNIQUE#MEMBER#nick#annie");
    }

    @ParameterizedTest
    @EnumSource(Way.class)
    void delete_removesTheModelAndItsGuards_soTheValuesCanBeTakenAgain(Way way, DynamoDbClient client,
                                                                       @TableName String table) {
        Member m = Member.objects.create(member("m1", "ann@b.c", "annie"));

        way.of(Member.objects).delete(m);

        assertThat(TableScan.items(client, table)).isEmpty();
        Member.objects.create(member("m2", "ann@b.c", "annie"));
        assertThat(item(client, table, ANN_GUARD)).containsEntry("ownerPK", AttributeValue.fromS("M#m2#MEMBER"));
    }

    @ParameterizedTest
    @EnumSource(Way.class)
    void delete_ofAnAbsentModel_writesNothing(Way way, DynamoDbClient client, @TableName String table) {
        way.of(Member.objects).delete(member("ghost", "g@b.c", "ghost"));

        assertThat(TableScan.items(client, table)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Way.class)
    void nullUniqueValues_haveNoGuard_andMayRepeat(Way way, DynamoDbClient client, @TableName String table) {
        way.of(Member.objects).create(member("m1", null, null));
        way.of(Member.objects).create(member("m2", null, null));

        assertThat(TableScan.pks(client, table, "")).containsExactly("M#m1#MEMBER", "M#m2#MEMBER");
    }

    @ParameterizedTest
    @EnumSource(Way.class)
    void transaction_claimingOneValueTwice_isUniqueConstraint_beforeAnythingIsSent(Way way, DynamoDbClient client,
                                                                                  @TableName String table) {
        assertThatThrownBy(() -> way.atomic(tx -> {
            tx.create(member("m1", "ann@b.c", "a"));
            tx.create(member("m2", "ann@b.c", "b"));
        })).isInstanceOf(UniqueConstraintException.class).hasMessageContaining("Member.email = \"ann@b.c\"")
                .hasMessageContaining("claimed twice");
        assertThat(TableScan.items(client, table)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Way.class)
    void transaction_withAClash_isCanceledNamingTheGuard_andWritesNothing(Way way, DynamoDbClient client,
                                                                          @TableName String table) {
        Member.objects.create(member("m1", "ann@b.c", "annie"));

        assertThatThrownBy(() -> way.atomic(tx -> {
            tx.create(member("m2", "bob@b.c", "bob"));
            tx.create(member("m3", "ann@b.c", "carl"));
        })).isInstanceOfSatisfying(TransactionCanceledException.class, e -> {
            assertThat(e.failures()).hasSize(1);
            TransactionCanceledException.Failure f = e.failures().get(0);
            assertThat(f.index()).isEqualTo(1);
            assertThat(f.reason()).isEqualTo(TransactionCanceledException.Reason.UNIQUE_VALUE_TAKEN);
            assertThat(f.pk()).isEqualTo(ANN_GUARD);
            assertThat(f.model()).isEqualTo(member("m3", "ann@b.c", "carl"));
            assertThat(f.message()).contains("Member.email = \"ann@b.c\"", "M#m1#MEMBER");
        });
        assertThat(TableScan.pks(client, table, "M#")).containsExactly("M#m1#MEMBER");
        assertThat(TableScan.pks(client, table, "UNIQUE#")).containsExactly(ANN_GUARD, "UNIQUE#MEMBER#nick#annie");
    }

    @ParameterizedTest
    @EnumSource(Way.class)
    void uniqueModels_areRefusedByBulkWrites_beforeAnythingIsSent(Way way,
                                                                  DynamoDbClient client, @TableName String table) {
        assertThatThrownBy(() -> way.of(Member.objects).bulkSave(List.of(member("m1", "a@b.c", "a"))))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("Member.email")
                .hasMessageContaining("unique");
        assertThat(TableScan.items(client, table)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Way.class)
    void save_whenAnotherWriterMovesAGuardBetweenTheReadAndTheWrite_readsAgain_andKeepsTheGuardsInStep(
            Way way, DynamoDbLocal local, DynamoDbClient client, @TableName String table) {
        Member.objects.create(member("m1", "ann@b.c", "annie"));
        Storm other = Storm.builder().client(client).tableName(table).build();
        Interference meddler = Interference.before(TransactWriteItemsRequest.class, () -> other
                .manager(Member.class).update(member("m1", null, null), Member_.nickname.set("zed")));

        way.through(meddler, local, table, () -> way.of(Member.objects).save(member("m1", "ann@b.c", "ann2")));

        // the first transaction failed on the changed item; the second was planned from a fresh read
        assertThat(meddler.transmitted()).isEqualTo(2);
        assertThat(Member.objects.get(Member_.memberId.eq("m1")).nickname()).isEqualTo("ann2");
        assertThat(TableScan.pks(client, table, "UNIQUE#")).containsExactly(ANN_GUARD, "UNIQUE#MEMBER#nick#ann2");
    }

    @ParameterizedTest
    @EnumSource(Way.class)
    void writesOfAValueTooLongToGuard_areRefused_beforeAnyRequest(Way way, DynamoDbLocal local,
                                                                 DynamoDbClient client, @TableName String table) {
        Member m = Member.objects.create(member("m1", "ann@b.c", "annie"));
        String tooLong = "x".repeat(1100);
        Interference watch = Interference.before(SdkRequest.class, () -> { });

        way.through(watch, local, table, () -> {
            assertThatThrownBy(() -> way.of(Member.objects).create(member("m2", tooLong, "b")))
                    .isInstanceOf(InvalidValueException.class).hasMessageContaining("Member.email = \"xxx")
                    .hasMessageContaining("too long to be guarded");
            assertThatThrownBy(() -> way.of(Member.objects).save(member("m1", "ann@b.c", tooLong)))
                    .isInstanceOf(InvalidValueException.class).hasMessageContaining("Member.nickname");
            assertThatThrownBy(() -> way.of(Member.objects).update(m, Member_.email.set(tooLong)))
                    .isInstanceOf(InvalidValueException.class).hasMessageContaining("too long to be guarded");
        });

        assertThat(watch.transmitted()).isZero();
        assertThat(Member.objects.get(Member_.memberId.eq("m1"))).isEqualTo(m);
        assertThat(TableScan.pks(client, table, "")).containsExactly("M#m1#MEMBER", ANN_GUARD,
                "UNIQUE#MEMBER#nick#annie");
    }
}
