package dev.storm;

/** What a stream record says happened to an item, as DynamoDB Streams names it. */
public enum ChangeType {
    /** A new item was written. */
    INSERT,
    /** A stored item was changed. */
    MODIFY,
    /** An item was deleted, by a call or by TTL expiry. */
    REMOVE
}
