package dev.storm.jsonata;

import static org.assertj.core.api.Assertions.assertThat;

import com.dashjoin.jsonata.Jsonata;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Evaluates a template's {@code {% %}} strings with a real JSONata engine as Step Functions does, with
 * {@code $states.input} bound to a state input and {@code $table_name} to a table name. Counts what it evaluated, so a
 * test can tell that expressions were there to evaluate.
 */
final class TemplateEvaluator {

    static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Object> states;
    private final String tableName;
    private int evaluated;

    TemplateEvaluator(JsonNode input, String tableName) {
        this.states = Map.of("input", JSON.convertValue(input, Object.class));
        this.tableName = tableName;
    }

    /** The template with each expression replaced by its value. */
    JsonNode evaluate(String template) {
        try {
            return evaluate(JSON.readTree(template));
        } catch (java.io.IOException e) {
            throw new AssertionError("the template is not JSON: " + template, e);
        }
    }

    int evaluatedCount() {
        return evaluated;
    }

    private JsonNode evaluate(JsonNode node) {
        if (node.isTextual() && node.textValue().startsWith("{%")) {
            return expression(node.textValue());
        }
        if (node instanceof ObjectNode object) {
            ObjectNode result = JSON.createObjectNode();
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                result.set(field.getKey(), evaluate(field.getValue()));
            }
            return result;
        }
        if (node instanceof ArrayNode array) {
            ArrayNode result = JSON.createArrayNode();
            array.forEach(element -> result.add(evaluate(element)));
            return result;
        }
        return node;
    }

    private JsonNode expression(String text) {
        assertThat(text).as("a computed string is {%% expression %%} exactly").matches("(?s)\\{% \\S.* %}");
        String source = text.substring(3, text.length() - 3);
        Jsonata expression = Jsonata.jsonata(source);
        Jsonata.Frame frame = expression.createFrame();
        frame.bind("states", new LinkedHashMap<>(states));
        frame.bind("table_name", tableName);
        Object value = expression.evaluate(null, frame);
        assertThat(value).as("the value of %s", source).isNotNull();
        evaluated++;
        return JSON.valueToTree(value);
    }
}
