package dev.storm.internal.transaction;

/** Why one write of a transaction or one conditional single-item write failed, in words that name the item. */
public record WriteFailure(FailureKind kind, String message) {
}
