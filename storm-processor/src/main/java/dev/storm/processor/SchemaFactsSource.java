package dev.storm.processor;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Writes the members of a generated model that state its schema as the processor resolved it when it checked the
 * model: the key suffix and layout, each field's key roles and options, the version field. With them STORM builds
 * the model's schema without reading an annotation: no annotation class is loaded on a processed model's first use.
 * The runtime path resolves the same facts from the annotations, by the same rules; tests compare both.
 */
final class SchemaFactsSource {

    private static final String INDENT = "    ";
    private static final String ROLES = "dev.storm.internal.schema.KeyRoles";
    private static final String OPTIONS = "dev.storm.internal.schema.FieldOptions";

    private final Elements elements;

    SchemaFactsSource(Elements elements) {
        this.elements = elements;
    }

    /** The methods, at class-member indentation. */
    String members(TypeElement model, List<ModelField> fields) {
        List<String> roles = new ArrayList<>();
        List<String> options = new ArrayList<>();
        int version = -1;
        for (int i = 0; i < fields.size(); i++) {
            ModelField f = fields.get(i);
            roles.add(roles(f));
            options.add(options(f));
            if (f.version().isPresent()) {
                version = i;
            }
        }
        StringBuilder out = new StringBuilder();
        method(out, "java.lang.String suffix()", elements.getConstantExpression(KeyShapeChecker.suffix(model)));
        method(out, "dev.storm.KeyLayout keyLayout()",
                "dev.storm.KeyLayout." + KeyShapeChecker.keyLayout(model, elements));
        method(out, ROLES + "[] keyRoles()", "new " + ROLES + "[] {\n" + INDENT.repeat(4)
                + String.join(",\n" + INDENT.repeat(4), roles) + "}");
        method(out, OPTIONS + "[] fieldOptions()", "new " + OPTIONS + "[] {" + String.join(", ", options) + "}");
        method(out, "int versionField()", Integer.toString(version));
        return out.toString();
    }

    private static void method(StringBuilder out, String signature, String value) {
        out.append('\n').append(INDENT).append("@Override\n")
                .append(INDENT).append("public ").append(signature).append(" {\n")
                .append(INDENT).append(INDENT).append("return ").append(value).append(";\n")
                .append(INDENT).append("}\n");
    }

    /** As the runtime: no {@code @Field}, a plain field (even a version); else its flags, indexes where marked. */
    private String roles(ModelField f) {
        String identifier = elements.getConstantExpression(KeyShapeChecker.identifier(f));
        FieldAnnotation field = f.field();
        if (!field.present()) {
            return ROLES + ".plain(" + identifier + ")";
        }
        List<String> indexes = new ArrayList<>();
        for (int index : field.indexes()) {
            indexes.add(Integer.toString(index));
        }
        String declared = "new int[] {" + String.join(", ", indexes) + "}";
        return "new " + ROLES + "(" + field.pk() + ", " + field.sk() + ", " + (field.gsi() ? declared : "new int[0]")
                + ", " + (field.gsiSk() ? declared : "new int[0]") + ", " + identifier + ", " + field.unique() + ", "
                + f.version().isPresent() + ")";
    }

    /**
     * The field's options; {@code null} for a {@code @Sortable} field, whose digits the runtime works out from the
     * annotation itself.
     */
    private static String options(ModelField f) {
        boolean ttl = StormTypes.annotation(f.element(), StormTypes.TTL).isPresent();
        boolean created = StormTypes.annotation(f.element(), StormTypes.CREATED_AT).isPresent();
        boolean updated = StormTypes.annotation(f.element(), StormTypes.UPDATED_AT).isPresent();
        if (StormTypes.annotation(f.element(), StormTypes.SORTABLE).isPresent()) {
            return "null";
        }
        if (!ttl && !created && !updated) {
            return OPTIONS + ".NONE";
        }
        return "new " + OPTIONS + "(" + ttl + ", " + created + ", " + updated + ", false, 0)";
    }
}
