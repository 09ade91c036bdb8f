package dev.storm.internal.jsonata;

import dev.storm.Attribute;
import dev.storm.InvalidTemplateException;
import dev.storm.Update;
import dev.storm.internal.expression.ConditionRenderer;
import dev.storm.internal.expression.UpdateNode;
import dev.storm.internal.expression.UpdateRenderer;
import dev.storm.internal.schema.FieldSchema;
import dev.storm.internal.schema.ModelSchema;
import dev.storm.internal.write.WritePolicy;
import java.util.List;

/**
 * What the manager's writes guarantee beyond the single item, and how a template keeps it or refuses: uniqueness
 * guards move in a TransactWriteItems with the item, which a single-item template cannot do, so such writes are
 * refused when the template is built; an {@code @UpdatedAt} field is set to the time the state runs.
 */
final class WriteSupport {

    private WriteSupport() {
    }

    /** Refuses a write that the manager sends with the model's uniqueness guards. */
    static void refuseGuarded(ModelSchema<?> schema, String request, String operation) {
        List<FieldSchema> unique = WritePolicy.of(schema).uniqueFields();
        if (!unique.isEmpty()) {
            throw new InvalidTemplateException(schema.name() + "." + request + ": " + schema.name() + " has unique "
                    + "fields " + unique.stream().map(FieldSchema::name).toList() + ", whose guard items the manager's "
                    + operation + " writes in one TransactWriteItems with the item; a single-item Step Functions "
                    + "template cannot keep them, so it is not built. " + capitalized(operation) + " " + schema.name()
                    + " from Java (e.g. a Lambda calling " + schema.name() + ".objects." + operation + "), or drop"
                    + " unique = true");
        }
    }

    /** Refuses an update that sets the {@code @Version} field, which every write sets itself. */
    static <M> void refuseVersionChange(ModelSchema<M> schema, List<? extends Update<M>> updates) {
        for (Update<M> u : updates) {
            FieldSchema f = field(schema, u);
            if (f == schema.versionField()) {
                throw new InvalidTemplateException(schema.name() + ".updateRequest: " + f + " is the @Version of "
                        + schema.name() + "; every write stores the next version itself, so an update cannot set it");
            }
        }
    }

    /** Refuses an update that changes a unique field, which the manager sends with the guards it moves. */
    static <M> void refuseUniqueChanges(ModelSchema<M> schema, List<? extends Update<M>> updates) {
        for (Update<M> u : updates) {
            FieldSchema f = field(schema, u);
            if (f.roles().unique()) {
                throw new InvalidTemplateException(schema.name() + ".updateRequest: " + f + " is unique, and the"
                        + " manager moves its guard item in one TransactWriteItems with the update; a single-item Step"
                        + " Functions template cannot, so it is not built. Update " + f.name() + " from Java, or"
                        + " leave it out of the template's updates");
            }
        }
    }

    /**
     * The update setting the {@code @UpdatedAt} field to the time the state runs, as the manager sets it to the time
     * of the call; null when the model has none or the updates set it.
     */
    static <M> Update<M> updatedAt(ModelSchema<M> schema, List<? extends Update<M>> updates) {
        FieldSchema updated = schema.updatedAtField();
        if (updated == null) {
            return null;
        }
        for (Update<M> u : updates) {
            if (field(schema, u) == updated) {
                return null;
            }
        }
        return new ExpressionUpdate<>(Attribute.of(schema.type(), updated.name(), updated.attributeName()),
                Scalars.now());
    }

    /**
     * The JSONata expression an update sets its field to: that of a {@code template.set}, or a String given for a
     * String field; null for anything else (a constant, a removal, an addition).
     */
    static <M> String expressionOf(ModelSchema<M> schema, Update<M> u) {
        if (u instanceof ExpressionUpdate<M> e) {
            return e.expression();
        }
        if (UpdateRenderer.node(u) instanceof UpdateNode.SetValue<M> set && set.value() instanceof String text
                && field(schema, u).rawType() == String.class) {
            return Expressions.check(field(schema, u).toString(), field(schema, u), text);
        }
        return null;
    }

    static <M> FieldSchema field(ModelSchema<M> schema, Update<M> u) {
        Attribute<M, ?> attribute = u instanceof ExpressionUpdate<M> e ? e.attribute() : UpdateRenderer.node(u).attribute();
        return ConditionRenderer.field(schema, attribute);
    }

    private static String capitalized(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
