package dev.storm.internal.item;

import dev.storm.InvalidQueryException;
import dev.storm.internal.key.IndexKeys;
import dev.storm.internal.key.KeyComposer;
import dev.storm.internal.schema.ModelSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Which of a set of models an item belongs to, by the shape of its partition and sort keys alone: no attribute is
 * added to items, so tables stay byte-compatible with STORM for Python. Two models whose keys could have the same
 * shape cannot be told apart, so {@link #of} refuses them. Immutable and thread-safe.
 */
public final class ItemModels {

    private static final ClassValue<Entry> TABLE_SHAPES = new ClassValue<>() {
        @Override
        protected Entry computeValue(Class<?> type) {
            ModelSchema<?> model = ModelSchema.of(type);
            return new Entry(model, KeyPattern.partition(model, 0), KeyPattern.sort(model, 0));
        }
    };

    private final int index;
    private final List<Entry> entries;

    private record Entry(ModelSchema<?> model, KeyPattern partition, KeyPattern sort) {
    }

    private ItemModels(int index, List<Entry> entries) {
        this.index = index;
        this.entries = entries;
    }

    /**
     * The models, told apart by their keys on the table (0) or index {@code GSIn}.
     *
     * @throws InvalidQueryException when no model is given, one is given twice, or two have keys of the same shape
     */
    public static ItemModels of(List<ModelSchema<?>> models, int index, String what) {
        if (models.isEmpty()) {
            throw new InvalidQueryException(what + " needs at least one model");
        }
        List<Entry> entries = new ArrayList<>(models.size());
        for (ModelSchema<?> model : models) {
            if (IndexKeys.partitionFields(model, index).isEmpty()) {
                throw new InvalidQueryException(model.name() + " has no key in index GSI" + index + ", so its items"
                        + " cannot be recognised there; mark a field @Field(gsi = true, index = " + index + ")");
            }
            Entry entry = new Entry(model, KeyPattern.partition(model, index), KeyPattern.sort(model, index));
            for (Entry other : entries) {
                if (other.model() == model) {
                    throw new InvalidQueryException(model.name() + " is listed twice in " + what);
                }
                if (other.partition().overlaps(entry.partition()) && other.sort().overlaps(entry.sort())) {
                    throw new InvalidQueryException(other.model().name() + " and " + model.name() + " cannot both"
                            + " be in " + what + ": on " + IndexKeys.describe(index) + " both have keys of the form "
                            + KeyComposer.pkAttribute(index) + " = " + entry.partition() + ", "
                            + KeyComposer.skAttribute(index) + " = " + entry.sort() + ", so an item could be either."
                            + " STORM tells items apart by their keys alone; give one of them another @Meta suffix"
                            + " or another identifier on a key field, e.g. @Field(sk = true, identifier = \"X\")");
                }
            }
            entries.add(entry);
        }
        return new ItemModels(index, List.copyOf(entries));
    }

    /** The models, in the order given. */
    public List<ModelSchema<?>> models() {
        return entries.stream().<ModelSchema<?>>map(Entry::model).toList();
    }

    /**
     * The model whose keys have the shape of the item's (or of a stream record's keys), or null when the item has no
     * string keys on the index or belongs to none of the models.
     */
    public ModelSchema<?> modelOf(Map<String, AttributeValue> item) {
        String pk = text(item.get(KeyComposer.pkAttribute(index)));
        String sk = text(item.get(KeyComposer.skAttribute(index)));
        if (pk == null || sk == null) {
            return null;
        }
        for (Entry entry : entries) {
            if (entry.sort().matches(sk) && entry.partition().matches(pk)) {
                return entry.model();
            }
        }
        return null;
    }

    /** Whether the item's table keys have the model's shape; true when it has no string PK and SK to tell. */
    public static boolean keysFit(ModelSchema<?> model, Map<String, AttributeValue> item) {
        String pk = text(item.get("PK"));
        String sk = text(item.get("SK"));
        Entry shape = TABLE_SHAPES.get(model.type());
        return pk == null || sk == null || shape.partition().matches(pk) && shape.sort().matches(sk);
    }

    /** The model's key shapes on the table, for messages: {@code PK = U#<value>#USER, SK = T#<value>}. */
    public static String describe(ModelSchema<?> model) {
        Entry shape = TABLE_SHAPES.get(model.type());
        return "PK = " + shape.partition() + ", SK = " + shape.sort();
    }

    private static String text(AttributeValue value) {
        return value == null ? null : value.s();
    }
}
