package dev.storm;

import java.time.Duration;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbRequest;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbResponse;

/**
 * One request STORM sends, as a {@link StormListener} sees it. Immutable and thread-safe (the SDK's requests and
 * responses are immutable).
 *
 * @param operation        the DynamoDB operation: {@code GetItem}, {@code PutItem}, {@code UpdateItem},
 *                         {@code DeleteItem}, {@code Query}, {@code Scan}, {@code BatchWriteItem},
 *                         {@code BatchGetItem}, {@code TransactWriteItems} or {@code TransactGetItems}
 * @param model            the simple name of the model, or the names of the models joined by commas for a
 *                         transaction or an item collection that spans several
 * @param tableName        the table
 * @param request          the request as sent
 * @param response         the response, or null before it arrived or when the request failed
 * @param error            what the request failed with, or null
 * @param duration         from just before sending to just after the response or the error, or null before
 * @param consumedCapacity what the request consumed, as DynamoDB reported it: empty unless consumed capacity was asked
 *                         for ({@link Storm.Builder#consumedCapacity}) and the request succeeded
 */
public record StormEvent(String operation, String model, String tableName, DynamoDbRequest request,
                         DynamoDbResponse response, Throwable error, Duration duration,
                         List<ConsumedCapacity> consumedCapacity) {

    public StormEvent {
        consumedCapacity = consumedCapacity == null ? List.of() : List.copyOf(consumedCapacity);
    }

    /** Whether the request has ended with a response. */
    public boolean succeeded() {
        return response != null;
    }

    /** Whether the operation writes (puts, updates, deletes, batch and transactional writes) rather than reads. */
    public boolean isWrite() {
        return switch (operation) {
            case "PutItem", "UpdateItem", "DeleteItem", "BatchWriteItem", "TransactWriteItems" -> true;
            default -> false;
        };
    }

    /** The capacity units consumed, summed over every table and index reported; 0 when none were reported. */
    public double capacityUnits() {
        double units = 0;
        for (ConsumedCapacity c : consumedCapacity) {
            if (c.capacityUnits() != null) {
                units += c.capacityUnits();
            }
        }
        return units;
    }
}
