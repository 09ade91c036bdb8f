package dev.storm.internal.write;

import dev.storm.Condition;
import dev.storm.internal.expression.ConditionRenderer;
import dev.storm.internal.expression.ExpressionWriter;
import dev.storm.internal.schema.Describe;
import dev.storm.internal.schema.FieldSchema;
import dev.storm.internal.schema.ModelSchema;
import dev.storm.internal.transaction.FailureKind;
import dev.storm.internal.transaction.WriteFailure;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What one write requires of the stored item: that it exists or does not, that its version is the model's, that its
 * unique values are still those STORM read, and the user's condition. It renders that as one condition expression,
 * and, when DynamoDB refuses the write, tells from the stored item (returned with {@code ALL_OLD}) which part failed.
 * Immutable and thread-safe.
 *
 * @param <M> the model
 */
public final class Expectation<M> {

    /** What the write requires about the item's presence. */
    public enum Existence { ANY, MUST_EXIST, MUST_NOT_EXIST }

    private final ModelSchema<M> schema;
    private final String item;
    private final String table;
    private final String action;
    private final Existence existence;
    private final FieldSchema version;
    private final boolean checkVersion;
    private final Object expectedVersion;
    private final Condition<M> condition;
    private final Snapshot snapshot;

    private Expectation(ModelSchema<M> schema, String item, String table, String action, Existence existence,
                        FieldSchema version, boolean checkVersion, Object expectedVersion, Condition<M> condition,
                        Snapshot snapshot) {
        this.schema = schema;
        this.item = item;
        this.table = table;
        this.action = action;
        this.existence = existence;
        this.version = version;
        this.checkVersion = checkVersion && version != null;
        this.expectedVersion = expectedVersion;
        this.condition = condition;
        this.snapshot = snapshot;
    }

    /**
     * The expectation of a write of {@code model}.
     *
     * @param action       the past participle used in messages: "saved", "updated", ...
     * @param checkVersion whether the model's {@code @Version}, if it has one, must match the stored one (a create
     *                     stores the next version without checking: there is no stored item)
     * @param snapshot     what was read before moving uniqueness guards, or null
     */
    static <M> Expectation<M> of(String table, ModelSchema<M> schema, M model, String item, String action,
                                 Existence existence,
                                 boolean checkVersion, Condition<M> condition, Snapshot snapshot) {
        FieldSchema version = schema.versionField();
        Object expected = version == null ? null : Versions.of(version, model);
        return new Expectation<>(schema, item, table, action, existence, version, checkVersion, expected,
                condition, snapshot);
    }

    /** The condition expression, or null when the write is unconditional. */
    String render(ExpressionWriter w, boolean withExistence) {
        List<String> parts = new ArrayList<>();
        boolean absent = existence == Existence.MUST_NOT_EXIST || snapshot != null && !snapshot.existed();
        if (withExistence && existence == Existence.MUST_EXIST) {
            parts.add("attribute_exists(" + w.name("PK") + ")");
        } else if (absent && (withExistence || existence != Existence.MUST_NOT_EXIST)) {
            parts.add("attribute_not_exists(" + w.name("PK") + ")");
        }
        if (snapshot != null && snapshot.existed()) {
            for (FieldSchema f : WritePolicy.of(schema).uniqueFields()) {
                AttributeValue read = snapshot.value(f);
                parts.add(read == null ? absentOrNull(w, f.attributeName())
                        : w.name(f.attributeName()) + " = " + w.value(read));
            }
        }
        if (checkVersion) {
            String name = w.name(version.attributeName());
            parts.add(Versions.isNew(expectedVersion)
                    ? "(" + absentOrNull(w, version.attributeName()) + " OR " + name + " = "
                            + w.value(version.encode(Versions.zero(version))) + ")"
                    : name + " = " + w.value(version.encode(expectedVersion)));
        }
        if (condition != null) {
            String user = ConditionRenderer.render(condition, schema, w);
            parts.add(parts.isEmpty() ? user : "(" + user + ")");
        }
        return parts.isEmpty() ? null : String.join(" AND ", parts);
    }

    private static String absentOrNull(ExpressionWriter w, String attribute) {
        String name = w.name(attribute);
        return "(attribute_not_exists(" + name + ") OR attribute_type(" + name + ", "
                + w.value(AttributeValue.fromS("NULL")) + "))";
    }

    /** The version the write stores, or null when the model has none. */
    Object nextVersion() {
        return version == null ? null : Versions.next(version, expectedVersion);
    }

    FieldSchema version() {
        return version;
    }

    /** Whether the write is conditional on the stored version, so that it applies at most once per version. */
    boolean checksVersion() {
        return checkVersion;
    }

    /** Which part of the expectation the stored item (null when none is stored) failed. */
    public WriteFailure explain(Map<String, AttributeValue> stored) {
        boolean present = stored != null && !stored.isEmpty();
        if (!present) {
            if (existence == Existence.MUST_EXIST) {
                return new WriteFailure(FailureKind.DOES_NOT_EXIST, item + " does not exist in table " + table
                        + ", so it cannot be " + action);
            }
            if (snapshot != null && snapshot.existed()) {
                return new WriteFailure(FailureKind.CHANGED_SINCE_READ, item + " was deleted by another writer"
                        + " while it was being " + action);
            }
            if (checkVersion && !Versions.isNew(expectedVersion)) {
                return new WriteFailure(FailureKind.VERSION_CONFLICT, item + " was read at version "
                        + expectedVersion + " but is no longer stored: another writer deleted it");
            }
            return new WriteFailure(FailureKind.CONDITION_FAILED, item + " is not stored in table " + table
                    + ", so the condition " + conditionText() + " does not hold");
        }
        if (existence == Existence.MUST_NOT_EXIST) {
            return new WriteFailure(FailureKind.ALREADY_EXISTS, item + " already exists in table " + table
                    + "; use save() to overwrite it");
        }
        if (snapshot != null) {
            if (!snapshot.existed()) {
                return new WriteFailure(FailureKind.CHANGED_SINCE_READ, item + " was created by another writer"
                        + " while it was being " + action);
            }
            for (FieldSchema f : WritePolicy.of(schema).uniqueFields()) {
                if (!Objects.equals(snapshot.value(f), Snapshot.present(stored.get(f.attributeName())))) {
                    return new WriteFailure(FailureKind.CHANGED_SINCE_READ, f + " of " + item + " was changed by"
                            + " another writer while the item was being " + action);
                }
            }
        }
        if (checkVersion) {
            Object storedVersion = Versions.stored(version, stored);
            if (!Versions.same(expectedVersion, storedVersion)) {
                return new WriteFailure(FailureKind.VERSION_CONFLICT, item + " was read at version "
                        + Describe.value(expectedVersion) + ", but version " + Describe.value(storedVersion)
                        + " is stored: another writer changed it since (" + version + " is its @Version); read it"
                        + " again and retry");
            }
        }
        return new WriteFailure(FailureKind.CONDITION_FAILED, "the condition " + conditionText() + " does not"
                + " hold for " + item + ", so it was not " + action);
    }

    private String conditionText() {
        return condition == null ? "of the write" : ConditionText.of(condition);
    }
}
