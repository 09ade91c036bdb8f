package dev.storm.internal.write;

import dev.storm.internal.schema.FieldSchema;
import dev.storm.internal.schema.ModelSchema;
import java.util.ArrayList;
import java.util.List;

/**
 * Which guards a model's writes need: its {@code @Field(unique = true)} fields and its {@code @Version} field.
 * A model with neither is written by the plain single-item calls, exactly as before these existed. Immutable and
 * thread-safe; one per model class.
 */
public final class WritePolicy {

    private static final ClassValue<WritePolicy> CACHE = new ClassValue<>() {
        @Override
        protected WritePolicy computeValue(Class<?> type) {
            return new WritePolicy(ModelSchema.of(type));
        }
    };

    private final List<FieldSchema> uniqueFields;
    private final FieldSchema version;

    private WritePolicy(ModelSchema<?> schema) {
        List<FieldSchema> unique = new ArrayList<>();
        for (FieldSchema f : schema.fields()) {
            if (f.roles().unique()) {
                unique.add(f);
            }
        }
        this.uniqueFields = List.copyOf(unique);
        this.version = schema.versionField();
    }

    public static WritePolicy of(ModelSchema<?> schema) {
        return CACHE.get(schema.type());
    }

    /** Neither unique fields nor a version: the plain calls serve. */
    public boolean isPlain() {
        return uniqueFields.isEmpty() && version == null;
    }

    /** Whether writes must move uniqueness guards, and so go through TransactWriteItems. */
    public boolean isGuarded() {
        return !uniqueFields.isEmpty();
    }

    public List<FieldSchema> uniqueFields() {
        return uniqueFields;
    }

    /** The version field, or null. */
    public FieldSchema version() {
        return version;
    }
}
