package dev.storm.internal.operation;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;

/** DeleteItem of one model by its table key. */
public final class DeleteItemOperation {

    private DeleteItemOperation() {
    }

    public static DeleteItemRequest request(Map<String, AttributeValue> key) {
        return DeleteItemRequest.builder().tableName(Tables.name()).key(key).build();
    }

    public static void execute(DeleteItemRequest request) {
        Tables.client().deleteItem(request);
    }
}
