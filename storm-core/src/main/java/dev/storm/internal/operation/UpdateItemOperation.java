package dev.storm.internal.operation;

import dev.storm.InvalidKeyException;
import dev.storm.InvalidValueException;
import dev.storm.Update;
import dev.storm.internal.expression.ConditionRenderer;
import dev.storm.internal.expression.ExpressionWriter;
import dev.storm.internal.expression.UpdateNode;
import dev.storm.internal.expression.UpdateRenderer;
import dev.storm.internal.expression.Values;
import dev.storm.internal.key.KeyComposer;
import dev.storm.internal.schema.FieldSchema;
import dev.storm.internal.schema.ModelSchema;
import dev.storm.internal.target.Target;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * UpdateItem of a stored model: the user's updates plus the index keys that depend on changed fields, conditional on
 * the item existing, returning the stored item.
 */
public final class UpdateItemOperation {

    private UpdateItemOperation() {
    }

    public static <M> UpdateItemRequest request(Target target, ModelSchema<M> schema, M model,
                                                List<? extends Update<M>> updates) {
        return request(target, schema, model, updates, Map.of(), null);
    }

    /**
     * The request with what a caller adds: attributes STORM sets itself (a version), set after the user's own, and
     * a condition joined to the existence check with AND (null, or a function returning null, adds none).
     */
    public static <M> UpdateItemRequest request(Target target, ModelSchema<M> schema, M model,
                                                List<? extends Update<M>> updates,
                                                Map<String, AttributeValue> extraSets,
                                                Function<ExpressionWriter, String> extraCondition) {
        if (updates.isEmpty()) {
            throw new InvalidValueException("update of " + schema.name() + " needs at least one change, e.g. "
                    + schema.name() + "_.field.set(value)");
        }
        updates = Timestamps.withUpdatedAt(schema, model, updates, Instant.now());
        Map<FieldSchema, Object> newValues = new HashMap<>();
        Map<FieldSchema, UpdateNode<M>> changed = new HashMap<>();
        for (Update<M> update : updates) {
            UpdateNode<M> node = UpdateRenderer.node(update);
            FieldSchema f = ConditionRenderer.field(schema, node.attribute());
            if (f.roles().pk() || f.roles().sk()) {
                throw new InvalidKeyException(f + " is part of the " + (f.roles().pk() ? "PK" : "SK") + " of "
                        + schema.name() + ", and keys cannot change in an update; delete the item and create it"
                        + " with the new key");
            }
            changed.put(f, node);
            if (node instanceof UpdateNode.SetValue<M> s) {
                newValues.put(f, s.value() == null ? null : Values.coerce(f, s.value()));
            } else if (node instanceof UpdateNode.Remove<M>) {
                newValues.put(f, null);
            }
        }
        Map<String, AttributeValue> key = schema.keys().primaryKey(model);
        ExpressionWriter w = new ExpressionWriter();
        String condition = "attribute_exists(" + w.name("PK") + ")";
        Map<String, AttributeValue> indexSets = new LinkedHashMap<>();
        List<String> indexRemoves = new ArrayList<>();
        indexKeys(schema, model, changed, newValues, indexSets, indexRemoves);
        indexSets.putAll(extraSets);
        String expression = UpdateRenderer.render(updates, schema, w, indexSets, indexRemoves);
        String extra = extraCondition == null ? null : extraCondition.apply(w);
        if (extra != null) {
            condition = condition + " AND " + extra;
        }
        return UpdateItemRequest.builder()
                .tableName(target.tableName())
                .key(key)
                .updateExpression(expression)
                .conditionExpression(condition)
                .expressionAttributeNames(w.names())
                .expressionAttributeValues(w.values())
                .returnValues(ReturnValue.ALL_NEW)
                .build();
    }

    /**
     * The index keys built from a changed field, so the indexes stay in step: each index whose key fields the update
     * touches gets the keys built from them rewritten in the model's layout when its fields end up all set, both keys
     * removed when they end up all null (the item leaves a sparse index); a partly set index key is an
     * {@link InvalidKeyException}.
     */
    private static <M> void indexKeys(ModelSchema<M> schema, M model, Map<FieldSchema, UpdateNode<M>> changed,
                                      Map<FieldSchema, Object> newValues, Map<String, AttributeValue> sets,
                                      List<String> removes) {
        KeyComposer<M> keys = schema.keys();
        for (int index : schema.indexes()) {
            List<FieldSchema> pkFields = schema.gsiPkFields(index);
            List<FieldSchema> skFields = schema.gsiSkFields(index);
            boolean pkTouched = touches(pkFields, changed, schema, index);
            boolean skTouched = touches(skFields, changed, schema, index);
            if (!pkTouched && !skTouched) {
                continue;
            }
            Function<FieldSchema, Object> values = f -> valueOf(f, model, newValues);
            String pkName = KeyComposer.pkAttribute(index);
            String skName = KeyComposer.skAttribute(index);
            if (!keys.inIndex(index, values)) {
                removes.add(pkName);
                if (index != 1) {
                    removes.add(skName);
                }
                continue;
            }
            if (pkTouched) {
                sets.put(pkName, AttributeValue.fromS(keys.partitionKey(pkFields, values, pkName)));
            }
            // an index sorting by SK has no sort-key field to touch, yet an item entering it needs its GSInSK
            if (index != 1 && (skTouched || skFields.isEmpty())) {
                String sk = skFields.isEmpty() ? keys.sk(model) : keys.sortKey(skFields, values, skName);
                sets.put(skName, AttributeValue.fromS(sk));
            }
        }
    }

    private static <M> boolean touches(List<FieldSchema> fields, Map<FieldSchema, UpdateNode<M>> changed,
                                       ModelSchema<M> schema, int index) {
        boolean touched = false;
        for (FieldSchema f : fields) {
            UpdateNode<M> node = changed.get(f);
            if (node == null) {
                continue;
            }
            if (!(node instanceof UpdateNode.SetValue<M>) && !(node instanceof UpdateNode.Remove<M>)) {
                throw new InvalidKeyException(f + " is part of the keys of index GSI" + index + " of "
                        + schema.name() + ", so an update can only set it to a value or remove it (not add or"
                        + " compute it), to keep the index key in step");
            }
            touched = true;
        }
        return touched;
    }

    private static Object valueOf(FieldSchema field, Object model, Map<FieldSchema, Object> newValues) {
        return newValues.containsKey(field) ? newValues.get(field) : field.get(model);
    }
}
