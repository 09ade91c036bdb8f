package dev.storm.internal.query;

import dev.storm.Attribute;
import dev.storm.Condition;
import dev.storm.InvalidQueryException;
import dev.storm.internal.expression.ExpressionWriter;
import dev.storm.internal.key.IndexKeys;
import dev.storm.internal.key.KeyComposer;
import dev.storm.internal.schema.FieldSchema;
import dev.storm.internal.schema.ModelSchema;
import dev.storm.internal.schema.Placeholder;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The sort-key half of a query's key condition, kept inside the model's own items of a shared partition.
 *
 * <p>A model's sort keys are {@code I1#v1#I2#v2...}; with the leading fields given by equality and the next field
 * {@code F} (identifier {@code I}) ranged, every matching key starts with {@code base = I1#v1#...#I#}, and every key of
 * the model under that prefix sorts below {@code hi = I1#v1#...#I$}, since {@code $} follows the separator {@code #}.
 * A single comparison such as {@code SK > base+t} would run on into the next model's items, so ranges are
 * {@code BETWEEN} two bounds inside {@code [base, hi]}. ({@code hi} itself is no key STORM writes: it holds one
 * {@code #} too few.)
 *
 * <p>When {@code F} ends the key, an item's key is exactly {@code base + text}, so {@code <=, >=} and {@code BETWEEN}
 * are exact; DynamoDB has no exclusive bound inside BETWEEN, so {@code <} and {@code >} take the inclusive one and a
 * filter on the field's own attribute drops the one item equal to the bound. When more fields follow, an item's key is
 * {@code base + text + "#..."}: {@code <} needs no filter ({@code base+t+"#..."} is above {@code base+t}), and
 * {@code >}, {@code <=} and the top of BETWEEN bound with {@code base+t+"$"}, above every key continuing
 * {@code base+t+"#"}. This compares values as text up to the separator: exact for {@code @Sortable} numbers and
 * times, strings and dates, except that a string continuing another with a character below {@code #} (a space,
 * {@code !} or {@code "}) sorts after the other's longer keys.
 */
final class SortKeyCondition {

    private SortKeyCondition() {
    }

    /**
     * The rendered condition and, when an exclusive bound needs it, a filter that drops the item at the bound.
     *
     * @param exclusion a condition for the filter expression, or null
     */
    record Rendered<M>(String expression, Condition<M> exclusion) {
    }

    /** The sort-key condition, or null expression when the query reads the whole partition. */
    static <M> Rendered<M> render(QuerySpec<M> spec, M partial, ExpressionWriter w) {
        ModelSchema<M> schema = spec.schema();
        int index = spec.index();
        List<FieldSchema> fields = IndexKeys.sortFields(schema, index);
        String sk = KeyComposer.skAttribute(index);
        SortKeyRange range = spec.range();
        if (fields.isEmpty()) {
            if (range != null) {
                throw notInSortKey(schema, index, range, fields);
            }
            if (spec.startingAfter()) {
                throw new InvalidQueryException(schema.name() + " has no sort-key field on " + IndexKeys.describe(index)
                        + " (its sort key there is its suffix), so startingAfter has no item to start after");
            }
            return new Rendered<>(w.name(sk) + " = " + value(w, schema.keys().format().bareSortKey()), null);
        }
        if (spec.startingAfter()) {
            if (range != null) {
                throw new InvalidQueryException(schema.name() + ": startingAfter continues after the item given by"
                        + " equality values, so it cannot take the range " + range + " too; page with page(cursor)");
            }
            return startingAfter(spec, partial, fields, sk, w);
        }
        Map<FieldSchema, Object> given = spec.keyValues();
        int leading = 0;
        while (leading < fields.size() && given.containsKey(fields.get(leading))) {
            leading++;
        }
        // A later sort-key field given alone cannot narrow the key, and ignoring it would return items it excludes;
        // a field that also keys the partition queried (an order id on its own index) is given for that.
        List<FieldSchema> partition = IndexKeys.partitionFields(schema, index);
        for (int i = leading + 1; i < fields.size(); i++) {
            if (given.containsKey(fields.get(i)) && !partition.contains(fields.get(i))) {
                throw new InvalidQueryException(fields.get(i) + " is given, but the sort key of " + schema.name()
                        + " on " + IndexKeys.describe(index) + " is " + names(fields) + " and " + fields.get(leading)
                        + " before it is not; give the leading fields too, or filter(...) by "
                        + fields.get(i).name());
            }
        }
        KeyComposer<M> keys = schema.keys();
        String prefix = leading == 0 ? ""
                : keys.sortKey(fields.subList(0, leading), given::get, sk) + "#";
        if (range == null) {
            if (leading == fields.size()) {
                return new Rendered<>(w.name(sk) + " = " + value(w, prefix.substring(0, prefix.length() - 1)), null);
            }
            String begins = prefix + fields.get(leading).roles().identifier() + "#";
            return new Rendered<>("begins_with(" + w.name(sk) + ", " + value(w, begins) + ")", null);
        }
        if (leading == fields.size() || fields.get(leading) != range.field()) {
            if (!fields.contains(range.field())) {
                throw notInSortKey(schema, index, range, fields);
            }
            throw new InvalidQueryException(range + ": a range goes on the first sort-key field not given by"
                    + " equality; the sort key of " + schema.name() + " on " + IndexKeys.describe(index) + " is "
                    + names(fields) + ", so give " + names(fields.subList(0, fields.indexOf(range.field())))
                    + " with eq(...) first");
        }
        checkSortable(schema, range);
        return range(schema, range, prefix + range.field().roles().identifier(), leading == fields.size() - 1, sk, w);
    }

    private static <M> Rendered<M> range(ModelSchema<M> schema, SortKeyRange range, String head, boolean last,
                                         String sk, ExpressionWriter w) {
        String base = head + "#";
        String hi = head + "$";
        FieldSchema field = range.field();
        if ("begins_with".equals(range.operator())) {
            // a template's expression for the prefix comes as a placeholder, whose marker text stands in for it
            String prefix = range.low() instanceof String text ? text : schema.keys().part(field, range.low(), sk);
            if (prefix.indexOf('#') >= 0) {
                throw new InvalidQueryException(range + ": the prefix contains '#', the key separator");
            }
            String begins = schema.keys().checkSortKey(base + prefix, sk, List.of(field));
            return new Rendered<>("begins_with(" + w.name(sk) + ", " + value(w, begins) + ")", null);
        }
        String t = schema.keys().checkSortKey(base + schema.keys().part(field, range.low(), sk), sk, List.of(field));
        String name = w.name(sk);
        return switch (range.operator()) {
            case ">=" -> between(name, t, hi, w, null);
            case ">" -> last ? between(name, t, hi, w, excluding(schema, field, range.low()))
                    : between(name, t + "$", hi, w, null);
            case "<=" -> between(name, base, last ? t : t + "$", w, null);
            case "<" -> between(name, base, t, w, last ? excluding(schema, field, range.low()) : null);
            default -> {
                String top = schema.keys().checkSortKey(base + schema.keys().part(field, range.high(), sk), sk,
                        List.of(field));
                boolean known = !(range.low() instanceof Placeholder) && !(range.high() instanceof Placeholder);
                if (known && compareUtf8(t, top) > 0) {
                    throw new InvalidQueryException(range + ": the lower bound sorts above the upper one in the key ("
                            + t + " > " + top + "), so nothing can match");
                }
                yield between(name, t, last ? top : top + "$", w, null);
            }
        };
    }

    /**
     * Forward, the items after {@code start} up to the model's last key; backward, from its first key down to it.
     * The bound is inclusive, so a filter drops the start item itself: no two items of one partition share an SK, and
     * on an index the items sharing the start key are skipped together, as {@code >} would.
     */
    private static <M> Rendered<M> startingAfter(QuerySpec<M> spec, M partial, List<FieldSchema> fields, String sk,
                                                 ExpressionWriter w) {
        ModelSchema<M> schema = spec.schema();
        String start = schema.keys().sortKey(fields, f -> f.get(partial), sk);
        String identifier = fields.get(0).roles().identifier();
        Condition<M> atStart = null;
        for (FieldSchema f : fields) {
            Condition<M> equal = attribute(schema, f).eq(f.get(partial));
            atStart = atStart == null ? equal : atStart.and(equal);
        }
        String name = w.name(sk);
        return spec.reverse() ? between(name, identifier + "#", start, w, atStart.not())
                : between(name, start, identifier + "$", w, atStart.not());
    }

    /** Ranges compare key text, so a number or an instant must be written in a form whose text order is its order. */
    private static void checkSortable(ModelSchema<?> schema, SortKeyRange range) {
        FieldSchema f = range.field();
        if (f.options().sortable() || "begins_with".equals(range.operator())) {
            return;
        }
        Class<?> type = f.rawType();
        boolean number = type.isPrimitive() ? type != boolean.class && type != char.class
                : Number.class.isAssignableFrom(type);
        if (number || type == Instant.class || type == OffsetDateTime.class || type == ZonedDateTime.class) {
            throw new InvalidQueryException(range + ": " + f + " is a " + type.getSimpleName() + " written into the"
                    + " key as plain text, which does not sort as the values do (\"10\" < \"9\"); declare it"
                    + " @Sortable" + (number ? "(digits = ...)" : "") + " on " + schema.name()
                    + " so that sort-key ranges work, or filter(...) by it");
        }
    }

    private static <M> Condition<M> excluding(ModelSchema<M> schema, FieldSchema field, Object value) {
        return attribute(schema, field).ne(value);
    }

    private static <M> Attribute<M, Object> attribute(ModelSchema<M> schema, FieldSchema field) {
        return Attribute.of(schema.type(), field.name(), field.attributeName());
    }

    private static <M> Rendered<M> between(String name, String low, String high, ExpressionWriter w,
                                           Condition<M> exclusion) {
        return new Rendered<>(name + " BETWEEN " + value(w, low) + " AND " + value(w, high), exclusion);
    }

    private static String value(ExpressionWriter w, String text) {
        return w.value(AttributeValue.fromS(text));
    }

    private static InvalidQueryException notInSortKey(ModelSchema<?> schema, int index, SortKeyRange range,
                                                      List<FieldSchema> fields) {
        return new InvalidQueryException(range + ": " + range.field() + " is not part of the sort key of "
                + schema.name() + " on " + IndexKeys.describe(index) + ", which is "
                + (fields.isEmpty() ? "its suffix" : names(fields)) + "; query the index it sorts, or filter(...)");
    }

    private static String names(List<FieldSchema> fields) {
        return fields.stream().map(FieldSchema::name).toList().toString();
    }

    /** DynamoDB orders strings by their UTF-8 bytes, which is code-point order, unlike String.compareTo. */
    static int compareUtf8(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
