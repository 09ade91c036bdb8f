package dev.storm.functional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.storm.BulkResult;
import dev.storm.ConnectionManager;
import dev.storm.TableContext;
import dev.storm.TableNotFoundException;
import dev.storm.Transaction;
import dev.storm.functional.model.Order;
import dev.storm.functional.model.Order_;
import dev.storm.test.StormTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

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
            assertEachFailedOnTheMissingTable(Order.objects.bulkSave(List.of(o, Order.of("u1", "o2", 2))));
        }
        assertThat(raw.listTables().tableNames()).doesNotContain(MISSING);
    }

    @Test
    @SuppressWarnings("try")
    void everyAsyncCall_onAMissingTable_failsWithTheSameTableNotFoundException(DynamoDbClient raw) {
        Order o = Order.of("u1", "o1", 1);
        List<CompletableFuture<?>> calls = new ArrayList<>();
        try (TableContext ignored = ConnectionManager.table().tableContext(MISSING, null)) {
            calls.add(Order.objects.async().create(o));
            calls.add(Order.objects.async().save(o));
            calls.add(Order.objects.async().get(Order_.userId.eq("u1"), Order_.orderId.eq("o1")));
            calls.add(Order.objects.async().update(o, Order_.status.set("PAID")));
            calls.add(Order.objects.async().delete(o));
            calls.add(Order.objects.async().using(Order_.userId.eq("u1")).list());
            calls.add(Order.objects.async().using(Order_.userId.eq("u1")).count());
            calls.add(Order.objects.async().using(Order_.userId.eq("u1")).page(null));
            calls.add(Transaction.readAsync(o));
        }
        List<String> operations = List.of("PutItem", "PutItem", "GetItem", "UpdateItem", "DeleteItem", "Query",
                "Query", "Query", "TransactGetItems");
        for (int i = 0; i < calls.size(); i++) {
            CompletableFuture<?> call = calls.get(i);
            Throwable thrown = catchThrowable(call::join);
            assertThat(thrown).isInstanceOf(CompletionException.class);
            assertThat(thrown.getCause()).isInstanceOf(TableNotFoundException.class)
                    .hasMessageContaining("Table 'no_such_table' does not exist (Order, " + operations.get(i) + ")")
                    .hasMessageContaining("TableDefinition.create(client, \"no_such_table\")")
                    .hasCauseInstanceOf(ResourceNotFoundException.class);
        }
        // the blocking call's message, word for word
        Throwable blocking;
        try (TableContext ignored = ConnectionManager.table().tableContext(MISSING, null)) {
            blocking = catchThrowable(() -> Order.objects.create(o));
        }
        assertThat(catchThrowable(calls.get(0)::join).getCause()).hasMessage(blocking.getMessage());

        BulkResult r;
        try (TableContext ignored = ConnectionManager.table().tableContext(MISSING, null)) {
            r = Order.objects.async().bulkSave(List.of(o, Order.of("u1", "o2", 2))).join();
        }
        assertEachFailedOnTheMissingTable(r);
        assertThat(raw.listTables().tableNames()).doesNotContain(MISSING);
    }

    @Test
    @SuppressWarnings("try")
    void anAsyncPublisher_onAMissingTable_endsWithTheTableNotFoundException() {
        org.reactivestreams.Publisher<Order> publisher;
        try (TableContext ignored = ConnectionManager.table().tableContext(MISSING, null)) {
            publisher = Order.objects.async().using(Order_.userId.eq("u1")).publisher();
        }
        Throwable thrown = catchThrowable(() -> dev.storm.support.RecordingSubscriber.collect(publisher).join());
        assertThat(thrown.getCause()).isInstanceOf(TableNotFoundException.class)
                .hasMessageContaining("Table 'no_such_table' does not exist (Order, Query)");
    }

    private static void assertEachFailedOnTheMissingTable(BulkResult r) {
        assertThat(r.succeeded()).isZero();
        assertThat(r.failed()).hasSize(2).allSatisfy(f -> assertThat(f.toString())
                .contains("Table 'no_such_table' does not exist"));
    }
}
