package dev.storm;

import dev.storm.internal.query.KeyValues;
import dev.storm.internal.query.QueryIterator;
import dev.storm.internal.query.QueryPages;
import dev.storm.internal.query.QueryPaging;
import dev.storm.internal.query.QueryRequestBuilder;
import dev.storm.internal.query.QuerySpec;
import dev.storm.internal.schema.KeyShapes;
import dev.storm.internal.target.Target;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * A lazy, immutable DynamoDB Query over one model's items, Django style: every call returns a new query set, and
 * nothing is sent until it is iterated. Iteration pages through {@code LastEvaluatedKey} one Query at a time;
 * {@code limit(n)} caps the items returned however many pages that takes. Immutable and thread-safe; each iteration
 * (and each {@code list}, {@code first}, {@code page}, {@code count} and {@code toRequest}) runs the query anew. A
 * query set from {@code User.objects} takes the table and client of the thread that iterates it, from
 * {@link ConnectionManager}, when the iteration starts, and keeps them to the last page; one from a
 * {@link Storm#manager} always runs on that {@code Storm}'s client and table.
 *
 * <pre>{@code
 * for (Order o : Order.objects.using(Order_.userId.eq("u1")).reverse().limit(20).filter(Order_.amount.gt(50))) { ... }
 * }</pre>
 *
 * @param <M> the model
 */
public final class QuerySet<M extends Model<M>> implements Iterable<M> {

    private final QuerySpec<M> spec;
    private final Storm storm;

    QuerySet(QuerySpec<M> spec, Storm storm) {
        this.spec = spec;
        this.storm = storm;
    }

    /**
     * More key values: equality conditions on pk, sk or gsi fields, and at most one range on the sort key
     * ({@code lt, le, gt, ge, between, beginsWith}) on the first sort-key field not given by equality. The range stays
     * inside the model's items even in a partition shared with other models; on a number or an Instant it needs
     * {@link Sortable}, so that the key text sorts as the values do.
     *
     * <pre>{@code Order.objects.using(Order_.customerId.eq("c1"), Order_.placedOn.between(jan1, jan31))}</pre>
     */
    @SafeVarargs
    public final QuerySet<M> using(Condition<M>... keyValues) {
        List<Condition<M>> conditions = new ArrayList<>(keyValues.length);
        for (Condition<M> c : keyValues) {
            conditions.add(c);
        }
        return using(conditions);
    }

    /** More key values, as a list. */
    public QuerySet<M> using(List<? extends Condition<M>> keyValues) {
        return new QuerySet<>(spec.withKeys(KeyValues.forQuery(spec.schema(), keyValues)), storm);
    }

    /** Queries index GSI1 by the model's gsi fields ({@code true}) or the table ({@code false}). */
    public QuerySet<M> useIndex(boolean use) {
        return new QuerySet<>(spec.withIndex(use ? 1 : 0), storm);
    }

    /** Queries index {@code GSIn} by the model's fields in that index; 0 queries the table. */
    public QuerySet<M> useIndex(int index) {
        if (index < 0 || index > 20) {
            throw new InvalidQueryException(spec.schema().name() + ": index " + index + " is outside 0..20");
        }
        return new QuerySet<>(spec.withIndex(index), storm);
    }

    /** Strongly consistent reads (the table only). */
    public QuerySet<M> consistent(boolean strongly) {
        return new QuerySet<>(spec.withConsistent(strongly), storm);
    }

    /** Returns at most {@code n} items, however many pages that takes (also under a filter). */
    public QuerySet<M> limit(int n) {
        if (n < 1) {
            throw new InvalidQueryException(spec.schema().name() + ": limit must be at least 1, got " + n);
        }
        return new QuerySet<>(spec.withLimit(n), storm);
    }

    /** Descending sort-key order. */
    public QuerySet<M> reverse() {
        return new QuerySet<>(spec.withReverse(!spec.reverse()), storm);
    }

    /**
     * Reads only these attributes (a ProjectionExpression) and the model's key and {@code @Version} fields, so that a
     * projected model can still be updated or deleted; the other fields read as null (or zero). Saving a projected
     * model writes those nulls: update it instead.
     */
    @SafeVarargs
    public final QuerySet<M> only(Attribute<M, ?>... attributes) {
        List<Attribute<M, ?>> list = new ArrayList<>(attributes.length);
        for (Attribute<M, ?> a : attributes) {
            list.add(a);
        }
        return new QuerySet<>(spec.withOnly(list), storm);
    }

    /**
     * Starts after the sort key of the model given in {@code using} (before it, when reversed): pagination driven by
     * the last item a client saw.
     */
    public QuerySet<M> startingAfter(boolean startAfter) {
        return new QuerySet<>(spec.withStartingAfter(startAfter), storm);
    }

    /** Keeps only items matching the condition (a FilterExpression); several filters must all hold. */
    public QuerySet<M> filter(Condition<M> condition) {
        return new QuerySet<>(spec.withFilter(Objects.requireNonNull(condition, "condition")), storm);
    }

    /** The first Query request this set sends, built without a network call. */
    public QueryRequest toRequest() {
        return QueryRequestBuilder.build(target(), spec);
    }

    /** Pages lazily through the results; each call starts a new query. */
    @Override
    public Iterator<M> iterator() {
        Target target = target();
        return new QueryIterator<>(spec.schema(), new QueryPages(target, spec.schema().name(),
                QueryRequestBuilder.build(target, spec), spec.limit()));
    }

    /** The results as a lazy sequential stream. */
    public Stream<M> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(),
                Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /** All results, read eagerly. */
    public List<M> list() {
        List<M> result = new ArrayList<>();
        iterator().forEachRemaining(result::add);
        return result;
    }

    /** The first result, reading as little as possible. */
    public Optional<M> first() {
        Iterator<M> it = limit(1).iterator();
        return it.hasNext() ? Optional.of(it.next()) : Optional.empty();
    }

    /**
     * One page of results for an API: up to {@code limit(n)} items after the cursor (the first page for null), read
     * with as many Query calls as that takes; without a limit, exactly one Query: what one DynamoDB response holds
     * (up to 1 MB; possibly no item when a filter drops them all, with a cursor to continue). {@link Page#cursor()} continues after the page: an opaque, URL-safe string bound to this model and
     * query, null when nothing follows. A page that ends exactly where DynamoDB's did may be followed by an empty
     * last page.
     *
     * <pre>{@code
     * Page<Order> page = Order.objects.using(Order_.customerId.eq("c1")).limit(20).page(request.cursor());
     * return new Response(page.items(), page.cursor());
     * }</pre>
     *
     * @throws InvalidCursorException when the cursor was altered or made for another model or query; nothing is
     *     sent then
     */
    public Page<M> page(String cursor) {
        QueryPaging.Result<M> result = QueryPaging.page(target(), spec, cursor);
        return new Page<>(result.items(), result.cursor());
    }

    /**
     * How many items the query matches, at most {@code limit(n)} when one is set: Query with {@code Select=COUNT},
     * following {@code LastEvaluatedKey} page by page. DynamoDB bills a count as reading the items it counts.
     *
     * <pre>{@code long n = Order.objects.using(Order_.customerId.eq("c1")).count();}</pre>
     */
    public long count() {
        return QueryPaging.count(target(), spec);
    }

    QuerySpec<M> spec() {
        return spec;
    }

    @Override
    public String toString() {
        return "QuerySet" + spec;
    }

    /** Where a call starting now runs, once the model is known to be the only one of its key shape there. */
    private Target target() {
        Target target = Storm.targetOf(storm);
        KeyShapes.use(target, spec.schema());
        return target;
    }
}
