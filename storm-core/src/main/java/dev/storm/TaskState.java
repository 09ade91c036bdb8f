package dev.storm;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.storm.internal.jsonata.JsonObjects;
import dev.storm.internal.jsonata.JsonOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A Step Functions Task state that calls DynamoDB with a {@link JsonataTemplate}'s arguments, in JSONata mode:
 * {@code Type}, {@code QueryLanguage: JSONata}, {@code Resource}, {@code Arguments}, and optionally {@code Output}
 * and {@code Next} (without {@code Next} the state ends the execution). GetItem, PutItem, UpdateItem and DeleteItem
 * use the optimized integrations {@code arn:aws:states:::dynamodb:<operation>}; Query, which has none, uses the AWS
 * SDK integration {@code arn:aws:states:::aws-sdk:dynamodb:query}. Immutable and thread-safe.
 *
 * <pre>{@code
 * TaskState create = TaskState.putItem(users.saveRequest(false)).next("GetUser");
 * TaskState get = TaskState.getItem(users.getRequest()).output("$states.result.Item");
 * }</pre>
 */
public final class TaskState {

    private final String operation;
    private final String resource;
    private final String arguments;
    private final String output;
    private final String next;

    private TaskState(String operation, String resource, String arguments, String output, String next) {
        this.operation = operation;
        this.resource = resource;
        this.arguments = arguments;
        this.output = output;
        this.next = next;
    }

    /** A state running {@code arn:aws:states:::dynamodb:getItem} with {@link JsonataTemplate#getRequest()}'s arguments. */
    public static TaskState getItem(String arguments) {
        return of("getItem", "arn:aws:states:::dynamodb:getItem", arguments, "Key");
    }

    /** A state running {@code arn:aws:states:::dynamodb:putItem} with {@link JsonataTemplate#saveRequest}'s arguments. */
    public static TaskState putItem(String arguments) {
        return of("putItem", "arn:aws:states:::dynamodb:putItem", arguments, "Item");
    }

    /** A state running {@code arn:aws:states:::dynamodb:updateItem} with {@link JsonataTemplate#updateRequest}'s arguments. */
    public static TaskState updateItem(String arguments) {
        return of("updateItem", "arn:aws:states:::dynamodb:updateItem", arguments, "Key", "UpdateExpression");
    }

    /** A state running {@code arn:aws:states:::dynamodb:deleteItem} with {@link JsonataTemplate#deleteRequest()}'s arguments. */
    public static TaskState deleteItem(String arguments) {
        return of("deleteItem", "arn:aws:states:::dynamodb:deleteItem", arguments, "Key");
    }

    /** A state running {@code arn:aws:states:::aws-sdk:dynamodb:query} with {@link JsonataTemplate#queryRequest}'s arguments. */
    public static TaskState query(String arguments) {
        return of("query", "arn:aws:states:::aws-sdk:dynamodb:query", arguments, "KeyConditionExpression");
    }

    private static TaskState of(String operation, String resource, String arguments, String... required) {
        Map<String, String> members;
        try {
            members = JsonObjects.members(Objects.requireNonNull(arguments, "arguments"));
        } catch (IllegalArgumentException e) {
            throw new InvalidTemplateException("The arguments of a " + operation + " state must be a JSON object, but "
                    + e.getMessage(), e);
        }
        List<String> needed = new ArrayList<>(List.of("TableName"));
        needed.addAll(List.of(required));
        for (String member : needed) {
            if (!members.containsKey(member)) {
                throw new InvalidTemplateException("The arguments of a " + operation + " state need " + member
                        + ", but they have " + members.keySet() + "; pass the template request of that operation");
            }
        }
        return new TaskState(operation, resource, arguments, null, null);
    }

    /** This state with an {@code Output}: the JSONata expression giving the state's output, e.g. {@code $states.result.Item}. */
    public TaskState output(String expression) {
        if (expression == null || expression.isBlank()) {
            throw new InvalidTemplateException("The Output of a " + operation + " state needs an expression, e.g."
                    + " $states.result; got " + (expression == null ? "null" : "\"" + expression + "\""));
        }
        return new TaskState(operation, resource, arguments, expression.strip(), next);
    }

    /** This state going on to the named state; without it, the state ends the execution. */
    public TaskState next(String stateName) {
        if (stateName == null || stateName.isBlank()) {
            throw new InvalidTemplateException("Next of a " + operation + " state needs a state name; got "
                    + (stateName == null ? "null" : "\"" + stateName + "\""));
        }
        return new TaskState(operation, resource, arguments, output, stateName);
    }

    /** The integration's ARN. */
    public String resource() {
        return resource;
    }

    /** The state this one goes on to, or null when it ends the execution. */
    public String nextState() {
        return next;
    }

    /** The state as ASL JSON. */
    public String toJson() {
        return JsonOutput.write(this::write);
    }

    void write(JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("Type", "Task");
        json.writeStringField("QueryLanguage", "JSONata");
        json.writeStringField("Resource", resource);
        json.writeFieldName("Arguments");
        JsonObjects.copy(arguments, json);
        if (output != null) {
            json.writeStringField("Output", "{% " + output + " %}");
        }
        if (next != null) {
            json.writeStringField("Next", next);
        } else {
            json.writeBooleanField("End", true);
        }
        json.writeEndObject();
    }

    @Override
    public String toString() {
        return "TaskState[" + resource + (next == null ? ", end" : ", next " + next) + "]";
    }
}
