package dev.storm.functional;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * Loses the answers to the first attempts of one kind of request on a client with the SDK's default retries (see
 * {@link Way#through}), so that the SDK resends them. {@link #afterApplying} lets DynamoDB Local apply the request, then answers 500, as when a
 * connection drops after the server acted. {@link #throttling} refuses the attempt as throttled before it leaves (the
 * server applies nothing), which the SDK retries too. Counts every attempt that reached the server.
 * Thread-safe.
 */
final class LostAnswer implements ExecutionInterceptor {

    private enum Fault { NONE, LOST, THROTTLED }

    private static final ExecutionAttribute<Fault> FAULT = new ExecutionAttribute<>("storm.test.lostAnswer");

    private final Class<? extends SdkRequest> type;
    private final boolean applied;
    private final AtomicInteger faultsLeft;
    private final AtomicInteger transmitted = new AtomicInteger();

    private LostAnswer(Class<? extends SdkRequest> type, int faults, boolean applied) {
        this.type = type;
        this.faultsLeft = new AtomicInteger(faults);
        this.applied = applied;
    }

    /** The first {@code n} attempts of the request type are applied, and their answers lost. */
    static LostAnswer afterApplying(Class<? extends SdkRequest> type, int n) {
        return new LostAnswer(type, n, true);
    }

    /** The first {@code n} attempts of the request type are refused as throttled, unapplied. */
    static LostAnswer throttling(Class<? extends SdkRequest> type, int n) {
        return new LostAnswer(type, n, false);
    }

    /** How many attempts of the request type reached the server. */
    int transmitted() {
        return transmitted.get();
    }

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        Fault fault = Fault.NONE;
        if (type.isInstance(context.request())) {
            if (faultsLeft.getAndDecrement() > 0) {
                fault = applied ? Fault.LOST : Fault.THROTTLED;
            }
        }
        attributes.putAttribute(FAULT, fault);
        if (fault == Fault.THROTTLED) {
            throw FaultInjector.throttling();
        }
    }

    @Override
    public void afterTransmission(Context.AfterTransmission context, ExecutionAttributes attributes) {
        if (type.isInstance(context.request())) {
            transmitted.incrementAndGet();
        }
    }

    @Override
    public SdkHttpResponse modifyHttpResponse(Context.ModifyHttpResponse context, ExecutionAttributes attributes) {
        Fault fault = attributes.getAttribute(FAULT);
        if (fault == Fault.LOST) {
            return context.httpResponse().toBuilder().statusCode(500).statusText("Internal Server Error").build();
        }
        return context.httpResponse();
    }

    @Override
    public Optional<InputStream> modifyHttpResponseContent(Context.ModifyHttpResponse context,
                                                           ExecutionAttributes attributes) {
        Fault fault = attributes.getAttribute(FAULT);
        if (fault != Fault.LOST) {
            return context.responseBody();
        }
        context.responseBody().ifPresent(FaultInjector::drain);
        String body = "{\"__type\":\"com.amazonaws.dynamodb.v20120810#InternalServerError\",\"message\":\"injected\"}";
        return Optional.of(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }
}
