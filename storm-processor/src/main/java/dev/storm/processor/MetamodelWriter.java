package dev.storm.processor;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Writes the metamodel of a model: {@code User_} with one {@code public static final Attribute<User, V>} per field,
 * in declaration order, numeric fields as {@code NumberAttribute}.
 */
final class MetamodelWriter {

    private static final String GENERATED = "javax.annotation.processing.Generated";
    private static final String INDENT = "    ";

    private final Filer filer;
    private final Elements elements;
    private final StormTypes storm;
    private final TypeNames names;
    private final Reporter reporter;

    MetamodelWriter(Filer filer, StormTypes storm, TypeNames names, Reporter reporter) {
        this.filer = filer;
        this.elements = storm.elements();
        this.storm = storm;
        this.names = names;
        this.reporter = reporter;
    }

    void write(TypeElement model, List<ModelField> fields) {
        PackageElement pkg = elements.getPackageOf(model);
        String simpleName = ModelValidator.generatedName(model);
        String qualifiedName = pkg.isUnnamed() ? simpleName : pkg.getQualifiedName() + "." + simpleName;
        try (Writer writer = filer.createSourceFile(qualifiedName, model).openWriter()) {
            writer.write(source(model, pkg, simpleName, fields));
        } catch (IOException e) {
            reporter.error(model, "cannot write the metamodel " + qualifiedName + " of " + reporter.name(model)
                    + ": " + e.getMessage());
        }
    }

    private String source(TypeElement model, PackageElement pkg, String simpleName, List<ModelField> fields) {
        StringBuilder out = new StringBuilder();
        if (!pkg.isUnnamed()) {
            out.append("package ").append(pkg.getQualifiedName()).append(";\n\n");
        }
        if (generatedIsVisible(elements, model)) {
            out.append('@').append(GENERATED).append("(\"").append(StormProcessor.class.getName()).append("\")\n");
        }
        Set<String> suppressions = suppressions(model, fields);
        if (!suppressions.isEmpty()) {
            String values = "\"" + String.join("\", \"", suppressions) + "\"";
            out.append("@SuppressWarnings(").append(suppressions.size() == 1 ? values : "{" + values + "}")
                    .append(")\n");
        }
        out.append("public final class ").append(simpleName).append(" {\n")
                .append(INDENT).append("private ").append(simpleName).append("() {\n")
                .append(INDENT).append("}\n");
        String modelName = model.getQualifiedName().toString();
        for (ModelField field : fields) {
            boolean numeric = storm.isNumeric(field.type());
            out.append('\n').append(INDENT).append("public static final dev.storm.")
                    .append(numeric ? "NumberAttribute" : "Attribute")
                    .append('<').append(modelName).append(", ").append(names.typeArgument(field.type())).append("> ")
                    .append(field.name()).append(" =\n")
                    .append(INDENT).append(INDENT).append(INDENT).append("dev.storm.Attribute.")
                    .append(numeric ? "numeric" : "of").append('(').append(modelName).append(".class, ")
                    .append(elements.getConstantExpression(field.name())).append(", ")
                    .append(elements.getConstantExpression(field.attributeName())).append(");\n");
        }
        return out.append("}\n").toString();
    }

    /**
     * A model in a named module sees {@code @Generated} only when its module reads java.compiler; the annotation is
     * documentation, so it is left out rather than break the build.
     */
    static boolean generatedIsVisible(Elements elements, TypeElement model) {
        if (elements.getTypeElement(GENERATED) == null) {
            return false;
        }
        ModuleElement module = elements.getModuleOf(model);
        if (module == null || module.isUnnamed()) {
            return true;
        }
        for (ModuleElement.RequiresDirective requires : ElementFilter.requiresIn(module.getDirectives())) {
            if (requires.getDependency().getQualifiedName().contentEquals("java.compiler")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The metamodel repeats the model's field types, so it would repeat their raw-type and deprecation warnings,
     * which the user already sees (or suppressed) on the model itself.
     */
    private Set<String> suppressions(TypeElement model, List<ModelField> fields) {
        Set<String> suppressions = new TreeSet<>();
        addDeprecation(model, suppressions);
        for (ModelField field : fields) {
            TypeNames.walk(field.type(), type -> {
                if (TypeNames.isRaw(type)) {
                    suppressions.add("rawtypes");
                }
                if (type.getKind() == TypeKind.DECLARED) {
                    addDeprecation(((DeclaredType) type).asElement(), suppressions);
                }
            });
        }
        return suppressions;
    }

    private void addDeprecation(Element type, Set<String> suppressions) {
        for (Element e = type; e instanceof TypeElement; e = e.getEnclosingElement()) {
            if (elements.isDeprecated(e)) {
                Deprecated deprecated = e.getAnnotation(Deprecated.class);
                suppressions.add(deprecated != null && deprecated.forRemoval() ? "removal" : "deprecation");
            }
        }
    }
}
