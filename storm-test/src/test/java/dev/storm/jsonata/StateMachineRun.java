package dev.storm.jsonata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * Runs a JSONata state machine definition the way Step Functions does, far enough for the definitions STORM writes:
 * Pass, Succeed and Task states calling the DynamoDB integrations (against DynamoDB Local), with {@code Assign}ed
 * variables, {@code Arguments} and {@code Output} evaluated by jsonata-js, and a state failing when an expression
 * does or when DynamoDB refuses the call ({@code DynamoDB.<exception>}).
 */
final class StateMachineRun {

    /**
     * How an execution ended.
     *
     * @param output  the last state's output; null when it failed
     * @param error   the error that failed it, e.g. {@code States.QueryEvaluationError}; null when it succeeded
     * @param cause   why it failed
     * @param visited the states it entered, in order
     */
    record Result(JsonNode output, String error, String cause, List<String> visited) {
    }

    private StateMachineRun() {
    }

    static Result run(String definition, JsonNode input, DynamoDbClient client) {
        JsonNode machine;
        try {
            machine = StepFunctionsJsonata.JSON.readTree(definition);
        } catch (java.io.IOException e) {
            throw new AssertionError("the definition is not JSON", e);
        }
        Map<String, JsonNode> variables = new HashMap<>();
        List<String> visited = new ArrayList<>();
        String name = machine.get("StartAt").textValue();
        JsonNode current = input;
        while (true) {
            visited.add(name);
            JsonNode state = machine.at("/States/" + name);
            String type = state.get("Type").textValue();
            JsonNode result = current;
            if ("Task".equals(type)) {
                StepFunctionsJsonata.Outcome arguments = evaluate(state.get("Arguments"), current, null, variables);
                if (arguments.failed()) {
                    return new Result(null, arguments.error(), arguments.cause(), visited);
                }
                try {
                    result = call(state.get("Resource").textValue(), arguments.result(), client);
                } catch (AwsServiceException e) {
                    return new Result(null, "DynamoDB." + e.getClass().getSimpleName(), e.getMessage(), visited);
                }
            } else if (!"Pass".equals(type) && !"Succeed".equals(type)) {
                throw new AssertionError("state type " + type + " is not run here");
            }
            if (state.has("Assign")) {
                StepFunctionsJsonata.Outcome assigned = evaluate(state.get("Assign"), current, result, variables);
                if (assigned.failed()) {
                    return new Result(null, assigned.error(), assigned.cause(), visited);
                }
                assigned.result().fields().forEachRemaining(e -> variables.put(e.getKey(), e.getValue()));
            }
            JsonNode output = result;
            if (state.has("Output")) {
                StepFunctionsJsonata.Outcome evaluated = evaluate(state.get("Output"), current, result, variables);
                if (evaluated.failed()) {
                    return new Result(null, evaluated.error(), evaluated.cause(), visited);
                }
                output = evaluated.result();
            }
            if (!state.has("Next")) {
                return new Result(output, null, null, visited);
            }
            name = state.get("Next").textValue();
            current = output;
        }
    }

    private static StepFunctionsJsonata.Outcome evaluate(JsonNode template, JsonNode input, JsonNode result,
                                                         Map<String, JsonNode> variables) {
        return StepFunctionsJsonata.evaluate(template.toString(), input.toString(), variables, result);
    }

    private static JsonNode call(String resource, JsonNode arguments, DynamoDbClient client) {
        SdkPojo response = switch (resource) {
            case "arn:aws:states:::dynamodb:putItem" ->
                    client.putItem(SdkJson.<PutItemRequest>fromJson(arguments, PutItemRequest::builder));
            case "arn:aws:states:::dynamodb:getItem" ->
                    client.getItem(SdkJson.<GetItemRequest>fromJson(arguments, GetItemRequest::builder));
            case "arn:aws:states:::dynamodb:updateItem" ->
                    client.updateItem(SdkJson.<UpdateItemRequest>fromJson(arguments, UpdateItemRequest::builder));
            case "arn:aws:states:::dynamodb:deleteItem" ->
                    client.deleteItem(SdkJson.<DeleteItemRequest>fromJson(arguments, DeleteItemRequest::builder));
            case "arn:aws:states:::aws-sdk:dynamodb:query" ->
                    client.query(SdkJson.<QueryRequest>fromJson(SdkJson.fromSdkNames(arguments), QueryRequest::builder));
            default -> throw new AssertionError("resource " + resource + " is not run here");
        };
        ObjectNode json = SdkJson.toJson(response);
        return resource.contains(":aws-sdk:") ? SdkJson.toSdkNames(json) : json;
    }
}
