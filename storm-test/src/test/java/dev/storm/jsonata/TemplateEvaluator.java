package dev.storm.jsonata;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;

/**
 * Evaluates a template's {@code {% %}} strings with jsonata-js as Step Functions does (see
 * {@link StepFunctionsJsonata}), with {@code $states.input} bound to a state input and {@code $table_name} to a table
 * name. Counts what it evaluated, so a test can tell that expressions were there to evaluate.
 */
final class TemplateEvaluator {

    static final ObjectMapper JSON = StepFunctionsJsonata.JSON;

    private final String input;
    private final String tableName;
    private int evaluated;

    TemplateEvaluator(JsonNode input, String tableName) {
        this.input = input.toString();
        this.tableName = tableName;
    }

    /** The template with each expression replaced by its value; fails the test when the state would fail. */
    JsonNode evaluate(String template) {
        StepFunctionsJsonata.Outcome outcome = outcome(template);
        assertThat(outcome.failed()).as("the state fails: %s", outcome.cause()).isFalse();
        evaluated += outcome.evaluated();
        return outcome.result();
    }

    /** What Step Functions makes of the template: its value, or the error failing the state. */
    StepFunctionsJsonata.Outcome outcome(String template) {
        return StepFunctionsJsonata.evaluate(template, input, Map.of("table_name", tableName));
    }

    int evaluatedCount() {
        return evaluated;
    }
}
