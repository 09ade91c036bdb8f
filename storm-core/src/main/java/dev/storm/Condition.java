package dev.storm;

import dev.storm.internal.expression.ConditionNode;

/**
 * A condition on a model's attributes, made by {@link Attribute} ({@code User_.email.eq("a@b.c")}) and combined with
 * {@link #and}, {@link #or} and {@link #not}. Used as key values in {@code get}/{@code using}, as query filters and as
 * write conditions. Immutable and thread-safe; STORM renders it with {@code ExpressionAttributeNames} placeholders,
 * so reserved words such as {@code name} or {@code status} need no care.
 *
 * @param <M> the model the condition applies to
 */
public interface Condition<M> {

    /** Both this and the other condition. */
    default Condition<M> and(Condition<M> other) {
        return new ConditionNode.And<>(this, other);
    }

    /** This or the other condition. */
    default Condition<M> or(Condition<M> other) {
        return new ConditionNode.Or<>(this, other);
    }

    /** The negation of this condition. */
    default Condition<M> not() {
        return new ConditionNode.Not<>(this);
    }

    /** The negation of a condition: {@code Condition.not(User_.email.exists())}. */
    static <M> Condition<M> not(Condition<M> condition) {
        return condition.not();
    }
}
