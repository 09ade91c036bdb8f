package dev.storm.internal.jsonata;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.storm.internal.codec.Codecs;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.UUID;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The DynamoDB JSON of a field whose value a JSONata expression gives, by the field's declared type, matching what
 * the field's codec writes. A scalar that is never null (a primitive, a key part) is a typed member holding the
 * expression ({@code {"N": "{% $string(x) %}"}}). Any other field is one expression giving the whole attribute:
 * {@code NULL} when the value is null or missing, as the manager writes a null field, else the attribute, converting
 * lists, sets, maps, records and free-form values element by element. Null checks use
 * {@code $not($exists(v)) or v = null}, which every JSONata implementation reads the same way.
 */
final class AttributeTemplates {

    private static final Set<Class<?>> TEXT = Set.of(String.class, Character.class, char.class, UUID.class,
            Instant.class, LocalDate.class, LocalDateTime.class, OffsetDateTime.class, ZonedDateTime.class,
            LocalTime.class);
    private static final String NULL = "{'NULL': true}";

    private AttributeTemplates() {
    }

    /**
     * Writes the attribute value of a field of the given type whose value the expression gives. A scalar that cannot
     * be null is a typed member holding the expression; anything else is one expression that also handles null.
     */
    static void write(JsonGenerator json, Type type, String expression, boolean nullable) throws IOException {
        if ("null".equals(expression)) {
            json.writeStartObject();
            json.writeBooleanField("NULL", true);
            json.writeEndObject();
            return;
        }
        Type t = resolve(type);
        String member = scalarMember(t);
        if (member != null && !nullable) {
            json.writeStartObject();
            json.writeStringField(member, JsonataText.embed("N".equals(member)
                    ? "$string(" + expression + ")" : expression));
            json.writeEndObject();
        } else if (t == AttributeValue.class) {
            json.writeString(JsonataText.embed(expression));
        } else {
            json.writeString(JsonataText.embed(nullable(t, expression, 0)));
        }
    }

    /** The DynamoDB member of a scalar type (S, N, BOOL or B), or null when the type is not a scalar. */
    private static String scalarMember(Type type) {
        if (!(type instanceof Class<?> c)) {
            return null;
        }
        if (TEXT.contains(c) || c.isEnum()) {
            return "S";
        }
        if (Codecs.isNumeric(c)) {
            return "N";
        }
        if (c == boolean.class || c == Boolean.class) {
            return "BOOL";
        }
        return c == byte[].class ? "B" : null;
    }

    /** An expression giving the attribute of the value, or {@code NULL} when the value is null or missing. */
    private static String nullable(Type type, String value, int depth) {
        if (value.matches("\\$[A-Za-z0-9_]+")) {
            return "$not($exists(" + value + ")) or " + value + " = null ? " + NULL + " : "
                    + attribute(type, value, depth);
        }
        String v = "$v" + depth;
        return "(" + v + " := " + value + "; " + nullable(type, v, depth) + ")";
    }

    /** An expression giving the attribute of a value that is present. */
    private static String attribute(Type type, String v, int depth) {
        Type t = resolve(type);
        String member = scalarMember(t);
        if (member != null) {
            return "{'" + member + "': " + ("N".equals(member) ? "$string(" + v + ")" : v) + "}";
        }
        if (t == AttributeValue.class) {
            return v;
        }
        if (t == Object.class) {
            return dynamic(v, depth);
        }
        if (t instanceof Class<?> c && c.isRecord()) {
            return record(c, v, depth);
        }
        ParameterizedType p = (ParameterizedType) t;
        Class<?> raw = (Class<?>) p.getRawType();
        Type[] arguments = p.getActualTypeArguments();
        if (Set.class.isAssignableFrom(raw)) {
            if (Codecs.isNumeric(resolve(arguments[0]))) {
                String e = "$e" + depth;
                return "{'NS': [$map(" + v + ", function(" + e + ") { $string(" + e + ") })]}";
            }
            return "{'SS': $append([], " + v + ")}";
        }
        if (Map.class.isAssignableFrom(raw)) {
            String x = "$x" + depth;
            String k = "$k" + depth;
            return "{'M': $merge([{}, $each(" + v + ", function(" + x + ", " + k + ") { {" + k + ": "
                    + nullable(arguments[1], x, depth + 1) + "} })])}";
        }
        if (Iterable.class.isAssignableFrom(raw) || Collection.class.isAssignableFrom(raw)) {
            String e = "$e" + depth;
            return "{'L': [$map(" + v + ", function(" + e + ") { " + nullable(arguments[0], e, depth + 1) + " })]}";
        }
        throw new IllegalArgumentException(type.getTypeName() + " has no JSONata conversion");
    }

    private static String record(Class<?> type, String v, int depth) {
        StringJoiner members = new StringJoiner(", ", "{'M': {", "}}");
        for (RecordComponent component : type.getRecordComponents()) {
            String name = Codecs.componentName(component);
            members.add(JsonataText.quote(name) + ": "
                    + nullable(component.getGenericType(), JsonataText.member(v, name), depth + 1));
        }
        return members.toString();
    }

    /** Free-form values take their DynamoDB type from their JSON type, as the dynamic codec does from Java's. */
    private static String dynamic(String v, int depth) {
        String f = "$d" + depth;
        return "(" + f + " := function($x) { $not($exists($x)) or $x = null ? " + NULL
                + " : $type($x) = 'string' ? {'S': $x}"
                + " : $type($x) = 'number' ? {'N': $string($x)}"
                + " : $type($x) = 'boolean' ? {'BOOL': $x}"
                + " : $type($x) = 'array' ? {'L': [$map($x, function($e) { " + f + "($e) })]}"
                + " : {'M': $merge([{}, $each($x, function($y, $k) { {$k: " + f + "($y)} })])} }; "
                + f + "(" + v + "))";
    }

    private static Type resolve(Type type) {
        return type instanceof WildcardType w ? resolve(w.getUpperBounds()[0]) : type;
    }
}
