package dev.storm.internal.jsonata;

import dev.storm.internal.schema.FieldSchema;
import dev.storm.internal.schema.StandIn;
import java.util.HashMap;
import java.util.Map;

/**
 * The model a template's request is built from: each field holds the placeholder of its bound expression, unless
 * the request gives the field a value of its own (a literal or another expression).
 */
final class Inputs implements StandIn {

    private final Markers markers;
    private final Map<FieldSchema, String> bindings;
    private final Map<FieldSchema, Object> given;
    private final Map<FieldSchema, Object> placeholders = new HashMap<>();

    Inputs(Markers markers, Map<FieldSchema, String> bindings, Map<FieldSchema, Object> given) {
        this.markers = markers;
        this.bindings = bindings;
        this.given = given;
    }

    @Override
    public Object valueOf(FieldSchema field) {
        if (given.containsKey(field)) {
            return given.get(field);
        }
        return placeholders.computeIfAbsent(field, f -> markers.value(f, bindings.get(f), nullable(f)));
    }

    /**
     * Whether the manager could write the field as NULL: it is neither a primitive nor part of the table's key (an
     * index's key fields may all be null: the item is then absent from that index).
     */
    static boolean nullable(FieldSchema field) {
        return !field.rawType().isPrimitive() && !field.roles().pk() && !field.roles().sk();
    }
}
