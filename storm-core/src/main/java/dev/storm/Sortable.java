package dev.storm;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Renders a numeric or time key part at a fixed width, so that keys sort as the values do and sort-key ranges
 * ({@code lt}, {@code between}, ...) mean what they say. Only the key text changes; the field's own attribute is
 * stored as usual. Allowed on a key field ({@code pk}, {@code sk}, {@code gsi}, {@code gsiSk}) of these types:
 * <ul>
 * <li>integers ({@code byte}, {@code short}, {@code int}, {@code long}, their boxes, {@code BigInteger}):
 *     zero-padded to {@link #digits()}, {@code 42 -> 0000000042};</li>
 * <li>decimals ({@code float}, {@code double}, {@code BigDecimal}): the integer part zero-padded to
 *     {@link #digits()}, then the fraction without trailing zeros, {@code 25.50 -> 00000025.5};</li>
 * <li>a negative number: {@code -} and every digit replaced by nine minus it ({@code -42 -> -9999999957}), closed by
 *     {@code ~} for decimals, so that {@code -3 < -2.5 < -2 < 0}, all below the positives;</li>
 * <li>{@code Instant} ({@code 2024-03-05T10:15:30.000000000Z}, in UTC), {@code LocalDateTime},
 *     {@code LocalTime} (nanoseconds always written) and {@code LocalDate}, for years 0000 to 9999.</li>
 * </ul>
 * A value that does not fit is an {@link InvalidKeyException}; nothing is written.
 *
 * <pre>{@code
 * record OrderLine(@Field(pk = true) String orderId,
 *                  @Field(sk = true, identifier = "L") @Sortable(digits = 3) int lineNo) implements Model<OrderLine> {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface Sortable {

    /**
     * How many digits the integer part takes, from 1 to 100. 0 (the default) means the most the type can need:
     * 3 for {@code byte}, 5 for {@code short}, 10 for {@code int}, 19 for {@code long}; {@code float},
     * {@code double}, {@code BigDecimal} and {@code BigInteger} must say, and time types must leave it at 0.
     */
    int digits() default 0;
}
