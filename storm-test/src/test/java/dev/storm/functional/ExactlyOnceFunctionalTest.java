package dev.storm.functional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storm.ConnectionManager;
import dev.storm.F;
import dev.storm.TableContext;
import dev.storm.Transaction;
import dev.storm.WriteOutcomeUnknownException;
import dev.storm.functional.model.Counter;
import dev.storm.functional.model.Counter_;
import dev.storm.functional.model.Doc;
import dev.storm.functional.model.Doc_;
import dev.storm.functional.model.Order;
import dev.storm.functional.model.Order_;
import dev.storm.test.DynamoDbLocal;
import dev.storm.test.StormTest;
import dev.storm.test.TableName;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * The SDK resends a request whose answer was lost. Each single-item write stays exactly-once under that retry, or
 * says honestly that its outcome is unknown: proven by losing the answer after DynamoDB Local applied the request,
 * and reading the table raw.
 */
@StormTest(tablePerMethod = true)
class ExactlyOnceFunctionalTest {

    private static void through(LostAnswer fault, DynamoDbLocal local, String table, Runnable body) {
        try (DynamoDbClient client = fault.client(local);
             TableContext ignored = ConnectionManager.table().tableContext(table, client)) {
            body.run();
        }
    }

    private static Map<String, AttributeValue> only(DynamoDbClient raw, String table) {
        List<Map<String, AttributeValue>> items = TableScan.items(raw, table);
        assertThat(items).hasSize(1);
        return items.get(0);
    }

    @Test
    void create_whoseAnswerIsLost_returnsTheModel_notAlreadyExists(DynamoDbLocal local, DynamoDbClient raw,
                                                                   @TableName String table) {
        LostAnswer fault = LostAnswer.afterApplying(PutItemRequest.class, 1);
        Order[] created = new Order[1];
        through(fault, local, table, () -> created[0] = Order.objects.create(Order.of("u1", "o1", 12.5)));

        assertThat(fault.transmitted()).isEqualTo(2);
        assertThat(created[0]).isEqualTo(Order.of("u1", "o1", 12.5));
        Map<String, AttributeValue> item = only(raw, table);
        assertThat(item.get("SK").s()).isEqualTo("O#o1");
        assertThat(item.get("amount").n()).isEqualTo("12.5");
    }

    @Test
    void create_ofAnExistingItem_stillFails_whenNoAttemptOfThisCallWroteIt(DynamoDbLocal local, DynamoDbClient raw,
                                                                         @TableName String table) {
        Order.objects.create(new Order("u1", "o1", 1, "FIRST", null));
        LostAnswer fault = LostAnswer.afterApplying(PutItemRequest.class, 1);
        through(fault, local, table, () -> assertThatThrownBy(() -> Order.objects.create(Order.of("u1", "o1", 2)))
                .isInstanceOf(dev.storm.ObjectAlreadyExistsException.class).hasMessageContaining("O#o1"));
        assertThat(only(raw, table).get("status").s()).isEqualTo("FIRST");
    }

    @Test
    void versionedCreate_whoseAnswerIsLost_returnsVersionOne(DynamoDbLocal local, DynamoDbClient raw,
                                                             @TableName String table) {
        LostAnswer fault = LostAnswer.afterApplying(PutItemRequest.class, 1);
        Doc[] created = new Doc[1];
        through(fault, local, table, () -> created[0] = Doc.objects.create(new Doc("d1", "a", 0, 0)));

        assertThat(fault.transmitted()).isEqualTo(2);
        assertThat(created[0].version()).isEqualTo(1);
        assertThat(only(raw, table).get("version").n()).isEqualTo("1");
    }

    @Test
    void versionedUpdate_whoseAnswerIsLost_returnsTheNewVersion_notAConflictWithItself(DynamoDbLocal local,
                                                                                       DynamoDbClient raw,
                                                                                       @TableName String table) {
        Doc d1 = Doc.objects.create(new Doc("d1", "a", 0, 0));
        LostAnswer fault = LostAnswer.afterApplying(UpdateItemRequest.class, 1);
        Doc[] updated = new Doc[1];
        through(fault, local, table, () -> updated[0] = d1.update(Doc_.title.set("b")));

        assertThat(fault.transmitted()).isEqualTo(2);
        assertThat(updated[0].title()).isEqualTo("b");
        assertThat(updated[0].version()).isEqualTo(2);
        Map<String, AttributeValue> item = only(raw, table);
        assertThat(item.get("version").n()).isEqualTo("2");
        assertThat(item.get("title").s()).isEqualTo("b");
    }

    @Test
    void versionedSave_whoseAnswerIsLost_succeeds_andStoresTheNextVersionOnce(DynamoDbLocal local,
                                                                               DynamoDbClient raw,
                                                                               @TableName String table) {
        Doc d1 = Doc.objects.create(new Doc("d1", "a", 0, 0));
        LostAnswer fault = LostAnswer.afterApplying(PutItemRequest.class, 1);
        through(fault, local, table, () -> d1.withTitle("c").save());

        assertThat(fault.transmitted()).isEqualTo(2);
        Map<String, AttributeValue> item = only(raw, table);
        assertThat(item.get("version").n()).isEqualTo("2");
        assertThat(item.get("title").s()).isEqualTo("c");
    }

    @Test
    void versionedIncrement_whoseAnswerIsLost_isAppliedOnce_andSaysTheOutcomeIsUnknown(DynamoDbLocal local,
                                                                                       DynamoDbClient raw,
                                                                                       @TableName String table) {
        Doc d1 = Doc.objects.create(new Doc("d1", "a", 5, 0));
        LostAnswer fault = LostAnswer.afterApplying(UpdateItemRequest.class, 1);
        through(fault, local, table, () -> assertThatThrownBy(() -> d1.update(Doc_.edits.set(F.of(Doc_.edits)
                .plus(1)))).isInstanceOf(WriteOutcomeUnknownException.class)
                .hasMessageContaining("Doc(PK=D#d1#Doc").hasMessageContaining("may or may not have been applied"));

        Map<String, AttributeValue> item = only(raw, table);
        assertThat(item.get("edits").n()).isEqualTo("6");
        assertThat(item.get("version").n()).isEqualTo("2");
    }

    @Test
    void fIncrement_whoseAnswerIsLost_isNotResent_andSaysTheOutcomeIsUnknown(DynamoDbLocal local, DynamoDbClient raw,
                                                                             @TableName String table) {
        Counter c = Counter.objects.create(new Counter("c1", 0, 0));
        LostAnswer fault = LostAnswer.afterApplying(UpdateItemRequest.class, 1);
        through(fault, local, table, () -> assertThatThrownBy(() -> Counter.objects.update(c,
                Counter_.hits.set(F.of(Counter_.hits).plus(1))))
                .isInstanceOf(WriteOutcomeUnknownException.class)
                .hasMessageContaining("Counter(PK=C#c1#Counter").hasMessageContaining("not resent"));

        assertThat(fault.transmitted()).isEqualTo(1);
        assertThat(only(raw, table).get("hits").n()).isEqualTo("1");
    }

    @Test
    void add_whoseAnswerIsLost_isNotResent_andSaysTheOutcomeIsUnknown(DynamoDbLocal local, DynamoDbClient raw,
                                                                      @TableName String table) {
        Counter c = Counter.objects.create(new Counter("c1", 0, 10));
        LostAnswer fault = LostAnswer.afterApplying(UpdateItemRequest.class, 1);
        through(fault, local, table, () -> assertThatThrownBy(() -> Counter.objects.update(c,
                Counter_.total.add(5))).isInstanceOf(WriteOutcomeUnknownException.class));

        assertThat(fault.transmitted()).isEqualTo(1);
        assertThat(only(raw, table).get("total").n()).isEqualTo("15");
    }

    @Test
    void fIncrement_refusedBeforeItWasSent_isResent_andAppliedOnce(DynamoDbLocal local, DynamoDbClient raw,
                                                                   @TableName String table) {
        Counter c = Counter.objects.create(new Counter("c1", 0, 0));
        LostAnswer fault = LostAnswer.throttling(UpdateItemRequest.class, 1);
        Counter[] after = new Counter[1];
        through(fault, local, table, () -> after[0] = Counter.objects.update(c,
                Counter_.hits.set(F.of(Counter_.hits).plus(1))));

        // the refused attempt never reached the server; the SDK resent it, and the resent one did
        assertThat(fault.transmitted()).isEqualTo(1);
        assertThat(after[0].hits()).isEqualTo(1);
        assertThat(only(raw, table).get("hits").n()).isEqualTo("1");
    }

    @Test
    void conditionalDelete_whoseAnswerIsLost_succeeds(DynamoDbLocal local, DynamoDbClient raw,
                                                      @TableName String table) {
        Order o = Order.objects.create(Order.of("u1", "o1", 12.5));
        LostAnswer fault = LostAnswer.afterApplying(DeleteItemRequest.class, 1);
        through(fault, local, table, () -> Order.objects.delete(o, Order_.status.eq("SMALL")));

        assertThat(fault.transmitted()).isEqualTo(2);
        assertThat(TableScan.items(raw, table)).isEmpty();
    }

    @Test
    void transactionalIncrement_whoseAnswerIsLost_isAppliedOnce(DynamoDbLocal local, DynamoDbClient raw,
                                                                @TableName String table) {
        Counter c = Counter.objects.create(new Counter("c1", 0, 0));
        LostAnswer fault = LostAnswer.afterApplying(TransactWriteItemsRequest.class, 1);
        Consumer<Transaction> body = tx -> tx.update(c, Counter_.hits.set(F.of(Counter_.hits).plus(1)));
        through(fault, local, table, () -> Transaction.atomic(body));

        assertThat(fault.transmitted()).isEqualTo(2);
        assertThat(only(raw, table).get("hits").n()).isEqualTo("1");
    }
}
