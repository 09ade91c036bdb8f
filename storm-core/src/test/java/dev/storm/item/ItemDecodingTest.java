package dev.storm.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storm.ConnectionManager;
import dev.storm.InvalidKeyException;
import dev.storm.InvalidQueryException;
import dev.storm.InvalidValueException;
import dev.storm.ItemCollection;
import dev.storm.MissingRequiredFieldsException;
import dev.storm.TableContext;
import dev.storm.model.Order;
import dev.storm.model.Profile;
import dev.storm.model.Suffixed;
import dev.storm.model.TestModel;
import dev.storm.model.User;
import dev.storm.model.twin.UserTwin;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** {@code Manager.toItem}/{@code fromItem} and {@code ItemCollection.decode}: items without a network. */
class ItemDecodingTest {

    private static final User ANN = new User("u1", null, "a@b.c", "Ann", "a@b.c");

    @Test
    void toItem_isExactlyTheItemSaveWrites_keysIncluded() {
        Map<String, AttributeValue> item = User.objects.toItem(ANN);
        try (TableContext ignored = ConnectionManager.table().tableContext("storm_items", null)) {
            assertThat(item).isEqualTo(User.objects.saveRequest(ANN, true).item());
        }
        assertThat(item).containsEntry("PK", AttributeValue.fromS("U#u1#USER"))
                .containsEntry("SK", AttributeValue.fromS("T#METADATA"))
                .containsEntry("GSI1PK", AttributeValue.fromS("E#a@b.c#USER"))
                .containsEntry("name", AttributeValue.fromS("Ann"))
                .hasSize(8);
    }

    @Test
    void toItem_needsNoTableName() {
        assertThat(Order.objects.toItem(new Order("u1", "o1", 12.5, "OPEN", 3)))
                .containsEntry("SK", AttributeValue.fromS("O#o1"))
                .containsEntry("amount", AttributeValue.fromN("12.5"))
                .containsEntry("count", AttributeValue.fromN("3"));
    }

    @Test
    void fromItem_ofToItem_isTheSameModel() {
        assertThat(User.objects.fromItem(User.objects.toItem(ANN))).isEqualTo(ANN);
        TestModel t = new TestModel("a", "b", "c", "d", "e", "f", "x");
        assertThat(TestModel.objects.fromItem(TestModel.objects.toItem(t))).isEqualTo(t);
    }

    @Test
    void fromItem_ignoresUndeclaredAttributes_andReadsMissingOnesAsNull() {
        Map<String, AttributeValue> item = new HashMap<>(User.objects.toItem(ANN));
        item.put("legacy", AttributeValue.fromS("kept by another tool"));
        item.remove("email");
        assertThat(User.objects.fromItem(item)).isEqualTo(new User("u1", "METADATA", null, "Ann", "a@b.c"));
    }

    @Test
    void toItem_ofInvalidModels_failsAsSaveDoes() {
        assertThatThrownBy(() -> User.objects.toItem(new User(null, null, "a@b.c", "Ann", "a@b.c")))
                .isInstanceOf(MissingRequiredFieldsException.class).hasMessageContaining("[userId]");
        assertThatThrownBy(() -> User.objects.toItem(new User("a#b", null, null, null, "e")))
                .isInstanceOf(InvalidKeyException.class).hasMessageContaining("User.userId")
                .hasMessageContaining("'#'");
        assertThatThrownBy(() -> User.objects.toItem(null))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("toItem of User");
    }

    @Test
    void fromItem_ofAWrongType_namesFieldAndValue() {
        Map<String, AttributeValue> item = new HashMap<>(Order.objects.toItem(new Order("u1", "o1", 1, "OPEN", 1)));
        item.put("amount", AttributeValue.fromS("twelve"));
        assertThatThrownBy(() -> Order.objects.fromItem(item))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("Order.amount").hasMessageContaining("twelve");
    }

    @Test
    void fromItem_ofAnotherModelsItem_isRefused_namingBothKeyShapes() {
        Map<String, AttributeValue> order = Order.objects.toItem(new Order("u1", "o1", 1, "OPEN", 1));
        assertThatThrownBy(() -> User.objects.fromItem(order))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("PK=U#u1#USER, SK=O#o1")
                .hasMessageContaining("PK = U#<value>#USER, SK = T#<value>");
        Map<String, AttributeValue> suffixed = Suffixed.objects.toItem(new Suffixed("u1", "METADATA", "e"));
        assertThatThrownBy(() -> User.objects.fromItem(suffixed)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> User.objects.fromItem(null)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void itemCollection_decodesEachItemToTheModelItsKeysName() {
        ItemCollection collection = ItemCollection.of(User.class, Order.class, Profile.class);
        Order order = new Order("u1", "o1", 3, "OPEN", 1);
        Profile profile = new Profile("u1", "hello");
        assertThat(collection.decode(User.objects.toItem(ANN))).contains(ANN);
        assertThat(collection.decode(Order.objects.toItem(order))).contains(order);
        assertThat(collection.decode(Profile.objects.toItem(profile))).contains(profile);
        assertThat(collection.modelOf(Order.objects.toItem(order))).contains(Order.class);
    }

    @Test
    void itemCollection_saysWhenNoModelMatches() {
        ItemCollection collection = ItemCollection.of(User.class, Order.class);
        assertThat(collection.decode(Profile.objects.toItem(new Profile("u1", "x")))).isEmpty();
        assertThat(collection.decode(Suffixed.objects.toItem(new Suffixed("u1", "METADATA", "e")))).isEmpty();
        assertThat(collection.decode(Map.of("PK", AttributeValue.fromS("UNIQUE#USER#email#a@b.c"),
                "SK", AttributeValue.fromS("UNIQUE#USER#email#a@b.c")))).isEmpty();
        assertThat(collection.decode(Map.of("id", AttributeValue.fromS("x")))).isEqualTo(Optional.empty());
        assertThat(collection.modelOf(Map.of("PK", AttributeValue.fromN("1"), "SK", AttributeValue.fromS("T#a"))))
                .isEmpty();
    }

    @Test
    void itemCollection_ofModelsThatCannotBeToldApart_isRefused() {
        assertThatThrownBy(() -> ItemCollection.of(User.class, UserTwin.class))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("User").hasMessageContaining("UserTwin");
    }
}
