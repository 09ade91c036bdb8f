package dev.storm.internal.codec;

import java.lang.reflect.AnnotatedElement;

/**
 * Direct access to one record type's components, written by STORM's annotation processor, so that STORM reads and
 * builds records without reflection or method handles. Generated classes implement it; STORM calls it. Instances
 * are stateless and thread-safe.
 *
 * @param <R> the record type
 */
public interface GeneratedRecord<R> {

    /** The record type. */
    Class<R> recordType();

    /** The component names in declaration order, as compiled: a mismatch means the accessor is stale. */
    String[] componentNames();

    /** The component types (erased) in declaration order, as compiled: a mismatch means the accessor is stale. */
    Class<?>[] componentTypes();

    /**
     * The component types with their type arguments in declaration order, equal to what
     * {@code RecordComponent.getGenericType()} returns (plain types as their class, parameterized ones through
     * {@link GenericType}), so that STORM parses no generic signature; null at a position whose type the processor
     * does not write (a wildcard, a generic array, a member of a parameterized type): STORM asks the component.
     */
    java.lang.reflect.Type[] genericTypes();

    /**
     * STORM's own annotations on the component at {@code position} (those of package {@code dev.storm}), as
     * reflection on the record component would return them.
     */
    AnnotatedElement component(int position);

    /** The value of the component at {@code position}, primitives boxed. */
    Object value(R record, int position);

    /** Every component value, in declaration order, primitives boxed. */
    Object[] values(R record);

    /**
     * A new record through the canonical constructor, from component values in declaration order; a primitive
     * component needs a non-null value of its box type.
     */
    R create(Object[] values);

    /**
     * Whether an accessor was generated for exactly these components (names and types), in this order. Here rather
     * than in {@link GeneratedRecords}, so that checking a generated model loads no registry of nested records.
     */
    static boolean matches(GeneratedRecord<?> access, java.lang.reflect.RecordComponent[] components) {
        String[] names = access.componentNames();
        Class<?>[] types = access.componentTypes();
        if (names.length != components.length || types.length != components.length) {
            return false;
        }
        for (int i = 0; i < names.length; i++) {
            if (!names[i].equals(components[i].getName()) || types[i] != components[i].getType()) {
                return false;
            }
        }
        return true;
    }
}
