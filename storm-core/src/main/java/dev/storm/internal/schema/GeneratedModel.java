package dev.storm.internal.schema;

import dev.storm.KeyLayout;
import dev.storm.internal.codec.GeneratedRecord;
import java.lang.reflect.AnnotatedElement;

/**
 * A record model's accessors and annotations, written at compile time by STORM's codec processor as
 * {@code User_Codec} beside the metamodel {@code User_}: STORM then builds the model's schema without reading
 * annotations reflectively and moves values in and out without method handles. Models compiled without the
 * processor are introspected as before. For a generated model STORM reads the schema from the facts stated here
 * (suffix, key layout, attribute names, generic types, key roles, options), which the processor resolved when it
 * checked the model: no annotation is read and no generic signature parsed. Instances are stateless and
 * thread-safe.
 *
 * @param <M> the model type
 */
public interface GeneratedModel<M> extends GeneratedRecord<M> {

    /** STORM's own annotations on the model type ({@code @Meta}), as reflection on the class would return them. */
    AnnotatedElement type();

    /**
     * The key layout the model's keys are written in, as the processor resolved it: {@code @Meta(keyLayout = ...)},
     * else the nearest package's {@code @DefaultKeyLayout}, else {@code STORM_0_2}; STORM then looks up no
     * {@code package-info} class at run time.
     */
    KeyLayout keyLayout();

    /** The suffix the model's keys end with: {@code @Meta(suffix = ...)}, else the model's simple name. */
    String suffix();

    /** The attribute name of each field by position: {@code @Field(name = ...)}, else the component's name. */
    String[] attributeNames();

    /**
     * Each field's key roles by position, resolved from {@code @Field} and {@code @Version} by the rules the
     * runtime applies to the annotations.
     */
    KeyRoles[] keyRoles();

    /**
     * Each field's options by position ({@code @Ttl}, {@code @CreatedAt}, {@code @UpdatedAt}); null for a
     * {@code @Sortable} field, whose options STORM reads from {@link #component(int)}.
     */
    FieldOptions[] fieldOptions();

    /** The position of the {@code @Version} field, or -1. */
    int versionField();
}
