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
 * Sends a {@link WritePlan} as one TransactWriteItems and explains a cancellation write by write; a cancellation
 * that wrote nothing is sent again as {@link TransactRetry} decides.
 */
public final class TransactWriteItemsOperation {

    private static final Backoff PAUSE = new Backoff(Duration.ZERO, Duration.ZERO);

    private TransactWriteItemsOperation() {
    }

    /** Nothing on success; otherwise the writes DynamoDB named as reasons, in plan order. */
    public static List<OperationFailure> execute(WritePlan plan, Target target, String model) {
        TransactRetry retry = new TransactRetry();
        while (true) {
            try {
                target.transactWriteItems(model, plan.request(UUID.randomUUID().toString()));
                return List.of();
            } catch (TransactionCanceledException e) {
                List<OperationFailure> failures = explain(plan, e);
                Duration wait = retry.next(failures);
                if (wait == null || !PAUSE.sleep(wait.toNanos())) {
                    return failures;
                }
            }
        }
    }

    /** The writes a cancellation names as reasons, explained, in plan order (never empty). */
    public static List<OperationFailure> explain(WritePlan plan, TransactionCanceledException e) {
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
}
