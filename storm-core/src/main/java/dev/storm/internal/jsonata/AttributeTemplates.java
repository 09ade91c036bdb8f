package dev.storm.internal.jsonata;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.storm.internal.codec.Codecs;
import dev.storm.internal.schema.FieldSchema;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The DynamoDB JSON of a value a JSONata expression gives, by the Java type of the field it goes to, matching what the
 * field's codec writes (see {@link Scalars} for the text of each scalar). A value that is never null (a primitive, a
 * key part) is a typed member holding one expression that fails the state when the value is missing or null
 * ({@code {"N": "{% ... %}"}}). Any other value is one expression giving the whole attribute: {@code NULL} when the
 * value is null or missing, as the manager writes a null field, else the attribute, converting lists, sets, maps,
 * records and free-form values element by element. Member names are the DynamoDB API's ({@code BOOL}, {@code SS}) for
 * the optimized integrations, the AWS SDK's ({@code Bool}, {@code Ss}) for the {@code aws-sdk} ones.
 */
final class AttributeTemplates {

    private static final Map<String, String> SDK_NAMES = Map.of("BOOL", "Bool", "NULL", "Null", "SS", "Ss", "NS", "Ns",
            "BS", "Bs");

    private final boolean sdk;

    AttributeTemplates(boolean sdk) {
        this.sdk = sdk;
    }

    /** The member name as this integration spells it. */
    String name(String member) {
        return sdk ? SDK_NAMES.getOrDefault(member, member) : member;
    }

    /** Writes the attribute value the entry's expression gives. */
    void write(JsonGenerator json, Markers.Entry entry) throws IOException {
        String expression = entry.expression();
        FieldSchema field = entry.field();
        String what = field == null ? "the value" : field.toString();
        if ("null".equals(expression)) {
            json.writeStartObject();
            json.writeBooleanField(name("NULL"), true);
            json.writeEndObject();
            return;
        }
        Type t = resolve(entry.type());
        boolean epochSeconds = field != null && field.options().ttl() && t == Instant.class;
        String member = epochSeconds ? "N" : t instanceof Class<?> c ? Scalars.member(c) : null;
        if (member != null && !entry.nullable()) {
            json.writeStartObject();
            json.writeStringField(name(member), JsonataText.embed("($v := " + expression + "; "
                    + present("$v") + " ? " + text(t, "$v", what, epochSeconds) + " : "
                    + missing("$v", expression, field, what) + ")"));
            json.writeEndObject();
        } else if (t == AttributeValue.class) {
            json.writeString(JsonataText.embed(expression));
        } else if (epochSeconds) {
            json.writeString(JsonataText.embed("($v := " + expression + "; " + isNull("$v") + " ? " + nul() + " : {'N': "
                    + text(t, "$v", what, true) + "})"));
        } else {
            json.writeString(JsonataText.embed(nullable(t, expression, what, 0)));
        }
    }

    /** JSONata giving the key text of a key part, failing the state when it is missing, null or not valid in a key. */
    static String keyPart(Markers.Entry entry) {
        FieldSchema field = entry.field();
        String what = field.toString();
        Class<?> c = (Class<?>) resolve(entry.type());
        String keyText = Scalars.keyText(c, "$k", what);
        return "($k := " + entry.expression() + "; " + present("$k") + " ? ($kt := " + keyText + "; $kt = '' ? $error("
                + JsonataText.quote(what + " is empty, but it is part of a key of " + field.modelName()
                + "; a key part needs at least one character") + ") : $contains($kt, '#') ? $error("
                + JsonataText.quote(what + " contains #, the key separator, so it cannot be part of a key of "
                + field.modelName() + "; got ") + " & $kt) : $kt) : " + missing("$k", entry.expression(), field, what)
                + ")";
    }

    private static String present(String v) {
        return "$exists(" + v + ") and " + v + " != null";
    }

    private static String missing(String v, String expression, FieldSchema field, String what) {
        String role = field == null ? "" : field.roles().isKey() ? ", and it is part of a key of " + field.modelName()
                : field.rawType().isPrimitive() ? ", and it is a " + field.rawType() + ", which cannot be null" : "";
        return "$error(" + JsonataText.quote(what + " is required" + role + ", but " + expression + " gives ")
                + " & ($exists(" + v + ") ? 'null' : 'nothing'))";
    }

    private static String text(Type t, String v, String what, boolean epochSeconds) {
        if (epochSeconds) {
            return Scalars.epochSeconds(v, what);
        }
        return Scalars.value((Class<?>) t, v, what);
    }

    private static String isNull(String v) {
        return "$not($exists(" + v + ")) or " + v + " = null";
    }

    private String nul() {
        return "{'" + name("NULL") + "': true}";
    }

    /** An expression giving the attribute of the value, or {@code NULL} when the value is null or missing. */
    private String nullable(Type type, String value, String what, int depth) {
        if (value.matches("\\$[A-Za-z0-9_]+")) {
            return isNull(value) + " ? " + nul() + " : " + attribute(type, value, what, depth);
        }
        String v = "$v" + depth;
        return "(" + v + " := " + value + "; " + nullable(type, v, what, depth) + ")";
    }

    /** An expression giving the attribute of a value that is present. */
    private String attribute(Type type, String v, String what, int depth) {
        Type t = resolve(type);
        String member = t instanceof Class<?> c ? Scalars.member(c) : null;
        if (member != null) {
            return "{'" + name(member) + "': " + Scalars.value((Class<?>) t, v, what) + "}";
        }
        if (t == AttributeValue.class) {
            return v;
        }
        if (t == Object.class) {
            return dynamic(v, what, depth);
        }
        if (t instanceof Class<?> c && c.isRecord()) {
            return record(c, v, what, depth);
        }
        ParameterizedType p = (ParameterizedType) t;
        Class<?> raw = (Class<?>) p.getRawType();
        Type[] arguments = p.getActualTypeArguments();
        String e = "$e" + depth;
        if (Set.class.isAssignableFrom(raw)) {
            Class<?> element = (Class<?>) resolve(arguments[0]);
            String set = Codecs.isNumeric(element) ? "NS" : "SS";
            return "{'" + name(set) + "': [$map(" + v + ", function(" + e + ") { "
                    + Scalars.value(element, e, what + " element") + " })]}";
        }
        if (Map.class.isAssignableFrom(raw)) {
            String x = "$x" + depth;
            String k = "$k" + depth;
            return "{'M': $merge([{}, $each(" + v + ", function(" + x + ", " + k + ") { {" + k + ": "
                    + nullable(arguments[1], x, what + " entry", depth + 1) + "} })])}";
        }
        if (Iterable.class.isAssignableFrom(raw) || Collection.class.isAssignableFrom(raw)) {
            return "{'L': [$map(" + v + ", function(" + e + ") { "
                    + nullable(arguments[0], e, what + " element", depth + 1) + " })]}";
        }
        throw new IllegalArgumentException(type.getTypeName() + " has no JSONata conversion");
    }

    private String record(Class<?> type, String v, String what, int depth) {
        StringJoiner members = new StringJoiner(", ", "{'M': {", "}}");
        for (RecordComponent component : type.getRecordComponents()) {
            String name = Codecs.componentName(component);
            members.add(JsonataText.quote(name) + ": " + nullable(component.getGenericType(),
                    JsonataText.member(v, name), what + "." + component.getName(), depth + 1));
        }
        return members.toString();
    }

    /** Free-form values take their DynamoDB type from their JSON type, as the dynamic codec does from Java's. */
    private String dynamic(String v, String what, int depth) {
        String f = "$d" + depth;
        return "(" + f + " := function($x) { " + isNull("$x") + " ? " + nul()
                + " : $type($x) = 'string' ? {'S': $x}"
                + " : $type($x) = 'number' ? {'N': " + Scalars.value(double.class, "$x", what) + "}"
                + " : $type($x) = 'boolean' ? {'" + name("BOOL") + "': $x}"
                + " : $type($x) = 'array' ? {'L': [$map($x, function($e) { " + f + "($e) })]}"
                + " : {'M': $merge([{}, $each($x, function($y, $k) { {$k: " + f + "($y)} })])} }; "
                + f + "(" + v + "))";
    }

    private static Type resolve(Type type) {
        return type instanceof WildcardType w ? resolve(w.getUpperBounds()[0]) : type;
    }
}
