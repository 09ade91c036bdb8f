package dev.storm.internal.schema;

import dev.storm.internal.codec.GeneratedRecord;
import java.lang.reflect.RecordComponent;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Finds the {@link GeneratedModel} of a model class by name: {@code com.acme.User_Codec} for {@code com.acme.User},
 * {@code com.acme.Outer_Inner_Codec} for {@code com.acme.Outer.Inner}, in the model's class loader. Loading the class
 * initializes it, and it registers its instance here, so no constructor is looked up by reflection. Thread-safe.
 */
public final class GeneratedModels {

    private static final String SUFFIX = "_Codec";

    /**
     * The instance each generated class registers when it is initialized, until {@link #find} takes it: held no
     * longer, so a model class can be unloaded with its class loader.
     */
    private static final ConcurrentMap<Class<?>, GeneratedModel<?>> REGISTERED = new ConcurrentHashMap<>();

    private GeneratedModels() {
    }

    /** Called by a generated class as it is initialized, with its instance; STORM takes it on the model's first use. */
    public static void register(GeneratedModel<?> model) {
        REGISTERED.put(model.recordType(), model);
    }

    /** The generated accessors of the model, or null when it was compiled without them or they do not match. */
    static <M> GeneratedModel<M> find(Class<M> type, RecordComponent[] components) {
        Class<?> generated;
        try {
            generated = Class.forName(name(type), true, type.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
        if (!GeneratedModel.class.isAssignableFrom(generated)) {
            return null;
        }
        Object instance = REGISTERED.remove(type);
        if (instance == null || instance.getClass() != generated) {
            // the class was initialized before, and its instance taken then
            try {
                instance = generated.getConstructor().newInstance();
            } catch (ReflectiveOperationException | RuntimeException e) {
                return null;
            }
        }
        GeneratedModel<?> model = (GeneratedModel<?>) instance;
        // a class left over from an earlier compilation of a changed model must not be trusted
        return model.recordType() == type && GeneratedRecord.matches(model, components) ? cast(model) : null;
    }

    static String name(Class<?> type) {
        String binary = type.getName();
        int dot = binary.lastIndexOf('.');
        return binary.substring(0, dot + 1) + binary.substring(dot + 1).replace('$', '_') + SUFFIX;
    }

    @SuppressWarnings("unchecked")
    private static <M> GeneratedModel<M> cast(GeneratedModel<?> model) {
        return (GeneratedModel<M>) model;
    }
}
