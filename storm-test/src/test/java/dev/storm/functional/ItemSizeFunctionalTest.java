package dev.storm.functional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storm.InvalidValueException;
import dev.storm.functional.model.Doc;
import dev.storm.functional.model.Doc_;
import dev.storm.functional.model.Order;
import dev.storm.functional.model.Order_;
import dev.storm.support.RequestCounter;
import dev.storm.test.DynamoDbLocal;
import dev.storm.test.StormTest;
import dev.storm.test.TableName;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** An item over DynamoDB's 400 KB is refused by save, create and update before anything is sent. */
@StormTest(tablePerMethod = true)
class ItemSizeFunctionalTest {

    private static final String BIG = "x".repeat(410 * 1024);

    @Test
    void saveAndCreate_ofAnItemOver400Kb_areRefused_andNothingIsSent(DynamoDbLocal local, DynamoDbClient raw,
                                                                     @TableName String table) {
        Order big = new Order("u1", "o1", 1, "OPEN", BIG);
        try (RequestCounter counter = new RequestCounter(local, table)) {
            assertThatThrownBy(big::save).isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining("Order(PK=U#u1#USER, SK=O#o1)")
                    .hasMessageContaining("over DynamoDB's item limit of 409600 bytes")
                    .hasMessageContaining("largest attribute is 'payload'");
            assertThatThrownBy(() -> Order.objects.create(big)).isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining("'payload'");
            assertThatThrownBy(() -> Order.objects.save(big, Order_.status.eq("OPEN")))
                    .isInstanceOf(InvalidValueException.class).hasMessageContaining("'payload'");
            assertThat(counter.requests()).isEmpty();
        }
        assertThat(TableScan.items(raw, table)).isEmpty();
    }

    @Test
    void update_settingValuesOver400Kb_isRefused_andChangesNothing(DynamoDbLocal local, DynamoDbClient raw,
                                                                   @TableName String table) {
        Order o = Order.objects.create(Order.of("u1", "o1", 1));
        Doc d = Doc.objects.create(new Doc("d1", "a", 0, 0));
        List<Map<String, AttributeValue>> before = TableScan.items(raw, table);
        try (RequestCounter counter = new RequestCounter(local, table)) {
            assertThatThrownBy(() -> o.update(Order_.payload.set(BIG))).isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining("Order(PK=U#u1#USER, SK=O#o1) after the update")
                    .hasMessageContaining("largest attribute is 'payload'");
            assertThatThrownBy(() -> d.update(Doc_.title.set(BIG))).isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining("Doc(PK=D#d1#Doc").hasMessageContaining("'title'");
            assertThat(counter.requests()).isEmpty();
        }
        assertThat(TableScan.items(raw, table)).isEqualTo(before);
    }

    @Test
    void update_justUnderTheLimit_isSent(DynamoDbClient raw, @TableName String table) {
        Order o = Order.objects.create(Order.of("u1", "o1", 1));
        String large = "y".repeat(399 * 1024);
        assertThat(o.update(Order_.payload.set(large)).payload()).hasSize(large.length());
        assertThat(TableScan.items(raw, table).get(0).get("payload").s()).hasSize(large.length());
    }
}
