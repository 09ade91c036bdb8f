package dev.storm.internal.write;

import dev.storm.Condition;
import dev.storm.InvalidValueException;
import dev.storm.ObjectDoesNotExistException;
import dev.storm.Update;
import dev.storm.internal.expression.ConditionRenderer;
import dev.storm.internal.expression.UpdateNode;
import dev.storm.internal.expression.UpdateRenderer;
import dev.storm.internal.expression.Values;
import dev.storm.internal.key.TableKey;
import dev.storm.internal.operation.PutItemOperation;
import dev.storm.internal.schema.FieldSchema;
import dev.storm.internal.schema.KeyShapes;
import dev.storm.internal.schema.ModelSchema;
import dev.storm.internal.transaction.PlannedWrite;
import dev.storm.internal.write.Expectation.Existence;
import dev.storm.internal.target.Target;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * Plans each write as the TransactWriteItems items it takes: the model's own put, update, delete or check, and for
 * a model with unique fields the guard claims and releases that keep its unique values in step. Moving a guard
 * needs the stored values, so a save, a unique-changing update and a delete of such a model first read the item
 * (one consistent GetItem) and are then made conditional on it not having changed.
 */
public final class WritePlanner {

    private WritePlanner() {
    }

    /**
     * The put of {@code create} or {@code save}. A save of a model with unique fields reads the stored item first, to
     * release the unique values it no longer holds.
     */
    public static <M> Draft put(Target target, ModelSchema<M> schema, M model, boolean allowOverride,
                                Condition<M> condition) {
        KeyShapes.use(target, schema);
        WritePolicy policy = WritePolicy.of(schema);
        PutItemRequest base = PutItemOperation.request(target, schema, model, true);
        TableKey key = TableKey.of(base.item());
        ItemSize.check(base.item(), key.describe(schema.name()));
        boolean reads = policy.isGuarded() && allowOverride;
        BiFunction<Map<String, AttributeValue>, GuardReads, List<PlannedWrite>> plan = (item, guards) -> {
            Snapshot snapshot = reads ? Snapshot.of(policy, item) : null;
            Prepared<PutItemRequest, M> p = SingleWrites.put(target, schema, model, base, allowOverride, condition,
                    snapshot);
            String operation = (allowOverride ? "save " : "create ") + p.item();
            List<PlannedWrite> writes = new ArrayList<>();
            writes.add(new PlannedWrite(ItemRequests.transact(p.request()), p.key(), operation, model,
                    p.expectation()::explain, ItemSize.of(p.request().item()), null));
            if (policy.isGuarded()) {
                writes.addAll(UniqueGuards.move(guards, schema, policy.uniqueFields(), p.key(),
                        storedValues(policy, snapshot), modelValues(policy, model), model, operation,
                        target.tableName()));
            }
            return writes;
        };
        return draft(target, schema, reads ? key : null, plan, null);
    }

    /**
     * The update; one that changes a unique field reads the stored item first, to move its guards (and is refused
     * when the item does not exist).
     */
    public static <M> Draft update(Target target, ModelSchema<M> schema, M model, Condition<M> condition,
                                   List<? extends Update<M>> updates) {
        KeyShapes.use(target, schema);
        WritePolicy policy = WritePolicy.of(schema);
        Map<FieldSchema, Object> newValues = uniqueChanges(schema, policy, updates);
        TableKey key = TableKey.of(schema.keys().primaryKey(model));
        boolean reads = !newValues.isEmpty();
        BiFunction<Map<String, AttributeValue>, GuardReads, List<PlannedWrite>> plan = (item, guards) -> {
            Snapshot snapshot = reads ? Snapshot.of(policy, item) : null;
            if (snapshot != null && !snapshot.existed()) {
                throw new ObjectDoesNotExistException(key.describe(schema.name()) + " does not exist in table "
                        + target.tableName() + ", so it cannot be updated");
            }
            Prepared<UpdateItemRequest, M> p = SingleWrites.update(target, schema, model, condition, updates,
                    snapshot);
            Writes.checkSize(p.request(), schema);
            String operation = "update " + p.item();
            List<PlannedWrite> writes = new ArrayList<>();
            writes.add(new PlannedWrite(ItemRequests.transact(p.request()), p.key(), operation, model,
                    p.expectation()::explain, 0, null));
            if (reads) {
                writes.addAll(UniqueGuards.move(guards, schema, new ArrayList<>(newValues.keySet()), p.key(),
                        storedValues(policy, snapshot), newValues, model, operation, target.tableName()));
            }
            return writes;
        };
        // tried on the item as if stored without unique values, which an update can be planned for
        return draft(target, schema, reads ? key : null, plan, key.toMap());
    }

    /** The delete; one of a model with unique fields reads the stored item first, to release its unique values. */
    public static <M> Draft delete(Target target, ModelSchema<M> schema, M model, Condition<M> condition) {
        KeyShapes.use(target, schema);
        WritePolicy policy = WritePolicy.of(schema);
        Map<String, AttributeValue> key = schema.keys().primaryKey(model);
        boolean reads = policy.isGuarded();
        BiFunction<Map<String, AttributeValue>, GuardReads, List<PlannedWrite>> plan = (item, guards) -> {
            Snapshot snapshot = reads ? Snapshot.of(policy, item) : null;
            Prepared<DeleteItemRequest, M> p = SingleWrites.delete(target, schema, model, key, condition, snapshot);
            String operation = "delete " + p.item();
            List<PlannedWrite> writes = new ArrayList<>();
            writes.add(new PlannedWrite(ItemRequests.transact(p.request()), p.key(), operation, model,
                    p.expectation()::explain, 0, null));
            if (reads) {
                writes.addAll(UniqueGuards.move(guards, schema, policy.uniqueFields(), p.key(),
                        storedValues(policy, snapshot), Map.of(), model, operation, target.tableName()));
            }
            return writes;
        };
        return draft(target, schema, reads ? TableKey.of(key) : null, plan, null);
    }

    /** The condition check of a transaction; it reads nothing. */
    public static <M> Draft check(Target target, ModelSchema<M> schema, M model, Condition<M> condition) {
        KeyShapes.use(target, schema);
        if (condition == null) {
            throw new InvalidValueException("check of " + schema.name() + " needs a condition, e.g. "
                    + schema.name() + "_.status.eq(...)");
        }
        Map<String, AttributeValue> key = schema.keys().primaryKey(model);
        TableKey tableKey = TableKey.of(key);
        String item = tableKey.describe(schema.name());
        Expectation<M> e = Expectation.of(target.tableName(), schema, model, item, "checked", Existence.ANY, false,
                condition, null);
        List<PlannedWrite> writes = List.of(new PlannedWrite(ItemRequests.check(target.tableName(), key, e),
                tableKey, "check " + item, model, e::explain, 0, null));
        return new Draft(schema.name(), target.tableName(), null, (found, guards) -> writes);
    }

    /**
     * A draft whose plan is made once before anything is read, on {@code assumed} (the item as if stored; null for
     * none): input the plan refuses (a condition on an unknown field, a value too long to be guarded, an item too
     * large) is reported without a request. Without a read, that plan is the one sent, unless it needs to look up
     * older uniqueness guards.
     */
    private static <M> Draft draft(Target target, ModelSchema<M> schema, TableKey read,
                                   BiFunction<Map<String, AttributeValue>, GuardReads, List<PlannedWrite>> plan,
                                   Map<String, AttributeValue> assumed) {
        GuardReads none = new GuardReads();
        List<PlannedWrite> writes = plan.apply(assumed, none);
        if (read == null && none.takeMissing() == null) {
            return new Draft(schema.name(), target.tableName(), null, (found, guards) -> writes);
        }
        return new Draft(schema.name(), target.tableName(), read == null ? null : readRequest(target, read), plan);
    }

    /**
     * The new value of each unique field an update changes. Only a plain set or a remove can change one: STORM must
     * know the new value to claim its guard.
     */
    static <M> Map<FieldSchema, Object> uniqueChanges(ModelSchema<M> schema, WritePolicy policy,
                                                      List<? extends Update<M>> updates) {
        Map<FieldSchema, Object> values = new LinkedHashMap<>();
        if (!policy.isGuarded()) {
            return values;
        }
        for (Update<M> u : updates) {
            UpdateNode<M> node = UpdateRenderer.node(u);
            FieldSchema f = ConditionRenderer.field(schema, node.attribute());
            if (!f.roles().unique()) {
                continue;
            }
            if (node instanceof UpdateNode.SetValue<M> set) {
                values.put(f, Values.coerce(f, set.value()));
            } else if (node instanceof UpdateNode.Remove<M>) {
                values.put(f, null);
            } else {
                throw new InvalidValueException(f + " is @Field(unique = true), so an update can only set it to a"
                        + " value or remove it: STORM must know the new value to move its uniqueness guard");
            }
        }
        return values;
    }

    /** The consistent GetItem of what is stored under the key, as far as the guards need it. */
    static GetItemRequest readRequest(Target target, TableKey key) {
        return GetItemRequest.builder().tableName(target.tableName()).key(key.toMap()).consistentRead(true).build();
    }

    private static Map<FieldSchema, Object> storedValues(WritePolicy policy, Snapshot snapshot) {
        Map<FieldSchema, Object> values = new HashMap<>();
        if (snapshot != null) {
            for (FieldSchema f : policy.uniqueFields()) {
                AttributeValue v = snapshot.value(f);
                if (v != null) {
                    values.put(f, f.decode(v));
                }
            }
        }
        return values;
    }

    private static Map<FieldSchema, Object> modelValues(WritePolicy policy, Object model) {
        Map<FieldSchema, Object> values = new HashMap<>();
        for (FieldSchema f : policy.uniqueFields()) {
            values.put(f, f.get(model));
        }
        return values;
    }
}
