package dev.storm.internal.query;

import dev.storm.internal.schema.FieldSchema;

/**
 * A range on one sort-key field given to {@code using}: {@code <, <=, >, >=, BETWEEN} or {@code begins_with}.
 *
 * @param low  the value compared with, the lower bound of BETWEEN, or the prefix of begins_with
 * @param high the upper bound of BETWEEN, else null
 */
public record SortKeyRange(FieldSchema field, String operator, Object low, Object high) {

    /** How the range reads in messages: {@code Order.placedOn BETWEEN 2024-01-01 AND 2024-01-31}. */
    @Override
    public String toString() {
        return switch (operator) {
            case "BETWEEN" -> field + " BETWEEN " + low + " AND " + high;
            case "begins_with" -> "begins_with(" + field + ", \"" + low + "\")";
            default -> field + " " + operator + " " + low;
        };
    }
}
