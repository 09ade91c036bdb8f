package dev.storm.key;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storm.ConnectionManager;
import dev.storm.InvalidKeyException;
import dev.storm.InvalidQueryException;
import dev.storm.ItemCollection;
import dev.storm.MissingRequiredFieldsException;
import dev.storm.TableContext;
import dev.storm.model.Ledger;
import dev.storm.model.Ledger_;
import dev.storm.model.SeedTestModel;
import dev.storm.model.seed.Modern;
import dev.storm.model.seed.Order;
import dev.storm.model.seed.Order_;
import dev.storm.model.seed.Shipment;
import dev.storm.model.seed.User;
import dev.storm.model.seed.User_;
import dev.storm.model.seed.nested.Deep;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/** The keys of STORM for Python 0.1's layout, and sparse indexes, on every path that composes one, offline. */
class KeyLayoutTest {

    private TableContext context;

    @BeforeEach
    void openTable() {
        context = ConnectionManager.table().tableContext("storm_layouts", null);
    }

    @AfterEach
    void closeTable() {
        context.close();
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    @Test
    void seedReadmeExample_isReproducedExactly() {
        User user = new User("user123", null, "test@example.com", "Test User", "test@example.com");
        Order order = new Order("user123", "order456", 99.99, false);

        assertThat(user.getPk()).isEqualTo("USER#U#user123#USER");
        assertThat(user.getSk()).isEqualTo("T#METADATA");
        assertThat(user.getGsi1pk()).isEqualTo("USER#E#test@example.com#USER");
        assertThat(order.getPk()).isEqualTo("ORDER#U#user123#ORDER");
        assertThat(order.getSk()).isEqualTo("O#order456");
    }

    @Test
    void item_ofASeedUser_isWhatStormForPython01Writes_attributeForAttribute() {
        User user = new User("user123", null, "test@example.com", "Test User", "test@example.com");

        assertThat(User.objects.saveRequest(user, true).item()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "PK", s("USER#U#user123#USER"), "SK", s("T#METADATA"), "GSI1PK", s("USER#E#test@example.com#USER"),
                "user_id", s("user123"), "type", s("METADATA"), "email", s("test@example.com"),
                "name", s("Test User"), "email_gsi", s("test@example.com")));
    }

    @Test
    void suffix_isUpperCasedAtBothEnds_classNameWhenNoneIsGiven_asDeclaredOtherwise() {
        assertThat(new Shipment("acme", "ams-1", 3).getPk()).isEqualTo("SHIPMENT#T#acme#WH#ams-1#SHIPMENT");
        assertThat(new Shipment("acme", "ams-1", 3).getSk()).isEqualTo("N#3");
        SeedTestModel m = new SeedTestModel("aaa", "bbb", "ccc", "ddd", "eee", "fff", null);
        assertThat(m.getPk()).isEqualTo("TESTMODEL#A#aaa#B#bbb#TESTMODEL");
        assertThat(m.getSk()).isEqualTo("C#ccc#D#ddd");
        assertThat(m.getGsi1pk()).isEqualTo("TESTMODEL#E#eee#F#fff#TESTMODEL");
    }

    @Test
    void packageDefault_coversThePackageAndThoseBelow_andTheModelsOwnLayoutWins() {
        assertThat(new Deep("d1", true).getPk()).isEqualTo("DEEP#I#d1#DEEP");
        assertThat(new Deep("d1", true).getSk()).isEqualTo("F#True");
        assertThat(new Deep("d1", false).getSk()).isEqualTo("F#False");
        assertThat(new Modern("m1").getPk()).isEqualTo("I#m1#MODERN");
        assertThat(new Modern("m1").getSk()).isEqualTo("MODERN");
    }

    @Test
    void sparseIndex_allGsiFieldsNull_leavesGsi1pkOut_andStoresTheFieldAsNull() {
        User user = new User("user123", null, "a@b.c", "Ann", null);

        Map<String, AttributeValue> item = User.objects.saveRequest(user, true).item();

        assertThat(user.getGsi1pk()).isNull();
        assertThat(item).doesNotContainKey("GSI1PK").containsEntry("email_gsi", AttributeValue.fromNul(true))
                .containsEntry("PK", s("USER#U#user123#USER"));
        assertThat(user.isCreatable()).isTrue();
    }

    @Test
    void sparseIndex_partlySet_isInvalidKeyNamingTheFields_inBothLayouts() {
        SeedTestModel seed = new SeedTestModel("aaa", "bbb", "ccc", "ddd", "eee", null, null);
        dev.storm.model.TestModel modern = new dev.storm.model.TestModel("aaa", "bbb", "ccc", "ddd", null, "fff", null);

        assertThatThrownBy(() -> SeedTestModel.objects.saveRequest(seed, true))
                .isInstanceOf(InvalidKeyException.class)
                .hasMessage("SeedTestModel: the keys of index GSI1 are composed from [eGsi, fGsi], of which [eGsi] is"
                        + " set and [fGsi] is null; set all of them to put the item in GSI1, or none to leave it out;"
                        + " nothing was sent");
        assertThatThrownBy(seed::getGsi1pk).isInstanceOf(InvalidKeyException.class).hasMessageContaining("[fGsi]");
        assertThatThrownBy(() -> dev.storm.model.TestModel.objects.saveRequest(modern, true))
                .isInstanceOf(InvalidKeyException.class).hasMessageContaining("[fGsi] is set and [eGsi] is null");
        assertThat(seed.isCreatable()).isFalse();
    }

    @Test
    void sparseIndex_withItsOwnSortKey_leavesBothKeysOut_orRefusesAPartlySetOne() {
        java.time.Instant at = java.time.Instant.parse("2024-03-05T10:00:00Z");

        assertThat(Ledger.objects.saveRequest(new Ledger("acc", 1, null, null), true).item())
                .doesNotContainKeys("GSI2PK", "GSI2SK").containsEntry("SK", s("E#1"));
        assertThat(Ledger.objects.saveRequest(new Ledger("acc", 1, "EUR", at), true).item())
                .containsEntry("GSI2PK", s("C#EUR#Ledger")).containsEntry("GSI2SK", s("P#2024-03-05T10:00:00Z"));
        assertThatThrownBy(() -> Ledger.objects.saveRequest(new Ledger("acc", 1, "EUR", null), true))
                .isInstanceOf(InvalidKeyException.class)
                .hasMessageContaining("index GSI2 are composed from [currency, postedAt], of which [currency] is set"
                        + " and [postedAt] is null");
        assertThat(Ledger.objects.updateRequest(new Ledger("acc", 1, "EUR", at), Ledger_.currency.remove(),
                Ledger_.postedAt.remove()).updateExpression()).isEqualTo("REMOVE #n1, #n2, #n3, #n4");
    }

    @Test
    void itemsOfTheLayout_areRecognisedByTheirKeys_andThoseOfTheOtherLayoutRefused() {
        User user = new User("user123", null, "a@b.c", "Ann", null);
        Map<String, AttributeValue> item = User.objects.toItem(user);
        Map<String, AttributeValue> modern = dev.storm.model.User.objects.toItem(
                new dev.storm.model.User("user123", null, "a@b.c", "Ann", null));

        assertThat(User.objects.fromItem(item)).isEqualTo(user);
        ItemCollection collection = ItemCollection.of(User.class, dev.storm.model.seed.UserNote.class);
        assertThat(collection.decode(item)).contains(user);
        assertThat(collection.modelOf(modern)).isEmpty();
        assertThatThrownBy(() -> User.objects.fromItem(modern)).isInstanceOf(dev.storm.InvalidValueException.class)
                .hasMessageContaining("PK = USER#U#<value>#USER, SK = T#<value>");
        assertThatThrownBy(() -> dev.storm.model.User.objects.fromItem(item))
                .isInstanceOf(dev.storm.InvalidValueException.class).hasMessageContaining("PK = U#<value>#USER");
    }

    @Test
    void missingTableKeyField_isStillMissingRequiredFields_listingPartlySetIndexFieldsToo() {
        SeedTestModel m = new SeedTestModel(null, "bbb", "ccc", "ddd", null, "fff", null);

        assertThatThrownBy(() -> SeedTestModel.objects.saveRequest(m, true))
                .isInstanceOf(MissingRequiredFieldsException.class)
                .hasMessage("SeedTestModel is missing required key fields [aPk, eGsi]; set them before saving");
    }

    @Test
    void update_settingTheGsiField_writesGsi1pkInTheModelsLayout_andRemovingItTakesTheItemOutOfGsi1() {
        User sparse = new User("user123", null, "a@b.c", "Ann", null);

        UpdateItemRequest in = User.objects.updateRequest(sparse, User_.emailGsi.set("a@b.c"));
        UpdateItemRequest out = User.objects.updateRequest(sparse, User_.emailGsi.remove());

        assertThat(in.key()).isEqualTo(Map.of("PK", s("USER#U#user123#USER"), "SK", s("T#METADATA")));
        assertThat(in.updateExpression()).isEqualTo("SET #n1 = :v0, #n2 = :v1");
        assertThat(in.expressionAttributeNames()).containsEntry("#n1", "email_gsi").containsEntry("#n2", "GSI1PK");
        assertThat(in.expressionAttributeValues()).containsEntry(":v1", s("USER#E#a@b.c#USER"));
        assertThat(out.updateExpression()).isEqualTo("REMOVE #n1, #n2");
        assertThat(out.expressionAttributeNames()).containsEntry("#n1", "email_gsi").containsEntry("#n2", "GSI1PK");
    }

    @Test
    void update_leavingAnIndexKeyPartlySet_isInvalidKey() {
        SeedTestModel m = new SeedTestModel("aaa", "bbb", "ccc", "ddd", "eee", "fff", null);

        assertThatThrownBy(() -> SeedTestModel.objects.updateRequest(m,
                dev.storm.model.SeedTestModel_.fGsi.remove()))
                .isInstanceOf(InvalidKeyException.class).hasMessageContaining("[eGsi] is set and [fGsi] is null");
    }

    @Test
    void queries_onTheTableAndGsi1_useTheLayoutsKeys_andGsi1NeedsEveryGsiField() {
        QueryRequest table = Order.objects.using(Order_.userId.eq("user123"), Order_.orderId.eq("order456"))
                .toRequest();
        QueryRequest index = User.objects.using(User_.emailGsi.eq("a@b.c")).useIndex(true).toRequest();
        QueryRequest after = Order.objects.using(Order_.userId.eq("user123"), Order_.orderId.eq("order456"))
                .startingAfter(true).toRequest();

        assertThat(table.expressionAttributeValues()).containsValues(s("ORDER#U#user123#ORDER"), s("O#order456"));
        assertThat(index.indexName()).isEqualTo("GSI1");
        assertThat(index.expressionAttributeValues()).containsValues(s("USER#E#a@b.c#USER"), s("T#"));
        assertThat(after.expressionAttributeValues()).containsValues(s("ORDER#U#user123#ORDER"), s("O#order456"),
                s("O$"));
        assertThatThrownBy(() -> User.objects.using(User_.userId.eq("user123")).useIndex(true).toRequest())
                .isInstanceOf(InvalidKeyException.class).hasMessageContaining("User.emailGsi is null")
                .hasMessageContaining("GSI1PK");
    }

    @Test
    void getAndDelete_addressTheLayoutsKeys() {
        Order order = new Order("user123", "order456", 1.5, true);

        assertThat(Order.objects.getRequest(order).key())
                .isEqualTo(Map.of("PK", s("ORDER#U#user123#ORDER"), "SK", s("O#order456")));
        assertThat(Order.objects.deleteRequest(order).key())
                .isEqualTo(Map.of("PK", s("ORDER#U#user123#ORDER"), "SK", s("O#order456")));
    }

    @Test
    void scan_narrowsOnTheLayoutsPartitionKeys() {
        ScanRequest request = Order.objects.all().toRequest();

        assertThat(request.expressionAttributeValues()).containsValues(s("ORDER#U#"), s("#ORDER"), s("O#"));
    }

    @Test
    void itemCollection_ofModelsWithTheSameSuffixButAnotherLayout_isRefused() {
        assertThatThrownBy(() -> ItemCollection.of(User.class, dev.storm.model.User.class))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("do not share partitions")
                .hasMessageContaining("USER#U#<userId>#USER")
                .hasMessageContaining("U#<userId>#USER");
    }
}
