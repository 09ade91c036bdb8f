package dev.storm.internal.write;

/**
 * One write of the manager as data, built (and its input checked) by {@link Writes} on the {@link Route} it takes,
 * before anything is sent: a {@link SingleWrite} (one PutItem, UpdateItem or DeleteItem) or a {@link GuardedCall}
 * (a TransactWriteItems with uniqueness guards, after a read where needed). The blocking and the asynchronous
 * senders run the same steps; only how they send and wait differs.
 *
 * @param <R> what the write gives the caller
 */
public sealed interface Write<R> permits SingleWrite, GuardedCall {
}
