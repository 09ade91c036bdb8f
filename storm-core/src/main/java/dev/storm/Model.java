package dev.storm;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A STORM model: a record, or a class with a no-arg constructor, stored as one DynamoDB item whose keys are composed
 * from its {@link Field}-annotated components. Implement it with the model itself as the type argument:
 * {@code record User(...) implements Model<User>}. The default methods act through the model's {@link Manager}, so
 * they are as thread-safe as the model instance itself.
 *
 * @param <M> the model type itself
 */
public interface Model<M extends Model<M>> {

    /**
     * The partition key in the model's {@link KeyLayout}, {@code U#user123#USER} ({@code USER#U#user123#USER} under
     * {@link KeyLayout#STORM_0_1}); an {@link InvalidKeyException} when a pk part is null or invalid.
     */
    default String getPk() {
        return manager().pk(self());
    }

    /** The sort key, {@code T#METADATA}, or the suffix when the model has no sk field. */
    default String getSk() {
        return manager().sk(self());
    }

    /**
     * The GSI1 partition key, {@code E#a@b.c#USER}; null when the model has no gsi field, or when all of its gsi fields
     * are null (the item is left out of the sparse index); an {@link InvalidKeyException} when only some are null.
     */
    default String getGsi1pk() {
        return manager().gsiPk(self(), 1);
    }

    /** Puts the item, overwriting any stored one with the same keys (PutItem). */
    default void save() {
        manager().save(self());
    }

    /**
     * Puts the item; when {@code allowOverride} is false, only if no item with its keys exists
     * ({@link ObjectAlreadyExistsException} otherwise).
     */
    default void save(boolean allowOverride) {
        manager().save(self(), allowOverride);
    }

    /** Applies one update atomically (UpdateItem) and returns the stored item. See {@link Manager#update}. */
    default M update(Update<M> update) {
        return manager().update(self(), List.of(update));
    }

    /** Applies two updates atomically (UpdateItem) and returns the stored item. */
    default M update(Update<M> first, Update<M> second) {
        return manager().update(self(), List.of(first, second));
    }

    /** Applies three updates atomically (UpdateItem) and returns the stored item. */
    default M update(Update<M> first, Update<M> second, Update<M> third) {
        return manager().update(self(), List.of(first, second, third));
    }

    /** Applies four updates atomically (UpdateItem) and returns the stored item. */
    default M update(Update<M> first, Update<M> second, Update<M> third, Update<M> fourth) {
        return manager().update(self(), List.of(first, second, third, fourth));
    }

    /**
     * Applies five or more updates atomically (UpdateItem) and returns the stored item. The updates after the fifth
     * are declared {@code Update<?>} so that the call compiles without an unchecked warning (an interface method
     * cannot be {@code @SafeVarargs}); one of them that belongs to another model is an {@link InvalidQueryException}
     * and nothing is sent. Calls with one to four updates resolve to the fixed-arity overloads.
     *
     * <pre>{@code Profile p2 = p.update(Profile_.name.set("Bo"), Profile_.city.set("Oslo"), Profile_.zip.set("0150"),
     *         Profile_.phone.remove(), Profile_.visits.add(1), Profile_.note.set("moved"));}</pre>
     */
    @SuppressWarnings("unchecked")
    default M update(Update<M> first, Update<M> second, Update<M> third, Update<M> fourth, Update<M> fifth,
                     Update<?>... more) {
        List<Update<M>> all = new ArrayList<>(List.of(first, second, third, fourth, fifth));
        for (Update<?> update : more) {
            all.add((Update<M>) Objects.requireNonNull(update, "update"));
        }
        return manager().update(self(), all);
    }

    /** Applies the updates atomically (UpdateItem) and returns the stored item. */
    default M update(List<? extends Update<M>> updates) {
        return manager().update(self(), updates);
    }

    /** Deletes the item (DeleteItem); deleting an absent item is not an error. */
    default void delete() {
        manager().delete(self());
    }

    /**
     * Whether every pk and sk field is set to a valid key part, and each index key wholly set or wholly null, so that
     * the model can be saved.
     */
    default boolean isCreatable() {
        return manager().isCreatable(self());
    }

    /** A JSON object of the model's fields, under their attribute names. */
    default String toJson() {
        return manager().toJson(self());
    }

    @SuppressWarnings("unchecked")
    private M self() {
        return (M) this;
    }

    @SuppressWarnings("unchecked")
    private Manager<M> manager() {
        return Manager.of((Class<M>) getClass());
    }
}
