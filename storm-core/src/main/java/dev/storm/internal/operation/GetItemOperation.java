package dev.storm.internal.operation;

import dev.storm.ObjectDoesNotExistException;
import dev.storm.internal.query.TtlFilter;
import dev.storm.internal.schema.ModelSchema;
import java.time.Instant;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;

/** GetItem of one model by its table key. */
public final class GetItemOperation {

    private GetItemOperation() {
    }

    public static GetItemRequest request(Map<String, AttributeValue> key) {
        return GetItemRequest.builder().tableName(Tables.name()).key(key).build();
    }

    /** The stored model; {@link ObjectDoesNotExistException} when there is no item. */
    public static <M> M execute(ModelSchema<M> schema, GetItemRequest request) {
        GetItemResponse response = Tables.client().getItem(request);
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
