package dev.storm.functional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storm.BulkResult;
import dev.storm.ConnectionManager;
import dev.storm.TableContext;
import dev.storm.TableNotFoundException;
import dev.storm.Transaction;
import dev.storm.functional.model.Order;
import dev.storm.functional.model.Order_;
import dev.storm.test.StormTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** A table that does not exist is a TableNotFoundException naming it and how to create it, on every path. */
@StormTest
class MissingTableFunctionalTest {

    private static final String MISSING = "no_such_table";

    @Test
    void everyCall_onAMissingTable_namesTheTableAndTheFix(DynamoDbClient raw) {
        try (TableContext ignored = ConnectionManager.table().tableContext(MISSING, null)) {
            Order o = Order.of("u1", "o1", 1);
            assertThatThrownBy(() -> Order.objects.create(o)).isInstanceOf(TableNotFoundException.class)
                    .hasMessageContaining("Table 'no_such_table' does not exist (Order, PutItem)")
                    .hasMessageContaining("TableDefinition.create(client, \"no_such_table\")");
            assertThatThrownBy(() -> Order.objects.get(Order_.userId.eq("u1"), Order_.orderId.eq("o1")))
                    .isInstanceOf(TableNotFoundException.class).hasMessageContaining("(Order, GetItem)");
            assertThatThrownBy(() -> Order.objects.using(Order_.userId.eq("u1")).list())
                    .isInstanceOf(TableNotFoundException.class).hasMessageContaining("(Order, Query)");
            assertThatThrownBy(() -> o.update(Order_.status.set("PAID")))
                    .isInstanceOf(TableNotFoundException.class).hasMessageContaining("UpdateItem");
            assertThatThrownBy(() -> Transaction.atomic(tx -> tx.create(o)))
                    .isInstanceOf(TableNotFoundException.class).hasMessageContaining("TransactWriteItems");
            BulkResult r = Order.objects.bulkSave(List.of(o, Order.of("u1", "o2", 2)));
            assertThat(r.succeeded()).isZero();
            assertThat(r.failed()).hasSize(2).allSatisfy(f -> assertThat(f.toString())
                    .contains("Table 'no_such_table' does not exist"));
        }
        assertThat(raw.listTables().tableNames()).doesNotContain(MISSING);
    }
}
