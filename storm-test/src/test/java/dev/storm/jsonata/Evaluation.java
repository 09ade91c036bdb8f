package dev.storm.jsonata;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.storm.Model;
import java.io.IOException;
import java.io.UncheckedIOException;
import software.amazon.awssdk.core.SdkPojo;

/** Evaluates templates against state inputs and compares them with the manager's requests. */
final class Evaluation {

    private Evaluation() {
    }

    /** The state input holding a model's fields, as its {@code toJson()} writes them. */
    static ObjectNode inputOf(Model<?> model) {
        try {
            return (ObjectNode) TemplateEvaluator.JSON.readTree(model.toJson());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The template evaluated against the input, with {@code $table_name} bound to the table. */
    static JsonNode evaluate(String template, JsonNode input, String table) {
        TemplateEvaluator evaluator = new TemplateEvaluator(input, table);
        JsonNode evaluated = evaluator.evaluate(template);
        assertThat(evaluator.evaluatedCount()).as("expressions evaluated in %s", template).isPositive();
        return evaluated;
    }

    /** The error failing the state that runs the template with the input; fails the test when the state runs. */
    static String failure(String template, JsonNode input, String table) {
        StepFunctionsJsonata.Outcome outcome = new TemplateEvaluator(input, table).outcome(template);
        assertThat(outcome.failed()).as("the state fails, but it evaluated to %s", outcome.result()).isTrue();
        assertThat(outcome.error()).isEqualTo("States.QueryEvaluationError");
        return outcome.cause();
    }

    /** Asserts the evaluated template is, field for field, the request the manager built. */
    static void assertSameRequest(JsonNode evaluated, SdkPojo managerRequest) {
        assertThat(SdkJson.comparable(evaluated)).isEqualTo(SdkJson.comparable(SdkJson.toJson(managerRequest)));
    }

    /** Evaluates the template and asserts it is the manager's request; returns the evaluated arguments. */
    static JsonNode assertEvaluatesTo(String template, JsonNode input, String table, SdkPojo managerRequest) {
        JsonNode evaluated = evaluate(template, input, table);
        assertSameRequest(evaluated, managerRequest);
        return evaluated;
    }
}
