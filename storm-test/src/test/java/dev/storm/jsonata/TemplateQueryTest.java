package dev.storm.jsonata;

import static dev.storm.jsonata.Evaluation.evaluate;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.storm.Condition;
import dev.storm.JsonataTemplate;
import dev.storm.QuerySet;
import dev.storm.StateMachine;
import dev.storm.TaskState;
import dev.storm.test.StormTest;
import dev.storm.test.TableName;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Query templates run by the aws-sdk integration: attribute values carry the SDK's member names ({@code Bool},
 * {@code Null}, {@code Ss}), and the state returns the items of the query set's first Query.
 */
@StormTest(tablePerMethod = true)
class TemplateQueryTest {

    private static final JsonataTemplate<Parcel> PARCELS = JsonataTemplate.of(Parcel.class);

    @BeforeEach
    void parcels() {
        Parcel.objects.save(new Parcel("o1", "p1", false, "a", Set.of("x")));
        Parcel.objects.save(new Parcel("o1", "p2", null, null, Set.of("x")));
        Parcel.objects.save(new Parcel("o1", "p3", true, "b", Set.of("x", "y")));
        Parcel.objects.save(new Parcel("o1", "p4", true, null, Set.of("z")));
        Parcel.objects.save(new Parcel("o1", "p5", true, "c", Set.of("x")));
        Parcel.objects.save(new Parcel("o2", "p6", true, null, Set.of("x")));
    }

    private static ObjectNode input(String table) {
        ObjectNode input = StepFunctionsJsonata.JSON.createObjectNode().put("owner", "o1").putNull("note")
                .put("label", "x").put("table", table);
        return input;
    }

    @Test
    void booleanNullAndSetFilters_useTheSdkMemberNames_andReturnWhatListReturns(DynamoDbClient client,
                                                                             @TableName String table) {
        Condition<Parcel> templateFilter = Parcel_.fragile.eq(true).and(Parcel_.note.eq("$states.input.note"))
                .or(Parcel_.labels.eq(Set.of("x", "y"))).or(Parcel_.labels.contains("$states.input.label")
                        .and(Parcel_.fragile.eq((Boolean) null)));
        Condition<Parcel> managerFilter = Parcel_.fragile.eq(true).and(Parcel_.note.eq((String) null))
                .or(Parcel_.labels.eq(Set.of("x", "y"))).or(Parcel_.labels.contains("x")
                        .and(Parcel_.fragile.eq((Boolean) null)));
        String template = PARCELS.queryRequest(qs -> qs.filter(templateFilter));
        JsonNode evaluated = evaluate(template, input(table), table);
        String text = evaluated.toString();
        assertThat(text).contains("{\"Bool\":true}", "{\"Null\":true}", "{\"Ss\":[");
        assertThat(text).doesNotContain("\"BOOL\"", "\"NULL\"", "\"SS\"");
        QuerySet<Parcel> managerQuery = Parcel.objects.using(Parcel_.owner.eq("o1")).filter(managerFilter);
        Evaluation.assertSameRequest(SdkJson.fromSdkNames(evaluated), managerQuery.toRequest());

        StateMachineRun.Result run = StateMachineRun.run(machine(TaskState.query(template)
                .output("$states.result.Items.SK.S")), input(table), client);
        assertThat(run.error()).isNull();
        List<String> viaState = new ArrayList<>();
        run.output().forEach(sk -> viaState.add(sk.textValue()));
        assertThat(viaState).isEqualTo(managerQuery.stream().map(Parcel::getSk).toList())
                .containsExactly("P#p2", "P#p3", "P#p4");
    }

    @Test
    void filterAndLimit_returnWhatListReturns_whenTheOutputKeepsTheFirstItems(DynamoDbClient client,
                                                                             @TableName String table) {
        String template = PARCELS.queryRequest(qs -> qs.filter(Parcel_.fragile.eq(true)).limit(2));
        QuerySet<Parcel> managerQuery = Parcel.objects.using(Parcel_.owner.eq("o1"))
                .filter(Parcel_.fragile.eq(true)).limit(2);
        JsonNode evaluated = evaluate(template, input(table), table);
        Evaluation.assertSameRequest(SdkJson.fromSdkNames(evaluated), managerQuery.toRequest());
        // DynamoDB counts Limit before filtering, so with a filter the Query has none, and every match comes back
        assertThat(evaluated.has("Limit")).isFalse();
        StateMachineRun.Result all = StateMachineRun.run(machine(TaskState.query(template)
                .output("$states.result.Items.SK.S")), input(table), client);
        assertThat(all.output()).extracting(JsonNode::textValue).containsExactly("P#p3", "P#p4", "P#p5");

        // the manager keeps the first `limit` matches in Java; the state keeps them in its Output
        StateMachineRun.Result firstTwo = StateMachineRun.run(machine(TaskState.query(template)
                .output("$states.result.Items[[0..1]].SK.S")), input(table), client);
        assertThat(firstTwo.output()).extracting(JsonNode::textValue)
                .containsExactlyElementsOf(managerQuery.stream().map(Parcel::getSk).toList());
    }

    /** A machine that assigns $table_name from the input, then runs the task. */
    static String machine(TaskState task) {
        return StateMachine.startAt("Setup")
                .state("Setup", "{\"Type\": \"Pass\", \"Assign\": {\"table_name\": \"{% $states.input.table %}\"},"
                        + " \"Next\": \"Task\"}")
                .state("Task", task).toJson();
    }
}
