package dev.storm;

import dev.storm.internal.async.AsyncTarget;
import dev.storm.internal.collection.CollectionLayout;
import dev.storm.internal.collection.CollectionQuery;
import dev.storm.internal.item.ItemModels;
import dev.storm.internal.schema.KeyShapes;
import dev.storm.internal.schema.ModelSchema;
import dev.storm.internal.target.Target;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * Several models that live in one partition (the same {@code @Meta} suffix and partition-key identifiers), read
 * together with one Query: the heart of single-table design. Each item is decoded into its own model by the shape of
 * its sort key, so no attribute is added and tables stay byte-compatible with STORM for Python. Two models whose sort
 * keys have the same shape could be confused, so {@link #of} refuses them. Immutable and thread-safe; each
 * {@link #fetch()} runs the query anew: on the table and client of the calling thread, from {@link ConnectionManager},
 * for a collection from {@link #of}; on its {@code Storm}'s for one from {@link Storm#itemCollection}.
 *
 * <pre>{@code
 * ItemCollection.Items items = ItemCollection.of(Customer.class, Address.class, Order.class)
 *         .using(Customer_.customerId.eq("c1")).fetch();          // one Query
 * Optional<Customer> customer = items.first(Customer.class);
 * List<Order> orders = items.of(Order.class);
 * }</pre>
 */
public final class ItemCollection {

    private final CollectionQuery query;
    private final ItemModels shapes;
    private final Storm storm;

    private ItemCollection(CollectionQuery query, ItemModels shapes, Storm storm) {
        this.query = query;
        this.shapes = shapes;
        this.storm = storm;
    }

    /**
     * The collection of these models on the table. Sends nothing.
     *
     * @throws InvalidQueryException when the models do not share partitions, or two of them have sort keys of the
     *     same shape (the message says which, and how to tell them apart)
     */
    @SafeVarargs
    public static ItemCollection of(Class<? extends Model<?>>... models) {
        List<Class<? extends Model<?>>> list = new ArrayList<>(models.length);
        for (Class<? extends Model<?>> model : models) {
            list.add(model);
        }
        return create(0, list);
    }

    /**
     * The collection of these models on index {@code GSIn}, where they share partitions by their gsi fields of that
     * index and are told apart by their sort keys there ({@code GSInSK}, or {@code SK} on GSI1 and for a model with
     * no gsiSk field). Sends nothing.
     *
     * <pre>{@code ItemCollection.onIndex(2, Order.class, OrderLine.class).using(OrderLine_.orderId.eq("o1")).fetch()}</pre>
     *
     * @throws InvalidQueryException when a model is not in the index, the models do not share partitions there, or
     *     two of them cannot be told apart
     */
    @SafeVarargs
    public static ItemCollection onIndex(int index, Class<? extends Model<?>>... models) {
        if (index < 1 || index > TableDefinition.MAX_INDEX_COUNT) {
            throw new InvalidQueryException("index " + index + " is outside 1.." + TableDefinition.MAX_INDEX_COUNT
                    + "; use ItemCollection.of(...) for the table");
        }
        List<Class<? extends Model<?>>> list = new ArrayList<>(models.length);
        for (Class<? extends Model<?>> model : models) {
            list.add(model);
        }
        return create(index, list);
    }

    private static ItemCollection create(int index, List<Class<? extends Model<?>>> models) {
        List<ModelSchema<?>> schemas = new ArrayList<>(models.size());
        for (Class<? extends Model<?>> model : models) {
            schemas.add(ModelSchema.of(Objects.requireNonNull(model, "model")));
        }
        CollectionLayout layout = CollectionLayout.of(schemas, index);
        return new ItemCollection(new CollectionQuery(layout, List.of(), false, false),
                ItemModels.of(layout.models(), index, "an item collection"), null);
    }

    /** This collection on {@code storm}'s client and table. */
    ItemCollection on(Storm storm) {
        return new ItemCollection(query, shapes, storm);
    }

    /**
     * The partition to read, by equality conditions on the partition-key fields of any of the models:
     * {@code using(Customer_.customerId.eq("c1"))}.
     */
    public ItemCollection using(Condition<?>... keyValues) {
        List<Condition<?>> all = new ArrayList<>(query.keyValues());
        for (Condition<?> c : keyValues) {
            all.add(Objects.requireNonNull(c, "keyValues"));
        }
        return new ItemCollection(new CollectionQuery(query.layout(), all, query.consistent(),
                query.reverse()), shapes, storm);
    }

    /** Strongly consistent reads (the table only). */
    public ItemCollection consistent(boolean strongly) {
        return new ItemCollection(new CollectionQuery(query.layout(), query.keyValues(), strongly,
                query.reverse()), shapes, storm);
    }

    /** Descending sort-key order. */
    public ItemCollection reverse() {
        return new ItemCollection(new CollectionQuery(query.layout(), query.keyValues(), query.consistent(),
                !query.reverse()), shapes, storm);
    }

    /**
     * The model of the collection that a single item belongs to, by the shape of its keys on the collection's table
     * or index (its partition key and sort key); empty when it is none of them. No network call.
     */
    public Optional<Class<?>> modelOf(Map<String, AttributeValue> item) {
        ModelSchema<?> model = shapes.modelOf(Objects.requireNonNull(item, "item"));
        return model == null ? Optional.empty() : Optional.of(model.type());
    }

    /**
     * A single item (from a raw read, a stream record, another tool) decoded into the model of the collection its
     * keys say, as {@link Manager#fromItem} decodes it; empty when its keys are those of none of the models. No
     * network call.
     *
     * <pre>{@code
     * Optional<Object> decoded = ItemCollection.of(Customer.class, Order.class).decode(item);
     * if (decoded.orElse(null) instanceof Order order) { ... }
     * }</pre>
     *
     * @throws InvalidValueException when an attribute cannot be read as its field's type
     */
    public Optional<Object> decode(Map<String, AttributeValue> item) {
        ModelSchema<?> model = shapes.modelOf(Objects.requireNonNull(item, "item"));
        return model == null ? Optional.empty() : Optional.of(model.fromItem(item));
    }

    /** The Query request {@link #fetch()} sends first, built without a network call. */
    public QueryRequest toRequest() {
        return query.request(Storm.targetOf(storm));
    }

    /**
     * Reads the whole partition: one Query, and one more per 1 MB past the first (following
     * {@code LastEvaluatedKey}, so a large partition is read in full before this returns; use {@link #stream()} to
     * read it lazily). Items of models not in the collection, and items whose {@link Ttl} has passed, are read but
     * skipped.
     */
    public Items fetch() {
        List<Object> all = new ArrayList<>();
        query.iterator(target()).forEachRemaining(all::add);
        return new Items(query.layout().models(), all);
    }

    /**
     * The non-blocking twin of this collection, with the same models, key values and options, reading through the
     * {@code DynamoDbAsyncClient} in effect: the {@link ConnectionManager}'s for a collection from {@link #of}, its
     * {@code Storm}'s for one from {@link Storm#itemCollection}. Sends nothing.
     *
     * <pre>{@code
     * CompletableFuture<ItemCollection.Items> items = ItemCollection.of(Customer.class, Order.class)
     *         .using(Customer_.customerId.eq("c1")).async().fetch();
     * }</pre>
     *
     * @throws InvalidValueException when the collection's {@code Storm} was built without an async client
     */
    public AsyncItemCollection async() {
        if (storm == null) {
            return new AsyncItemCollection(this, () -> checked(ConnectionManager.table().asyncTarget()));
        }
        AsyncTarget target = storm.asyncTarget("storm.itemCollection(...).async()");
        return new AsyncItemCollection(this, () -> checked(target));
    }

    /** An async read's target, once each model is known to be the only one of its key shape there. */
    private AsyncTarget checked(AsyncTarget target) {
        for (ModelSchema<?> model : query.layout().models()) {
            KeyShapes.use(target.requests(), model);
        }
        return target;
    }

    CollectionQuery query() {
        return query;
    }

    /** The partition's items in sort-key order, decoded into their models, read lazily page by page. */
    public Stream<Object> stream() {
        Iterator<Object> items = query.iterator(target());
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(items,
                Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /**
     * Where a read starting now runs, once each model is known to be the only one of its key shape there: a model of
     * another shape-alike model's items would decode them as its own, as a query set would.
     */
    private Target target() {
        Target target = Storm.targetOf(storm);
        for (ModelSchema<?> model : query.layout().models()) {
            KeyShapes.use(target, model);
        }
        return target;
    }

    @Override
    public String toString() {
        return "ItemCollection" + query.layout().models().stream().map(ModelSchema::name).toList();
    }

    /**
     * The items of one fetch, each decoded into its own model, in sort-key order. Immutable and thread-safe.
     */
    public static final class Items {

        private final List<Object> all;
        private final Map<Class<?>, List<Object>> byModel = new LinkedHashMap<>();

        Items(List<ModelSchema<?>> models, List<Object> all) {
            this.all = Collections.unmodifiableList(all);
            for (ModelSchema<?> model : models) {
                byModel.put(model.type(), new ArrayList<>());
            }
            for (Object item : all) {
                byModel.get(item.getClass()).add(item);
            }
            byModel.replaceAll((type, items) -> Collections.unmodifiableList(items));
        }

        /** The first item of the model, in sort-key order; empty when the partition holds none. */
        public <T> Optional<T> first(Class<T> model) {
            List<T> items = of(model);
            return items.isEmpty() ? Optional.empty() : Optional.of(items.get(0));
        }

        /** Every item of the model, in sort-key order. */
        public <T> List<T> of(Class<T> model) {
            List<Object> items = byModel.get(model);
            if (items == null) {
                throw new InvalidQueryException(model.getSimpleName() + " is not in this item collection, whose"
                        + " models are " + byModel.keySet().stream().map(Class::getSimpleName).toList());
            }
            @SuppressWarnings("unchecked")
            List<T> typed = (List<T>) items;
            return typed;
        }

        /** Every item, of every model, in sort-key order. */
        public List<Object> all() {
            return all;
        }

        @Override
        public String toString() {
            StringBuilder text = new StringBuilder("Items{");
            byModel.forEach((type, items) -> text.append(type.getSimpleName()).append('=').append(items.size())
                    .append(' '));
            return text.toString().trim() + "}";
        }
    }
}
