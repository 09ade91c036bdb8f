package dev.storm.internal.write;

import dev.storm.InvalidValueException;
import dev.storm.internal.expression.ExpressionWriter;
import dev.storm.internal.key.TableKey;
import dev.storm.internal.schema.Describe;
import dev.storm.internal.schema.FieldSchema;
import dev.storm.internal.schema.ModelSchema;
import dev.storm.internal.transaction.FailureKind;
import dev.storm.internal.transaction.PlannedWrite;
import dev.storm.internal.transaction.WriteFailure;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * The uniqueness guard items of {@code @Field(unique = true)} values. A guard is an item whose key is the value
 * itself, {@code PK = SK = UNIQUE#<suffix>#<attribute>#<value>} (each part escaped, see {@link #key}), holding
 * the key of the item that owns the value ({@code ownerPK}, {@code ownerSK}). Claiming a value puts its guard only if absent or already owned by the same
 * item; releasing deletes it under the same condition. Because the claim travels in the owner's own transaction,
 * the guard and the model never disagree. Guards written before the parts were escaped are honoured by
 * {@link LegacyGuards}.
 */
final class UniqueGuards {

    static final String PREFIX = "UNIQUE";
    static final String OWNER_PK = "ownerPK";
    static final String OWNER_SK = "ownerSK";
    private static final int MAX_KEY_BYTES = 1024;

    private UniqueGuards() {
    }

    /**
     * The guard key of a value: the same text in PK and SK. The suffix, attribute name and value are escaped ('%' as
     * {@code %25}, '#' as {@code %23}), so that {@code tag = "v#1"} and {@code tag#v = "1"} get distinct guards; a
     * part holding neither character is written as it is, so guards of ordinary values keep their key.
     */
    static TableKey key(ModelSchema<?> schema, FieldSchema field, Object value) {
        String text = PREFIX + "#" + escape(schema.suffix()) + "#" + escape(field.attributeName()) + "#"
                + escape(text(schema, field, value));
        if (text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_KEY_BYTES) {
            throw new InvalidValueException(field + " = " + Describe.value(value) + " is too long to be guarded as"
                    + " unique: its guard key would exceed DynamoDB's " + MAX_KEY_BYTES + "-byte sort key limit");
        }
        return new TableKey(text, text);
    }

    /**
     * The guard writes that take an item from its old unique values to its new ones, over the given fields: a claim
     * of every new value (re-claiming an unchanged one repairs a missing guard), a release of every old value that
     * changed. A null value has no guard.
     */
    static List<PlannedWrite> move(GuardReads reads, ModelSchema<?> schema, List<FieldSchema> fields,
                                   TableKey owner, Map<FieldSchema, Object> oldValues,
                                   Map<FieldSchema, Object> newValues, Object model, String operation, String table) {
        List<PlannedWrite> writes = new ArrayList<>();
        Set<TableKey> legacy = new HashSet<>();
        for (FieldSchema f : fields) {
            Object oldValue = oldValues.get(f);
            Object newValue = newValues.get(f);
            if (newValue != null) {
                writes.add(claim(schema, f, newValue, owner, model, operation, table));
                PlannedWrite check = LegacyGuards.claim(reads, schema, f, newValue, owner, model, operation,
                        table);
                if (check != null && legacy.add(check.key())) {
                    writes.add(check);
                }
            }
            if (oldValue != null
                    && (newValue == null || !text(schema, f, oldValue).equals(text(schema, f, newValue)))) {
                writes.add(release(schema, f, oldValue, owner, model, operation, table));
                PlannedWrite delete = LegacyGuards.release(reads, schema, f, oldValue, owner,
                        legacyKeysKept(schema, fields, oldValues, newValues), model, operation, table);
                if (delete != null && legacy.add(delete.key())) {
                    writes.add(delete);
                }
            }
        }
        return writes;
    }

    /**
     * The older guard keys of the values the item holds after the write: those of the moved fields' new values and
     * of the other unique fields' stored values. An older guard still needed by one of them is not released.
     */
    private static Set<TableKey> legacyKeysKept(ModelSchema<?> schema, List<FieldSchema> fields,
                                                Map<FieldSchema, Object> oldValues,
                                                Map<FieldSchema, Object> newValues) {
        Set<TableKey> kept = new HashSet<>();
        for (FieldSchema f : schema.fields()) {
            if (!f.roles().unique()) {
                continue;
            }
            Object value = fields.contains(f) ? newValues.get(f) : oldValues.get(f);
            TableKey key = value == null ? null : LegacyGuards.key(schema, f, value);
            if (key != null) {
                kept.add(key);
            }
        }
        return kept;
    }

    static String escape(String part) {
        if (part.indexOf('#') < 0 && part.indexOf('%') < 0) {
            return part;
        }
        StringBuilder escaped = new StringBuilder(part.length() + 8);
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (c == '%') {
                escaped.append("%25");
            } else if (c == '#') {
                escaped.append("%23");
            } else {
                escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** A value as key text, the way the field stores it, so that equal stored values share one guard. */
    static String text(ModelSchema<?> schema, FieldSchema field, Object value) {
        return schema.keys().text(field, value);
    }

    private static PlannedWrite claim(ModelSchema<?> schema, FieldSchema field, Object value, TableKey owner,
                                      Object model, String operation, String table) {
        TableKey key = key(schema, field, value);
        ExpressionWriter w = new ExpressionWriter();
        String condition = ownedBy(w, owner);
        Map<String, AttributeValue> item = Map.of("PK", AttributeValue.fromS(key.pk()),
                "SK", AttributeValue.fromS(key.sk()), OWNER_PK, AttributeValue.fromS(owner.pk()),
                OWNER_SK, AttributeValue.fromS(owner.sk()));
        Put put = Put.builder().tableName(table).item(item).conditionExpression(condition)
                .expressionAttributeNames(w.names()).expressionAttributeValues(w.values())
                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD).build();
        String claim = field + " = " + Describe.value(value);
        return new PlannedWrite(TransactWriteItem.builder().put(put).build(), key,
                "guard of " + claim + " for " + operation, model,
                stored -> new WriteFailure(FailureKind.UNIQUE_VALUE_TAKEN, claim + " is already taken by "
                        + ownerOf(stored) + "; @Field(unique = true) allows one item per value"),
                ItemSize.of(item), claim);
    }

    private static PlannedWrite release(ModelSchema<?> schema, FieldSchema field, Object value, TableKey owner,
                                        Object model, String operation, String table) {
        TableKey key = key(schema, field, value);
        ExpressionWriter w = new ExpressionWriter();
        Delete delete = Delete.builder().tableName(table).key(key.toMap()).conditionExpression(ownedBy(w, owner))
                .expressionAttributeNames(w.names()).expressionAttributeValues(w.values())
                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD).build();
        String released = field + " = " + Describe.value(value);
        return new PlannedWrite(TransactWriteItem.builder().delete(delete).build(), key,
                "release of " + released + " for " + operation, model,
                stored -> new WriteFailure(FailureKind.OTHER, "the uniqueness guard of " + released + " belongs to "
                        + ownerOf(stored) + ", not to " + owner.describe(schema.name()) + ": the table holds two"
                        + " items with that value, one of them written without its guard"),
                0, null);
    }

    static String ownedBy(ExpressionWriter w, TableKey owner) {
        return "attribute_not_exists(" + w.name("PK") + ") OR (" + w.name(OWNER_PK) + " = "
                + w.value(AttributeValue.fromS(owner.pk())) + " AND " + w.name(OWNER_SK) + " = "
                + w.value(AttributeValue.fromS(owner.sk())) + ")";
    }

    static String ownerOf(Map<String, AttributeValue> guard) {
        if (guard == null || guard.get(OWNER_PK) == null || guard.get(OWNER_SK) == null) {
            return "another item";
        }
        return "the item PK=" + guard.get(OWNER_PK).s() + ", SK=" + guard.get(OWNER_SK).s();
    }
}
