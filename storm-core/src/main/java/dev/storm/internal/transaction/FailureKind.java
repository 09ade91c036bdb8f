package dev.storm.internal.transaction;

import dev.storm.TransactionCanceledException.Reason;

/**
 * Why a conditional write failed, finer than the public {@link Reason}: a write based on a read that another writer
 * made stale ({@link #CHANGED_SINCE_READ}) is retried by STORM itself, while a stale {@code @Version} is the caller's
 * to handle.
 */
public enum FailureKind {
    ALREADY_EXISTS(Reason.ALREADY_EXISTS),
    DOES_NOT_EXIST(Reason.DOES_NOT_EXIST),
    VERSION_CONFLICT(Reason.VERSION_CONFLICT),
    CHANGED_SINCE_READ(Reason.VERSION_CONFLICT),
    UNIQUE_VALUE_TAKEN(Reason.UNIQUE_VALUE_TAKEN),
    CONDITION_FAILED(Reason.CONDITION_FAILED),
    TRANSACTION_CONFLICT(Reason.TRANSACTION_CONFLICT),
    THROTTLED(Reason.THROTTLED),
    OTHER(Reason.OTHER);

    private final Reason reason;

    FailureKind(Reason reason) {
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /** Whether sending the same writes again may succeed: nothing about the stored items refused them. */
    public boolean isTransient() {
        return this == TRANSACTION_CONFLICT || this == THROTTLED;
    }
}
