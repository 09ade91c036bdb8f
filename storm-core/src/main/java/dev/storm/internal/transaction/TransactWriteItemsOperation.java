package dev.storm.internal.transaction;

import dev.storm.internal.batch.Backoff;
import dev.storm.internal.target.Target;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Sends a {@link WritePlan} as one TransactWriteItems and explains a cancellation write by write. A cancellation
 * caused only by conflicts with other transactions or by throttling leaves nothing written and says nothing about
 * the items, so it is sent again after a backoff, with a new idempotency token (the old one names a request that
 * has ended).
 */
public final class TransactWriteItemsOperation {

    static final int ATTEMPTS = 10;
    private static final Backoff BACKOFF = new Backoff(Duration.ofMillis(10), Duration.ofMillis(500));
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private TransactWriteItemsOperation() {
    }

    /** Nothing on success; otherwise the writes DynamoDB named as reasons, in plan order. */
    public static List<OperationFailure> execute(WritePlan plan, Target target, String model) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        List<OperationFailure> failures = List.of();
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            try {
                target.transactWriteItems(model, plan.request(UUID.randomUUID().toString()));
                return List.of();
            } catch (TransactionCanceledException e) {
                failures = explain(plan, e);
                if (!allTransient(failures) || !BACKOFF.pause(attempt, deadline)
                        || System.nanoTime() >= deadline) {
                    return failures;
                }
            }
        }
        return failures;
    }

    static List<OperationFailure> explain(WritePlan plan, TransactionCanceledException e) {
        List<OperationFailure> failures = new ArrayList<>();
        List<CancellationReason> reasons = e.hasCancellationReasons() ? e.cancellationReasons() : List.of();
        for (int i = 0; i < reasons.size() && i < plan.entries().size(); i++) {
            CancellationReason reason = reasons.get(i);
            WritePlan.Entry entry = plan.entries().get(i);
            WriteFailure failure = Cancellations.explain(reason, entry.write());
            if (failure != null) {
                failures.add(new OperationFailure(entry, failure, e));
            }
        }
        if (failures.isEmpty()) {
            WritePlan.Entry first = plan.entries().get(0);
            failures.add(new OperationFailure(first, new WriteFailure(FailureKind.OTHER,
                    "DynamoDB cancelled the transaction without naming a reason: " + e.getMessage()), e));
        }
        return failures;
    }

    private static boolean allTransient(List<OperationFailure> failures) {
        for (OperationFailure f : failures) {
            if (!f.failure().kind().isTransient()) {
                return false;
            }
        }
        return true;
    }
}
