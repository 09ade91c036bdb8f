package dev.storm.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storm.ConnectionManager;
import dev.storm.InvalidTransactionException;
import dev.storm.InvalidValueException;
import dev.storm.TableContext;
import dev.storm.Transaction;
import dev.storm.UniqueConstraintException;
import dev.storm.model.Doc;
import dev.storm.model.Doc_;
import dev.storm.model.Member;
import dev.storm.model.Order;
import dev.storm.model.Order_;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;

/** The TransactWriteItems request of a transaction, and the limits checked before anything is sent. */
class TransactionRequestTest {

    private TableContext context;

    @BeforeEach
    void openTable() {
        context = ConnectionManager.table().tableContext("storm_requests", null);
    }

    @AfterEach
    void closeTable() {
        context.close();
    }

    private static Order order(String id) {
        return new Order("u1", id, 10, "OPEN", null);
    }

    @Test
    void request_holdsOneItemPerOperation_inOrder_withAFreshToken() {
        TransactWriteItemsRequest first = Transaction.request(tx -> {
            tx.create(order("o1"));
            tx.update(order("o2"), Order_.count.add(1));
            tx.delete(order("o3"));
            tx.check(order("o4"), Order_.status.eq("OPEN"));
        });
        TransactWriteItemsRequest second = Transaction.request(tx -> tx.create(order("o1")));

        assertThat(first.transactItems()).hasSize(4);
        TransactWriteItem create = first.transactItems().get(0);
        assertThat(create.put().conditionExpression()).isEqualTo("attribute_not_exists(#n0)");
        assertThat(create.put().item().get("SK").s()).isEqualTo("O#o1");
        assertThat(first.transactItems().get(1).update().updateExpression()).isEqualTo("ADD #n1 :v0");
        assertThat(first.transactItems().get(1).update().conditionExpression()).isEqualTo("attribute_exists(#n0)");
        assertThat(first.transactItems().get(2).delete().key().get("SK").s()).isEqualTo("O#o3");
        assertThat(first.transactItems().get(2).delete().conditionExpression()).isNull();
        assertThat(first.transactItems().get(3).conditionCheck().conditionExpression()).isEqualTo("#n0 = :v0");
        assertThat(first.clientRequestToken()).isNotBlank().isNotEqualTo(second.clientRequestToken());
    }

    @Test
    void create_ofAUniqueModel_addsAGuardClaim_ownedByTheModel() {
        TransactWriteItemsRequest request = Transaction.request(tx -> tx.create(new Member("m1", "a@b.c", "Ann")));

        assertThat(request.transactItems()).hasSize(2);
        var guard = request.transactItems().get(1).put();
        assertThat(guard.item()).isEqualTo(Map.of("PK", AttributeValue.fromS("UNIQUE#MEMBER#email#a@b.c"),
                "SK", AttributeValue.fromS("UNIQUE#MEMBER#email#a@b.c"),
                "ownerPK", AttributeValue.fromS("M#m1#MEMBER"), "ownerSK", AttributeValue.fromS("MEMBER")));
        assertThat(guard.conditionExpression()).isEqualTo("attribute_not_exists(#n0) OR (#n1 = :v0 AND #n2 = :v1)");
        assertThat(guard.expressionAttributeNames()).isEqualTo(Map.of("#n0", "PK", "#n1", "ownerPK",
                "#n2", "ownerSK"));
    }

    @Test
    void create_ofAUniqueModelWithANullValue_claimsNothing() {
        assertThat(Transaction.request(tx -> tx.create(new Member("m1", null, "Ann"))).transactItems()).hasSize(1);
    }

    @Test
    void update_ofAVersionedModel_carriesItsVersionCheck() {
        TransactWriteItemsRequest request = Transaction.request(tx -> tx.update(new Doc("d1", "t", 4),
                Doc_.title.set("u")));

        assertThat(request.transactItems().get(0).update().conditionExpression())
                .isEqualTo("attribute_exists(#n0) AND #n2 = :v2");
    }

    @Test
    void moreThan100Items_areRefused_atTheOperationThatOverflows() {
        assertThatThrownBy(() -> Transaction.request(tx -> {
            for (int i = 0; i <= 100; i++) {
                tx.delete(order("o" + i));
            }
        })).isInstanceOf(InvalidTransactionException.class).hasMessageContaining("operation 100")
                .hasMessageContaining("101");
    }

    @Test
    void theSameItemTwice_isRefused_namingBothOperations() {
        assertThatThrownBy(() -> Transaction.request(tx -> {
            tx.check(order("o1"), Order_.status.eq("OPEN"));
            tx.delete(order("o2"));
            tx.delete(order("o1"));
        })).isInstanceOf(InvalidTransactionException.class).hasMessageContaining("Operation 2 (delete Order(")
                .hasMessageContaining("operation 0 (check Order(PK=U#u1#USER, SK=O#o1))");
    }

    @Test
    void oneUniqueValueClaimedTwice_isAUniqueConstraintViolation() {
        assertThatThrownBy(() -> Transaction.request(tx -> {
            tx.create(new Member("m1", "a@b.c", "Ann"));
            tx.create(new Member("m2", "a@b.c", "Bob"));
        })).isInstanceOf(UniqueConstraintException.class).hasMessageContaining("Member.email = \"a@b.c\"");
    }

    @Test
    void anEmptyTransaction_isRefused() {
        assertThatThrownBy(() -> Transaction.request(tx -> { })).isInstanceOf(InvalidTransactionException.class)
                .hasMessageContaining("no operations");
    }

    @Test
    void aCheckWithoutCondition_orANullModel_isRefused() {
        assertThatThrownBy(() -> Transaction.request(tx -> tx.check(order("o1"), null)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("tx.check");
        assertThatThrownBy(() -> Transaction.request(tx -> tx.create((Order) null)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("tx.create needs a model");
    }
}
