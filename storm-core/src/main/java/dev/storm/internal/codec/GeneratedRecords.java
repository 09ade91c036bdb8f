package dev.storm.internal.codec;

import java.lang.reflect.RecordComponent;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The generated accessors of the records stored inside models. A generated model class registers those of the
 * records its fields hold when it is initialized, which happens before its schema, and so its record codecs, are
 * built. Thread-safe.
 */
public final class GeneratedRecords {

    private static final ConcurrentMap<Class<?>, GeneratedRecord<?>> ACCESS = new ConcurrentHashMap<>();

    private GeneratedRecords() {
    }

    /** Registers the accessor of a record type; the first registered for a type is kept. */
    public static <R> void register(GeneratedRecord<R> access) {
        ACCESS.putIfAbsent(access.recordType(), access);
    }

    /** The registered accessor of a record type, or null (also when it does not match the record's components). */
    @SuppressWarnings("unchecked")
    static <R> GeneratedRecord<R> find(Class<R> type, RecordComponent[] components) {
        GeneratedRecord<R> access = (GeneratedRecord<R>) ACCESS.get(type);
        return access != null && GeneratedRecord.matches(access, components) ? access : null;
    }
}
