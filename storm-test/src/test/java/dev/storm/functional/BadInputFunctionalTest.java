package dev.storm.functional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storm.InvalidKeyException;
import dev.storm.InvalidValueException;
import dev.storm.MissingRequiredFieldsException;
import dev.storm.functional.model.Everything;
import dev.storm.functional.model.Order;
import dev.storm.functional.model.TestModel;
import dev.storm.functional.model.User;
import dev.storm.functional.model.User_;
import dev.storm.test.StormTest;
import dev.storm.test.TableName;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

/** Bad input is refused with a clear error naming model, field and value, and nothing reaches the table. */
@StormTest(tablePerMethod = true)
class BadInputFunctionalTest {

    private static int itemsIn(DynamoDbClient client, String table) {
        return client.scan(ScanRequest.builder().tableName(table).build()).count();
    }

    @Test
    void save_withMissingKeyFields_listsThem_andWritesNothing(DynamoDbClient client, @TableName String table) {
        TestModel m = new TestModel(null, "bbb", "ccc", null, "eee", "fff", null, null, null);
        assertThatThrownBy(m::save).isInstanceOf(MissingRequiredFieldsException.class)
                .hasMessageContaining("TestModel").hasMessageContaining("[aPk, dSk]");
        assertThat(itemsIn(client, table)).isZero();
    }

    @Test
    void create_withSeparatorInKey_isInvalidKey_andWritesNothing(DynamoDbClient client, @TableName String table) {
        assertThatThrownBy(() -> User.objects.create(User.of("a#b", "x@y.z")))
                .isInstanceOf(InvalidKeyException.class)
                .hasMessageContaining("User.userId").hasMessageContaining("\"a#b\"");
        assertThat(itemsIn(client, table)).isZero();
    }

    @Test
    void save_withEmptyKeyPart_isInvalidKey_andWritesNothing(DynamoDbClient client, @TableName String table) {
        assertThatThrownBy(() -> Order.of("u1", "", 1).save())
                .isInstanceOf(InvalidKeyException.class).hasMessageContaining("Order.orderId")
                .hasMessageContaining("empty");
        assertThat(itemsIn(client, table)).isZero();
    }

    @Test
    void save_withNaN_isInvalidValue_andWritesNothing(DynamoDbClient client, @TableName String table) {
        assertThatThrownBy(() -> Order.of("u1", "o1", Double.NaN).save())
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("Order.amount")
                .hasMessageContaining("NaN");
        assertThat(itemsIn(client, table)).isZero();
    }

    @Test
    void save_withEmptySet_isInvalidValue_andWritesNothing(DynamoDbClient client, @TableName String table) {
        Everything base = TypesFunctionalTest.sample("e1");
        Everything emptyLabels = new Everything(base.id(), base.text(), base.anInt(), base.aLong(), base.aShort(),
                base.aByte(), base.aDouble(), base.aFloat(), base.aBoolean(), base.boxedInt(), base.boxedLong(),
                base.boxedDouble(), base.boxedBoolean(), base.decimal(), base.bigInteger(), base.level(), base.uuid(),
                base.instant(), base.date(), base.dateTime(), base.offsetDateTime(), base.bytes(), base.tags(),
                Set.of(), base.scores(), base.counts(), base.address(), base.history(), base.nested());
        assertThatThrownBy(emptyLabels::save).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("Everything.labels").hasMessageContaining("empty set");
        assertThat(itemsIn(client, table)).isZero();
    }

    @Test
    void update_settingGsiFieldToInvalidKey_isRefused_andChangesNothing() {
        User u = User.objects.create(User.of("u1", "a@b.c"));
        assertThatThrownBy(() -> u.update(User_.email.set("x#y"), User_.emailGsi.set("x#y")))
                .isInstanceOf(InvalidKeyException.class).hasMessageContaining("User.emailGsi")
                .hasMessageContaining("\"x#y\"");
        assertThat(User.objects.get(User_.userId.eq("u1"))).isEqualTo(u);
    }

    @Test
    void get_withNullKeyValue_isInvalidKey() {
        assertThatThrownBy(() -> User.objects.get(User_.userId.eq(null)))
                .isInstanceOf(InvalidKeyException.class).hasMessageContaining("User.userId")
                .hasMessageContaining("null");
    }
}
