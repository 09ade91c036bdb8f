package dev.storm.internal.transaction;

import software.amazon.awssdk.services.dynamodb.model.CancellationReason;

/** Reads one CancellationReason of a cancelled transaction. */
final class Cancellations {

    private Cancellations() {
    }

    /** The failure of the write the reason belongs to, or null when the reason is "None". */
    static WriteFailure explain(CancellationReason reason, PlannedWrite write) {
        String code = reason.code();
        if (code == null || "None".equals(code)) {
            return null;
        }
        return switch (code) {
            case "ConditionalCheckFailed" -> write.explain().apply(reason.hasItem() ? reason.item() : null);
            case "TransactionConflict" -> new WriteFailure(FailureKind.TRANSACTION_CONFLICT, write.operation()
                    + " conflicted with another transaction writing the same item at the same time");
            case "ThrottlingError", "ProvisionedThroughputExceeded", "RequestLimitExceeded" ->
                    new WriteFailure(FailureKind.THROTTLED, write.operation() + " was throttled (" + code + ")");
            default -> new WriteFailure(FailureKind.OTHER, write.operation() + " was refused: " + code
                    + (reason.message() == null ? "" : " (" + reason.message() + ")"));
        };
    }
}
