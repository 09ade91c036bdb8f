package dev.storm.jsonata;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.storm.JsonataTemplate;
import dev.storm.StateMachine;
import dev.storm.TaskState;
import dev.storm.functional.model.User;
import dev.storm.functional.model.User_;
import dev.storm.test.StormTest;
import dev.storm.test.TableName;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

/** The state machine the README prints runs as printed: it creates the user and ends with the stored item. */
@StormTest(tablePerMethod = true)
class ReadmeStateMachineTest {

    @SuppressWarnings("unused")
    private static String readmeMachine() {
        // README snippet begins
        JsonataTemplate<User> users = JsonataTemplate.of(User.class)     // every field bound to $states.input.<attributeName>
                .bind(User_.type, JsonataTemplate.literal("METADATA"));    // text, written as a JSONata literal
        String put = users.saveRequest(false);                              // arn:aws:states:::dynamodb:putItem
        String get = users.getRequest();                                   // arn:aws:states:::dynamodb:getItem
        String upd = users.updateRequest(User_.email.set("$states.input.email"), users.set(User_.logins, "$states.input.n"));
        String del = users.deleteRequest();                                 // arn:aws:states:::dynamodb:deleteItem
        String qry = users.queryRequest(qs -> qs.limit(10).reverse());     // arn:aws:states:::aws-sdk:dynamodb:query

        String asl = StateMachine.startAt("Setup")
                .state("Setup", """
                        {"Type": "Pass", "Assign": {"table_name": "{% $states.input.table_name %}"}, "Next": "CreateUser"}""")
                .state("CreateUser", TaskState.putItem(put).output("$states.input").next("GetUser"))
                .state("GetUser", TaskState.getItem(get).output("$states.result.Item"))
                .toJson();
        // README snippet ends
        return asl;
    }

    @Test
    void theReadme_printsTheSnippetThisTestRuns() throws Exception {
        Path module = Path.of(System.getProperty("user.dir"));
        String source = Files.readString(module.resolve("src/test/java/dev/storm/jsonata/ReadmeStateMachineTest.java"));
        String code = source.substring(source.indexOf("// README snippet begins\n") + 25,
                source.indexOf("        // README snippet ends"));
        String snippet = code.lines().map(line -> line.length() >= 8 ? line.substring(8) : line)
                .collect(java.util.stream.Collectors.joining("\n", "", "\n"));
        assertThat(snippet).contains("StateMachine.startAt(\"Setup\")");
        assertThat(Files.readString(module.getParent().resolve("README.md"))).contains("```java\n" + snippet + "```");
    }

    @Test
    void theReadmesMachine_createsTheUser_andEndsWithTheStoredItem(DynamoDbClient client, @TableName String table) {
        ObjectNode input = StepFunctionsJsonata.JSON.createObjectNode().put("table_name", table).put("userId", "u1")
                .put("email", "ann@x.io").put("name", "Ann").put("emailGsi", "ann@x.io").put("logins", 0);
        StateMachineRun.Result run = StateMachineRun.run(readmeMachine(), input, client);

        assertThat(run.error()).as(run.cause()).isNull();
        assertThat(run.visited()).containsExactly("Setup", "CreateUser", "GetUser");
        User ann = new User("u1", "METADATA", "ann@x.io", "Ann", "ann@x.io", 0);
        assertThat(User.objects.get(User_.userId.eq("u1"))).isEqualTo(ann);
        JsonNode stored = SdkJson.toJson(client.getItem(GetItemRequest.builder().tableName(table)
                .key(User.objects.getRequest(ann).key()).build())).get("Item");
        assertThat(run.output()).isEqualTo(stored);
        assertThat(run.output().at("/PK/S").textValue()).isEqualTo("U#u1#USER");
    }

    @Test
    void theReadmesMachine_givenAKeyWithTheSeparator_failsAtCreateUser_andWritesNothing(DynamoDbClient client,
                                                                                       @TableName String table) {
        ObjectNode input = StepFunctionsJsonata.JSON.createObjectNode().put("table_name", table).put("userId", "u#2")
                .put("email", "ann@x.io").put("emailGsi", "ann@x.io").put("logins", 0);
        StateMachineRun.Result run = StateMachineRun.run(readmeMachine(), input, client);

        assertThat(run.error()).isEqualTo("States.QueryEvaluationError");
        assertThat(run.cause()).contains("User.userId contains #, the key separator", "got u#2");
        assertThat(run.visited()).containsExactly("Setup", "CreateUser");
        assertThat(client.scan(ScanRequest.builder().tableName(table).build()).items()).isEmpty();
    }
}
