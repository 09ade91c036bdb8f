package dev.storm.jsonata;

import static dev.storm.jsonata.Evaluation.evaluate;
import static dev.storm.jsonata.Evaluation.inputOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.storm.JsonataTemplate;
import dev.storm.ObjectDoesNotExistException;
import dev.storm.functional.model.Everything;
import dev.storm.functional.model.Everything_;
import dev.storm.functional.model.Order;
import dev.storm.functional.model.Order_;
import dev.storm.functional.model.User;
import dev.storm.functional.model.User_;
import dev.storm.test.StormTest;
import dev.storm.test.TableName;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * Evaluated templates, sent to DynamoDB Local as the requests they describe, write and read items that the ORM reads
 * back as the models the state input held.
 */
@StormTest(tablePerMethod = true)
class TemplateRoundTripTest {

    private static final User ANN = new User("u1", null, "ann@x.io", "Ann", "ann@x.io", 3);

    @Test
    void saveTemplate_writesTheItem_theOrmReadsItBack_andRefusesToCreateItTwice(DynamoDbClient client,
                                                                                 @TableName String table) {
        Everything e = Samples.everything("all");
        JsonNode put = evaluate(JsonataTemplate.of(Everything.class).saveRequest(false),
                TemplateRequestEquivalenceTest.everythingInput(e), table);
        client.putItem(SdkJson.<PutItemRequest>fromJson(put, PutItemRequest::builder));

        Everything got = Everything.objects.get(Everything_.id.eq("all"));
        assertThat(got).usingRecursiveComparison().ignoringFields("decimal", "tags", "counts", "labels", "scores")
                .isEqualTo(e);
        assertThat(got.decimal()).isEqualByComparingTo(e.decimal());
        assertThat(got.tags()).containsExactlyElementsOf(e.tags());
        assertThat(got.counts()).containsExactlyEntriesOf(e.counts());
        assertThat(got.labels()).containsExactlyInAnyOrderElementsOf(e.labels());
        assertThat(got.scores()).containsExactlyInAnyOrderElementsOf(e.scores());
        assertThatThrownBy(() -> client.putItem(SdkJson.<PutItemRequest>fromJson(put, PutItemRequest::builder)))
                .isInstanceOf(ConditionalCheckFailedException.class);
    }

    @Test
    void getTemplate_readsTheItemTheManagerWrote(DynamoDbClient client, @TableName String table) {
        User.objects.create(ANN);
        JsonNode get = evaluate(JsonataTemplate.of(User.class).getRequest(), inputOf(ANN), table);
        Map<String, AttributeValue> item = client.getItem(SdkJson.<GetItemRequest>fromJson(get,
                GetItemRequest::builder)).item();
        assertThat(item).containsEntry("PK", AttributeValue.fromS("U#u1#USER"))
                .containsEntry("email", AttributeValue.fromS("ann@x.io")).containsEntry("logins", AttributeValue.fromN("3"));
    }

    @Test
    void updateTemplate_changesTheItemAndItsIndexKey(DynamoDbClient client, @TableName String table) {
        User.objects.create(ANN);
        ObjectNode input = inputOf(ANN).put("email", "new@x.io").put("logins", 10);
        JsonataTemplate<User> t = JsonataTemplate.of(User.class);
        JsonNode update = evaluate(t.updateRequest(User_.email.set("$states.input.email"),
                User_.emailGsi.set("$states.input.email"), t.set(User_.logins, "$states.input.logins"),
                User_.name.remove()), input, table);
        client.updateItem(SdkJson.<UpdateItemRequest>fromJson(update, UpdateItemRequest::builder));

        User got = User.objects.get(User_.userId.eq("u1"));
        assertThat(got).isEqualTo(new User("u1", "METADATA", "new@x.io", null, "new@x.io", 10));
        assertThat(User.objects.using(User_.emailGsi.eq("new@x.io")).useIndex(true).first()).contains(got);
    }

    @Test
    void deleteTemplate_removesTheItem(DynamoDbClient client, @TableName String table) {
        User.objects.create(ANN);
        JsonNode delete = evaluate(JsonataTemplate.of(User.class).deleteRequest(), inputOf(ANN), table);
        client.deleteItem(SdkJson.<DeleteItemRequest>fromJson(delete, DeleteItemRequest::builder));
        assertThatThrownBy(() -> User.objects.get(User_.userId.eq("u1")))
                .isInstanceOf(ObjectDoesNotExistException.class);
    }

    @Test
    void queryTemplate_returnsTheItemsTheQuerySetReturns(DynamoDbClient client, @TableName String table) {
        for (Order o : List.of(Order.of("u1", "2024-0001", 10), Order.of("u1", "2024-0002", 60),
                Order.of("u1", "2024-0003", 90), Order.of("u2", "2024-0004", 70))) {
            o.save();
        }
        User.objects.create(ANN);
        ObjectNode input = inputOf(Order.of("u1", "x", 0)).put("status", "BIG");
        JsonNode query = evaluate(JsonataTemplate.of(Order.class).queryRequest(qs -> qs.reverse()
                .filter(Order_.status.eq("$states.input.status"))), input, table);
        List<String> sortKeys = client.query(SdkJson.<QueryRequest>fromJson(query, QueryRequest::builder)).items()
                .stream().map(item -> item.get("SK").s()).toList();

        List<String> viaOrm = Order.objects.using(Order_.userId.eq("u1")).reverse().filter(Order_.status.eq("BIG"))
                .stream().map(Order::getSk).toList();
        assertThat(sortKeys).isEqualTo(viaOrm).containsExactly("O#2024-0003", "O#2024-0002");
    }
}
