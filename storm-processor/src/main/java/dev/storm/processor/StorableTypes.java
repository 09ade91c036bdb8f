package dev.storm.processor;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;

/**
 * Decides whether STORM can store a field of a type, by the rules storm-core's codecs apply when a model is first
 * used (its {@code CodecFactory}): scalars, enums, {@code byte[]}, {@code Object}, records of storable components,
 * {@code List}/{@code Collection}/{@code Iterable} of storable elements, sets of strings or numbers, maps with
 * {@code String} keys, and {@code ? extends X} of a storable X. Everything else (raw types, other arrays, other generic
 * types, map keys other than String, unbounded or {@code super} wildcards, type variables, other classes) is refused
 * with the reason and what to declare instead; the JDK types newcomers reach for ({@code Optional}, {@code Date},
 * {@code URI}, ...) name their STORM equivalent. The processor's tests run one table of types through both.
 */
final class StorableTypes {

    /** The classes stored as one S or N, and so allowed in a set: strings, characters, numbers, UUIDs, times. */
    private static final Set<String> TEXT_SCALARS = Set.of("java.lang.String", "java.lang.Character",
            "java.lang.Byte", "java.lang.Short", "java.lang.Integer", "java.lang.Long", "java.lang.Float",
            "java.lang.Double", "java.math.BigDecimal", "java.math.BigInteger", "java.util.UUID", "java.time.Instant",
            "java.time.LocalDate", "java.time.LocalDateTime", "java.time.OffsetDateTime", "java.time.ZonedDateTime",
            "java.time.LocalTime");
    /** The other scalars: stored as BOOL, or as the attribute value itself. */
    private static final Set<String> OTHER_SCALARS = Set.of("java.lang.Boolean", "java.lang.Object",
            "software.amazon.awssdk.services.dynamodb.model.AttributeValue");
    private static final Set<String> LISTS = Set.of("java.util.List", "java.util.Collection", "java.lang.Iterable");
    private static final Set<String> SETS = Set.of("java.util.Set", "java.util.SortedSet", "java.util.NavigableSet");
    private static final Set<String> MAPS = Set.of("java.util.Map", "java.util.SortedMap", "java.util.NavigableMap");

    private static final Map<String, String> INSTEAD = Map.ofEntries(
            Map.entry("java.util.Optional", "declare the value's own type: a null field is stored as absent"),
            Map.entry("java.util.OptionalInt", "declare an Integer: a null field is stored as absent"),
            Map.entry("java.util.OptionalLong", "declare a Long: a null field is stored as absent"),
            Map.entry("java.util.OptionalDouble", "declare a Double: a null field is stored as absent"),
            Map.entry("java.util.Date", "use java.time.Instant (or LocalDate, LocalDateTime)"),
            Map.entry("java.util.Calendar", "use java.time.Instant or ZonedDateTime"),
            Map.entry("java.sql.Date", "use java.time.LocalDate"),
            Map.entry("java.sql.Timestamp", "use java.time.Instant"),
            Map.entry("java.net.URI", "store it as a String (uri.toString(), URI.create(text))"),
            Map.entry("java.net.URL", "store it as a String (url.toString())"),
            Map.entry("java.io.File", "store its path as a String"),
            Map.entry("java.nio.file.Path", "store it as a String (path.toString(), Path.of(text))"),
            Map.entry("java.time.Duration", "store it as a long of seconds or millis, or as a String"),
            Map.entry("java.time.Period", "store it as a String (period.toString(), Period.parse(text))"),
            Map.entry("java.lang.Number", "declare the number type itself (int, long, double, BigDecimal, ...)"));

    /** What a storable type's values are stored as, which decides whether they can be set elements. */
    private enum Stored { TEXT, OTHER }

    /** A type STORM cannot store, with the reason; unwinds the walk to the field. */
    private static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message, null, false, false);
        }
    }

    private final TypeNames names;

    StorableTypes(TypeNames names) {
        this.names = names;
    }

    /** Why STORM cannot store a field of this declared type, or null when it can. */
    String problem(TypeMirror type) {
        try {
            resolve(type, new HashSet<>());
            return null;
        } catch (Refused refused) {
            return refused.getMessage();
        }
    }

    private Stored resolve(TypeMirror type, Set<String> recordsSeen) throws Refused {
        switch (type.getKind()) {
            case BOOLEAN:
                return Stored.OTHER;
            case CHAR:
            case BYTE:
            case SHORT:
            case INT:
            case LONG:
            case FLOAT:
            case DOUBLE:
                return Stored.TEXT;
            case ARRAY:
                if (((ArrayType) type).getComponentType().getKind() == TypeKind.BYTE) {
                    return Stored.OTHER;
                }
                throw refused(type, "arrays other than byte[] are not supported; use a List");
            case TYPEVAR:
                throw new Refused(type + " is not supported: type variables are not supported, since STORM reads"
                        + " the type a field is declared with; declare a concrete type");
            case WILDCARD:
                return wildcard((WildcardType) type, recordsSeen);
            case DECLARED:
                return declared((DeclaredType) type, recordsSeen);
            case ERROR:
                return Stored.OTHER; // javac reports the missing type itself
            default:
                throw refused(type, "declare a concrete type");
        }
    }

    private Stored wildcard(WildcardType type, Set<String> recordsSeen) throws Refused {
        TypeMirror bound = type.getExtendsBound();
        if (type.getSuperBound() != null || bound == null || StormTypes.className(bound).equals("java.lang.Object")) {
            throw new Refused(type + " is not supported: the only wildcards supported are \"? extends X\" with a"
                    + " supported X; declare the element type, e.g. List<String>");
        }
        return resolve(bound, recordsSeen);
    }

    private Stored declared(DeclaredType type, Set<String> recordsSeen) throws Refused {
        TypeElement element = (TypeElement) type.asElement();
        String name = element.getQualifiedName().toString();
        if (TEXT_SCALARS.contains(name) || element.getKind() == ElementKind.ENUM) {
            return Stored.TEXT;
        }
        if (OTHER_SCALARS.contains(name)) {
            return Stored.OTHER;
        }
        List<? extends TypeMirror> arguments = type.getTypeArguments();
        if (arguments.isEmpty()) {
            if (!element.getTypeParameters().isEmpty()) {
                throw refused(type, element.getKind() == ElementKind.RECORD
                        ? "generic records are not supported; declare a record with concrete component types"
                        : "raw types are not supported; declare the type arguments, e.g. " + element.getSimpleName()
                                + "<String>");
            }
            if (element.getKind() == ElementKind.RECORD) {
                record(element, recordsSeen);
                return Stored.OTHER;
            }
            throw refused(type, INSTEAD.getOrDefault(name, "nested values must be records, or lists, sets or maps"
                    + " of supported types; declare it as a record"));
        }
        if (LISTS.contains(name)) {
            resolve(arguments.get(0), recordsSeen);
            return Stored.OTHER;
        }
        if (SETS.contains(name)) {
            if (resolve(arguments.get(0), recordsSeen) != Stored.TEXT) {
                throw refused(type, "a DynamoDB set holds strings or numbers (String, enum, UUID, char, java.time"
                        + " values or numbers); use a List<" + names.typeArgument(arguments.get(0)) + ">");
            }
            return Stored.OTHER;
        }
        if (MAPS.contains(name)) {
            TypeMirror key = arguments.get(0);
            TypeMirror bound = key.getKind() == TypeKind.WILDCARD && ((WildcardType) key).getSuperBound() == null
                    ? ((WildcardType) key).getExtendsBound() : key;
            if (bound == null || !StormTypes.className(bound).equals("java.lang.String")) {
                throw refused(type, "map keys must be String, not " + key + "; declare a Map<String, "
                        + names.typeArgument(arguments.get(1)) + ">, or a List of records holding key and value");
            }
            resolve(arguments.get(1), recordsSeen);
            return Stored.OTHER;
        }
        if (element.getKind() == ElementKind.RECORD) {
            throw refused(type, "generic records are not supported; declare a record with concrete component types");
        }
        throw refused(type, INSTEAD.getOrDefault(name, "the generic types supported are List, Collection, Iterable,"
                + " Set, SortedSet, NavigableSet, Map, SortedMap and NavigableMap"));
    }

    /** A record is stored as an M of its components, each under its Java name or {@code @Field(name)}. */
    private void record(TypeElement record, Set<String> recordsSeen) throws Refused {
        if (!recordsSeen.add(record.getQualifiedName().toString())) {
            return; // a recursive record refers back to itself
        }
        Map<String, String> components = new HashMap<>();
        for (RecordComponentElement component : record.getRecordComponents()) {
            String attribute = attributeName(component);
            String first = components.putIfAbsent(attribute, component.getSimpleName().toString());
            if (first != null) {
                throw new Refused("record " + record.getQualifiedName() + " has two components stored as \""
                        + attribute + "\" (" + first + " and " + component.getSimpleName() + "); give one another"
                        + " @Field(name = ...)");
            }
            try {
                resolve(component.asType(), recordsSeen);
            } catch (Refused refused) {
                throw new Refused("its component " + record.getSimpleName() + "." + component.getSimpleName() + ": "
                        + refused.getMessage());
            }
        }
    }

    private static String attributeName(RecordComponentElement component) {
        AnnotationMirror field = StormTypes.annotation(component, StormTypes.FIELD).orElse(null);
        if (field != null) {
            for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e
                    : field.getElementValues().entrySet()) {
                if (e.getKey().getSimpleName().contentEquals("name") && e.getValue().getValue() instanceof String name
                        && !name.isEmpty()) {
                    return name;
                }
            }
        }
        return component.getSimpleName().toString();
    }

    private Refused refused(TypeMirror type, String reason) {
        return new Refused(names.name(type) + " is not supported: " + reason);
    }
}
