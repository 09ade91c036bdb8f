package dev.storm.internal.codec;

import dev.storm.Field;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.AccessibleObject;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Array;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A record as an M keyed by component name, or by {@code @Field(name)} where set. When STORM's processor generated
 * accessors for the record ({@link GeneratedRecord}) they read and build it; otherwise accessors and the canonical
 * constructor are bound to method handles once. Either way encoding and decoding do no reflective lookups.
 */
final class RecordCodec implements Codec<Object> {

    private static final MethodType GETTER = MethodType.methodType(Object.class, Object.class);
    private static final MethodType CONSTRUCTOR = MethodType.methodType(Object.class, Object[].class);

    private final String javaType;
    private final String[] components;
    private final String[] names;
    private final Codec<Object>[] codecs;
    private final Object[] absent;
    private final GeneratedRecord<Object> generated;
    private final MethodHandle[] getters;
    private final MethodHandle constructor;

    /** Resolves the component codecs through {@code resolver}, which lets recursive record types refer back. */
    RecordCodec(Class<?> type, Function<Type, Codec<Object>> resolver) {
        javaType = type.getTypeName();
        RecordComponent[] parts = type.getRecordComponents();
        int count = parts.length;
        components = new String[count];
        names = new String[count];
        codecs = newCodecArray(count);
        absent = new Object[count];
        generated = erase(GeneratedRecords.find(type, parts));
        Type[] genericTypes = generated != null ? generated.genericTypes() : null;
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < count; i++) {
            RecordComponent part = parts[i];
            components[i] = part.getName();
            names[i] = attributeName(generated != null ? generated.component(i) : part, part.getName());
            if (!seen.add(names[i])) {
                throw new IllegalArgumentException(
                        "record " + javaType + " has two components stored as \"" + names[i] + "\"");
            }
            absent[i] = part.getType().isPrimitive() ? Array.get(Array.newInstance(part.getType(), 1), 0) : null;
            try {
                codecs[i] = resolver.apply(genericTypes != null && genericTypes[i] != null ? genericTypes[i]
                        : part.getGenericType());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "component " + javaType + "." + part.getName() + ": " + e.getMessage(), e);
            }
        }
        getters = new MethodHandle[count];
        constructor = generated != null ? null : bind(type, parts, getters);
    }

    /** Fills {@code getters} and returns the canonical constructor, spread to take an Object[]. */
    private MethodHandle bind(Class<?> type, RecordComponent[] parts, MethodHandle[] getters) {
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        Class<?>[] parameterTypes = new Class<?>[parts.length];
        try {
            for (int i = 0; i < parts.length; i++) {
                parameterTypes[i] = parts[i].getType();
                getters[i] = lookup.unreflect(accessible(parts[i].getAccessor())).asType(GETTER);
            }
            return lookup.unreflectConstructor(accessible(type.getDeclaredConstructor(parameterTypes)))
                    .asSpreader(Object[].class, parts.length)
                    .asType(CONSTRUCTOR);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalArgumentException("record " + javaType + " cannot be accessed (" + e
                    + "); if it is in a named module, open its package to STORM", e);
        }
    }

    @Override
    public AttributeValue encode(Object value) {
        Map<String, AttributeValue> map = new LinkedHashMap<>(MapCodec.capacity(names.length));
        Object[] values = generated != null ? generated.values(value) : null;
        for (int i = 0; i < names.length; i++) {
            Object component = values != null ? values[i] : get(i, value);
            try {
                map.put(names[i], component == null ? Attributes.NULL : codecs[i].encode(component));
            } catch (IllegalArgumentException e) {
                throw inComponent(i, e);
            }
        }
        return AttributeValues.m(map);
    }

    @Override
    public Object decode(AttributeValue value) {
        if (!value.hasM()) {
            throw Attributes.mismatch(value, "M", javaType);
        }
        Map<String, AttributeValue> map = value.m();
        Object[] arguments = new Object[names.length];
        for (int i = 0; i < names.length; i++) {
            AttributeValue attribute = map.get(names[i]);
            if (attribute == null || Attributes.isNull(attribute)) {
                arguments[i] = absent[i];
            } else {
                try {
                    arguments[i] = codecs[i].decode(attribute);
                } catch (IllegalArgumentException e) {
                    throw inComponent(i, e);
                }
            }
        }
        try {
            return generated != null ? generated.create(arguments) : (Object) constructor.invokeExact(arguments);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(
                    "the constructor of " + javaType + " refused the stored values: " + e.getMessage(), e);
        } catch (Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("the constructor of " + javaType + " failed", e);
        }
    }

    private Object get(int i, Object record) {
        try {
            return (Object) getters[i].invokeExact(record);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("the accessor " + javaType + "." + components[i] + "() failed", e);
        }
    }

    private IllegalArgumentException inComponent(int i, IllegalArgumentException cause) {
        return new IllegalArgumentException(javaType + "." + components[i] + ": " + cause.getMessage(), cause);
    }

    static String attributeName(RecordComponent component) {
        return attributeName(component, component.getName());
    }

    private static String attributeName(AnnotatedElement component, String javaName) {
        Field field = component.getAnnotation(Field.class);
        return field == null || field.name().isEmpty() ? javaName : field.name();
    }

    /** Records need not be public: a package-private or nested record is mapped like any other. */
    private static <T extends AccessibleObject> T accessible(T member) {
        member.setAccessible(true);
        return member;
    }

    @SuppressWarnings("unchecked")
    private static GeneratedRecord<Object> erase(GeneratedRecord<?> access) {
        return (GeneratedRecord<Object>) access;
    }

    @SuppressWarnings("unchecked")
    private static Codec<Object>[] newCodecArray(int size) {
        return (Codec<Object>[]) new Codec<?>[size];
    }
}
