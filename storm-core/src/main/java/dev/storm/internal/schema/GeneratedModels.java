package dev.storm.internal.schema;

import dev.storm.internal.codec.GeneratedRecord;
import java.lang.reflect.RecordComponent;

/**
 * Finds the {@link GeneratedModel} of a model class by name: {@code com.acme.User_Codec} for {@code com.acme.User},
 * {@code com.acme.Outer_Inner_Codec} for {@code com.acme.Outer.Inner}, in the model's class loader.
 */
final class GeneratedModels {

    private static final String SUFFIX = "_Codec";

    private GeneratedModels() {
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
        Object instance;
        try {
            instance = generated.getConstructor().newInstance();
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
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
