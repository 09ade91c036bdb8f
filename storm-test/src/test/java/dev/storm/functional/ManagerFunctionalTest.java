package dev.storm.functional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storm.F;
import dev.storm.InvalidKeyException;
import dev.storm.ObjectAlreadyExistsException;
import dev.storm.ObjectDoesNotExistException;
import dev.storm.functional.model.Counter;
import dev.storm.functional.model.Counter_;
import dev.storm.functional.model.TestModel;
import dev.storm.functional.model.TestModel_;
import dev.storm.functional.model.User;
import dev.storm.functional.model.User_;
import dev.storm.test.StormTest;
import dev.storm.test.TableName;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;

/** Every manager and instance operation against DynamoDB Local, including STORM for Python's own cases. */
@StormTest(tablePerMethod = true)
class ManagerFunctionalTest {

    private static Map<String, AttributeValue> rawItem(DynamoDbClient client, String table, String pk, String sk) {
        return client.getItem(GetItemRequest.builder().tableName(table)
                .key(Map.of("PK", AttributeValue.fromS(pk), "SK", AttributeValue.fromS(sk))).build()).item();
    }

    @Test
    void create_thenGet_readsTheSameModel_withDefaultsFromTheCompactConstructor() {
        User created = User.objects.create(User.of("user123", "a@b.c"));
        User got = User.objects.get(User_.userId.eq("user123"));
        assertThat(got).isEqualTo(created);
        assertThat(got.type()).isEqualTo("METADATA");
    }

    @Test
    void create_storesKeysAndAttributesByteCompatibleWithStormForPython(DynamoDbClient client,
                                                                        @TableName String table) {
        User.objects.create(User.of("user123", "a@b.c"));
        Map<String, AttributeValue> item = rawItem(client, table, "U#user123#USER", "T#METADATA");
        assertThat(item).containsEntry("GSI1PK", AttributeValue.fromS("E#a@b.c#USER"))
                .containsEntry("userId", AttributeValue.fromS("user123"))
                .containsEntry("type", AttributeValue.fromS("METADATA"))
                .containsEntry("logins", AttributeValue.fromN("0"))
                .hasSize(9);
    }

    @Test
    void get_ofAbsentItem_isObjectDoesNotExist() {
        assertThatThrownBy(() -> User.objects.get(User_.userId.eq("nobody")))
                .isInstanceOf(ObjectDoesNotExistException.class)
                .hasMessageContaining("User(PK=U#nobody#USER, SK=T#METADATA)");
    }

    @Test
    void create_ofExistingItem_isObjectAlreadyExists_andKeepsTheStoredOne() {
        User.objects.create(User.of("u1", "first@b.c"));
        assertThatThrownBy(() -> User.objects.create(User.of("u1", "second@b.c")))
                .isInstanceOf(ObjectAlreadyExistsException.class).hasMessageContaining("U#u1#USER");
        assertThat(User.objects.get(User_.userId.eq("u1")).email()).isEqualTo("first@b.c");
    }

    @Test
    void save_withOverride_replaces_andWithoutOverride_refuses() {
        User.of("u1", "first@b.c").save();
        User.of("u1", "second@b.c").save();
        assertThat(User.objects.get(User_.userId.eq("u1")).email()).isEqualTo("second@b.c");
        assertThatThrownBy(() -> User.of("u1", "third@b.c").save(false))
                .isInstanceOf(ObjectAlreadyExistsException.class);
        assertThat(User.objects.get(User_.userId.eq("u1")).email()).isEqualTo("second@b.c");
    }

    @Test
    void mapsAndInts_readBackWithTheirTypes() {
        TestModel m = new TestModel("aaa", "bbb", "ccc", "ddd", "eee", "fff", "x",
                Map.of("nested", Map.of("k", "v"), "list", List.of("a", "b"), "flag", true), 42);
        m.save();
        TestModel got = TestModel.objects.get(TestModel_.aPk.eq("aaa"), TestModel_.bPk.eq("bbb"),
                TestModel_.cSk.eq("ccc"), TestModel_.dSk.eq("ddd"));
        assertThat(got.number()).isInstanceOf(Integer.class).isEqualTo(42);
        assertThat(got.extra()).isInstanceOf(Map.class).isEqualTo(m.extra());
        assertThat(got).isEqualTo(m);
    }

    @Test
    void delete_removesTheItem() {
        User u = User.objects.create(User.of("u1", "a@b.c"));
        u.delete();
        assertThatThrownBy(() -> User.objects.get(User_.userId.eq("u1")))
                .isInstanceOf(ObjectDoesNotExistException.class);
    }

    @Test
    void update_returnsTheStoredItem_andMovesTheGsiKey(DynamoDbClient client, @TableName String table) {
        User u = User.objects.create(User.of("u1", "old@b.c"));
        User changed = u.update(User_.email.set("new@b.c"), User_.emailGsi.set("new@b.c"));
        assertThat(changed.email()).isEqualTo("new@b.c");
        assertThat(changed.getGsi1pk()).isEqualTo("E#new@b.c#USER");
        assertThat(rawItem(client, table, "U#u1#USER", "T#METADATA").get("GSI1PK").s())
                .isEqualTo("E#new@b.c#USER");
        assertThat(User.objects.using(User_.emailGsi.eq("new@b.c")).useIndex(true).list())
                .extracting(User::userId).containsExactly("u1");
        assertThat(User.objects.using(User_.emailGsi.eq("old@b.c")).useIndex(true).list()).isEmpty();
    }

    @Test
    void update_ofAbsentItem_isObjectDoesNotExist_andCreatesNothing() {
        User ghost = User.of("ghost", "g@b.c");
        assertThatThrownBy(() -> ghost.update(User_.name.set("Boo")))
                .isInstanceOf(ObjectDoesNotExistException.class).hasMessageContaining("U#ghost#USER");
        assertThat(User.objects.using(User_.userId.eq("ghost")).list()).isEmpty();
    }

    @Test
    void update_ofKeyField_isRefused_andNothingChanges() {
        User u = User.objects.create(User.of("u1", "a@b.c"));
        assertThatThrownBy(() -> u.update(User_.type.set("OTHER")))
                .isInstanceOf(InvalidKeyException.class).hasMessageContaining("User.type");
        assertThat(User.objects.get(User_.userId.eq("u1"))).isEqualTo(u);
    }

    @Test
    void fUpdate_incrementsServerSide_onAClassModelWithRenamedKey(DynamoDbClient client, @TableName String table) {
        Counter c = Counter.objects.create(new Counter("c1", 5, 100));
        Counter afterPlus = c.update(Counter_.hits.set(F.of(Counter_.hits).plus(3)));
        Counter afterMinus = c.update(Counter_.total.set(F.of(Counter_.total).minus(F.of(Counter_.hits))));
        Counter afterAdd = c.update(Counter_.hits.add(-1));
        assertThat(afterPlus.hits()).isEqualTo(8);
        assertThat(afterMinus.total()).isEqualTo(92);
        assertThat(afterAdd.hits()).isEqualTo(7);
        assertThat(rawItem(client, table, "C#c1#Counter", "Counter")).containsEntry("counter_id",
                AttributeValue.fromS("c1"));
    }

    @Test
    void update_removingAField_readsItBackAsNull() {
        User u = User.objects.create(User.of("u1", "a@b.c"));
        User changed = u.update(User_.name.remove());
        assertThat(changed.name()).isNull();
        assertThat(User.objects.get(User_.userId.eq("u1")).name()).isNull();
    }

    @Test
    void toJson_holdsEveryField() {
        assertThat(User.of("u1", "a@b.c").toJson()).isEqualTo(
                "{\"userId\":\"u1\",\"type\":\"METADATA\",\"email\":\"a@b.c\",\"name\":\"Ann\","
                        + "\"emailGsi\":\"a@b.c\",\"logins\":0}");
    }
}
