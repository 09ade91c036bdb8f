package dev.storm.internal.codec;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Helpers shared by the codecs: the NULL attribute and the wording of type mismatches. */
final class Attributes {

    /** Shared because an AttributeValue is immutable and a NULL is written for every absent nested value. */
    static final AttributeValue NULL = AttributeValue.fromNul(true);

    private Attributes() {
    }

    static boolean isNull(AttributeValue value) {
        return Boolean.TRUE.equals(value.nul());
    }

    /** The error for an attribute of the wrong DynamoDB type, e.g. an S where an N was expected. */
    static IllegalArgumentException mismatch(AttributeValue found, String expectedType, String javaType) {
        return new IllegalArgumentException("expected DynamoDB type " + describe(expectedType) + " for " + javaType
                + " but found " + describe(found));
    }

    static String describe(AttributeValue value) {
        return switch (value.type()) {
            case UNKNOWN_TO_SDK_VERSION -> "an attribute with no value";
            case NUL -> "NULL";
            default -> describe(value.type().name());
        };
    }

    private static String describe(String type) {
        return switch (type) {
            case "S" -> "S (string)";
            case "N" -> "N (number)";
            case "B" -> "B (binary)";
            case "SS" -> "SS (string set)";
            case "NS" -> "NS (number set)";
            case "BS" -> "BS (binary set)";
            case "M" -> "M (map)";
            case "L" -> "L (list)";
            case "BOOL" -> "BOOL (boolean)";
            default -> type;
        };
    }
}
