package dev.storm.internal.write;

import dev.storm.ObjectAlreadyExistsException;
import dev.storm.ObjectDoesNotExistException;
import dev.storm.StormException;
import dev.storm.WriteOutcomeUnknownException;
import dev.storm.internal.key.TableKey;
import dev.storm.internal.target.Target;
import java.util.Map;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.exception.SdkServiceException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * Judges (and sends, for the blocking caller) one single-item write so that the SDK's own retries never apply it
 * twice or report it as failed; the async sender judges by the same rules through {@link SingleWrite}. The SDK
 * resends a request whose answer was lost; a conditional write resent after it was applied fails its own condition,
 * so when a write failed on a later attempt ({@code numAttempts > 1}), the stored item (from {@code ALL_OLD}, or one
 * consistent read) is compared with what this write stored: if it holds it, the earlier attempt succeeded and so did
 * the call. A write that would apply twice and has no condition to stop it ({@code F}, {@code add} without a
 * version) is never resent after an attempt that may have been applied ({@link RetryGuard}); the call then fails
 * with {@link WriteOutcomeUnknownException}.
 */
final class ItemSends {

    private ItemSends() {
    }

    /** Sends the write through the blocking client and returns what it gives. */
    static <R> R send(Target target, String model, SingleWrite<R> write) {
        DynamoDbResponse response;
        try {
            if (write.request() instanceof PutItemRequest put) {
                response = target.putItem(model, put);
            } else if (write.request() instanceof UpdateItemRequest update) {
                response = target.updateItem(model, update);
            } else {
                response = target.deleteItem(model, (DeleteItemRequest) write.request());
            }
        } catch (ConditionalCheckFailedException e) {
            GetItemRequest lookup = write.lookup(e);
            return write.refused(e, lookup == null ? null : target.getItem(model, lookup));
        } catch (SdkException e) {
            throw write.failed(e);
        }
        return write.result(response);
    }

    /**
     * What a put's failed condition means, given the stored item (null when unknown): null when the item is the one
     * this put stores and an earlier attempt of it was applied, else the exception to report.
     */
    static StormException putRefused(String model, PutItemRequest request, Expectation<?> expectation,
                                     ConditionalCheckFailedException e, Map<String, AttributeValue> stored) {
        if (retried(e) && StoredValues.sameItem(request.item(), stored)) {
            return null;
        }
        return expectation != null ? Failures.exception(expectation.explain(stored), e)
                : new ObjectAlreadyExistsException(TableKey.of(request.item()).describe(model) + " already"
                        + " exists in table " + request.tableName() + "; use save() to overwrite it", e);
    }

    /** The update as sent: an F or add update without a version is guarded against the SDK resending it. */
    static UpdateItemRequest sendable(UpdateItemRequest request, Expectation<?> expectation,
                                      RetryGuard.Attempts attempts) {
        return guarded(request, expectation) ? RetryGuard.guard(request, attempts) : request;
    }

    private static boolean guarded(UpdateItemRequest request, Expectation<?> expectation) {
        boolean versioned = expectation != null && expectation.checksVersion();
        return Assignments.of(request).computed() && !versioned;
    }

    /** What an error other than a failed condition means for an update: the error, or that its outcome is unknown. */
    static RuntimeException updateFailed(String model, UpdateItemRequest request, Expectation<?> expectation,
                                         RetryGuard.Attempts attempts, SdkException e) {
        if (guarded(request, expectation) && (attempts.stopped() || mayHaveApplied(e))) {
            return unknown(TableKey.of(request.key()).describe(model), "DynamoDB's answer was lost ("
                    + e.getMessage() + "), and an F or add update is not resent, as it would apply twice", e);
        }
        return e;
    }

    /**
     * What an update's failed condition means: the stored item when an earlier attempt of this update was applied
     * (the call succeeded), else it throws the exception to report.
     */
    static Map<String, AttributeValue> updateRefused(String model, UpdateItemRequest request,
                                                     Expectation<?> expectation, ConditionalCheckFailedException e) {
        Assignments assignments = Assignments.of(request);
        String item = TableKey.of(request.key()).describe(model);
        Map<String, AttributeValue> stored = e.hasItem() && !e.item().isEmpty() ? e.item() : null;
        if (retried(e) && assignments.heldBy(stored)) {
            if (assignments.computed() && assignments.constants().size() < 2) {
                // only the version tells this write apart, and another writer may have set that version too
                throw unknown(item, "its version is the one it sets, but nothing else shows whether this"
                        + " write or another one set it", e);
            }
            return stored;
        }
        if (expectation == null) {
            throw new ObjectDoesNotExistException(item + " does not exist in table " + request.tableName()
                    + ", so it cannot be updated", e);
        }
        throw Failures.exception(expectation.explain(stored), e);
    }

    /**
     * What a delete's failed condition means: null when an earlier attempt of this delete removed the item, else the
     * exception to report.
     */
    static StormException deleteRefused(DeleteItemRequest request, Expectation<?> expectation,
                                        ConditionalCheckFailedException e) {
        Map<String, AttributeValue> stored = e.hasItem() && !e.item().isEmpty() ? e.item() : null;
        if (retried(e) && stored == null) {
            // an earlier attempt of this call deleted it
            return null;
        }
        return Failures.exception(expectation.explain(stored), e);
    }

    private static boolean retried(SdkException e) {
        return e.numAttempts() != null && e.numAttempts() > 1;
    }

    /** A network error, or a server error: the request may have been applied before its answer was lost. */
    private static boolean mayHaveApplied(SdkException e) {
        return e instanceof SdkClientException || e instanceof SdkServiceException s && s.statusCode() >= 500;
    }

    /**
     * The consistent read a put's failed condition needs to be judged: none when DynamoDB returned the stored item
     * or when no earlier attempt of this call was sent (the plain create asks for no item, and only an earlier
     * attempt can have written its own).
     */
    static GetItemRequest lookup(ConditionalCheckFailedException e, String table, TableKey key) {
        if (e.hasItem() && !e.item().isEmpty() || !retried(e)) {
            return null;
        }
        return GetItemRequest.builder().tableName(table).key(key.toMap()).consistentRead(true).build();
    }

    private static StormException unknown(String item, String why, Throwable cause) {
        return new WriteOutcomeUnknownException("The update of " + item + " may or may not have been applied: "
                + why + "; read the item to see which", cause);
    }
}
