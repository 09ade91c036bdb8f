package dev.storm.internal.write;

import dev.storm.internal.expression.ExpressionWriter;
import dev.storm.internal.key.KeyText;
import dev.storm.internal.key.TableKey;
import dev.storm.internal.schema.Describe;
import dev.storm.internal.schema.FieldSchema;
import dev.storm.internal.schema.ModelSchema;
import dev.storm.internal.transaction.FailureKind;
import dev.storm.internal.transaction.PlannedWrite;
import dev.storm.internal.transaction.WriteFailure;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionCheck;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * Uniqueness guards written before guard keys were escaped: a value, attribute name or suffix holding {@code #} or
 * {@code %} got the unescaped key {@code UNIQUE#<suffix>#<attribute>#<value>}, so {@code tag = "v#1"} and
 * {@code tag#v = "1"} shared one guard. STORM writes no such guard any more, so one only ever disappears (when its
 * owner releases the value); what it guards is told by reading its owner, since the guard holds the owner's key but
 * not the field: the plan asks for the guard and its owner ({@link GuardReads}), which the sender reads before
 * planning again. A claim is refused when an older guard of the same text belongs to another item that still holds
 * this field's value; a release also deletes the older guard its item owns, unless the item still holds another
 * value with that older key.
 */
final class LegacyGuards {

    private LegacyGuards() {
    }

    /** The guard key written before escaping, or null when it is the escaped key (no '#' or '%' in any part). */
    static TableKey key(ModelSchema<?> schema, FieldSchema field, Object value) {
        String text = UniqueGuards.PREFIX + "#" + schema.suffix() + "#" + field.attributeName() + "#"
                + UniqueGuards.text(schema, field, value);
        return text.equals(UniqueGuards.key(schema, field, value).pk()) ? null : new TableKey(text, text);
    }

    /**
     * The check that keeps a claim from taking a value an older guard gives to another item, or null when there is
     * none to keep: no older guard, one of the claiming item's own, or one whose owner does not hold this field's
     * value (it guards another field's value of the same text, or its owner changed the value since). The check
     * asks, in the claim's transaction, that the guard be gone or be the claiming item's, so that it fails exactly
     * while the owner still holds the guard.
     */
    static PlannedWrite claim(GuardReads reads, ModelSchema<?> schema, FieldSchema field, Object value,
                              TableKey owner, Object model, String operation, String table) {
        TableKey key = key(schema, field, value);
        if (key == null || !reads.known(key)) {
            return null;
        }
        TableKey holder = owner(reads.item(key));
        if (holder == null || holder.equals(owner) || !reads.known(holder)
                || !holds(reads.item(holder), schema, field, value)) {
            return null;
        }
        ExpressionWriter w = new ExpressionWriter();
        ConditionCheck check = ConditionCheck.builder().tableName(table).key(key.toMap())
                .conditionExpression(UniqueGuards.ownedBy(w, owner)).expressionAttributeNames(w.names())
                .expressionAttributeValues(w.values())
                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD).build();
        String claim = field + " = " + Describe.value(value);
        return new PlannedWrite(TransactWriteItem.builder().conditionCheck(check).build(), key,
                "check of the older guard " + key.pk() + " of " + claim + " for " + operation, model,
                stored -> new WriteFailure(FailureKind.UNIQUE_VALUE_TAKEN, claim + " is already taken by "
                        + UniqueGuards.ownerOf(stored) + " (its uniqueness guard " + key.pk() + " was written before"
                        + " guard keys were escaped); @Field(unique = true) allows one item per value"),
                0, claim);
    }

    /**
     * The delete of the older guard of a value the item gives up, or null when there is none to delete: no older
     * guard, another item's, or one the item still needs for another of its values ({@code stillNeeded}).
     */
    static PlannedWrite release(GuardReads reads, ModelSchema<?> schema, FieldSchema field, Object value,
                                TableKey owner, Set<TableKey> stillNeeded, Object model, String operation,
                                String table) {
        TableKey key = key(schema, field, value);
        if (key == null || stillNeeded.contains(key) || !reads.known(key) || !owner.equals(owner(reads.item(key)))) {
            return null;
        }
        ExpressionWriter w = new ExpressionWriter();
        Delete delete = Delete.builder().tableName(table).key(key.toMap())
                .conditionExpression(UniqueGuards.ownedBy(w, owner)).expressionAttributeNames(w.names())
                .expressionAttributeValues(w.values())
                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD).build();
        String released = field + " = " + Describe.value(value);
        return new PlannedWrite(TransactWriteItem.builder().delete(delete).build(), key,
                "release of the older guard " + key.pk() + " of " + released + " for " + operation, model,
                stored -> new WriteFailure(FailureKind.OTHER, "the older uniqueness guard " + key.pk() + " of "
                        + released + " moved to " + UniqueGuards.ownerOf(stored) + " while it was being released"),
                0, null);
    }

    /** Whether the owner's item stores this value in this field (as key text, the way guards compare). */
    private static boolean holds(Map<String, AttributeValue> item, ModelSchema<?> schema, FieldSchema field,
                                 Object value) {
        AttributeValue stored = item == null ? null : Snapshot.present(item.get(field.attributeName()));
        return stored != null && KeyText.render(stored, schema.keys().format())
                .equals(UniqueGuards.text(schema, field, value));
    }

    private static TableKey owner(Map<String, AttributeValue> guard) {
        if (guard == null || guard.get(UniqueGuards.OWNER_PK) == null || guard.get(UniqueGuards.OWNER_SK) == null) {
            return null;
        }
        return new TableKey(guard.get(UniqueGuards.OWNER_PK).s(), guard.get(UniqueGuards.OWNER_SK).s());
    }
}
