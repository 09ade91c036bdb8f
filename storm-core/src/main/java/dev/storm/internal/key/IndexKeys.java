package dev.storm.internal.key;

import dev.storm.internal.schema.FieldSchema;
import dev.storm.internal.schema.ModelSchema;
import java.util.List;

/**
 * Which fields make a model's partition and sort keys on the table (index 0) or on index {@code GSIn}. GSI1 sorts by
 * {@code SK}, as in STORM for Python; {@code GSIn} for n >= 2 sorts by {@code GSInSK}, composed from the model's
 * gsiSk fields of that index or, when it has none, equal to its {@code SK}.
 */
public final class IndexKeys {

    private IndexKeys() {
    }

    /** The fields of the partition key on the index: the pk fields for the table, the gsi fields otherwise. */
    public static List<FieldSchema> partitionFields(ModelSchema<?> schema, int index) {
        return index == 0 ? schema.pkFields() : schema.gsiPkFields(index);
    }

    /** The fields of the sort key on the index; empty when the model's sort key there is its suffix. */
    public static List<FieldSchema> sortFields(ModelSchema<?> schema, int index) {
        if (index >= 2 && !schema.gsiSkFields(index).isEmpty()) {
            return schema.gsiSkFields(index);
        }
        return schema.skFields();
    }

    /** {@code the table} or {@code index GSIn}, for messages. */
    public static String describe(int index) {
        return index == 0 ? "the table" : "index GSI" + index;
    }
}
