package dev.storm.internal.operation;

import dev.storm.internal.target.Target;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;

/** DeleteItem of one model by its table key. */
public final class DeleteItemOperation {

    private DeleteItemOperation() {
    }

    public static DeleteItemRequest request(Target target, Map<String, AttributeValue> key) {
        return DeleteItemRequest.builder().tableName(target.tableName()).key(key).build();
    }

    public static void execute(Target target, String model, DeleteItemRequest request) {
        target.deleteItem(model, request);
    }
}
