package dev.storm.functional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storm.F;
import dev.storm.Transaction;
import dev.storm.WriteOutcomeUnknownException;
import dev.storm.functional.model.Counter;
import dev.storm.functional.model.Counter_;
import dev.storm.functional.model.Doc;
import dev.storm.functional.model.Doc_;
import dev.storm.functional.model.Member;
import dev.storm.functional.model.Member_;
import dev.storm.functional.model.Order;
import dev.storm.functional.model.Order_;
import dev.storm.test.DynamoDbLocal;
import dev.storm.test.StormTest;
import dev.storm.test.TableName;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * The SDK resends a request whose answer was lost. Each single-item write stays exactly-once under that retry, or
 * says honestly that its outcome is unknown: proven by losing the answer after DynamoDB Local applied the request,
 * and reading the table raw. Every scenario runs through the blocking calls and through their async twins.
 */
@StormTest(tablePerMethod = true)
class ExactlyOnceFunctionalTest {

    private static Map<String, AttributeValue> only(DynamoDbClient raw, String table) {
        List<Map<String, AttributeValue>> items = TableScan.items(raw, table);
        assertThat(items).hasSize(1);
        return items.get(0);
    }

    @ParameterizedTest
    @EnumSource(Way.class)
    void create_whoseAnswerIsLost_returnsTheModel_notAlreadyExists(Way way, DynamoDbLocal local, DynamoDbClient raw,
                                                                   @TableName String table) {
        LostAnswer fault = LostAnswer.afterApplying(PutItemRequest.class, 1);
        Order[] created = new Order[1];
        way.through(fault, local, table, () -> created[0] = way.of(Order.objects)
                .create(Order.of("u1", "o1", 12.5)));

        assertThat(fault.transmitted()).isEqualTo(2);
        assertThat(created[0]).isEqualTo(Order.of("u1", "o1", 12.5));
        Map<String, AttributeValue> item = only(raw, table);
        assertThat(item.get("SK").s()).isEqualTo("O#o1");
        assertThat(item.get("amount").n()).isEqualTo("12.5");
    }

    @ParameterizedTest
    @EnumSource(Way.class)
    void create_ofAnExistingItem_stillFails_whenNoAttemptOfThisCallWroteIt(Way way,
                                                                           DynamoDbLocal local, DynamoDbClient raw,
                                                                         @TableName String table) {
        Order.objects.create(new Order("u1", "o1", 1, "FIRST", null));
        LostAnswer fault = LostAnswer.afterApplying(PutItemRequest.class, 1);
        way.through(fault, local, table, () -> assertThatThrownBy(() -> way.of(Order.objects)
                .create(Order.of("u1", "o1", 2)))
                .isInstanceOf(dev.storm.ObjectAlreadyExistsException.class).hasMessageContaining("O#o1"));
        assertThat(only(raw, table).get("status").s()).isEqualTo("FIRST");
    }

    @ParameterizedTest
    @EnumSource(Way.class)
    void versionedCreate_whoseAnswerIsLost_returnsVersionOne(Way way, DynamoDbLocal local, DynamoDbClient raw,
                                                             @TableName String table) {
        LostAnswer fault = LostAnswer.afterApplying(PutItemRequest.class, 1);
        Doc[] created = new Doc[1];
        way.through(fault, local, table, () -> created[0] = way.of(Doc.objects).create(new Doc("d1", "a", 0, 0)));

        assertThat(fault.transmitted()).isEqualTo(2);
        assertThat(created[0].version()).isEqualTo(1);
        assertThat(only(raw, table).get("version").n()).isEqualTo("1");
    }

    @ParameterizedTest
    @EnumSource(Way.class)
    void versionedUpdate_whoseAnswerIsLost_returnsTheNewVersion_notAConflictWithItself(Way way, DynamoDbLocal local,
                                                                                       DynamoDbClient raw,
                                                                                       @TableName String table) {
        Doc d1 = Doc.objects.create(new Doc("d1", "a", 0, 0));
        LostAnswer fault = LostAnswer.afterApplying(UpdateItemRequest.class, 1);
        Doc[] updated = new Doc[1];
        way.through(fault, local, table, () -> updated[0] = way.of(Doc.objects).update(d1, Doc_.title.set("b")));

        assertThat(fault.transmitted()).isEqualTo(2);
        assertThat(updated[0].title()).isEqualTo("b");
        assertThat(updated[0].version()).isEqualTo(2);
        Map<String, AttributeValue> item = only(raw, table);
        assertThat(item.get("version").n()).isEqualTo("2");
        assertThat(item.get("title").s()).isEqualTo("b");
    }

    @ParameterizedTest
    @EnumSource(Way.class)
    void versionedSave_whoseAnswerIsLost_succeeds_andStoresTheNextVersionOnce(Way way, DynamoDbLocal local,
                                                                               DynamoDbClient raw,
                                                                               @TableName String table) {
        Doc d1 = Doc.objects.create(new Doc("d1", "a", 0, 0));
        LostAnswer fault = LostAnswer.afterApplying(PutItemRequest.class, 1);
        way.through(fault, local, table, () -> way.of(Doc.objects).save(d1.withTitle("c")));

        assertThat(fault.transmitted()).isEqualTo(2);
        Map<String, AttributeValue> item = only(raw, table);
        assertThat(item.get("version").n()).isEqualTo("2");
        assertThat(item.get("title").s()).isEqualTo("c");
    }

    @ParameterizedTest
    @EnumSource(Way.class)
    void versionedIncrement_whoseAnswerIsLost_isAppliedOnce_andSaysTheOutcomeIsUnknown(Way way, DynamoDbLocal local,
                                                                                       DynamoDbClient raw,
                                                                                       @TableName String table) {
        Doc d1 = Doc.objects.create(new Doc("d1", "a", 5, 0));
        LostAnswer fault = LostAnswer.afterApplying(UpdateItemRequest.class, 1);
        way.through(fault, local, table, () -> assertThatThrownBy(() -> way.of(Doc.objects).update(d1,
                Doc_.edits.set(F.of(Doc_.edits).plus(1)))).isInstanceOf(WriteOutcomeUnknownException.class)
                .hasMessageContaining("Doc(PK=D#d1#Doc").hasMessageContaining("may or may not have been applied"));

        Map<String, AttributeValue> item = only(raw, table);
        assertThat(item.get("edits").n()).isEqualTo("6");
        assertThat(item.get("version").n()).isEqualTo("2");
    }

    @ParameterizedTest
    @EnumSource(Way.class)
    void fIncrement_whoseAnswerIsLost_isNotResent_andSaysTheOutcomeIsUnknown(Way way,
                                                                             DynamoDbLocal local, DynamoDbClient raw,
                                                                             @TableName String table) {
        Counter c = Counter.objects.create(new Counter("c1", 0, 0));
        LostAnswer fault = LostAnswer.afterApplying(UpdateItemRequest.class, 1);
        way.through(fault, local, table, () -> assertThatThrownBy(() -> way.of(Counter.objects).update(c,
                Counter_.hits.set(F.of(Counter_.hits).plus(1))))
                .isInstanceOf(WriteOutcomeUnknownException.class)
                .hasMessageContaining("Counter(PK=C#c1#Counter").hasMessageContaining("not resent"));

        assertThat(fault.transmitted()).isEqualTo(1);
        assertThat(only(raw, table).get("hits").n()).isEqualTo("1");
    }

    @ParameterizedTest
    @EnumSource(Way.class)
    void add_whoseAnswerIsLost_isNotResent_andSaysTheOutcomeIsUnknown(Way way, DynamoDbLocal local, DynamoDbClient raw,
                                                                      @TableName String table) {
        Counter c = Counter.objects.create(new Counter("c1", 0, 10));
        LostAnswer fault = LostAnswer.afterApplying(UpdateItemRequest.class, 1);
        way.through(fault, local, table, () -> assertThatThrownBy(() -> way.of(Counter.objects).update(c,
                Counter_.total.add(5))).isInstanceOf(WriteOutcomeUnknownException.class));

        assertThat(fault.transmitted()).isEqualTo(1);
        assertThat(only(raw, table).get("total").n()).isEqualTo("15");
    }

    @ParameterizedTest
    @EnumSource(Way.class)
    void fIncrement_refusedBeforeItWasSent_isResent_andAppliedOnce(Way way, DynamoDbLocal local, DynamoDbClient raw,
                                                                   @TableName String table) {
        Counter c = Counter.objects.create(new Counter("c1", 0, 0));
        LostAnswer fault = LostAnswer.throttling(UpdateItemRequest.class, 1);
        Counter[] after = new Counter[1];
        way.through(fault, local, table, () -> after[0] = way.of(Counter.objects).update(c,
                Counter_.hits.set(F.of(Counter_.hits).plus(1))));

        // the refused attempt never reached the server; the SDK resent it, and the resent one did
        assertThat(fault.transmitted()).isEqualTo(1);
        assertThat(after[0].hits()).isEqualTo(1);
        assertThat(only(raw, table).get("hits").n()).isEqualTo("1");
    }

    @ParameterizedTest
    @EnumSource(Way.class)
    void conditionalDelete_whoseAnswerIsLost_succeeds(Way way, DynamoDbLocal local, DynamoDbClient raw,
                                                      @TableName String table) {
        Order o = Order.objects.create(Order.of("u1", "o1", 12.5));
        LostAnswer fault = LostAnswer.afterApplying(DeleteItemRequest.class, 1);
        way.through(fault, local, table, () -> way.of(Order.objects).delete(o, Order_.status.eq("SMALL")));

        assertThat(fault.transmitted()).isEqualTo(2);
        assertThat(TableScan.items(raw, table)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Way.class)
    void transactionalIncrement_whoseAnswerIsLost_isAppliedOnce(Way way, DynamoDbLocal local, DynamoDbClient raw,
                                                                @TableName String table) {
        Counter c = Counter.objects.create(new Counter("c1", 0, 0));
        LostAnswer fault = LostAnswer.afterApplying(TransactWriteItemsRequest.class, 1);
        Consumer<Transaction> body = tx -> tx.update(c, Counter_.hits.set(F.of(Counter_.hits).plus(1)));
        way.through(fault, local, table, () -> way.atomic(body));

        assertThat(fault.transmitted()).isEqualTo(2);
        assertThat(only(raw, table).get("hits").n()).isEqualTo("1");
    }

    private static final String ANN_GUARD = "UNIQUE#MEMBER#email#ann@b.c";

    @ParameterizedTest
    @EnumSource(Way.class)
    void uniqueCreate_whoseAnswerIsLost_returnsTheModel_andWritesItAndItsGuardsOnce(Way way, DynamoDbLocal local,
                                                                                  DynamoDbClient raw,
                                                                                  @TableName String table) {
        LostAnswer fault = LostAnswer.afterApplying(TransactWriteItemsRequest.class, 1);
        Member[] created = new Member[1];
        way.through(fault, local, table, () -> created[0] = way.of(Member.objects)
                .create(new Member("m1", "ann@b.c", "annie", "Ann")));

        assertThat(fault.transmitted()).isEqualTo(2);
        assertThat(created[0]).isEqualTo(new Member("m1", "ann@b.c", "annie", "Ann"));
        assertThat(TableScan.pks(raw, table, "")).containsExactly("M#m1#MEMBER", ANN_GUARD,
                "UNIQUE#MEMBER#nick#annie");
    }

    @ParameterizedTest
    @EnumSource(Way.class)
    void uniqueUpdate_whoseAnswerIsLost_movesTheGuardOnce_andReturnsTheStoredModel(Way way, DynamoDbLocal local,
                                                                                 DynamoDbClient raw,
                                                                                 @TableName String table) {
        Member m = Member.objects.create(new Member("m1", "ann@b.c", "annie", "Ann"));
        LostAnswer fault = LostAnswer.afterApplying(TransactWriteItemsRequest.class, 1);
        Member[] updated = new Member[1];
        way.through(fault, local, table, () -> updated[0] = way.of(Member.objects).update(m,
                Member_.email.set("new@b.c")));

        assertThat(fault.transmitted()).isEqualTo(2);
        assertThat(updated[0].email()).isEqualTo("new@b.c");
        assertThat(TableScan.pks(raw, table, "UNIQUE#")).containsExactly("UNIQUE#MEMBER#email#new@b.c",
                "UNIQUE#MEMBER#nick#annie");
    }

    @ParameterizedTest
    @EnumSource(Way.class)
    void uniqueSaveAndDelete_whoseAnswersAreLost_succeed_andLeaveNoStrayGuard(Way way, DynamoDbLocal local,
                                                                             DynamoDbClient raw,
                                                                             @TableName String table) {
        Member.objects.create(new Member("m1", "ann@b.c", "annie", "Ann"));
        LostAnswer saveFault = LostAnswer.afterApplying(TransactWriteItemsRequest.class, 1);
        way.through(saveFault, local, table, () -> way.of(Member.objects)
                .save(new Member("m1", "ann@b.c", "ann2", "Ann")));
        assertThat(saveFault.transmitted()).isEqualTo(2);
        assertThat(TableScan.pks(raw, table, "")).containsExactly("M#m1#MEMBER", ANN_GUARD,
                "UNIQUE#MEMBER#nick#ann2");

        LostAnswer deleteFault = LostAnswer.afterApplying(TransactWriteItemsRequest.class, 1);
        way.through(deleteFault, local, table, () -> way.of(Member.objects)
                .delete(new Member("m1", null, null, null)));
        assertThat(deleteFault.transmitted()).isEqualTo(2);
        assertThat(TableScan.items(raw, table)).isEmpty();
    }
}
