package dev.storm.internal.write;

import software.amazon.awssdk.core.SdkPlugin;
import software.amazon.awssdk.core.exception.NonRetryableException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbServiceClientConfiguration;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * Keeps the SDK from resending a write that would apply twice ({@code SET x = x + :n}, {@code ADD}) unless the
 * previous attempt's answer proves it was not applied (a 4xx such as throttling). After a network error or a 5xx the
 * outcome is unknown, so the retry is stopped and the call fails; {@link #stopped} then says so. Attached to one
 * request through a request-level SDK plugin, so the client's own configuration is untouched. Thread-safe; one
 * {@link Attempts} per call.
 */
final class RetryGuard implements ExecutionInterceptor {

    /** What the guard saw of one call's attempts. */
    static final class Attempts {
        private int sent;
        private int lastStatus;
        private volatile boolean stopped;

        /** Whether the guard stopped a retry because an earlier attempt may have been applied. */
        boolean stopped() {
            return stopped;
        }
    }

    private static final ExecutionAttribute<Attempts> ATTEMPTS = new ExecutionAttribute<>("storm.write.attempts");
    private static final RetryGuard INSTANCE = new RetryGuard();
    private static final SdkPlugin PLUGIN = config -> {
        if (config instanceof DynamoDbServiceClientConfiguration.Builder dynamo) {
            dynamo.overrideConfiguration(dynamo.overrideConfiguration().toBuilder().addExecutionInterceptor(INSTANCE)
                    .build());
        }
    };

    private RetryGuard() {
    }

    /** The request, guarded; {@code attempts} records what happened to it. */
    static UpdateItemRequest guard(UpdateItemRequest request, Attempts attempts) {
        return request.toBuilder().overrideConfiguration(o -> o.addPlugin(PLUGIN)
                .putExecutionAttribute(ATTEMPTS, attempts)).build();
    }

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        Attempts attempts = attributes.getAttribute(ATTEMPTS);
        if (attempts == null) {
            return;
        }
        boolean refusedBefore = attempts.lastStatus >= 400 && attempts.lastStatus < 500;
        if (attempts.sent++ > 0 && !refusedBefore) {
            attempts.stopped = true;
            throw NonRetryableException.builder().message("STORM did not resend a write that would apply twice: the"
                    + " previous attempt " + (attempts.lastStatus == 0 ? "got no answer"
                    : "was answered " + attempts.lastStatus) + ", so it may have been applied").build();
        }
        attempts.lastStatus = 0;
    }

    @Override
    public void afterTransmission(Context.AfterTransmission context, ExecutionAttributes attributes) {
        Attempts attempts = attributes.getAttribute(ATTEMPTS);
        if (attempts != null) {
            attempts.lastStatus = context.httpResponse().statusCode();
        }
    }
}
