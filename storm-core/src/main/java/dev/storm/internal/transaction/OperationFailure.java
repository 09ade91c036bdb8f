package dev.storm.internal.transaction;

/** A write of a cancelled transaction that DynamoDB named as a reason, with the explanation and the SDK's error. */
public record OperationFailure(WritePlan.Entry entry, WriteFailure failure, Throwable cause) {
}
