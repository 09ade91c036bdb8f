package dev.storm.internal.expression;

import dev.storm.F;
import dev.storm.InvalidValueException;
import dev.storm.Update;
import dev.storm.internal.codec.Codecs;
import dev.storm.internal.schema.FieldSchema;
import dev.storm.internal.schema.ModelSchema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Renders updates as one DynamoDB update expression: {@code SET ... REMOVE ... ADD ...}. */
public final class UpdateRenderer {

    private UpdateRenderer() {
    }

    /** Casts a user-supplied update to the node types STORM makes. */
    public static <M> UpdateNode<M> node(Update<M> update) {
        if (update instanceof UpdateNode<M> node) {
            return node;
        }
        throw new InvalidValueException("Unsupported update " + update
                + "; build updates from the metamodel, e.g. User_.email.set(...)");
    }

    /**
     * The update expression. {@code extraSets} are attributes STORM sets itself (index keys kept in step, versions),
     * rendered after the user's own.
     */
    public static <M> String render(List<? extends Update<M>> updates, ModelSchema<M> schema, ExpressionWriter w,
                                    Map<String, AttributeValue> extraSets) {
        return render(updates, schema, w, extraSets, List.of());
    }

    /**
     * The update expression with attributes STORM sets ({@code extraSets}) and removes ({@code extraRemoves}, the
     * keys of an index an item leaves) itself, rendered after the user's own.
     */
    public static <M> String render(List<? extends Update<M>> updates, ModelSchema<M> schema, ExpressionWriter w,
                                    Map<String, AttributeValue> extraSets, List<String> extraRemoves) {
        List<String> sets = new ArrayList<>();
        List<String> removes = new ArrayList<>();
        List<String> adds = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Update<M> update : updates) {
            UpdateNode<M> node = node(update);
            FieldSchema f = ConditionRenderer.field(schema, node.attribute());
            if (!seen.add(f.name())) {
                throw new InvalidValueException(f + " is changed twice in one update; DynamoDB allows one change"
                        + " per attribute");
            }
            String name = w.name(f.attributeName());
            if (node instanceof UpdateNode.SetValue<M> s) {
                sets.add(name + " = " + w.value(Values.encode(f, s.value())));
            } else if (node instanceof UpdateNode.SetExpression<M> s) {
                checkArithmetic(schema, f, s.expression());
                sets.add(name + " = " + renderF(s.expression(), w));
            } else if (node instanceof UpdateNode.Remove<M>) {
                removes.add(name);
            } else if (node instanceof UpdateNode.Add<M> a) {
                if (!Codecs.isNumeric(f.genericType())) {
                    throw new InvalidValueException(f + ": add(" + a.value() + ") needs a numeric field, not "
                            + f.genericType().getTypeName());
                }
                adds.add(name + " " + w.value(Values.encode(f, a.value())));
            }
        }
        extraSets.forEach((name, value) -> sets.add(w.name(name) + " = " + w.value(value)));
        extraRemoves.forEach(name -> removes.add(w.name(name)));
        StringBuilder expression = new StringBuilder();
        clause(expression, "SET ", sets);
        clause(expression, "REMOVE ", removes);
        clause(expression, "ADD ", adds);
        return expression.toString();
    }

    /**
     * Refuses, before anything is sent, arithmetic DynamoDB would reject or store wrongly: an {@code F} with an
     * operator whose target or operand is a field that is not numeric, and a constant the target field cannot hold
     * (out of DynamoDB's number range, or not of the field's type, as 0.5 for an int).
     */
    private static void checkArithmetic(ModelSchema<?> schema, FieldSchema target, F f) {
        if (f.operator() == '\0') {
            return;
        }
        if (!Codecs.isNumeric(target.genericType())) {
            throw new InvalidValueException(target + " holds " + target.genericType().getTypeName() + ", so it cannot"
                    + " be set to the arithmetic " + f + "; F with plus or minus needs a numeric field");
        }
        for (String operand : new String[] {f.attribute(), f.otherAttribute()}) {
            FieldSchema field = operand == null ? null : schema.fieldByAttribute(operand);
            if (field != null && !Codecs.isNumeric(field.genericType())) {
                throw new InvalidValueException(target + " = " + f + ": the operand " + field + " holds "
                        + field.genericType().getTypeName() + ", not a number, so DynamoDB cannot compute it");
            }
        }
        if (f.constant() != null) {
            try {
                Values.encode(target, f.constant());
            } catch (InvalidValueException e) {
                throw new InvalidValueException(target + " = " + f + ": the constant " + f.constant().toString()
                        + " cannot be added to it: " + e.getMessage(), e);
            }
        }
    }

    /** {@code #a}, {@code #a + :v} or {@code #a - #b}. */
    public static String renderF(F f, ExpressionWriter w) {
        String left = w.name(f.attribute());
        if (f.operator() == '\0') {
            return left;
        }
        String right = f.otherAttribute() != null ? w.name(f.otherAttribute()) : w.value(number(f.constant()));
        return left + " " + f.operator() + " " + right;
    }

    private static AttributeValue number(BigDecimal value) {
        return AttributeValue.fromN(value.toPlainString());
    }

    private static void clause(StringBuilder expression, String keyword, List<String> parts) {
        if (parts.isEmpty()) {
            return;
        }
        if (expression.length() > 0) {
            expression.append(' ');
        }
        expression.append(keyword).append(String.join(", ", parts));
    }
}
