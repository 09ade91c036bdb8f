package dev.storm;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A server-side arithmetic expression over stored attributes, as Django's {@code F}: {@code F.of(Counter_.hits).plus(1)}
 * makes DynamoDB compute the new value atomically ({@code SET #hits = #hits + :v}), so concurrent increments never
 * lose each other. DynamoDB allows one {@code +} or {@code -} in a value: constants fold together
 * ({@code plus(1).plus(2)} is {@code + 3}), and adding a second attribute to an expression that already has an
 * operator is an {@link InvalidValueException}. Immutable and thread-safe.
 */
public final class F {

    private final String attribute;
    private final char operator;
    private final String otherAttribute;
    private final BigDecimal constant;

    private F(String attribute, char operator, String otherAttribute, BigDecimal constant) {
        this.attribute = attribute;
        this.operator = operator;
        this.otherAttribute = otherAttribute;
        this.constant = constant;
    }

    /** The stored value of a model attribute. */
    public static F of(Attribute<?, ?> attribute) {
        return of(Objects.requireNonNull(attribute, "attribute").attributeName());
    }

    /** The stored value of an attribute by its DynamoDB name. */
    public static F of(String attributeName) {
        if (attributeName == null || attributeName.isEmpty()) {
            throw new InvalidValueException("F.of needs an attribute name, got " + attributeName);
        }
        return new F(attributeName, '\0', null, null);
    }

    /** This plus a number. */
    public F plus(Number value) {
        return withConstant(decimal(value), '+');
    }

    /** This minus a number. */
    public F minus(Number value) {
        return withConstant(decimal(value), '-');
    }

    /** This plus another attribute's value. */
    public F plus(F other) {
        return withAttribute(other, '+');
    }

    /** This minus another attribute's value. */
    public F minus(F other) {
        return withAttribute(other, '-');
    }

    /** The attribute the expression starts from. */
    public String attribute() {
        return attribute;
    }

    /** {@code '+'}, {@code '-'}, or {@code '\0'} when the expression is the attribute alone. */
    public char operator() {
        return operator;
    }

    /** The attribute right of the operator, or null. */
    public String otherAttribute() {
        return otherAttribute;
    }

    /** The number right of the operator, or null. */
    public BigDecimal constant() {
        return constant;
    }

    private F withConstant(BigDecimal value, char op) {
        if (operator == '\0') {
            return new F(attribute, op, null, value);
        }
        if (constant == null) {
            throw tooComplex();
        }
        BigDecimal signed = op == operator ? constant.add(value) : constant.subtract(value);
        return new F(attribute, operator, null, signed);
    }

    private F withAttribute(F other, char op) {
        Objects.requireNonNull(other, "other");
        if (operator != '\0' || other.operator != '\0') {
            throw tooComplex();
        }
        return new F(attribute, op, other.attribute, null);
    }

    private InvalidValueException tooComplex() {
        return new InvalidValueException("F expression on '" + attribute + "' is too complex: DynamoDB allows one"
                + " + or - between two operands in a SET value; split it into two updates");
    }

    private BigDecimal decimal(Number value) {
        Objects.requireNonNull(value, "value");
        try {
            return value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
        } catch (NumberFormatException e) {
            throw new InvalidValueException("F expression on '" + attribute + "': " + value
                    + " is not a number DynamoDB can store", e);
        }
    }

    @Override
    public String toString() {
        if (operator == '\0') {
            return "F(" + attribute + ")";
        }
        return "F(" + attribute + " " + operator + " " + (otherAttribute != null ? otherAttribute : constant) + ")";
    }
}
