package dev.storm.internal.write;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * What an update expression written by STORM's renderer does to each attribute: set to a constant, removed, or
 * computed by DynamoDB ({@code SET #a = #a + :v}, {@code ADD}). Read back from the request, so that it describes
 * exactly what was sent: timestamps, versions and index keys included.
 *
 * @param constants attribute name to the value set
 * @param removed   attribute names removed
 * @param computed  whether any attribute is computed, which sending twice would apply twice
 */
record Assignments(Map<String, AttributeValue> constants, Set<String> removed, boolean computed) {

    static Assignments of(UpdateItemRequest request) {
        Map<String, String> names = request.hasExpressionAttributeNames() ? request.expressionAttributeNames()
                : Map.of();
        Map<String, AttributeValue> values = request.hasExpressionAttributeValues()
                ? request.expressionAttributeValues() : Map.of();
        Map<String, AttributeValue> constants = new HashMap<>();
        Set<String> removed = new HashSet<>();
        boolean computed = false;
        String clause = null;
        // the renderer writes "SET a = x, b = y REMOVE c ADD d :v", placeholders never holding a space or comma
        for (String token : request.updateExpression().split(" (?=(SET|REMOVE|ADD) )|, ")) {
            String part = token;
            for (String keyword : new String[] {"SET ", "REMOVE ", "ADD "}) {
                if (part.startsWith(keyword)) {
                    clause = keyword.trim();
                    part = part.substring(keyword.length());
                }
            }
            if ("ADD".equals(clause)) {
                computed = true;
            } else if ("REMOVE".equals(clause)) {
                removed.add(names.getOrDefault(part.trim(), part.trim()));
            } else if ("SET".equals(clause)) {
                int eq = part.indexOf(" = ");
                String name = part.substring(0, eq).trim();
                String value = part.substring(eq + 3).trim();
                if (value.startsWith(":") && value.indexOf(' ') < 0 && values.containsKey(value)) {
                    constants.put(names.getOrDefault(name, name), values.get(value));
                } else {
                    computed = true;
                }
            }
        }
        return new Assignments(constants, removed, computed);
    }

    /** The attributes the update sets, with the item's keys: what its size can be known from before sending. */
    Map<String, AttributeValue> knownItem(Map<String, AttributeValue> key) {
        Map<String, AttributeValue> item = new HashMap<>(constants);
        item.putAll(key);
        return item;
    }

    /** Whether the stored item holds every constant this update set and none of the attributes it removed. */
    boolean heldBy(Map<String, AttributeValue> stored) {
        if (stored == null || stored.isEmpty() || !StoredValues.holds(stored, constants)) {
            return false;
        }
        for (String name : removed) {
            AttributeValue v = stored.get(name);
            if (v != null && !Boolean.TRUE.equals(v.nul())) {
                return false;
            }
        }
        return true;
    }
}
