package dev.storm.internal.schema;

import dev.storm.KeyLayout;
import dev.storm.internal.codec.GeneratedRecord;
import java.lang.reflect.AnnotatedElement;

/**
 * A record model's accessors and annotations, written at compile time by STORM's codec processor as
 * {@code User_Codec} beside the metamodel {@code User_}: STORM then builds the model's schema without reading
 * annotations reflectively and moves values in and out without method handles. Models compiled without the
 * processor are introspected as before. Instances are stateless and thread-safe.
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
}
