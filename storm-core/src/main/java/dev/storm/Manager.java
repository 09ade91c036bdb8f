package dev.storm;

import dev.storm.internal.Refusals;
import dev.storm.internal.async.AsyncTarget;
import dev.storm.internal.batch.BulkReads;
import dev.storm.internal.batch.BulkWrites;
import dev.storm.internal.operation.GetItemOperation;
import dev.storm.internal.operation.Timestamps;
import dev.storm.internal.codec.AttributeJson;
import dev.storm.internal.item.ItemModels;
import dev.storm.internal.query.KeyValues;
import dev.storm.internal.query.QuerySpec;
import dev.storm.internal.scan.ScanSpec;
import dev.storm.internal.schema.FieldSchema;
import dev.storm.internal.schema.KeyShapes;
import dev.storm.internal.schema.ModelSchema;
import dev.storm.internal.target.Target;
import dev.storm.internal.validation.ModelValidator;
import dev.storm.internal.write.Writes;
import java.util.ArrayList;
import java.util.Collection;
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
 * thread-safe. Each operation of that manager runs on the calling thread's table and client from
 * {@link ConnectionManager}, looked up once when the operation starts. A manager from {@link Storm#manager} runs every
 * operation, and every query set and scan it creates, on its {@code Storm}'s client and table instead.
 *
 * <p>The single-item calls named below are those of a plain model. A model with a {@link Version} field sends the
 * same call, conditional on the stored version. A model with a {@code @Field(unique = true)} field writes through
 * TransactWriteItems with its uniqueness guard items, after a consistent GetItem where the stored values must be
 * known (save, delete, and an update that changes a unique field); see the README's "Writes at scale".
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
    private final Storm storm;
    private volatile ModelSchema<M> schema;

    private Manager(Class<M> type) {
        this(type, null);
    }

    private Manager(Class<M> type, Storm storm) {
        this.type = type;
        this.storm = storm;
    }

    /** The manager of {@code type} bound to {@code storm}'s client and table. */
    static <M extends Model<M>> Manager<M> bound(Class<M> type, Storm storm) {
        return new Manager<>(type, storm);
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
        Target target = target();
        GetItemRequest request = GetItemOperation.request(target, keyOf(conditions));
        return GetItemOperation.execute(target, schema(), request);
    }

    /**
     * Puts a new item only if none with its keys exists (PutItem); {@link ObjectAlreadyExistsException} otherwise.
     * Returns the model as stored: with its {@link CreatedAt} and {@link UpdatedAt} fields filled, if it has any,
     * and at its first version if it has a {@link Version} field.
     */
    public M create(M model) {
        return Writes.create(validated("create", model), schema(), model);
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
        Writes.save(validated("save", model), schema(), model, allowOverride, null);
    }

    /**
     * Puts the item, overwriting, only if the condition holds for the stored item (PutItem with a condition, one
     * write); {@link ConditionFailedException} otherwise, and nothing is written.
     *
     * <pre>{@code Order.objects.save(order, Order_.status.eq("OPEN"));}</pre>
     */
    public void save(M model, Condition<M> condition) {
        Writes.save(validated("save", model), schema(), model, true, required(condition, "save"));
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
        return Writes.update(target(), schema(), model, null, updates);
    }

    /**
     * Applies the updates in one UpdateItem only if the item exists and the condition holds for it, and returns the
     * stored item; {@link ConditionFailedException} when the condition does not hold, nothing changed.
     *
     * <pre>{@code Order paid = Order.objects.update(order, Order_.status.eq("OPEN"), Order_.status.set("PAID"));}</pre>
     */
    @SafeVarargs
    public final M update(M model, Condition<M> condition, Update<M>... updates) {
        List<Update<M>> list = new ArrayList<>(updates.length);
        for (Update<M> u : updates) {
            list.add(u);
        }
        return update(model, condition, list);
    }

    /** Applies the updates only if the condition holds; see {@link #update(Model, Condition, Update[])}. */
    public M update(M model, Condition<M> condition, List<? extends Update<M>> updates) {
        return Writes.update(target(), schema(), model, required(condition, "update"), updates);
    }

    /** Deletes the item (DeleteItem); deleting an absent item is not an error. */
    public void delete(M model) {
        Writes.delete(target(), schema(), model, null);
    }

    /**
     * Deletes the item only if the condition holds for it (DeleteItem with a condition);
     * {@link ConditionFailedException} otherwise, and nothing is deleted.
     */
    public void delete(M model, Condition<M> condition) {
        Writes.delete(target(), schema(), model, required(condition, "delete"));
    }

    /**
     * Writes every model through BatchWriteItem, 25 items a request, four requests at a time, retrying unprocessed
     * items, throttling and server errors with backoff for up to five minutes (see {@link BulkOptions}). One write
     * unit per KB of each item; no conditions, so existing items are overwritten. Every model is checked before
     * anything is sent: an invalid one, one over 400 KB, two with the same keys or an empty collection fail the call
     * with nothing written. Models with unique or version fields are refused (use {@link Transaction}).
     *
     * <pre>{@code BulkResult r = Order.objects.bulkSave(orders);   // r.failed() lists any not written}</pre>
     */
    public BulkResult bulkSave(Collection<M> models) {
        return bulkSave(models, BulkOptions.defaults());
    }

    /** Writes every model through BatchWriteItem with the given retry and concurrency options. */
    public BulkResult bulkSave(Collection<M> models, BulkOptions options) {
        Target target = target();
        validateAll(target, models);
        return BulkWrites.save(target, schema(), models, options);
    }

    /**
     * Deletes the items of every model through BatchWriteItem, as {@link #bulkSave} writes them; a key given twice is
     * deleted once. Deleting an absent item is not an error.
     */
    public BulkResult bulkDelete(Collection<M> models) {
        return bulkDelete(models, BulkOptions.defaults());
    }

    /** Deletes the items of every model with the given retry and concurrency options. */
    public BulkResult bulkDelete(Collection<M> models, BulkOptions options) {
        return BulkWrites.delete(target(), schema(), models, options);
    }

    /**
     * Reads the items of the given keys (models with their key fields set) through BatchGetItem, 100 keys a request,
     * retrying unprocessed keys like {@link #bulkSave}; eventually consistent, half a read unit per 4 KB. The result
     * has one entry per key, in the order asked, null where no item is stored (a key asked twice is read once and
     * appears twice). A {@link BulkException} when some keys could not be read within the options' deadline; use
     * {@link #bulkGetResult} to get the missing and failed keys without an exception.
     *
     * <pre>{@code List<Order> got = Order.objects.bulkGet(keys);}</pre>
     */
    public List<M> bulkGet(Collection<M> keys) {
        return bulkGet(keys, BulkOptions.defaults());
    }

    /** Reads the items of the given keys with the given options; see {@link #bulkGet(Collection)}. */
    public List<M> bulkGet(Collection<M> keys, BulkOptions options) {
        BulkGetResult<M> result = bulkGetResult(keys, options);
        if (!result.isComplete()) {
            throw Refusals.bulk("bulkGet of " + schema().name() + " could not read every key",
                    result.failed());
        }
        return result.items();
    }

    /** Reads like {@link #bulkGet(Collection)}, and reports missing and unread keys instead of throwing. */
    public BulkGetResult<M> bulkGetResult(Collection<M> keys) {
        return bulkGetResult(keys, BulkOptions.defaults());
    }

    /** Reads like {@link #bulkGet(Collection, BulkOptions)}, and reports missing and unread keys. */
    public BulkGetResult<M> bulkGetResult(Collection<M> keys, BulkOptions options) {
        return BulkReads.get(target(), schema(), keys, options);
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
        return new QuerySet<>(QuerySpec.of(schema()), storm).using(conditions);
    }

    /**
     * Every item of this model in the table, by a lazy Scan filtered to the model's items; see {@link ScanSet} for
     * parallel segments. A scan reads the whole table: prefer {@link #using} wherever a key allows.
     *
     * <pre>{@code Customer.objects.all().segments(4).parallelStream().forEach(this::reindex);}</pre>
     */
    public ScanSet<M> all() {
        return new ScanSet<>(ScanSpec.of(schema()), storm);
    }

    /** The GetItem request {@code get} would send for this model's keys. */
    public GetItemRequest getRequest(M model) {
        return GetItemOperation.request(target(), schema().keys().primaryKey(model));
    }

    /** The PutItem request {@code save(model, allowOverride)} would send. */
    public PutItemRequest saveRequest(M model, boolean allowOverride) {
        return Writes.putRequest(target(), schema(), model, allowOverride, null);
    }

    /**
     * The PutItem request {@code save(model, condition)} would send. For a model with unique fields, save sends this
     * put inside a TransactWriteItems with its guards; see {@link Transaction#request}.
     */
    public PutItemRequest saveRequest(M model, Condition<M> condition) {
        return Writes.putRequest(target(), schema(), model, true, required(condition, "saveRequest"));
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
        return Writes.updateRequest(target(), schema(), model, null, updates);
    }

    /** The UpdateItem request {@code update(model, condition, updates)} would send. */
    public UpdateItemRequest updateRequest(M model, Condition<M> condition, List<? extends Update<M>> updates) {
        return Writes.updateRequest(target(), schema(), model, required(condition, "updateRequest"), updates);
    }

    /** The DeleteItem request {@code delete(model)} would send. */
    public DeleteItemRequest deleteRequest(M model) {
        return Writes.deleteRequest(target(), schema(), model, null);
    }

    /** The DeleteItem request {@code delete(model, condition)} would send. */
    public DeleteItemRequest deleteRequest(M model, Condition<M> condition) {
        return Writes.deleteRequest(target(), schema(), model, required(condition, "deleteRequest"));
    }

    /**
     * The non-blocking twin of this manager: the same calls on the {@code DynamoDbAsyncClient} in effect (the
     * {@link ConnectionManager}'s, or this manager's {@link Storm}'s), each returning a {@code CompletableFuture}.
     *
     * <pre>{@code CompletableFuture<User> f = User.objects.async().get(User_.userId.eq("u1"));}</pre>
     *
     * @throws InvalidValueException when this manager's {@link Storm} was built without an async client
     */
    public AsyncManager<M> async() {
        if (storm == null) {
            return new AsyncManager<>(this, () -> checked(ConnectionManager.table().asyncTarget()));
        }
        AsyncTarget target = storm.asyncTarget(type);
        return new AsyncManager<>(this, () -> checked(target));
    }

    /** An async call's target, once the model is known to be the only one of its key shape there. */
    private AsyncTarget checked(AsyncTarget target) {
        KeyShapes.use(target.requests(), schema());
        return target;
    }

    /**
     * The item {@link #save} writes for the model, keys included, built without a network call: PK, SK, every index
     * key and every field under its attribute name. Only what save fills in at write time is left as the model holds
     * it: {@link CreatedAt}/{@link UpdatedAt} times and the next {@link Version}.
     *
     * <pre>{@code Map<String, AttributeValue> item = User.objects.toItem(u);}</pre>
     *
     * @throws MissingRequiredFieldsException when key fields are unset
     * @throws InvalidKeyException when a key part is empty or holds {@code #}
     */
    public Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> toItem(M model) {
        if (model == null) {
            throw Refusals.invalidValue("toItem of " + type.getSimpleName() + " was given null; give a model");
        }
        return schema().toItem(model);
    }

    /**
     * The model of a stored item (from a raw read, a stream record or {@link #toItem}), decoded as {@link #get}
     * decodes it: each attribute read as its field's type, attributes the model does not declare ignored, missing
     * ones null. No network call.
     *
     * <pre>{@code User back = User.objects.fromItem(item);}</pre>
     *
     * @throws InvalidValueException when the item is null, its PK and SK are those of another model, or an attribute
     *     cannot be read as its field's type (the message names the field and the value)
     */
    public M fromItem(Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> item) {
        if (item == null) {
            throw Refusals.invalidValue("fromItem of " + type.getSimpleName() + " was given null; give an item");
        }
        if (!ItemModels.keysFit(schema(), item)) {
            throw Refusals.invalidValue("fromItem of " + type.getSimpleName() + ": the item's keys (PK="
                    + item.get("PK").s() + ", SK=" + item.get("SK").s() + ") are not those of a " + type.getSimpleName()
                    + ", whose keys are " + ItemModels.describe(schema()) + "; decode it with the manager of its own"
                    + " model, or with ItemCollection.decode or StreamDecoder when it may be one of several");
        }
        return schema().fromItem(item);
    }

    Condition<M> required(Condition<M> condition, String operation) {
        if (condition == null) {
            throw Refusals.invalidValue(operation + " of " + type.getSimpleName() + " was given a null"
                    + " condition; use the overload without one");
        }
        return condition;
    }

    ModelSchema<M> schema() {
        ModelSchema<M> s = schema;
        if (s == null) {
            s = storm == null ? ModelSchema.of(type) : Manager.of(type).schema();
            schema = s;
        }
        return s;
    }

    /**
     * The target of a write, after checking the model with the target's validator (Jakarta Bean Validation, when
     * present): a {@link ValidationFailedException} before anything is sent.
     */
    private Target validated(String operation, M model) {
        Target target = target();
        validate(target, operation, model);
        return target;
    }

    /** Checks the model with the target's validator: a {@link ValidationFailedException} before anything is sent. */
    void validate(Target target, String operation, M model) {
        if (model != null) {
            target.settings().validator().check(operation + " of " + schema().name(), model);
        }
    }

    /** Checks every model of a bulkSave with the target's validator; null elements are the batch's to report. */
    void validateAll(Target target, Collection<M> models) {
        if (models != null) {
            ModelValidator validator = target.settings().validator();
            String operation = "bulkSave of " + schema().name();
            int element = 0;
            for (M model : models) {
                if (model != null) {
                    validator.check(operation, element, model);
                }
                element++;
            }
        }
    }

    /** Where an operation starting now runs: resolved once, then handed to everything the operation does. */
    private Target target() {
        Target target = Storm.targetOf(storm);
        KeyShapes.use(target, schema());
        return target;
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
        return "Manager[" + type.getSimpleName() + (storm == null ? "" : " on " + storm.tableName()) + "]";
    }
}
