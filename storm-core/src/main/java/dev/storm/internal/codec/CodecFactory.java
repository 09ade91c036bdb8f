package dev.storm.internal.codec;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Builds the codec graph of one declared type. One factory serves one build: it remembers the record types under
 * construction so that a recursive record refers back to its own codec instead of recursing forever.
 */
final class CodecFactory {



    /**
     * The codec of a scalar type, or null: a plain chain of tests rather than a map of every codec, so a model's first
     * use loads the codec classes of its own fields' types only.
     */
    private static Codec<?> scalar(Class<?> type) {
        if (type == String.class) {
            return StringCodec.INSTANCE;
        }
        Codec<?> number = number(type);
        if (number != null) {
            return number;
        }
        if (type == boolean.class || type == Boolean.class) {
            return BooleanCodec.INSTANCE;
        }
        if (type == char.class || type == Character.class) {
            return CharacterCodec.INSTANCE;
        }
        if (type == Instant.class) {
            return ParsedTextCodec.instants();
        }
        if (type == UUID.class) {
            return ParsedTextCodec.uuids();
        }
        if (type == LocalDate.class) {
            return ParsedTextCodec.localDates();
        }
        if (type == LocalDateTime.class) {
            return ParsedTextCodec.localDateTimes();
        }
        if (type == OffsetDateTime.class) {
            return ParsedTextCodec.offsetDateTimes();
        }
        if (type == ZonedDateTime.class) {
            return ParsedTextCodec.zonedDateTimes();
        }
        if (type == LocalTime.class) {
            return ParsedTextCodec.localTimes();
        }
        if (type == byte[].class) {
            return BytesCodec.INSTANCE;
        }
        return type == AttributeValue.class ? PassThroughCodec.INSTANCE : null;
    }

    private static NumberCodec number(Class<?> type) {
        if (type == int.class || type == Integer.class) {
            return NumberCodec.ofInteger();
        }
        if (type == long.class || type == Long.class) {
            return NumberCodec.ofLong();
        }
        if (type == double.class || type == Double.class) {
            return NumberCodec.ofDouble();
        }
        if (type == float.class || type == Float.class) {
            return NumberCodec.ofFloat();
        }
        if (type == short.class || type == Short.class) {
            return NumberCodec.ofShort();
        }
        if (type == byte.class || type == Byte.class) {
            return NumberCodec.ofByte();
        }
        if (type == BigDecimal.class) {
            return NumberCodec.ofBigDecimal();
        }
        return type == BigInteger.class ? NumberCodec.ofBigInteger() : null;
    }

    private final Map<Type, Codec<Object>> built = new HashMap<>();
    private final Map<Class<?>, DeferredCodec> underConstruction = new HashMap<>();

    private CodecFactory() {
    }

    static Codec<Object> build(Type type) {
        return new CodecFactory().resolve(type);
    }

    static boolean isNumeric(Type type) {
        return type instanceof Class<?> c && number(c) != null;
    }

    private Codec<Object> resolve(Type type) {
        Codec<Object> codec = built.get(type);
        if (codec == null) {
            codec = create(type);
            if (!(codec instanceof DeferredCodec)) {
                built.put(type, codec);
            }
        }
        return codec;
    }

    private Codec<Object> create(Type type) {
        if (type instanceof Class<?> c) {
            return forClass(c);
        }
        if (type instanceof ParameterizedType p) {
            return forParameterized(p);
        }
        if (type instanceof WildcardType w) {
            return forWildcard(w);
        }
        if (type instanceof TypeVariable<?>) {
            throw unsupported(type, "type variables are not supported; declare a concrete type");
        }
        if (type instanceof GenericArrayType) {
            throw unsupported(type, "arrays other than byte[] are not supported; use a List");
        }
        throw unsupported(type, "unknown kind of type " + type.getClass().getName());
    }

    private Codec<Object> forClass(Class<?> type) {
        if (type == Object.class) {
            return DynamicCodec.INSTANCE;
        }
        Codec<?> scalar = scalar(type);
        if (scalar != null) {
            return erase(scalar);
        }
        if (type.isEnum()) {
            return erase(new EnumCodec(type));
        }
        if (type.getTypeParameters().length > 0) {
            throw unsupported(type, type.isRecord()
                    ? "generic records are not supported; declare a record with concrete component types"
                    : "raw types are not supported; declare the type arguments, e.g. "
                            + type.getSimpleName() + "<String>");
        }
        if (type.isRecord()) {
            return forRecord(type);
        }
        if (type.isArray()) {
            throw unsupported(type, "arrays other than byte[] are not supported; use a List");
        }
        throw unsupported(type, "nested values must be records, or lists, sets or maps of supported types");
    }

    private Codec<Object> forRecord(Class<?> type) {
        DeferredCodec pending = underConstruction.get(type);
        if (pending != null) {
            return pending;
        }
        DeferredCodec placeholder = new DeferredCodec(type.getTypeName());
        underConstruction.put(type, placeholder);
        RecordCodec codec = new RecordCodec(type, this::resolve);
        placeholder.bind(codec);
        underConstruction.remove(type);
        return codec;
    }

    private Codec<Object> forParameterized(ParameterizedType type) {
        Class<?> raw = (Class<?>) type.getRawType();
        Type[] arguments = type.getActualTypeArguments();
        String name = type.getTypeName();
        if (raw == List.class || raw == Collection.class || raw == Iterable.class) {
            return erase(new ListCodec(argument(type, arguments[0]), name));
        }
        if (raw == Set.class) {
            return erase(new SetCodec(setElement(type, arguments[0]),
                    size -> new LinkedHashSet<>(MapCodec.capacity(size)), name));
        }
        if (raw == SortedSet.class || raw == NavigableSet.class) {
            return erase(new SetCodec(setElement(type, arguments[0]), size -> new TreeSet<>(), name));
        }
        if (raw == Map.class || raw == SortedMap.class || raw == NavigableMap.class) {
            requireStringKeys(type, arguments[0]);
            Codec<Object> values = argument(type, arguments[1]);
            return raw == Map.class
                    ? erase(new MapCodec(values, size -> new HashMap<>(MapCodec.capacity(size)), name))
                    : erase(new MapCodec(values, size -> new TreeMap<>(), name));
        }
        if (raw.isRecord()) {
            throw unsupported(type, "generic records are not supported; declare a record with concrete component types");
        }
        throw unsupported(type, "the generic types supported are List, Collection, Iterable, Set, SortedSet, "
                + "NavigableSet, Map, SortedMap and NavigableMap");
    }

    private Codec<Object> forWildcard(WildcardType type) {
        Type[] upper = type.getUpperBounds();
        if (type.getLowerBounds().length > 0 || upper.length != 1 || upper[0] == Object.class) {
            throw unsupported(type, "the only wildcards supported are \"? extends X\" with a supported X");
        }
        return resolve(upper[0]);
    }

    private Codec<Object> argument(ParameterizedType owner, Type argument) {
        try {
            return resolve(argument);
        } catch (IllegalArgumentException e) {
            throw unsupported(owner, e.getMessage());
        }
    }

    @SuppressWarnings("unchecked")
    private TextCodec<Object> setElement(ParameterizedType owner, Type element) {
        Codec<Object> codec = argument(owner, element);
        if (codec instanceof TextCodec<?> text) {
            return (TextCodec<Object>) text;
        }
        throw unsupported(owner, "a DynamoDB set holds strings or numbers (String, enum, UUID, char, java.time "
                + "values or numbers); use a List for " + element.getTypeName());
    }

    private static void requireStringKeys(ParameterizedType owner, Type key) {
        Type bound = key instanceof WildcardType w && w.getLowerBounds().length == 0 ? w.getUpperBounds()[0] : key;
        if (bound != String.class) {
            throw unsupported(owner, "map keys must be String, not " + key.getTypeName());
        }
    }

    private static IllegalArgumentException unsupported(Type type, String reason) {
        return new IllegalArgumentException(type.getTypeName() + " is not supported: " + reason);
    }

    @SuppressWarnings("unchecked")
    private static Codec<Object> erase(Codec<?> codec) {
        return (Codec<Object>) codec;
    }
}
