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
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * Sends one single-item write so that the SDK's own retries never apply it twice or report it as failed. The SDK
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

    /**
     * Puts the item. {@code expectation} explains a failed condition; null for the plain put, whose only condition
     * is that a created item is new.
     */
    static void put(Target target, String model, PutItemRequest request, Expectation<?> expectation) {
        try {
            target.putItem(model, request);
        } catch (ConditionalCheckFailedException e) {
            Map<String, AttributeValue> stored = stored(e, target, model, TableKey.of(request.item()));
            if (retried(e) && StoredValues.sameItem(request.item(), stored)) {
                return;
            }
            throw expectation != null ? Failures.exception(expectation.explain(stored), e)
                    : new ObjectAlreadyExistsException(TableKey.of(request.item()).describe(model) + " already"
                            + " exists in table " + request.tableName() + "; use save() to overwrite it", e);
        }
    }

    /** Updates the item and returns it as stored. */
    static Map<String, AttributeValue> update(Target target, String model, UpdateItemRequest request,
                                              Expectation<?> expectation) {
        Assignments assignments = Assignments.of(request);
        boolean versioned = expectation != null && expectation.checksVersion();
        RetryGuard.Attempts attempts = new RetryGuard.Attempts();
        boolean guarded = assignments.computed() && !versioned;
        UpdateItemRequest sent = guarded ? RetryGuard.guard(request, attempts) : request;
        String item = TableKey.of(request.key()).describe(model);
        try {
            return target.updateItem(model, sent).attributes();
        } catch (ConditionalCheckFailedException e) {
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
        } catch (SdkException e) {
            if (guarded && (attempts.stopped() || mayHaveApplied(e))) {
                throw unknown(item, "DynamoDB's answer was lost (" + e.getMessage() + "), and an F or add update"
                        + " is not resent, as it would apply twice", e);
            }
            throw e;
        }
    }

    static void delete(Target target, String model, DeleteItemRequest request, Expectation<?> expectation) {
        try {
            target.deleteItem(model, request);
        } catch (ConditionalCheckFailedException e) {
            Map<String, AttributeValue> stored = e.hasItem() && !e.item().isEmpty() ? e.item() : null;
            if (retried(e) && stored == null) {
                // an earlier attempt of this call deleted it
                return;
            }
            throw Failures.exception(expectation.explain(stored), e);
        }
    }

    private static boolean retried(SdkException e) {
        return e.numAttempts() != null && e.numAttempts() > 1;
    }

    /** A network error, or a server error: the request may have been applied before its answer was lost. */
    private static boolean mayHaveApplied(SdkException e) {
        return e instanceof SdkClientException || e instanceof SdkServiceException s && s.statusCode() >= 500;
    }

    private static Map<String, AttributeValue> stored(ConditionalCheckFailedException e, Target target, String model,
                                                      TableKey key) {
        if (e.hasItem() && !e.item().isEmpty()) {
            return e.item();
        }
        if (!retried(e)) {
            return null;
        }
        // the plain create asks for no ALL_OLD: read what is stored, only when an earlier attempt may have written it
        Map<String, AttributeValue> item = target.getItem(model, GetItemRequest.builder()
                .tableName(target.tableName()).key(key.toMap()).consistentRead(true).build()).item();
        return item == null || item.isEmpty() ? null : item;
    }

    private static StormException unknown(String item, String why, Throwable cause) {
        return new WriteOutcomeUnknownException("The update of " + item + " may or may not have been applied: "
                + why + "; read the item to see which", cause);
    }
}
