package dev.storm.internal.write;

import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * One single-item write as data: the request as it is to be sent, what its response means, and what a failed
 * condition or another error means, as {@link ItemSends} judges them. A failed condition may need one consistent
 * read of the stored item before it can be judged ({@link #lookup}): a plain create asks DynamoDB for no item, so
 * after the SDK resent it, only a read tells whether the stored item is its own earlier attempt's. Immutable.
 *
 * @param <R> what the write gives the caller
 */
public final class SingleWrite<R> implements Write<R> {

    private final SdkRequest request;
    private final Function<DynamoDbResponse, R> result;
    private final Function<ConditionalCheckFailedException, GetItemRequest> lookup;
    private final BiFunction<ConditionalCheckFailedException, Map<String, AttributeValue>, R> refused;
    private final Function<SdkException, RuntimeException> failed;

    SingleWrite(SdkRequest request, Function<DynamoDbResponse, R> result,
                Function<ConditionalCheckFailedException, GetItemRequest> lookup,
                BiFunction<ConditionalCheckFailedException, Map<String, AttributeValue>, R> refused,
                Function<SdkException, RuntimeException> failed) {
        this.request = request;
        this.result = result;
        this.lookup = lookup;
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

    /** The consistent read to make before judging the failed condition, or null when none is needed. */
    public GetItemRequest lookup(ConditionalCheckFailedException e) {
        return lookup.apply(e);
    }

    /**
     * What DynamoDB finding the write's condition false means, given the answer to {@link #lookup} (null when none
     * was made): the result when it was this write's own earlier attempt (the call succeeded); else it throws the
     * exception to report.
     */
    public R refused(ConditionalCheckFailedException e, GetItemResponse found) {
        Map<String, AttributeValue> stored;
        if (found != null) {
            stored = found.hasItem() && !found.item().isEmpty() ? found.item() : null;
        } else {
            stored = e.hasItem() && !e.item().isEmpty() ? e.item() : null;
        }
        return refused.apply(e, stored);
    }

    /** The exception to report for another error of the SDK. */
    public RuntimeException failed(SdkException e) {
        return failed.apply(e);
    }

    <S> SingleWrite<S> map(Function<R, S> then) {
        return new SingleWrite<>(request, response -> then.apply(result(response)), lookup,
                (e, stored) -> then.apply(refused.apply(e, stored)), failed);
    }
}
