package dev.storm.internal.jsonata;

import dev.storm.Attribute;
import dev.storm.Update;

/**
 * Sets a field of any type to the value of a JSONata expression. Only a template renders it: the manager refuses
 * it as an unsupported update, so it can never store the expression's text.
 *
 * @param attribute  the field
 * @param expression the JSONata expression giving the new value
 */
public record ExpressionUpdate<M>(Attribute<M, ?> attribute, String expression) implements Update<M> {

    @Override
    public String toString() {
        return "JSONata template update " + attribute + " = " + expression
                + " (only JsonataTemplate.updateRequest renders it)";
    }
}
