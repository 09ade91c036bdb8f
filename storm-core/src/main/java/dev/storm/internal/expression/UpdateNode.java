package dev.storm.internal.expression;

import dev.storm.Attribute;
import dev.storm.F;
import dev.storm.Update;

/** The shapes an {@link Update} takes; rendered by {@link UpdateRenderer}. */
public sealed interface UpdateNode<M> extends Update<M> {

    /** The attribute the update changes. */
    Attribute<M, ?> attribute();

    /** {@code SET #a = :v}. */
    record SetValue<M>(Attribute<M, ?> attribute, Object value) implements UpdateNode<M> {
    }

    /** {@code SET #a = #b + :v}. */
    record SetExpression<M>(Attribute<M, ?> attribute, F expression) implements UpdateNode<M> {
    }

    /** {@code REMOVE #a}. */
    record Remove<M>(Attribute<M, ?> attribute) implements UpdateNode<M> {
    }

    /** {@code ADD #a :v}. */
    record Add<M>(Attribute<M, ?> attribute, Number value) implements UpdateNode<M> {
    }
}
