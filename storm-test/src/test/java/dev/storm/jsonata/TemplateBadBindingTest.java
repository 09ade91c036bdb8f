package dev.storm.jsonata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storm.Attribute;
import dev.storm.InvalidKeyException;
import dev.storm.InvalidTemplateException;
import dev.storm.JsonataTemplate;
import dev.storm.Model;
import dev.storm.TaskState;
import dev.storm.functional.model.Order_;
import dev.storm.functional.model.User;
import dev.storm.functional.model.User_;
import dev.storm.test.StormTest;
import dev.storm.test.TableName;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

/** Bad bindings are clear errors naming the model, the field and the value; templates never write anything. */
@StormTest
class TemplateBadBindingTest {

    private static final JsonataTemplate<User> USERS = JsonataTemplate.of(User.class);

    private DynamoDbClient client;
    private String table;

    @AfterEach
    void nothingWasWritten() {
        assertThat(client.scan(ScanRequest.builder().tableName(table).build()).count()).isZero();
    }

    private void given(DynamoDbClient client, String table) {
        this.client = client;
        this.table = table;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <M extends Model<M>> Attribute<M, String> foreign(Attribute<?, String> attribute) {
        return (Attribute) attribute;
    }

    @Test
    void bind_toAFieldTheModelDoesNotDeclare_isInvalidTemplate(DynamoDbClient client, @TableName String table) {
        given(client, table);
        Attribute<User, String> unknown = Attribute.of(User.class, "nickname", "nickname");
        assertThatThrownBy(() -> USERS.bind(unknown, "$states.input.nick"))
                .isInstanceOf(InvalidTemplateException.class).hasMessageContaining("User")
                .hasMessageContaining("nickname").hasMessageContaining("[userId, type, email");
    }

    @Test
    void bind_toAFieldOfAnotherModel_isInvalidTemplate(DynamoDbClient client, @TableName String table) {
        given(client, table);
        Attribute<User, String> ofOrder = foreign(Order_.status);
        assertThatThrownBy(() -> USERS.bind(ofOrder, "$states.input.status"))
                .isInstanceOf(InvalidTemplateException.class).hasMessageContaining("Order.status")
                .hasMessageContaining("not to User");
        assertThatThrownBy(() -> USERS.updateRequest(ofOrder.set("$states.input.status")))
                .hasMessageContaining("Order.status");
    }

    @Test
    void bind_toAnEmptyOrNullExpression_isInvalidTemplate(DynamoDbClient client, @TableName String table) {
        given(client, table);
        for (Executable bad : new Executable[] {() -> USERS.bind(User_.email, ""), () -> USERS.bind(User_.email, "  "),
                () -> USERS.bind(User_.email, null), () -> USERS.set(User_.logins, ""),
                () -> USERS.updateRequest(User_.email.set(" ")), () -> USERS.tableName("")}) {
            assertThatThrownBy(bad::execute).isInstanceOf(InvalidTemplateException.class)
                    .hasMessageContaining("User").hasMessageContaining("empty");
        }
        assertThatThrownBy(() -> USERS.bind(User_.email, " ")).hasMessageContaining("User.email")
                .hasMessageContaining("\" \"").hasMessageContaining("$states.input.email");
    }

    @Test
    void bind_ofAKeyFieldToNull_orUpdatingAKeyField_isRefused(DynamoDbClient client, @TableName String table) {
        given(client, table);
        assertThatThrownBy(() -> USERS.bind(User_.userId, "null"))
                .isInstanceOf(InvalidTemplateException.class).hasMessageContaining("User.userId");
        assertThatThrownBy(() -> USERS.updateRequest(USERS.set(User_.userId, "$states.input.other")))
                .isInstanceOf(InvalidKeyException.class).hasMessageContaining("User.userId");
    }

    @Test
    void templateUpdates_areRefusedByTheManager_andTaskStatesCheckTheirArguments(DynamoDbClient client,
                                                                                 @TableName String table) {
        given(client, table);
        User ann = User.of("u1", "a@b.c");
        assertThatThrownBy(() -> User.objects.update(ann, USERS.set(User_.logins, "$states.input.logins")))
                .isInstanceOf(dev.storm.InvalidValueException.class).hasMessageContaining("JsonataTemplate");
        assertThatThrownBy(() -> TaskState.putItem(USERS.getRequest()))
                .isInstanceOf(InvalidTemplateException.class).hasMessageContaining("putItem")
                .hasMessageContaining("Item");
        assertThatThrownBy(() -> TaskState.getItem("[1]")).isInstanceOf(InvalidTemplateException.class)
                .hasMessageContaining("JSON object");
    }
}
