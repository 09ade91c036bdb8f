package dev.storm;

import dev.storm.internal.expression.ConditionNode;
import dev.storm.internal.expression.UpdateNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * A typed reference to one field of a model, as generated in the metamodel ({@code User_.email}). It makes the
 * conditions ({@code eq}, {@code gt}, {@code beginsWith}, ...) and updates ({@code set}, {@code remove}, {@code add})
 * STORM sends with placeholders. Immutable and thread-safe.
 *
 * <pre>{@code
 * User.objects.get(User_.userId.eq("user123"));
 * user.update(User_.email.set("new@b.c"));
 * }</pre>
 *
 * @param <M> the model
 * @param <V> the field's Java type (boxed for primitives)
 */
public class Attribute<M, V> {

    private final Class<M> model;
    private final String fieldName;
    private final String attributeName;

    Attribute(Class<M> model, String fieldName, String attributeName) {
        this.model = Objects.requireNonNull(model, "model");
        this.fieldName = Objects.requireNonNull(fieldName, "fieldName");
        this.attributeName = Objects.requireNonNull(attributeName, "attributeName");
    }

    /** The attribute for a field; called by the generated metamodel. */
    public static <M, V> Attribute<M, V> of(Class<M> model, String fieldName, String attributeName) {
        return new Attribute<>(model, fieldName, attributeName);
    }

    /** The attribute for a numeric field; called by the generated metamodel. */
    public static <M, V extends Number> NumberAttribute<M, V> numeric(Class<M> model, String fieldName,
                                                                   String attributeName) {
        return new NumberAttribute<>(model, fieldName, attributeName);
    }

    /** The model class. */
    public Class<M> model() {
        return model;
    }

    /** The Java field name. */
    public String fieldName() {
        return fieldName;
    }

    /** The DynamoDB attribute name. */
    public String attributeName() {
        return attributeName;
    }

    /** Equal to the value; in {@code get}/{@code using}, the value of a key field. */
    public Condition<M> eq(V value) {
        return compare("=", value);
    }

    /** Not equal to the value. */
    public Condition<M> ne(V value) {
        return compare("<>", value);
    }

    /** Greater than the value. */
    public Condition<M> gt(V value) {
        return compare(">", value);
    }

    /** Greater than or equal to the value. */
    public Condition<M> ge(V value) {
        return compare(">=", value);
    }

    /** Less than the value. */
    public Condition<M> lt(V value) {
        return compare("<", value);
    }

    /** Less than or equal to the value. */
    public Condition<M> le(V value) {
        return compare("<=", value);
    }

    /** Between the two values, inclusive. */
    public Condition<M> between(V low, V high) {
        return new ConditionNode.Between<>(this, low, high);
    }

    /** A string attribute starting with the prefix ({@code begins_with}). */
    public Condition<M> beginsWith(String prefix) {
        return new ConditionNode.Function<>("begins_with", this, prefix);
    }

    /** A string attribute containing the substring, or a set or list attribute containing the element. */
    public Condition<M> contains(Object element) {
        return new ConditionNode.Function<>("contains", this, element);
    }

    /** Equal to one of the values (at most 100). */
    @SafeVarargs
    public final Condition<M> in(V... values) {
        List<V> list = new ArrayList<>(values.length);
        for (V v : values) {
            list.add(v);
        }
        return in(list);
    }

    /** Equal to one of the values (at most 100). */
    public Condition<M> in(Collection<? extends V> values) {
        return new ConditionNode.In<>(this, new ArrayList<>(values));
    }

    /** The attribute is present on the item ({@code attribute_exists}). */
    public Condition<M> exists() {
        return new ConditionNode.Function<>("attribute_exists", this, null);
    }

    /** The attribute is absent from the item ({@code attribute_not_exists}). */
    public Condition<M> notExists() {
        return new ConditionNode.Function<>("attribute_not_exists", this, null);
    }

    /** Sets the field to a value (null stores a NULL attribute). */
    public Update<M> set(V value) {
        return new UpdateNode.SetValue<>(this, value);
    }

    /** Sets the field to a server-side expression: {@code Counter_.hits.set(F.of(Counter_.hits).plus(1))}. */
    public Update<M> set(F expression) {
        return new UpdateNode.SetExpression<>(this, Objects.requireNonNull(expression, "expression"));
    }

    /** Removes the attribute from the item; it then reads as null. */
    public Update<M> remove() {
        return new UpdateNode.Remove<>(this);
    }

    /** Adds a number to a numeric attribute atomically ({@code ADD}); a missing attribute counts as 0. */
    public Update<M> add(Number value) {
        return new UpdateNode.Add<>(this, Objects.requireNonNull(value, "value"));
    }

    Condition<M> compare(String operator, Object value) {
        return new ConditionNode.Comparison<>(this, operator, value);
    }

    @Override
    public String toString() {
        return model.getSimpleName() + "." + fieldName;
    }
}
