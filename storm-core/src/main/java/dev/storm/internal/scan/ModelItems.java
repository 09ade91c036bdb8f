package dev.storm.internal.scan;

import dev.storm.internal.key.KeyFormat;
import dev.storm.internal.schema.FieldSchema;
import dev.storm.internal.schema.ModelSchema;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Whether an item of a whole table is one of a model's: its PK is the model's identifiers with values, wrapped as its
 * key layout writes them ({@code C#c1#SHOP}, {@code SHOP#C#c1#SHOP}), and its SK has the model's sort-key shape ({@code O#..#N#..}, or the suffix). The scan
 * filter narrows on the server with {@code begins_with} and {@code contains}, which cannot say "ends with"; this check
 * is exact. Models whose keys have the same shape everywhere cannot be told apart by any reader.
 */
final class ModelItems {

    private ModelItems() {
    }

    static boolean matches(ModelSchema<?> schema, Map<String, AttributeValue> item) {
        AttributeValue pk = item.get("PK");
        AttributeValue sk = item.get("SK");
        if (pk == null || pk.s() == null || sk == null || sk.s() == null) {
            return false;
        }
        KeyFormat format = schema.keys().format();
        String[] pkParts = format.partitionParts(pk.s());
        List<FieldSchema> pkFields = schema.pkFields();
        if (pkParts == null || pkParts.length != pkFields.size() * 2 || !identifiersMatch(pkParts, pkFields)) {
            return false;
        }
        List<FieldSchema> skFields = schema.skFields();
        if (skFields.isEmpty()) {
            return sk.s().equals(format.bareSortKey());
        }
        String[] skParts = sk.s().split("#", -1);
        return skParts.length == skFields.size() * 2 && identifiersMatch(skParts, skFields);
    }

    private static boolean identifiersMatch(String[] parts, List<FieldSchema> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (!parts[2 * i].equals(fields.get(i).roles().identifier())) {
                return false;
            }
        }
        return true;
    }
}
