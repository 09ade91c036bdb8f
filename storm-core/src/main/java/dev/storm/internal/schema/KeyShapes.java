package dev.storm.internal.schema;

import dev.storm.internal.Refusals;
import dev.storm.InvalidModelException;
import dev.storm.Meta;
import dev.storm.StormException;
import dev.storm.internal.target.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The models used on each table, by the shape of their table keys: the PK and SK patterns once values are left out
 * ({@link dev.storm.internal.key.KeyFormat#shape}), which follow from the key layout, the suffix and the identifiers
 * of PK and SK. Two models of one shape address the same items, so each would read the other's items as its own and
 * overwrite them; the second one used on a table is refused before it sends anything, unless one is declared a view
 * of the other ({@code @Meta(viewOf = ...)}). The annotation processor applies the same rule to the models compiled
 * together. Thread-safe; one registry per JVM.
 */
public final class KeyShapes {

    private static final Map<String, Map<String, ModelSchema<?>>> BY_TABLE = new ConcurrentHashMap<>();

    /** The tables each model was already checked on: after the first use, a check is one set lookup. */
    private static final ClassValue<Set<String>> CHECKED = new ClassValue<>() {
        @Override
        protected Set<String> computeValue(Class<?> type) {
            return ConcurrentHashMap.newKeySet();
        }
    };

    private KeyShapes() {
    }

    /**
     * Records that the model is used on the table; an {@link InvalidModelException} naming both models when another
     * model of the same key shape was used on it before.
     */
    public static void use(Target target, ModelSchema<?> schema) {
        String table;
        try {
            table = target.tableName();
        } catch (StormException e) {
            // no table named yet: the request that needs one says so, and the check runs once one is named
            return;
        }
        Set<String> checked = CHECKED.get(schema.type());
        if (checked.contains(table)) {
            return;
        }
        List<String> pk = identifiers(schema.pkFields());
        List<String> sk = identifiers(schema.skFields());
        String shape = schema.keys().format().shape(pk, sk);
        // no lambda here: it would be spun into a class on the first model's first use
        Map<String, ModelSchema<?>> shapes = BY_TABLE.get(table);
        if (shapes == null) {
            BY_TABLE.putIfAbsent(table, new ConcurrentHashMap<>());
            shapes = BY_TABLE.get(table);
        }
        ModelSchema<?> other = shapes.putIfAbsent(shape, schema);
        if (other != null && other.type() != schema.type() && !views(schema.type(), other.type())) {
            throw Refusals.invalidModel(schema.type().getName() + " and " + other.type().getName()
                    + " compose their keys alike (PK " + shape.replace("\n", ", SK ") + ": suffix \""
                    + schema.suffix() + "\", PK identifiers " + pk + ", SK identifiers " + sk + ") and are both used"
                    + " on table " + table + ", so each would read and overwrite the other's items; give one of them"
                    + " another suffix or identifier, or declare @Meta(viewOf = " + other.type().getName()
                    + ".class) on " + schema.type().getName() + " if it is deliberately a second view of the same"
                    + " items");
        }
        checked.add(table);
    }

    private static List<String> identifiers(List<FieldSchema> fields) {
        List<String> identifiers = new ArrayList<>(fields.size());
        for (FieldSchema f : fields) {
            identifiers.add(f.roles().identifier());
        }
        return identifiers;
    }

    private static boolean views(Class<?> a, Class<?> b) {
        Class<?> aView = viewOf(a);
        Class<?> bView = viewOf(b);
        return aView == b || bView == a || aView != null && aView == bView;
    }

    private static Class<?> viewOf(Class<?> type) {
        Meta meta = type.getAnnotation(Meta.class);
        return meta == null || meta.viewOf() == void.class ? null : meta.viewOf();
    }
}
