package dev.storm.processor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Writes the members of storm-core's {@code GeneratedCodec} for one record model: straight-line code that writes
 * each field's attribute with the typed method of {@code AttributeWriter} and reads it back with
 * {@code AttributeReader}, calling the canonical constructor directly. Strings, the primitives int, long, double,
 * float and boolean and their boxes, enums, Instant, {@code List<String>}, {@code Map<String, String>} and records
 * made of these are written here; any other field, and a {@code @Ttl} field, goes through its runtime codec.
 */
final class ItemCodecSource {

    private static final String INDENT = "    ";
    private static final String WRITER = "dev.storm.internal.codec.AttributeWriter";
    private static final String READER = "dev.storm.internal.codec.AttributeReader";
    private static final String VALUE = "software.amazon.awssdk.services.dynamodb.model.AttributeValue";
    private static final String ITEM = "java.util.Map<java.lang.String, " + VALUE + ">";
    private static final String FIELDS = "dev.storm.internal.schema.FieldSchema[]";

    /** What writes and reads one value. */
    private enum Kind {
        STRING("string", "string"), INT("number", "int32"), LONG("number", "int64"), DOUBLE("number", "float64"),
        FLOAT("number", "float32"), BOOLEAN("bool", "bool"), INT_BOX("number", "int32Boxed"),
        LONG_BOX("number", "int64Boxed"), DOUBLE_BOX("number", "float64Boxed"), FLOAT_BOX("number", "float32Boxed"),
        BOOLEAN_BOX("bool", "boolBoxed"), INSTANT("instant", "instant"), ENUM("constant", "constant"),
        STRINGS("strings", "strings"), STRING_MAP("stringMap", "stringMap"), RECORD(null, null),
        RUNTIME(null, null);

        final String write;
        final String read;

        Kind(String write, String read) {
            this.write = write;
            this.read = read;
        }
    }

    private static final Map<String, Kind> DECLARED = Map.of(
            "java.lang.String", Kind.STRING, "java.lang.Integer", Kind.INT_BOX, "java.lang.Long", Kind.LONG_BOX,
            "java.lang.Double", Kind.DOUBLE_BOX, "java.lang.Float", Kind.FLOAT_BOX,
            "java.lang.Boolean", Kind.BOOLEAN_BOX, "java.time.Instant", Kind.INSTANT);

    private final StormTypes storm;
    private final TypeNames names;
    private final Set<TypeElement> nameable;
    private final Map<TypeElement, Integer> helpers = new LinkedHashMap<>();

    /** @param nameable the records the generated class can name and build, as found by {@link CodecWriter} */
    ItemCodecSource(StormTypes storm, TypeNames names, Set<TypeElement> nameable) {
        this.storm = storm;
        this.names = names;
        this.nameable = nameable;
    }

    /** The members, indented one level. */
    String members(TypeElement model) {
        String type = names.name(model.asType());
        List<ModelField> fields = ModelField.of(model, storm);
        List<String> attributeNames = new ArrayList<>();
        StringBuilder encode = new StringBuilder();
        List<String> arguments = new ArrayList<>();
        List<? extends RecordComponentElement> components = model.getRecordComponents();
        long nameBytes = 0;
        for (int i = 0; i < fields.size(); i++) {
            ModelField field = fields.get(i);
            String attribute = literal(field.attributeName());
            attributeNames.add(attribute);
            nameBytes += utf8(field.attributeName());
            boolean ttl = StormTypes.annotation(field.element(), StormTypes.TTL).isPresent();
            Kind kind = ttl ? Kind.RUNTIME : kind(field.type(), new LinkedHashSet<>());
            String read = "model." + components.get(i).getAccessor().getSimpleName() + "()";
            String written = kind == Kind.RUNTIME ? "out.sized(fields[" + i + "].encode(" + read + "))"
                    : write(kind, field.type(), read);
            encode.append(INDENT).append(INDENT).append("item.put(").append(attribute).append(", encoded[").append(i)
                    .append("] = ").append(written).append(");\n");
            String stored = "item.get(" + attribute + ")";
            arguments.add(kind == Kind.RUNTIME ? cast(field.type()) + "fields[" + i + "].decode(" + stored + ")"
                    : read(kind, field.type(), stored));
        }
        StringBuilder out = new StringBuilder();
        out.append('\n').append(INDENT).append("@Override\n")
                .append(INDENT).append("public java.lang.String[] attributeNames() {\n")
                .append(INDENT).append(INDENT).append("return new java.lang.String[] {")
                .append(String.join(", ", attributeNames)).append("};\n")
                .append(INDENT).append("}\n");
        out.append('\n').append(INDENT).append("@Override\n")
                .append(INDENT).append("public void encode(").append(type).append(" model, ").append(WRITER)
                .append(" out, ").append(ITEM).append(" item, ").append(VALUE).append("[] encoded, ").append(FIELDS)
                .append(" fields) {\n")
                .append(encode)
                .append(INDENT).append(INDENT).append("// the attribute names\n")
                .append(INDENT).append(INDENT).append("out.add(").append(nameBytes).append("L);\n")
                .append(INDENT).append("}\n");
        out.append('\n').append(INDENT).append("@Override\n")
                .append(INDENT).append("@SuppressWarnings(\"unchecked\")\n")
                .append(INDENT).append("public ").append(type).append(" decode(").append(ITEM).append(" item, ")
                .append(FIELDS).append(" fields) {\n")
                .append(INDENT).append(INDENT).append("return new ").append(type).append("(")
                .append(String.join(",\n" + INDENT.repeat(4), arguments)).append(");\n")
                .append(INDENT).append("}\n");
        // helpers are added while the fields are written, including those of records inside records
        for (int written = 0; written < helpers.size(); written++) {
            TypeElement record = new ArrayList<>(helpers.keySet()).get(written);
            out.append(helper(record, helpers.get(record)));
        }
        return out.toString();
    }

    private String helper(TypeElement record, int n) {
        String type = names.name(record.asType());
        List<ModelField> fields = ModelField.of(record, storm);
        List<? extends RecordComponentElement> components = record.getRecordComponents();
        StringBuilder encode = new StringBuilder();
        List<String> arguments = new ArrayList<>();
        // a map's overhead, and each attribute's byte and name
        long mapBytes = 3;
        for (int i = 0; i < fields.size(); i++) {
            ModelField field = fields.get(i);
            String attribute = literal(field.attributeName());
            mapBytes += 1 + utf8(field.attributeName());
            Kind kind = kind(field.type(), new LinkedHashSet<>(List.of(record)));
            String read = "record." + components.get(i).getAccessor().getSimpleName() + "()";
            encode.append(INDENT).append(INDENT).append("map.put(").append(attribute).append(", ")
                    .append(write(kind, field.type(), read)).append(");\n");
            arguments.add(read(kind, field.type(), "map.get(" + attribute + ")"));
        }
        String indent = INDENT + INDENT;
        return "\n" + INDENT + "private static " + VALUE + " encode" + n + "(" + type + " record, " + WRITER
                + " out) {\n"
                + indent + "if (record == null) {\n"
                + indent + INDENT + "return out.nul();\n"
                + indent + "}\n"
                + indent + ITEM + " map = " + WRITER + ".newMap(" + fields.size() + ");\n"
                + indent + "out.add(" + mapBytes + "L);\n"
                + encode
                + indent + "return out.map(map);\n"
                + INDENT + "}\n"
                + "\n" + INDENT + "private static " + type + " decode" + n + "(" + ITEM + " map) {\n"
                + indent + "if (map == null) {\n"
                + indent + INDENT + "return null;\n"
                + indent + "}\n"
                + indent + "return new " + type + "(" + String.join(",\n" + INDENT.repeat(4), arguments) + ");\n"
                + INDENT + "}\n";
    }

    private String write(Kind kind, TypeMirror type, String value) {
        if (kind == Kind.RECORD) {
            return "encode" + helper(type) + "(" + value + ", out)";
        }
        return "out." + kind.write + "(" + (kind.name().endsWith("_BOX") && !kind.write.equals("bool")
                ? "(java.lang.Number) " : "") + value + ")";
    }

    private String read(Kind kind, TypeMirror type, String attribute) {
        if (kind == Kind.RECORD) {
            return "decode" + helper(type) + "(" + READER + ".map(" + attribute + "))";
        }
        if (kind == Kind.ENUM) {
            return READER + ".constant(" + attribute + ", " + names.name(type) + ".class)";
        }
        return READER + "." + kind.read + "(" + attribute + ")";
    }

    private int helper(TypeMirror type) {
        TypeElement record = (TypeElement) ((DeclaredType) type).asElement();
        return helpers.computeIfAbsent(record, r -> helpers.size());
    }

    /** How a value of the type is written, given the records being written around it (to stop at a cycle). */
    private Kind kind(TypeMirror type, Set<TypeElement> enclosing) {
        if (type.getKind().isPrimitive()) {
            return switch (type.getKind()) {
                case INT -> Kind.INT;
                case LONG -> Kind.LONG;
                case DOUBLE -> Kind.DOUBLE;
                case FLOAT -> Kind.FLOAT;
                case BOOLEAN -> Kind.BOOLEAN;
                default -> Kind.RUNTIME;
            };
        }
        if (type.getKind() != TypeKind.DECLARED) {
            return Kind.RUNTIME;
        }
        DeclaredType declared = (DeclaredType) type;
        TypeElement element = (TypeElement) declared.asElement();
        String name = element.getQualifiedName().toString();
        List<? extends TypeMirror> arguments = declared.getTypeArguments();
        if (DECLARED.containsKey(name)) {
            return DECLARED.get(name);
        }
        if (element.getKind() == ElementKind.ENUM) {
            return Kind.ENUM;
        }
        if (name.equals("java.util.List") && arguments.size() == 1 && isString(arguments.get(0))) {
            return Kind.STRINGS;
        }
        if (name.equals("java.util.Map") && arguments.size() == 2 && isString(arguments.get(0))
                && isString(arguments.get(1))) {
            return Kind.STRING_MAP;
        }
        if (element.getKind() == ElementKind.RECORD && nameable.contains(element) && !enclosing.contains(element)) {
            Set<TypeElement> inside = new LinkedHashSet<>(enclosing);
            inside.add(element);
            for (ModelField component : ModelField.of(element, storm)) {
                if (kind(component.type(), inside) == Kind.RUNTIME) {
                    return Kind.RUNTIME;
                }
            }
            return Kind.RECORD;
        }
        return Kind.RUNTIME;
    }

    /** The cast from Object to the field's type: primitives through their box, none for Object itself. */
    private String cast(TypeMirror type) {
        String target = names.typeArgument(type);
        return target.equals("java.lang.Object") ? "" : "(" + target + ") ";
    }

    private static boolean isString(TypeMirror type) {
        return StormTypes.className(type).equals("java.lang.String");
    }

    /** The UTF-8 bytes DynamoDB counts for a name (a lone surrogate as the 3 of its replacement). */
    private static long utf8(String text) {
        return text.codePoints().map(c -> c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4).sum();
    }

    private static String literal(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7e) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
