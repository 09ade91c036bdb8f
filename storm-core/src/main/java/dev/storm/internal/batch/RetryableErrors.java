package dev.storm.internal.batch;

import java.io.IOException;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkServiceException;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.RequestLimitExceededException;

/**
 * Which errors of a batch call are worth sending the same batch again for: throttling, server errors (5xx) and
 * network failures. A refused request (a validation error, a missing table, bad credentials) fails the same way
 * every time, so its items are reported at once instead.
 */
final class RetryableErrors {

    private RetryableErrors() {
    }

    static boolean isRetryable(Throwable e) {
        if (e instanceof SdkServiceException s) {
            return s.isThrottlingException() || s.statusCode() >= 500
                    || s instanceof ProvisionedThroughputExceededException
                    || s instanceof RequestLimitExceededException;
        }
        if (e instanceof SdkClientException c) {
            return c.retryable() || c instanceof ApiCallAttemptTimeoutException || hasIoCause(c);
        }
        return false;
    }

    /** The error in a few words: its DynamoDB error code or class, and its message. */
    static String describe(Throwable e) {
        String name = e.getClass().getSimpleName();
        if (e instanceof AwsServiceException s && s.awsErrorDetails() != null
                && s.awsErrorDetails().errorCode() != null) {
            name = s.awsErrorDetails().errorCode();
        }
        String message = e.getMessage();
        return name + (message == null ? "" : ": " + message);
    }

    private static boolean hasIoCause(Throwable e) {
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof IOException) {
                return true;
            }
        }
        return false;
    }
}
