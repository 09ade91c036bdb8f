package dev.storm.internal.write;

import dev.storm.StormException;
import dev.storm.internal.target.Target;
import java.util.function.Function;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * One single-item write as data, built (and its input checked) before anything is sent: the PutItem, UpdateItem or
 * DeleteItem request, what its response means to the caller, and the exception a failed condition means. The
 * blocking and the asynchronous managers send the same value; only how the request travels differs. Immutable.
 *
 * @param <R> what the write gives the caller
 */
public final class SingleWrite<R> {

    private final SdkRequest request;
    private final Function<DynamoDbResponse, R> result;
    private final Function<ConditionalCheckFailedException, StormException> refused;

    SingleWrite(SdkRequest request, Function<DynamoDbResponse, R> result,
                Function<ConditionalCheckFailedException, StormException> refused) {
        this.request = request;
        this.result = result;
        this.refused = refused;
    }

    /** The request: a {@link PutItemRequest}, an {@link UpdateItemRequest} or a {@link DeleteItemRequest}. */
    public SdkRequest request() {
        return request;
    }

    /** What the response means to the caller. */
    public R result(DynamoDbResponse response) {
        return result.apply(response);
    }

    /** The exception to report when DynamoDB found the write's condition false. */
    public StormException refused(ConditionalCheckFailedException e) {
        return refused.apply(e);
    }

    /** Sends the request on the calling thread and returns its result. */
    R send(Target target, String model) {
        DynamoDbResponse response;
        try {
            if (request instanceof PutItemRequest put) {
                response = target.putItem(model, put);
            } else if (request instanceof UpdateItemRequest update) {
                response = target.updateItem(model, update);
            } else {
                response = target.deleteItem(model, (DeleteItemRequest) request);
            }
        } catch (ConditionalCheckFailedException e) {
            throw refused(e);
        }
        return result(response);
    }
}
