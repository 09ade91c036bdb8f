package dev.storm;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares how a model component is stored: as part of the partition key, the sort key or a GSI key, under which
 * identifier, and under which DynamoDB attribute name. Components without it are plain attributes.
 *
 * <pre>{@code
 * record User(@Field(pk = true) String userId,
 *             @Field(gsi = true, identifier = "E") String emailGsi,
 *             @Field(name = "display_name") String name) implements Model<User> {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface Field {

    /** Part of the partition key ({@code PK}), in declaration order. */
    boolean pk() default false;

    /** Part of the sort key ({@code SK}), in declaration order. */
    boolean sk() default false;

    /** Part of the partition key of the global secondary index(es) named by {@link #index()} ({@code GSI1PK}, ...). */
    boolean gsi() default false;

    /** Part of the sort key of the global secondary index(es) named by {@link #index()} ({@code GSI2SK}, ...). */
    boolean gsiSk() default false;

    /** The global secondary indexes {@link #gsi()} and {@link #gsiSk()} refer to; {@code 1} is {@code GSI1}. */
    int[] index() default {1};

    /** The identifier written before the value in keys; empty means the first letter of the name, upper-cased. */
    String identifier() default "";

    /** The DynamoDB attribute name; empty means the Java name. */
    String name() default "";

    /** Guarded by a uniqueness item written in the same transaction as the model. */
    boolean unique() default false;
}
