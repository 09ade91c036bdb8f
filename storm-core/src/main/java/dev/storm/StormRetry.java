package dev.storm;

import java.time.Duration;

/**
 * A bulk call about to send part of its work again, as a {@link StormListener} sees it. Immutable and thread-safe.
 *
 * @param operation {@code BatchWriteItem} or {@code BatchGetItem}
 * @param model     the simple name of the model
 * @param tableName the table
 * @param pending   how many items (or keys) are to be sent again
 * @param attempt   how many sends in a row made no progress before this retry (0 after a send that did)
 * @param delay     the backoff waited before sending again
 * @param reason    why: {@code returned as unprocessed by DynamoDB}, or the retryable error
 */
public record StormRetry(String operation, String model, String tableName, int pending, int attempt, Duration delay,
                         String reason) {
}
