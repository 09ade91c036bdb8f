package dev.storm.internal.expression;

import dev.storm.Attribute;
import dev.storm.Condition;
import dev.storm.InvalidQueryException;
import dev.storm.internal.schema.FieldSchema;
import dev.storm.internal.schema.ModelSchema;
import java.util.StringJoiner;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Renders a {@link Condition} as a DynamoDB condition or filter expression, every name and value a placeholder. */
public final class ConditionRenderer {

    private static final int MAX_IN = 100;

    private ConditionRenderer() {
    }

    public static <M> String render(Condition<M> condition, ModelSchema<M> schema, ExpressionWriter writer) {
        if (condition instanceof ConditionNode.Comparison<M> c) {
            FieldSchema f = field(schema, c.attribute());
            return writer.name(f.attributeName()) + " " + c.operator() + " "
                    + writer.value(Values.encode(f, c.value()));
        }
        if (condition instanceof ConditionNode.Between<M> b) {
            FieldSchema f = field(schema, b.attribute());
            return writer.name(f.attributeName()) + " BETWEEN " + writer.value(Values.encode(f, b.low()))
                    + " AND " + writer.value(Values.encode(f, b.high()));
        }
        if (condition instanceof ConditionNode.Function<M> fn) {
            return function(fn, schema, writer);
        }
        if (condition instanceof ConditionNode.In<M> in) {
            FieldSchema f = field(schema, in.attribute());
            if (in.values().isEmpty() || in.values().size() > MAX_IN) {
                throw new InvalidQueryException(f + ": in(...) takes 1 to " + MAX_IN + " values, got "
                        + in.values().size());
            }
            StringJoiner list = new StringJoiner(", ", writer.name(f.attributeName()) + " IN (", ")");
            for (Object v : in.values()) {
                list.add(writer.value(Values.encode(f, v)));
            }
            return list.toString();
        }
        if (condition instanceof ConditionNode.And<M> and) {
            return "(" + render(and.left(), schema, writer) + " AND " + render(and.right(), schema, writer) + ")";
        }
        if (condition instanceof ConditionNode.Or<M> or) {
            return "(" + render(or.left(), schema, writer) + " OR " + render(or.right(), schema, writer) + ")";
        }
        if (condition instanceof ConditionNode.Not<M> not) {
            return "(NOT " + render(not.condition(), schema, writer) + ")";
        }
        throw new InvalidQueryException("Unsupported condition " + condition
                + "; build conditions from the metamodel, e.g. User_.email.eq(...)");
    }

    private static <M> String function(ConditionNode.Function<M> fn, ModelSchema<M> schema, ExpressionWriter w) {
        FieldSchema f = field(schema, fn.attribute());
        String name = w.name(f.attributeName());
        return switch (fn.name()) {
            case "attribute_exists", "attribute_not_exists" -> fn.name() + "(" + name + ")";
            case "begins_with" -> {
                if (!(fn.operand() instanceof String prefix)) {
                    throw new InvalidQueryException(f + ": beginsWith needs a String prefix, got " + fn.operand());
                }
                yield "begins_with(" + name + ", " + w.value(AttributeValue.fromS(prefix)) + ")";
            }
            default -> "contains(" + name + ", " + w.value(Values.encodeElement(f, fn.operand())) + ")";
        };
    }

    /** The field an attribute refers to, checked against the model being queried. */
    public static FieldSchema field(ModelSchema<?> schema, Attribute<?, ?> attribute) {
        if (attribute.model() != schema.type()) {
            throw new InvalidQueryException(attribute + " belongs to " + attribute.model().getSimpleName()
                    + ", not to " + schema.name());
        }
        return schema.field(attribute.fieldName());
    }
}
