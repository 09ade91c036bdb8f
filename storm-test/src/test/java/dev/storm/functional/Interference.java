package dev.storm.functional;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Another party acting on the table while STORM writes: {@link #before} runs another writer's work just before the
 * first attempt of one kind of request leaves (after STORM's read, before its write); {@link #conflicting} cancels the
 * first TransactWriteItems (or, {@link #conflictingReads}, TransactGetItems) attempts with
 * {@code TransactionConflict}, as when a concurrent transaction holds an item, before they leave. Counts the attempts that reached the server and records the idempotency token of every
 * TransactWriteItems attempt. Thread-safe.
 */
final class Interference implements ExecutionInterceptor {

    private final Class<? extends SdkRequest> type;
    private final Runnable before;
    private final AtomicInteger conflictsLeft;
    private final AtomicBoolean acted = new AtomicBoolean();
    private final AtomicInteger transmitted = new AtomicInteger();
    private final List<String> tokens = new ArrayList<>();

    private Interference(Class<? extends SdkRequest> type, Runnable before, int conflicts) {
        this.type = type;
        this.before = before;
        this.conflictsLeft = new AtomicInteger(conflicts);
    }

    /** Runs {@code work} once, just before the first attempt of the request type leaves. */
    static Interference before(Class<? extends SdkRequest> type, Runnable work) {
        return new Interference(type, work, 0);
    }

    /** Cancels the first {@code n} TransactWriteItems attempts with TransactionConflict before they leave. */
    static Interference conflicting(int n) {
        return new Interference(TransactWriteItemsRequest.class, null, n);
    }

    /** Cancels the first {@code n} TransactGetItems attempts with TransactionConflict before they leave. */
    static Interference conflictingReads(int n) {
        return new Interference(TransactGetItemsRequest.class, null, n);
    }

    /** How many attempts of the request type reached the server. */
    int transmitted() {
        return transmitted.get();
    }

    /** The idempotency token of every TransactWriteItems attempt, in order, the cancelled ones included. */
    synchronized List<String> tokens() {
        return List.copyOf(tokens);
    }

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        if (!type.isInstance(context.request())) {
            return;
        }
        if (context.request() instanceof TransactWriteItemsRequest transact) {
            synchronized (this) {
                tokens.add(transact.clientRequestToken());
            }
            if (conflictsLeft.getAndDecrement() > 0) {
                throw conflict(transact.transactItems().size());
            }
        }
        if (context.request() instanceof TransactGetItemsRequest read && conflictsLeft.getAndDecrement() > 0) {
            throw conflict(read.transactItems().size());
        }
        if (before != null && !acted.getAndSet(true)) {
            before.run();
        }
    }

    @Override
    public void afterTransmission(Context.AfterTransmission context, ExecutionAttributes attributes) {
        if (type.isInstance(context.request())) {
            transmitted.incrementAndGet();
        }
    }

    private static TransactionCanceledException conflict(int items) {
        List<CancellationReason> reasons = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            reasons.add(CancellationReason.builder().code(i == 0 ? "TransactionConflict" : "None").build());
        }
        return TransactionCanceledException.builder().statusCode(400).message("injected conflict")
                .cancellationReasons(reasons).awsErrorDetails(AwsErrorDetails.builder()
                        .errorCode("TransactionCanceledException").errorMessage("injected conflict")
                        .serviceName("DynamoDb").build()).build();
    }
}
