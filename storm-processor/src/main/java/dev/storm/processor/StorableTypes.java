package dev.storm.processor;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;

/**
 * The JDK types newcomers reach for that STORM cannot store ({@code Optional}, {@code java.util.Date}, {@code URI},
 * ...), wherever they appear in a field's type: the field itself, a list, set or map element, a component of a nested
 * record. Each is a compile error that names the type to use instead, rather than a failure on first use. The full
 * rules of what can be stored are storm-core's, applied when a model is first used.
 */
final class StorableTypes {

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
            Map.entry("java.time.Period", "store it as a String (period.toString(), Period.parse(text))"));

    StorableTypes() {
    }

    /** Why STORM cannot store a field of this type, or null when nothing known to be unstorable is in it. */
    String problem(TypeMirror type) {
        return problem(type, new HashSet<>());
    }

    private String problem(TypeMirror type, Set<String> recordsSeen) {
        switch (type.getKind()) {
            case ARRAY:
                return problem(((ArrayType) type).getComponentType(), recordsSeen);
            case WILDCARD:
                WildcardType wildcard = (WildcardType) type;
                TypeMirror bound = wildcard.getExtendsBound() != null ? wildcard.getExtendsBound()
                        : wildcard.getSuperBound();
                return bound == null ? null : problem(bound, recordsSeen);
            case DECLARED:
                return declared((DeclaredType) type, recordsSeen);
            default:
                return null;
        }
    }

    private String declared(DeclaredType type, Set<String> recordsSeen) {
        TypeElement element = (TypeElement) type.asElement();
        String name = element.getQualifiedName().toString();
        String instead = INSTEAD.get(name);
        if (instead != null) {
            return name + " is not a type STORM stores; " + instead;
        }
        for (TypeMirror argument : type.getTypeArguments()) {
            String problem = problem(argument, recordsSeen);
            if (problem != null) {
                return problem;
            }
        }
        if (element.getKind() == ElementKind.RECORD && recordsSeen.add(name)) {
            for (RecordComponentElement component : element.getRecordComponents()) {
                String problem = problem(component.asType(), recordsSeen);
                if (problem != null) {
                    return "its component " + element.getSimpleName() + "." + component.getSimpleName() + ": "
                            + problem;
                }
            }
        }
        return null;
    }
}
