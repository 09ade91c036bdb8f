package dev.storm.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storm.ConnectionManager;
import dev.storm.InvalidQueryException;
import dev.storm.ItemCollection;
import dev.storm.TableContext;
import dev.storm.model.Order;
import dev.storm.model.Order_;
import dev.storm.model.Profile;
import dev.storm.model.Suffixed;
import dev.storm.model.TestModel;
import dev.storm.model.User;
import dev.storm.model.User_;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/** The one Query of an item collection, and the collections refused before any request is built. */
class ItemCollectionRequestTest {

    private TableContext context;

    @BeforeEach
    void openTable() {
        context = ConnectionManager.table().tableContext("storm_requests", null);
    }

    @AfterEach
    void closeTable() {
        context.close();
    }

    @Test
    void request_readsTheWholePartition_byItsKeyAlone() {
        QueryRequest request = ItemCollection.of(User.class, Order.class, Profile.class)
                .using(User_.userId.eq("u1")).toRequest();

        assertThat(request.tableName()).isEqualTo("storm_requests");
        assertThat(request.keyConditionExpression()).isEqualTo("#n0 = :v0");
        assertThat(request.expressionAttributeNames()).isEqualTo(Map.of("#n0", "PK"));
        assertThat(request.expressionAttributeValues()).isEqualTo(Map.of(":v0", AttributeValue.fromS("U#u1#USER")));
        assertThat(request.indexName()).isNull();
        assertThat(request.filterExpression()).isNull();
        assertThat(request.limit()).isNull();
    }

    @Test
    void request_takesTheKeyFromAnyMembersField_withOptions() {
        QueryRequest request = ItemCollection.of(User.class, Order.class).using(Order_.userId.eq("u7"))
                .consistent(true).reverse().toRequest();

        assertThat(request.expressionAttributeValues().get(":v0").s()).isEqualTo("U#u7#USER");
        assertThat(request.consistentRead()).isTrue();
        assertThat(request.scanIndexForward()).isFalse();
    }

    @Test
    void collectionsThatCannotBeToldApart_orDoNotSharePartitions_areRefused() {
        assertThatThrownBy(() -> ItemCollection.of(User.class, TestModel.class))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("User and TestModel do not share partitions on the table")
                .hasMessageContaining("U#<userId>#USER").hasMessageContaining("A#<aPk>#B#<bPk>#TestModel");
        assertThatThrownBy(() -> ItemCollection.of(Suffixed.class, TestModel.class))
                .isInstanceOf(InvalidQueryException.class).hasMessageContaining("same suffix");
        assertThatThrownBy(() -> ItemCollection.onIndex(1, User.class, Order.class))
                .isInstanceOf(InvalidQueryException.class).hasMessageContaining("Order has no key in index GSI1");
        assertThatThrownBy(() -> ItemCollection.onIndex(0, User.class))
                .isInstanceOf(InvalidQueryException.class).hasMessageContaining("ItemCollection.of");
    }
}
