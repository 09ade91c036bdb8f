package dev.storm.internal.operation;

import dev.storm.ObjectDoesNotExistException;
import dev.storm.internal.query.TtlFilter;
import dev.storm.internal.schema.ModelSchema;
import dev.storm.internal.target.Target;
import java.time.Instant;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;

/** GetItem of one model by its table key. */
public final class GetItemOperation {

    private GetItemOperation() {
    }

    public static GetItemRequest request(Target target, Map<String, AttributeValue> key) {
        return GetItemRequest.builder().tableName(target.tableName()).key(key).build();
    }

    /** The stored model; {@link ObjectDoesNotExistException} when there is no item. */
    public static <M> M execute(Target target, ModelSchema<M> schema, GetItemRequest request) {
        GetItemResponse response = target.getItem(schema.name(), request);
        if (!response.hasItem() || response.item().isEmpty()) {
            throw new ObjectDoesNotExistException(ItemKey.describe(schema.name(), request.key())
                    + " does not exist in table " + request.tableName());
        }
        if (TtlFilter.isExpired(schema, response.item(), Instant.now())) {
            throw new ObjectDoesNotExistException(ItemKey.describe(schema.name(), request.key())
                    + " has expired (its @Ttl time has passed) in table " + request.tableName());
        }
        return schema.fromItem(response.item());
    }
}
