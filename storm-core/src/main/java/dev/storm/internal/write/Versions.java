package dev.storm.internal.write;

import dev.storm.internal.expression.Values;
import dev.storm.internal.schema.FieldSchema;
import java.math.BigDecimal;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Version numbers of {@code @Version} fields. A model holding null or 0 has never been written by STORM; every write
 * stores the model's version plus one.
 */
final class Versions {

    private Versions() {
    }

    static Object of(FieldSchema version, Object model) {
        return version.get(model);
    }

    static boolean isNew(Object version) {
        return version == null || decimal(version).signum() == 0;
    }

    /** Zero in the field's own type. */
    static Object zero(FieldSchema version) {
        return Values.coerce(version, BigDecimal.ZERO);
    }

    /** The version after a write, in the field's own type. */
    static Object next(FieldSchema version, Object current) {
        BigDecimal base = current == null ? BigDecimal.ZERO : decimal(current);
        return Values.coerce(version, base.add(BigDecimal.ONE));
    }

    /** The version stored in an item; null when it has none. */
    static Object stored(FieldSchema version, Map<String, AttributeValue> item) {
        AttributeValue value = item.get(version.attributeName());
        if (value == null || Boolean.TRUE.equals(value.nul())) {
            return null;
        }
        return version.decode(value);
    }

    static boolean same(Object expected, Object stored) {
        if (isNew(expected) || isNew(stored)) {
            return isNew(expected) && isNew(stored);
        }
        return decimal(expected).compareTo(decimal(stored)) == 0;
    }

    private static BigDecimal decimal(Object number) {
        return number instanceof BigDecimal d ? d : new BigDecimal(number.toString());
    }
}
