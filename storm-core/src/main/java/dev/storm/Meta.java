package dev.storm;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Model-wide settings. {@code suffix} ends the partition key and the GSI partition keys; it defaults to the simple
 * class name, as in STORM (Python).
 *
 * <pre>{@code @Meta(suffix = "USER") record User(...) implements Model<User> {}}</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Meta {

    /** The key suffix; empty means the simple class name. */
    String suffix() default "";
}
