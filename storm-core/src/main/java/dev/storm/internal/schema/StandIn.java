package dev.storm.internal.schema;

/**
 * Stands in for a model instance where a request is built from values that are not a model's (see
 * {@link Placeholder}): {@link FieldSchema#get} reads the field's value from here, so the request builders work
 * unchanged. Passed where a model is expected through an unchecked cast; nothing in the builders casts a model to
 * its class.
 */
public interface StandIn {

    /** The value of the field, a {@link Placeholder} or a value of the field's type. */
    Object valueOf(FieldSchema field);
}
