package dev.storm.internal.jsonata;

import dev.storm.internal.expression.ExpressionWriter;
import dev.storm.internal.expression.Values;
import dev.storm.internal.schema.FieldSchema;
import dev.storm.internal.schema.Placeholder;
import java.math.BigDecimal;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The version check of a write of a {@code @Version} model, in the manager's words. It takes one form for a model
 * never written (version absent, null or 0: the stored item must have no version, or 0) and another for a model read
 * at a version (the stored version must be that one), so a template holds both and picks one where it runs, by
 * {@link #isFresh}.
 */
final class VersionChecks {

    private VersionChecks() {
    }

    /** The condition, with its names and values put in the writer. */
    static String render(ExpressionWriter w, FieldSchema version, boolean fresh, Placeholder expected) {
        String name = w.name(version.attributeName());
        if (!fresh) {
            return name + " = " + w.value(version.encode(expected));
        }
        String absentOrNull = "(attribute_not_exists(" + w.name(version.attributeName()) + ") OR attribute_type("
                + name + ", " + w.value(AttributeValue.fromS("NULL")) + "))";
        return "(" + absentOrNull + " OR " + name + " = "
                + w.value(version.encode(Values.coerce(version, BigDecimal.ZERO))) + ")";
    }

    /** JSONata telling whether the state input's version (its binding) is that of a model never written. */
    static String isFresh(String binding) {
        return "($n := " + binding + "; $not($exists($n)) or $n = null or $n = 0 or $n = '0')";
    }

    /** JSONata giving the version a write stores: the state input's version (0 when absent or null) plus one. */
    static String next(String binding) {
        return "($n := " + binding + "; ($exists($n) and $n != null ? $number($n) : 0) + 1)";
    }
}
