package dev.storm.internal.target;

import java.util.List;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbRequest;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/**
 * The operation name of a request, its {@code ReturnConsumedCapacity} and the capacity its response reports, for the
 * ten DynamoDB operations STORM sends. The SDK's requests share no interface for these, hence one case per type.
 */
final class Capacity {

    private Capacity() {
    }

    /** The DynamoDB operation: {@code GetItemRequest} is {@code GetItem}. */
    static String operation(DynamoDbRequest request) {
        String name = request.getClass().getSimpleName();
        return name.endsWith("Request") ? name.substring(0, name.length() - "Request".length()) : name;
    }

    /** The request asking for consumed capacity, unless {@code mode} is null or it says otherwise itself. */
    @SuppressWarnings("unchecked")
    static <Q extends DynamoDbRequest> Q ask(Q request, ReturnConsumedCapacity mode) {
        if (mode == null) {
            return request;
        }
        DynamoDbRequest asked = request;
        if (request instanceof GetItemRequest r && r.returnConsumedCapacity() == null) {
            asked = r.toBuilder().returnConsumedCapacity(mode).build();
        } else if (request instanceof PutItemRequest r && r.returnConsumedCapacity() == null) {
            asked = r.toBuilder().returnConsumedCapacity(mode).build();
        } else if (request instanceof UpdateItemRequest r && r.returnConsumedCapacity() == null) {
            asked = r.toBuilder().returnConsumedCapacity(mode).build();
        } else if (request instanceof DeleteItemRequest r && r.returnConsumedCapacity() == null) {
            asked = r.toBuilder().returnConsumedCapacity(mode).build();
        } else if (request instanceof QueryRequest r && r.returnConsumedCapacity() == null) {
            asked = r.toBuilder().returnConsumedCapacity(mode).build();
        } else if (request instanceof ScanRequest r && r.returnConsumedCapacity() == null) {
            asked = r.toBuilder().returnConsumedCapacity(mode).build();
        } else if (request instanceof BatchWriteItemRequest r && r.returnConsumedCapacity() == null) {
            asked = r.toBuilder().returnConsumedCapacity(mode).build();
        } else if (request instanceof BatchGetItemRequest r && r.returnConsumedCapacity() == null) {
            asked = r.toBuilder().returnConsumedCapacity(mode).build();
        } else if (request instanceof TransactWriteItemsRequest r && r.returnConsumedCapacity() == null) {
            asked = r.toBuilder().returnConsumedCapacity(mode).build();
        } else if (request instanceof TransactGetItemsRequest r && r.returnConsumedCapacity() == null) {
            asked = r.toBuilder().returnConsumedCapacity(mode).build();
        }
        // each case builds a request of its own type
        return (Q) asked;
    }

    /** What the response reports as consumed: empty when consumed capacity was not asked for. */
    static List<ConsumedCapacity> consumed(DynamoDbResponse response) {
        if (response instanceof GetItemResponse r) {
            return single(r.consumedCapacity());
        } else if (response instanceof PutItemResponse r) {
            return single(r.consumedCapacity());
        } else if (response instanceof UpdateItemResponse r) {
            return single(r.consumedCapacity());
        } else if (response instanceof DeleteItemResponse r) {
            return single(r.consumedCapacity());
        } else if (response instanceof QueryResponse r) {
            return single(r.consumedCapacity());
        } else if (response instanceof ScanResponse r) {
            return single(r.consumedCapacity());
        } else if (response instanceof BatchWriteItemResponse r) {
            return r.hasConsumedCapacity() ? r.consumedCapacity() : List.of();
        } else if (response instanceof BatchGetItemResponse r) {
            return r.hasConsumedCapacity() ? r.consumedCapacity() : List.of();
        } else if (response instanceof TransactWriteItemsResponse r) {
            return r.hasConsumedCapacity() ? r.consumedCapacity() : List.of();
        } else if (response instanceof TransactGetItemsResponse r) {
            return r.hasConsumedCapacity() ? r.consumedCapacity() : List.of();
        }
        return List.of();
    }

    private static List<ConsumedCapacity> single(ConsumedCapacity capacity) {
        return capacity == null ? List.of() : List.of(capacity);
    }
}
