package dev.storm.internal.expression;

import dev.storm.InvalidValueException;
import dev.storm.internal.codec.Codecs;
import dev.storm.internal.schema.Describe;
import dev.storm.internal.schema.FieldSchema;
import dev.storm.internal.schema.Placeholder;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Converts values given in conditions and updates to their field's type and encodes them. */
public final class Values {

    private Values() {
    }

    /** The value converted to the field's Java type: numbers exactly, anything else checked against the type. */
    public static Object coerce(FieldSchema field, Object value) {
        if (value == null || value instanceof Placeholder) {
            return value;
        }
        Class<?> type = box(field.rawType());
        if (type.isInstance(value)) {
            return value;
        }
        if (value instanceof Number n && Number.class.isAssignableFrom(type)) {
            return convert(field, n, type);
        }
        throw new InvalidValueException(field + ": value " + Describe.value(value) + " is a "
                + value.getClass().getSimpleName() + ", but the field holds " + field.genericType().getTypeName());
    }

    /** The attribute value of a field value given in a condition or update. */
    public static AttributeValue encode(FieldSchema field, Object value) {
        return field.encode(coerce(field, value));
    }

    /** The attribute value of an element tested with {@code contains}. */
    public static AttributeValue encodeElement(FieldSchema field, Object element) {
        if (element == null) {
            throw new InvalidValueException(field + ": contains(null) cannot be evaluated");
        }
        Type type = field.genericType();
        if (type instanceof ParameterizedType p && Collection.class.isAssignableFrom(field.rawType())) {
            try {
                return Codecs.forType(p.getActualTypeArguments()[0]).encode(element);
            } catch (IllegalArgumentException | ClassCastException e) {
                throw new InvalidValueException(field + ": element " + Describe.value(element)
                        + " does not fit " + type.getTypeName(), e);
            }
        }
        if (element instanceof String s) {
            return AttributeValue.fromS(s);
        }
        throw new InvalidValueException(field + ": contains(" + Describe.value(element)
                + ") needs a String for a " + type.getTypeName() + " field");
    }

    private static Object convert(FieldSchema field, Number n, Class<?> type) {
        try {
            BigDecimal d = n instanceof BigDecimal b ? b
                    : n instanceof BigInteger i ? new BigDecimal(i) : new BigDecimal(n.toString());
            if (type == Integer.class) {
                return d.intValueExact();
            } else if (type == Long.class) {
                return d.longValueExact();
            } else if (type == Short.class) {
                return d.shortValueExact();
            } else if (type == Byte.class) {
                return d.byteValueExact();
            } else if (type == Double.class) {
                return d.doubleValue();
            } else if (type == Float.class) {
                return d.floatValue();
            } else if (type == BigDecimal.class) {
                return d;
            } else if (type == BigInteger.class) {
                return d.toBigIntegerExact();
            }
        } catch (ArithmeticException | NumberFormatException e) {
            throw new InvalidValueException(field + ": value " + n + " does not fit the field's type "
                    + type.getSimpleName(), e);
        }
        throw new InvalidValueException(field + ": value " + n + " cannot be converted to " + type.getSimpleName());
    }

    private static Class<?> box(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        return switch (type.getName()) {
            case "int" -> Integer.class;
            case "long" -> Long.class;
            case "short" -> Short.class;
            case "byte" -> Byte.class;
            case "double" -> Double.class;
            case "float" -> Float.class;
            case "boolean" -> Boolean.class;
            default -> Character.class;
        };
    }
}
