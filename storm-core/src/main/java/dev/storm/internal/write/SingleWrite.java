package dev.storm.internal.write;

import java.util.function.Function;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * One single-item write as data for a sender other than the blocking one, built (and its input checked) by the same
 * {@link Route} and builders, before anything is sent: the request as it is to be sent, what its response means, and
 * what a failed condition or another error means, as {@link ItemSends} judges them. Immutable.
 *
 * @param <R> what the write gives the caller
 */
public final class SingleWrite<R> {

    private final SdkRequest request;
    private final Function<DynamoDbResponse, R> result;
    private final Function<ConditionalCheckFailedException, R> refused;
    private final Function<SdkException, RuntimeException> failed;

    SingleWrite(SdkRequest request, Function<DynamoDbResponse, R> result,
                Function<ConditionalCheckFailedException, R> refused, Function<SdkException, RuntimeException> failed) {
        this.request = request;
        this.result = result;
        this.refused = refused;
        this.failed = failed;
    }

    /** The request: a {@link PutItemRequest}, an {@link UpdateItemRequest} or a {@link DeleteItemRequest}. */
    public SdkRequest request() {
        return request;
    }

    /** What the response means to the caller. */
    public R result(DynamoDbResponse response) {
        return result.apply(response);
    }

    /**
     * What DynamoDB finding the write's condition false means: the result when it was this write's own earlier
     * attempt (the call succeeded); else it throws the exception to report.
     */
    public R refused(ConditionalCheckFailedException e) {
        return refused.apply(e);
    }

    /** The exception to report for another error of the SDK. */
    public RuntimeException failed(SdkException e) {
        return failed.apply(e);
    }

    <S> SingleWrite<S> map(Function<R, S> then) {
        return new SingleWrite<>(request, response -> then.apply(result(response)), e -> then.apply(refused(e)),
                failed);
    }
}
