package dev.storm;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an {@code Instant} field that STORM fills with the current time when the model is written by
 * {@code create} or {@code save} while the field is null; a value the model already carries (read from the table)
 * is kept. At most one per model. {@code create} returns the model as stored, with the field set.
 *
 * <pre>{@code
 * record Customer(@Field(pk = true) String customerId, @CreatedAt Instant createdAt) implements Model<Customer> {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface CreatedAt {
}
