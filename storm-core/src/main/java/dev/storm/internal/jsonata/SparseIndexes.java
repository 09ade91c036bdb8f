package dev.storm.internal.jsonata;

import dev.storm.internal.key.KeyComposer;
import dev.storm.internal.schema.FieldSchema;
import dev.storm.internal.schema.ModelSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Function;

/**
 * Sparse indexes in templates. An item whose fields of an index key are all null has no key attribute for that index,
 * as the manager writes it; whether they are is known only where the state runs, so a put's {@code Item} becomes one
 * expression that adds each such index's keys only when its fields are set, and an update is built both ways and
 * picks one there (see {@link JsonBranches}).
 */
final class SparseIndexes {

    private SparseIndexes() {
    }

    /** The indexes an item can be absent from: none of their key fields is primitive or part of the table's key. */
    static List<Integer> of(ModelSchema<?> schema) {
        List<Integer> sparse = new ArrayList<>();
        for (int index : schema.indexes()) {
            boolean nullable = true;
            for (FieldSchema f : KeyComposer.indexFields(schema, index)) {
                nullable &= Inputs.nullable(f);
            }
            if (nullable) {
                sparse.add(index);
            }
        }
        return sparse;
    }

    /** JSONata telling whether every key field of the index is null or missing, each from its expression. */
    static String allNull(ModelSchema<?> schema, int index, Function<FieldSchema, String> expression) {
        StringJoiner all = new StringJoiner(" and ", "(", ")");
        for (FieldSchema f : KeyComposer.indexFields(schema, index)) {
            all.add("($x := " + expression.apply(f) + "; $not($exists($x)) or $x = null)");
        }
        return all.toString();
    }

    /**
     * The put template with its {@code Item} as one expression: the attributes every item has, merged with the keys
     * of each sparse index unless all of that index's fields are null.
     */
    static String putItem(String template, ModelSchema<?> schema, Map<FieldSchema, String> bindings) {
        List<Integer> sparse = of(schema);
        if (sparse.isEmpty()) {
            return template;
        }
        Map<String, String> members = JsonBranches.members(template);
        Map<String, String> item = JsonBranches.members(members.get("Item"));
        StringJoiner merged = new StringJoiner(", ", "$merge([", "])");
        List<String> indexParts = new ArrayList<>();
        for (int index : sparse) {
            StringJoiner keys = new StringJoiner(", ", "{", "}");
            for (String name : List.of(KeyComposer.pkAttribute(index), KeyComposer.skAttribute(index))) {
                if (index != 1 || name.equals(KeyComposer.pkAttribute(index))) {
                    keys.add(JsonataText.quote(name) + ": " + JsonBranches.jsonata(item.remove(name)));
                }
            }
            indexParts.add("(" + allNull(schema, index, bindings::get) + " ? {} : " + keys + ")");
        }
        merged.add(JsonBranches.jsonata(JsonOutput.write(json -> {
            json.writeStartObject();
            for (Map.Entry<String, String> member : item.entrySet()) {
                json.writeFieldName(member.getKey());
                JsonObjects.copy(member.getValue(), json);
            }
            json.writeEndObject();
        })));
        indexParts.forEach(merged::add);
        members.put("Item", JsonOutput.write(json -> json.writeString(JsonataText.embed(merged.toString()))));
        return JsonOutput.write(json -> {
            json.writeStartObject();
            for (Map.Entry<String, String> member : members.entrySet()) {
                json.writeFieldName(member.getKey());
                JsonObjects.copy(member.getValue(), json);
            }
            json.writeEndObject();
        });
    }
}
