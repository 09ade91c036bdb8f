package dev.storm.internal.expression;

import dev.storm.Attribute;
import dev.storm.Condition;
import java.util.List;

/** The shapes a {@link Condition} takes; rendered by {@link ConditionRenderer}. */
public sealed interface ConditionNode<M> extends Condition<M> {

    /** {@code attribute operator value}: =, <>, <, <=, >, >=. */
    record Comparison<M>(Attribute<M, ?> attribute, String operator, Object value) implements ConditionNode<M> {
    }

    /** {@code attribute BETWEEN low AND high}. */
    record Between<M>(Attribute<M, ?> attribute, Object low, Object high) implements ConditionNode<M> {
    }

    /** {@code function(attribute[, operand])}: begins_with, contains, attribute_exists, attribute_not_exists. */
    record Function<M>(String name, Attribute<M, ?> attribute, Object operand) implements ConditionNode<M> {
    }

    /** {@code attribute IN (values)}. */
    record In<M>(Attribute<M, ?> attribute, List<?> values) implements ConditionNode<M> {
    }

    /** {@code (left AND right)}. */
    record And<M>(Condition<M> left, Condition<M> right) implements ConditionNode<M> {
    }

    /** {@code (left OR right)}. */
    record Or<M>(Condition<M> left, Condition<M> right) implements ConditionNode<M> {
    }

    /** {@code (NOT condition)}. */
    record Not<M>(Condition<M> condition) implements ConditionNode<M> {
    }
}
