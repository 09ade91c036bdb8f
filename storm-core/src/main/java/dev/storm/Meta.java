package dev.storm;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Model-wide settings. {@code suffix} ends the partition key and the GSI partition keys; it defaults to the simple
 * class name, as in STORM (Python). {@code keyLayout} says which generation of STORM for Python the keys are written
 * like; without it, the layout of the nearest {@link DefaultKeyLayout} package, else {@link KeyLayout#STORM_0_2}.
 * {@code viewOf} declares a deliberate second view of another model's items.
 *
 * <pre>{@code @Meta(suffix = "USER", keyLayout = KeyLayout.STORM_0_1) record User(...) implements Model<User> {}}</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Meta {

    /** The key suffix; empty means the simple class name. */
    String suffix() default "";

    /**
     * The model's key layout: at most one. Empty (the default) means the layout of the nearest package annotated
     * with {@link DefaultKeyLayout}, or {@link KeyLayout#STORM_0_2} when there is none. An array only so that "not
     * given" can be told apart from a layout; write {@code keyLayout = KeyLayout.STORM_0_1}.
     */
    KeyLayout[] keyLayout() default {};

    /**
     * The model whose items this one deliberately reads and writes too: a second view of one item type, with the
     * same suffix and key identifiers (e.g. a summary that reads a few fields of {@code User}'s items). Without it,
     * two models whose keys are composed alike are refused (at compile time when compiled together, else on first
     * use on one table), because each would silently read and overwrite the other's items. {@code void.class} (the
     * default) declares no such view.
     *
     * <pre>{@code @Meta(suffix = "USER", viewOf = User.class) record UserName(...) implements Model<UserName> {}}</pre>
     */
    Class<?> viewOf() default void.class;
}
