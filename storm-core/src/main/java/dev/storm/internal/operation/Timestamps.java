package dev.storm.internal.operation;

import dev.storm.Attribute;
import dev.storm.Update;
import dev.storm.internal.expression.UpdateRenderer;
import dev.storm.internal.schema.FieldSchema;
import dev.storm.internal.schema.ModelSchema;
import dev.storm.internal.schema.StandIn;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Fills {@code @CreatedAt} and {@code @UpdatedAt} fields on writes. A put writes a copy of the model with the times
 * set, before its keys are composed, so that a timestamp may be part of an index key; an update gains a
 * {@code set(now)} of the {@code @UpdatedAt} field, which keeps such an index key in step like any other set.
 */
public final class Timestamps {

    private Timestamps() {
    }

    /** The model as a put writes it: {@code @CreatedAt} set when null, {@code @UpdatedAt} set to now. */
    public static <M> M forPut(ModelSchema<M> schema, M model, Instant now) {
        FieldSchema created = schema.createdAtField();
        FieldSchema updated = schema.updatedAtField();
        if (model instanceof StandIn) {
            // a Step Functions template: its fields hold expressions, bound by the template (e.g. to $now())
            return model;
        }
        boolean fillCreated = created != null && created.get(model) == null;
        if (!fillCreated && updated == null) {
            return model;
        }
        Object[] values = new Object[schema.fields().size()];
        for (FieldSchema f : schema.fields()) {
            values[f.position()] = f.get(model);
        }
        if (fillCreated) {
            values[created.position()] = now;
        }
        if (updated != null) {
            values[updated.position()] = now;
        }
        return schema.instantiate(values);
    }

    /** The model a put stored, timestamps included: the model itself when it has none. */
    public static <M> M stored(ModelSchema<M> schema, M model, Map<String, AttributeValue> item) {
        return schema.createdAtField() == null && schema.updatedAtField() == null ? model : schema.fromItem(item);
    }

    /**
     * The updates plus {@code @UpdatedAt = now}, unless the model has no such field, the updates set it, or the model
     * is a template's stand-in (whose time is the template's to give, not the time it was built).
     */
    public static <M> List<? extends Update<M>> withUpdatedAt(ModelSchema<M> schema, M model,
                                                              List<? extends Update<M>> updates, Instant now) {
        FieldSchema updated = schema.updatedAtField();
        if (updated == null || model instanceof StandIn) {
            return updates;
        }
        for (Update<M> u : updates) {
            if (UpdateRenderer.node(u).attribute().fieldName().equals(updated.name())) {
                return updates;
            }
        }
        List<Update<M>> all = new ArrayList<>(updates);
        Attribute<M, Object> attribute = Attribute.of(schema.type(), updated.name(), updated.attributeName());
        all.add(attribute.set(now));
        return all;
    }
}
