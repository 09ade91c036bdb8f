package dev.storm.internal.collection;

import dev.storm.InvalidQueryException;
import dev.storm.internal.key.IndexKeys;
import dev.storm.internal.key.KeyComposer;
import dev.storm.internal.schema.FieldSchema;
import dev.storm.internal.schema.ModelSchema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * How the models of an item collection share partitions on the table or one index, and how each item is told apart:
 * by the shape of its sort key, the sequence of identifiers between its {@code #} separators ({@code O#..#N#..} is
 * {@code [O, N]}; a key without separator is a model's suffix). No attribute is added to items, so tables stay
 * byte-compatible with STORM for Python; in exchange, two models with the same shape cannot share a collection, and
 * {@link #of} refuses them. Immutable and thread-safe.
 */
public final class CollectionLayout {

    private static final List<String> SUFFIX_SHAPE = List.of();

    private final List<ModelSchema<?>> models;
    private final int index;
    private final Map<List<String>, ModelSchema<?>> byShape;

    private CollectionLayout(List<ModelSchema<?>> models, int index, Map<List<String>, ModelSchema<?>> byShape) {
        this.models = models;
        this.index = index;
        this.byShape = byShape;
    }

    /**
     * The layout of the models on the table (0) or index {@code GSIn}.
     *
     * @throws InvalidQueryException when the models do not share partitions there, or two of them have sort keys
     *     of the same shape
     */
    public static CollectionLayout of(List<ModelSchema<?>> models, int index) {
        if (models.isEmpty()) {
            throw new InvalidQueryException("An item collection needs at least one model, e.g."
                    + " ItemCollection.of(Customer.class, Order.class)");
        }
        ModelSchema<?> first = models.get(0);
        Map<List<String>, ModelSchema<?>> byShape = new HashMap<>();
        for (ModelSchema<?> model : models) {
            if (IndexKeys.partitionFields(model, index).isEmpty()) {
                throw new InvalidQueryException(model.name() + " has no key in index GSI" + index + ", so it cannot"
                        + " be part of an item collection on it; mark a field @Field(gsi = true, index = " + index
                        + ")");
            }
            checkSamePartitions(first, model, index);
            List<String> shape = shape(model, index);
            ModelSchema<?> clash = byShape.putIfAbsent(shape, model);
            if (clash == model) {
                throw new InvalidQueryException(model.name() + " is listed twice in the item collection");
            }
            if (clash != null) {
                throw new InvalidQueryException(clash.name() + " and " + model.name() + " cannot share an item"
                        + " collection: on " + IndexKeys.describe(index) + " both have sort keys of the form "
                        + pattern(clash, index) + (shape.isEmpty() ? " (their suffix)" : "") + ", so an item of the"
                        + " partition could be either. STORM tells items apart by the identifiers in their sort keys,"
                        + " adding no attribute, so that tables stay compatible with STORM for Python; "
                        + (shape.isEmpty() ? "give one of them a sort-key field, e.g. @Field(sk = true)"
                                : "give one of them another identifier, e.g. " + renaming(model, index)));
            }
        }
        return new CollectionLayout(List.copyOf(models), index, byShape);
    }

    public List<ModelSchema<?>> models() {
        return models;
    }

    public int index() {
        return index;
    }

    /** The model an item belongs to by the shape of its sort key, or null when it is none of the collection's. */
    public ModelSchema<?> modelOf(Map<String, AttributeValue> item) {
        AttributeValue sortKey = item.get(KeyComposer.skAttribute(index));
        if (sortKey == null || sortKey.s() == null) {
            return null;
        }
        String text = sortKey.s();
        if (text.indexOf('#') < 0) {
            ModelSchema<?> model = byShape.get(SUFFIX_SHAPE);
            return model != null && model.keys().format().bareSortKey().equals(text) ? model : null;
        }
        String[] parts = text.split("#", -1);
        if (parts.length % 2 != 0) {
            return null;
        }
        List<String> identifiers = new ArrayList<>(parts.length / 2);
        for (int i = 0; i < parts.length; i += 2) {
            identifiers.add(parts[i]);
        }
        return byShape.get(identifiers);
    }

    /** The identifiers of the model's sort key on the index; empty when the sort key is its suffix. */
    static List<String> shape(ModelSchema<?> model, int index) {
        List<String> identifiers = new ArrayList<>();
        for (FieldSchema f : IndexKeys.sortFields(model, index)) {
            identifiers.add(f.roles().identifier());
        }
        return identifiers;
    }

    /** Partitions are shared when the keys are composed alike: the same suffix, identifiers and key-part text. */
    private static void checkSamePartitions(ModelSchema<?> first, ModelSchema<?> model, int index) {
        List<FieldSchema> a = IndexKeys.partitionFields(first, index);
        List<FieldSchema> b = IndexKeys.partitionFields(model, index);
        boolean same = first.keys().format().sharesPartitionsWith(model.keys().format()) && a.size() == b.size();
        for (int i = 0; same && i < a.size(); i++) {
            same = a.get(i).roles().identifier().equals(b.get(i).roles().identifier());
        }
        String key = index == 0 ? "PK" : KeyComposer.pkAttribute(index);
        if (!same) {
            throw new InvalidQueryException(first.name() + " and " + model.name() + " do not share partitions on "
                    + IndexKeys.describe(index) + ": " + first.name() + "'s " + key + " is "
                    + partitionPattern(first, index) + " and " + model.name() + "'s is "
                    + partitionPattern(model, index) + "; an item collection holds models with the same suffix"
                    + " and key layout (@Meta) and the same identifiers in that key");
        }
        for (int i = 0; i < a.size(); i++) {
            FieldSchema fa = a.get(i);
            FieldSchema fb = b.get(i);
            if (box(fa.rawType()) != box(fb.rawType()) || !fa.options().equals(fb.options())) {
                throw new InvalidQueryException(fa + " (" + fa.rawType().getSimpleName() + ") and " + fb + " ("
                        + fb.rawType().getSimpleName() + ") are the same part of the " + key + " but may be written"
                        + " differently, so " + first.name() + " and " + model.name() + " cannot be relied on to share"
                        + " partitions; declare them alike");
            }
        }
    }

    private static String partitionPattern(ModelSchema<?> model, int index) {
        List<String> parts = new ArrayList<>();
        for (FieldSchema f : IndexKeys.partitionFields(model, index)) {
            parts.add(f.roles().identifier());
            parts.add("<" + f.name() + ">");
        }
        return model.keys().format().partitionPattern(parts);
    }

    private static String pattern(ModelSchema<?> model, int index) {
        List<FieldSchema> fields = IndexKeys.sortFields(model, index);
        if (fields.isEmpty()) {
            return model.keys().format().bareSortKey();
        }
        StringJoiner key = new StringJoiner("#");
        for (FieldSchema f : fields) {
            key.add(f.roles().identifier()).add("<" + f.name() + ">");
        }
        return key.toString();
    }

    /** How to change the first identifier of the model's sort key, as it would be written on the field. */
    private static String renaming(ModelSchema<?> model, int index) {
        FieldSchema field = IndexKeys.sortFields(model, index).get(0);
        String taken = field.roles().identifier();
        String flags = field.roles().inGsiSk(index) ? "gsiSk = true, index = " + index : "sk = true";
        return "@Field(" + flags + ", identifier = \"" + (taken.equals("X") ? "Y" : "X") + "\") on " + field;
    }

    private static Class<?> box(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        return java.lang.invoke.MethodType.methodType(type).wrap().returnType();
    }
}
