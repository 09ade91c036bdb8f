package dev.storm;

import dev.storm.internal.operation.DeleteItemOperation;
import dev.storm.internal.operation.GetItemOperation;
import dev.storm.internal.operation.PutItemOperation;
import dev.storm.internal.operation.Timestamps;
import dev.storm.internal.operation.UpdateItemOperation;
import dev.storm.internal.codec.AttributeJson;
import dev.storm.internal.query.KeyValues;
import dev.storm.internal.query.QuerySpec;
import dev.storm.internal.scan.ScanSpec;
import dev.storm.internal.schema.FieldSchema;
import dev.storm.internal.schema.ModelSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * The entry point for one model's items, as Django's {@code objects}: get, create, save, update, delete, and query
 * sets through {@link #using}. One instance per model class ({@code Manager.of(User.class)} always returns it);
 * thread-safe. Each operation runs on the calling thread's table and client from {@link ConnectionManager}.
 *
 * <pre>{@code
 * public static final Manager<User> objects = Manager.of(User.class);
 * User u = User.objects.get(User_.userId.eq("user123"));
 * }</pre>
 *
 * @param <M> the model
 */
public final class Manager<M extends Model<M>> {

    private static final ClassValue<Manager<?>> MANAGERS = new ClassValue<>() {
        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        protected Manager<?> computeValue(Class<?> type) {
            return new Manager(type);
        }
    };

    private final Class<M> type;
    private volatile ModelSchema<M> schema;

    private Manager(Class<M> type) {
        this.type = type;
    }

    /**
     * The manager of a model class. Cheap: the model is introspected on first use, not here, so it can be called
     * from the model's own static initializer.
     */
    @SuppressWarnings("unchecked")
    public static <M extends Model<M>> Manager<M> of(Class<M> type) {
        return (Manager<M>) MANAGERS.get(Objects.requireNonNull(type, "type"));
    }

    /** The model class. */
    public Class<M> modelClass() {
        return type;
    }

    /**
     * The stored item with the given key values (GetItem, one read). Fields not given take their defaults, so a
     * record's compact constructor can fill in sort-key parts. {@link ObjectDoesNotExistException} when absent.
     *
     * <pre>{@code User u = User.objects.get(User_.userId.eq("user123"));}</pre>
     */
    @SafeVarargs
    public final M get(Condition<M>... keyValues) {
        List<Condition<M>> conditions = new ArrayList<>(keyValues.length);
        for (Condition<M> c : keyValues) {
            conditions.add(c);
        }
        GetItemRequest request = GetItemOperation.request(keyOf(conditions));
        return GetItemOperation.execute(schema(), request);
    }

    /**
     * Puts a new item only if none with its keys exists (PutItem); {@link ObjectAlreadyExistsException} otherwise.
     * Returns the model as stored: with its {@link CreatedAt} and {@link UpdatedAt} fields filled, if it has any.
     */
    public M create(M model) {
        PutItemRequest request = saveRequest(model, false);
        PutItemOperation.execute(schema(), request);
        return Timestamps.stored(schema(), model, request.item());
    }

    /** Puts the item, overwriting any stored one with the same keys (PutItem, one write). */
    public void save(M model) {
        save(model, true);
    }

    /**
     * Puts the item (PutItem); without override, only if absent ({@link ObjectAlreadyExistsException} otherwise).
     * {@link MissingRequiredFieldsException} when key fields are unset; nothing is sent then.
     */
    public void save(M model, boolean allowOverride) {
        PutItemOperation.execute(schema(), saveRequest(model, allowOverride));
    }

    /**
     * Applies the updates in one UpdateItem, conditional on the item existing, and returns the stored item. Setting a
     * field that is part of an index key rewrites that key too; changing a pk or sk field is an
     * {@link InvalidKeyException}.
     *
     * <pre>{@code User changed = User.objects.update(u, User_.email.set("new@b.c"), User_.emailGsi.set("new@b.c"));}</pre>
     */
    @SafeVarargs
    public final M update(M model, Update<M>... updates) {
        List<Update<M>> list = new ArrayList<>(updates.length);
        for (Update<M> u : updates) {
            list.add(u);
        }
        return update(model, list);
    }

    /** Applies the updates in one UpdateItem and returns the stored item; see {@link #update(Model, Update[])}. */
    public M update(M model, List<? extends Update<M>> updates) {
        return UpdateItemOperation.execute(schema(), updateRequest(model, updates));
    }

    /** Deletes the item (DeleteItem); deleting an absent item is not an error. */
    public void delete(M model) {
        DeleteItemOperation.execute(deleteRequest(model));
    }

    /**
     * A query set over the partition given by the key values: {@code using(Order_.userId.eq("u1"))}. Giving the
     * leading sort-key fields too narrows the query to the items whose sort key starts with them, and a range on the
     * next one ({@code lt, le, gt, ge, between, beginsWith}) narrows it further; see {@link QuerySet#using}.
     */
    @SafeVarargs
    public final QuerySet<M> using(Condition<M>... keyValues) {
        List<Condition<M>> conditions = new ArrayList<>(keyValues.length);
        for (Condition<M> c : keyValues) {
            conditions.add(c);
        }
        return new QuerySet<>(QuerySpec.of(schema())).using(conditions);
    }

    /**
     * Every item of this model in the table, by a lazy Scan filtered to the model's items; see {@link ScanSet} for
     * parallel segments. A scan reads the whole table: prefer {@link #using} wherever a key allows.
     *
     * <pre>{@code Customer.objects.all().segments(4).parallelStream().forEach(this::reindex);}</pre>
     */
    public ScanSet<M> all() {
        return new ScanSet<>(ScanSpec.of(schema()));
    }

    /** The GetItem request {@code get} would send for this model's keys. */
    public GetItemRequest getRequest(M model) {
        return GetItemOperation.request(schema().keys().primaryKey(model));
    }

    /** The PutItem request {@code save(model, allowOverride)} would send. */
    public PutItemRequest saveRequest(M model, boolean allowOverride) {
        return PutItemOperation.request(schema(), model, allowOverride);
    }

    /** The UpdateItem request {@code update(model, updates)} would send. */
    @SafeVarargs
    public final UpdateItemRequest updateRequest(M model, Update<M>... updates) {
        List<Update<M>> list = new ArrayList<>(updates.length);
        for (Update<M> u : updates) {
            list.add(u);
        }
        return updateRequest(model, list);
    }

    /** The UpdateItem request {@code update(model, updates)} would send. */
    public UpdateItemRequest updateRequest(M model, List<? extends Update<M>> updates) {
        return UpdateItemOperation.request(schema(), model, updates);
    }

    /** The DeleteItem request {@code delete(model)} would send. */
    public DeleteItemRequest deleteRequest(M model) {
        return DeleteItemOperation.request(schema().keys().primaryKey(model));
    }

    ModelSchema<M> schema() {
        ModelSchema<M> s = schema;
        if (s == null) {
            s = ModelSchema.of(type);
            schema = s;
        }
        return s;
    }

    Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> keyOf(
            List<? extends Condition<M>> keyValues) {
        Map<FieldSchema, Object> values = KeyValues.of(schema(), keyValues, "get");
        return schema().keys().primaryKey(schema().partial(values));
    }

    String pk(M model) {
        return schema().keys().pk(model);
    }

    String sk(M model) {
        return schema().keys().sk(model);
    }

    String gsiPk(M model, int index) {
        return schema().keys().gsiPk(model, index);
    }

    boolean isCreatable(M model) {
        try {
            schema().keys().writeKeys(Timestamps.forPut(schema(), model, java.time.Instant.now()),
                    new java.util.HashMap<>());
            return true;
        } catch (StormException e) {
            return false;
        }
    }

    String toJson(M model) {
        return AttributeJson.toJson(schema().toAttributes(model));
    }

    @Override
    public String toString() {
        return "Manager[" + type.getSimpleName() + "]";
    }
}
