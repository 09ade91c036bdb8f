package dev.storm;

import dev.storm.internal.expression.ConditionNode;
import dev.storm.internal.expression.UpdateNode;

/**
 * An {@link Attribute} of a numeric field. Comparisons and {@code set} accept any {@link Number}, so
 * {@code Order_.amount.gt(50)} compiles for a {@code double} field; the value is converted exactly to the field's type.
 * Immutable and thread-safe.
 *
 * @param <M> the model
 * @param <V> the field's boxed numeric type
 */
public final class NumberAttribute<M, V extends Number> extends Attribute<M, V> {

    NumberAttribute(Class<M> model, String fieldName, String attributeName) {
        super(model, fieldName, attributeName);
    }

    /** Equal to the number. */
    public Condition<M> eq(Number value) {
        return compare("=", value);
    }

    /** Not equal to the number. */
    public Condition<M> ne(Number value) {
        return compare("<>", value);
    }

    /** Greater than the number. */
    public Condition<M> gt(Number value) {
        return compare(">", value);
    }

    /** Greater than or equal to the number. */
    public Condition<M> ge(Number value) {
        return compare(">=", value);
    }

    /** Less than the number. */
    public Condition<M> lt(Number value) {
        return compare("<", value);
    }

    /** Less than or equal to the number. */
    public Condition<M> le(Number value) {
        return compare("<=", value);
    }

    /** Between the two numbers, inclusive. */
    public Condition<M> between(Number low, Number high) {
        return new ConditionNode.Between<>(this, low, high);
    }

    /** Sets the field to a number, converted exactly to the field's type. */
    public Update<M> set(Number value) {
        return new UpdateNode.SetValue<>(this, value);
    }
}
