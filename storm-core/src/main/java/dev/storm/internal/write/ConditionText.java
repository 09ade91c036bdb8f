package dev.storm.internal.write;

import dev.storm.Condition;
import dev.storm.internal.expression.ConditionNode;
import dev.storm.internal.schema.Describe;
import java.util.StringJoiner;

/** A user condition in words for error messages: {@code Account.status = "OPEN"}. */
public final class ConditionText {

    private ConditionText() {
    }

    public static String of(Condition<?> condition) {
        if (condition instanceof ConditionNode.Comparison<?> c) {
            return c.attribute() + " " + c.operator() + " " + Describe.value(c.value());
        }
        if (condition instanceof ConditionNode.Between<?> b) {
            return b.attribute() + " between " + Describe.value(b.low()) + " and " + Describe.value(b.high());
        }
        if (condition instanceof ConditionNode.Function<?> f) {
            return f.name() + "(" + f.attribute() + (f.operand() == null ? "" : ", " + Describe.value(f.operand()))
                    + ")";
        }
        if (condition instanceof ConditionNode.In<?> in) {
            StringJoiner values = new StringJoiner(", ", in.attribute() + " in (", ")");
            in.values().forEach(v -> values.add(Describe.value(v)));
            return values.toString();
        }
        if (condition instanceof ConditionNode.And<?> and) {
            return "(" + of(and.left()) + " and " + of(and.right()) + ")";
        }
        if (condition instanceof ConditionNode.Or<?> or) {
            return "(" + of(or.left()) + " or " + of(or.right()) + ")";
        }
        if (condition instanceof ConditionNode.Not<?> not) {
            return "not " + of(not.condition());
        }
        return String.valueOf(condition);
    }
}
