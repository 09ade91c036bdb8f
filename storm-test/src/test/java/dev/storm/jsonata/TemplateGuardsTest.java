package dev.storm.jsonata;

import static dev.storm.jsonata.Evaluation.assertEvaluatesTo;
import static dev.storm.jsonata.Evaluation.inputOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.storm.InvalidTemplateException;
import dev.storm.JsonataTemplate;
import dev.storm.functional.model.Doc;
import dev.storm.functional.model.Doc_;
import dev.storm.functional.model.Member;
import dev.storm.functional.model.Member_;
import dev.storm.functional.model.Ticket;
import dev.storm.functional.model.Ticket_;
import dev.storm.test.StormTest;
import dev.storm.test.TableName;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * What the manager guarantees beyond one item: a template keeps it (writes check and bump a {@code @Version}, an
 * update sets {@code @UpdatedAt}) or is refused when built, saying why (uniqueness guards).
 */
@StormTest(tablePerMethod = true)
class TemplateGuardsTest {

    @Test
    void uniqueModels_writesMovingGuards_areRefusedWhenBuilt_andNothingIsWritten(DynamoDbClient client,
                                                                               @TableName String table) {
        JsonataTemplate<Member> members = JsonataTemplate.of(Member.class);
        assertThatThrownBy(() -> members.saveRequest(false)).isInstanceOf(InvalidTemplateException.class)
                .hasMessageContaining("Member.saveRequest").hasMessageContaining("[email, nickname]")
                .hasMessageContaining("TransactWriteItems").hasMessageContaining("Member.objects.create");
        assertThatThrownBy(() -> members.saveRequest(true)).isInstanceOf(InvalidTemplateException.class)
                .hasMessageContaining("Member.objects.save");
        assertThatThrownBy(() -> members.deleteRequest()).isInstanceOf(InvalidTemplateException.class)
                .hasMessageContaining("Member.objects.delete");
        assertThatThrownBy(() -> members.updateRequest(Member_.email.set("$states.input.email")))
                .isInstanceOf(InvalidTemplateException.class).hasMessageContaining("Member.email is unique");
        assertThat(client.scan(ScanRequest.builder().tableName(table).build()).items()).isEmpty();
    }

    @Test
    void uniqueModels_updatesOfOtherFields_areTheManagersUpdate(DynamoDbClient client, @TableName String table) {
        Member m = new Member("m1", "m@x.io", "mm", "Old");
        Member.objects.create(m);
        ObjectNode input = inputOf(m).put("name", "New");
        JsonNode update = assertEvaluatesTo(JsonataTemplate.of(Member.class).updateRequest(
                Member_.name.set("$states.input.name")), input, table,
                Member.objects.updateRequest(m, Member_.name.set("New")));
        client.updateItem(SdkJson.<UpdateItemRequest>fromJson(update, UpdateItemRequest::builder));
        assertThat(Member.objects.get(Member_.memberId.eq("m1"))).isEqualTo(new Member("m1", "m@x.io", "mm", "New"));
    }

    @Test
    void versionedModels_createStoresTheNextVersion_asTheManagersCreate(DynamoDbClient client,
                                                                       @TableName String table) {
        String template = JsonataTemplate.of(Doc.class).saveRequest(false);
        for (long version : new long[] {0, 4}) {
            Doc doc = new Doc("d" + version, "t", 2, version);
            assertEvaluatesTo(template, inputOf(doc), table, Doc.objects.saveRequest(doc, false));
        }
        ObjectNode withoutVersion = inputOf(new Doc("d1", "t", 2, 0));
        withoutVersion.remove("version");
        JsonNode put = assertEvaluatesTo(template, withoutVersion, table,
                Doc.objects.saveRequest(new Doc("d1", "t", 2, 0), false));
        client.putItem(SdkJson.<PutItemRequest>fromJson(put, PutItemRequest::builder));
        assertThat(Doc.objects.get(Doc_.docId.eq("d1"))).isEqualTo(new Doc("d1", "t", 2, 1));
        assertThatThrownBy(() -> client.putItem(SdkJson.<PutItemRequest>fromJson(put, PutItemRequest::builder)))
                .isInstanceOf(ConditionalCheckFailedException.class);
        // a stale Java save cannot overwrite what the state machine created
        assertThatThrownBy(() -> Doc.objects.save(new Doc("d1", "stale", 0, 0)))
                .isInstanceOf(dev.storm.StormException.class);
        assertThat(Doc.objects.get(Doc_.docId.eq("d1")).title()).isEqualTo("t");
    }

    @Test
    void versionedModels_saveUpdateAndDelete_areTheManagersForFreshAndReadModels(@TableName String table) {
        JsonataTemplate<Doc> docs = JsonataTemplate.of(Doc.class);
        String save = docs.saveRequest(true);
        String update = docs.updateRequest(Doc_.title.set("$states.input.title"), Doc_.edits.add(1));
        String delete = docs.deleteRequest();
        for (long version : new long[] {0, 1, 7}) {
            Doc doc = new Doc("d1", "t", 2, version);
            assertEvaluatesTo(save, inputOf(doc), table, Doc.objects.saveRequest(doc, true));
            assertEvaluatesTo(update, inputOf(doc), table,
                    Doc.objects.updateRequest(doc, Doc_.title.set("t"), Doc_.edits.add(1)));
            assertEvaluatesTo(delete, inputOf(doc), table, Doc.objects.deleteRequest(doc));
        }
        ObjectNode absent = inputOf(new Doc("d1", "t", 2, 0));
        absent.remove("version");
        assertEvaluatesTo(save, absent, table, Doc.objects.saveRequest(new Doc("d1", "t", 2, 0), true));
        assertThatThrownBy(() -> docs.updateRequest(docs.set(Doc_.version, "$states.input.v")))
                .isInstanceOf(InvalidTemplateException.class).hasMessageContaining("Doc.version is the @Version");
    }

    @Test
    void versionedModels_templatesCheckAndBumpTheVersion_againstJavaWrites(DynamoDbClient client,
                                                                          @TableName String table) {
        JsonataTemplate<Doc> docs = JsonataTemplate.of(Doc.class);
        Doc created = Doc.objects.create(new Doc("d1", "first", 0, 0));
        assertThat(created.version()).isEqualTo(1);
        String update = docs.updateRequest(Doc_.title.set("$states.input.title"));
        ObjectNode read = inputOf(created).put("title", "by the state machine");
        client.updateItem(SdkJson.<UpdateItemRequest>fromJson(Evaluation.evaluate(update, read, table),
                UpdateItemRequest::builder));
        assertThat(Doc.objects.get(Doc_.docId.eq("d1"))).isEqualTo(new Doc("d1", "by the state machine", 0, 2));

        // the same input again is stale now: the state fails in DynamoDB, and the item stays as it was
        JsonNode stale = Evaluation.evaluate(update, read.put("title", "stale"), table);
        assertThatThrownBy(() -> client.updateItem(SdkJson.<UpdateItemRequest>fromJson(stale,
                UpdateItemRequest::builder))).isInstanceOf(ConditionalCheckFailedException.class);
        // and a stale Java save cannot overwrite the state machine's write
        assertThatThrownBy(() -> Doc.objects.save(created.withTitle("stale java")))
                .isInstanceOf(dev.storm.StormException.class).hasMessageContaining("version");
        assertThat(Doc.objects.get(Doc_.docId.eq("d1"))).isEqualTo(new Doc("d1", "by the state machine", 0, 2));

        JsonNode staleDelete = Evaluation.evaluate(docs.deleteRequest(), inputOf(created), table);
        assertThatThrownBy(() -> client.deleteItem(SdkJson.<DeleteItemRequest>fromJson(staleDelete,
                DeleteItemRequest::builder))).isInstanceOf(ConditionalCheckFailedException.class);
        JsonNode delete = Evaluation.evaluate(docs.deleteRequest(), inputOf(new Doc("d1", "x", 0, 2)), table);
        client.deleteItem(SdkJson.<DeleteItemRequest>fromJson(delete, DeleteItemRequest::builder));
        assertThat(client.scan(ScanRequest.builder().tableName(table).build()).items()).isEmpty();
    }

    @Test
    void updates_setUpdatedAt_toTheTimeTheStateRuns_asTheManagerDoes(DynamoDbClient client, @TableName String table) {
        Ticket t = new Ticket("t1", "old", Instant.parse("2024-01-01T00:00:00Z"), Instant.parse("2024-01-01T00:00:00Z"));
        Ticket.objects.save(t);
        Instant before = Instant.now();
        JsonNode update = Evaluation.evaluate(JsonataTemplate.of(Ticket.class).updateRequest(
                Ticket_.title.set("$states.input.title")), inputOf(t).put("title", "new"), table);
        AttributeValue at = AttributeValue.fromS(update.at("/ExpressionAttributeValues/:v1/S").textValue());
        assertThat(Instant.parse(at.s())).isBetween(before.truncatedTo(java.time.temporal.ChronoUnit.MILLIS),
                Instant.now());
        UpdateItemRequest manager = Ticket.objects.updateRequest(t, Ticket_.title.set("new"));
        Map<String, AttributeValue> values = new HashMap<>(manager.expressionAttributeValues());
        values.put(":v1", at);
        Evaluation.assertSameRequest(update, manager.toBuilder().expressionAttributeValues(values).build());

        client.updateItem(SdkJson.<UpdateItemRequest>fromJson(update, UpdateItemRequest::builder));
        Ticket got = Ticket.objects.get(Ticket_.ticketId.eq("t1"));
        assertThat(got).isEqualTo(new Ticket("t1", "new", t.createdAt(), Instant.parse(at.s())));
    }
}
