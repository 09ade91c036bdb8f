package dev.storm;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an {@code Instant} field that STORM sets to the current time on every {@code create}, {@code save} and
 * {@code update} (unless the update sets it itself). At most one per model. It may be part of an index key, e.g.
 * {@code @Field(gsiSk = true, index = 2)} to list items by last change; the index key follows it.
 *
 * <pre>{@code
 * record Customer(@Field(pk = true) String customerId, @UpdatedAt Instant updatedAt) implements Model<Customer> {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface UpdatedAt {
}
