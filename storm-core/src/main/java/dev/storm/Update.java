package dev.storm;

/**
 * One change to a stored item, made by {@link Attribute}: {@code set}, {@code set(F)}, {@code remove} or {@code add}.
 * Several updates passed to one {@code update} call are applied atomically by a single UpdateItem.
 * Immutable and thread-safe.
 *
 * @param <M> the model the update applies to
 */
public interface Update<M> {
}
