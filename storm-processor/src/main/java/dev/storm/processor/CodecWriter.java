package dev.storm.processor;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.util.Elements;

/**
 * Writes {@code User_Codec} for a record model {@code User}: storm-core's {@code GeneratedModel}, so that the
 * runtime reads the model's annotations and components, and builds it, without reflection or method handles, and
 * its {@code GeneratedCodec}, the model's item written and read in straight-line code ({@link ItemCodecSource}). The
 * records the model stores inside its fields get accessors in the same file, registered when it loads; one that
 * cannot be named from the model's package is left to the runtime's reflection.
 */
final class CodecWriter {

    private static final String INDENT = "    ";

    private final Filer filer;
    private final Elements elements;
    private final StormTypes storm;
    private final TypeNames names;

    CodecWriter(Filer filer, StormTypes storm, TypeNames names) {
        this.filer = filer;
        this.elements = storm.elements();
        this.storm = storm;
        this.names = names;
    }

    /** The simple name of the generated class: the metamodel's, then {@code Codec}. */
    static String generatedName(TypeElement model) {
        return ModelValidator.generatedName(model) + "Codec";
    }

    /**
     * Writes the codec of a valid record model. Returns false, writing nothing, when one of its annotations has no
     * source form; the runtime then maps the model by reflection as it would without the processor.
     */
    boolean write(TypeElement model) throws IOException {
        PackageElement pkg = elements.getPackageOf(model);
        String simpleName = generatedName(model);
        String source;
        try {
            source = source(model, pkg, simpleName);
        } catch (AnnotationSource.Unsupported e) {
            return false;
        }
        String qualifiedName = pkg.isUnnamed() ? simpleName : pkg.getQualifiedName() + "." + simpleName;
        try (Writer writer = filer.createSourceFile(qualifiedName, model).openWriter()) {
            writer.write(source);
        }
        return true;
    }

    private String source(TypeElement model, PackageElement pkg, String simpleName)
            throws AnnotationSource.Unsupported {
        AnnotationSource annotations = new AnnotationSource(elements, storm.types(), names);
        RecordAccessSource access = new RecordAccessSource(storm.types(), names, annotations);
        Set<TypeElement> records = storedRecords(model, pkg);
        String type = names.name(model.asType());

        StringBuilder body = new StringBuilder().append('\n').append(access.methods(model, 1));
        // built when asked, not when the class loads: STORM reads the schema from the facts below, and a first
        // use then loads no annotation class
        body.append('\n').append(INDENT).append("@Override\n")
                .append(INDENT).append("public java.lang.reflect.AnnotatedElement type() {\n")
                .append(INDENT).append(INDENT).append("return ").append(annotations.set(model)).append(";\n")
                .append(INDENT).append("}\n");
        body.append(new SchemaFactsSource(elements).members(model, ModelField.of(model, storm)));
        body.append(new ItemCodecSource(storm, names, records).members(model));
        int n = 0;
        StringBuilder nested = new StringBuilder();
        StringBuilder registrations = new StringBuilder();
        for (TypeElement record : records) {
            String name = "Record" + n++;
            registrations.append(INDENT).append(INDENT)
                    .append("dev.storm.internal.codec.GeneratedRecords.register(new ").append(name).append("());\n");
            nested.append('\n').append(INDENT).append("private static final class ").append(name)
                    .append(" implements dev.storm.internal.codec.GeneratedRecord<")
                    .append(names.name(record.asType())).append("> {\n")
                    .append(access.methods(record, 2))
                    .append(INDENT).append("}\n");
        }

        StringBuilder out = new StringBuilder();
        if (!pkg.isUnnamed()) {
            out.append("package ").append(pkg.getQualifiedName()).append(";\n\n");
        }
        if (MetamodelWriter.generatedIsVisible(elements, model)) {
            out.append("@javax.annotation.processing.Generated(\"").append(CodecProcessor.class.getName())
                    .append("\")\n");
        }
        Set<String> suppressions = suppressions(model, records);
        if (!suppressions.isEmpty()) {
            String values = "\"" + String.join("\", \"", suppressions) + "\"";
            out.append("@SuppressWarnings(").append(suppressions.size() == 1 ? values : "{" + values + "}")
                    .append(")\n");
        }
        out.append("public final class ").append(simpleName)
                .append(" implements dev.storm.internal.schema.GeneratedModel<").append(type)
                .append(">, dev.storm.internal.schema.GeneratedCodec<").append(type).append("> {\n\n");
        // the model's own instance too, so that STORM takes it when it loads the class, with no reflection
        registrations.append(INDENT).append(INDENT).append("dev.storm.internal.schema.GeneratedModels.register(new ")
                .append(simpleName).append("());\n");
        out.append(INDENT).append("static {\n").append(registrations).append(INDENT).append("}\n\n");
        out.append(INDENT).append("/** Created by STORM when it first maps ").append(model.getSimpleName())
                .append(". */\n")
                .append(INDENT).append("public ").append(simpleName).append("() {\n")
                .append(INDENT).append("}\n");
        out.append(body).append(nested).append(annotations.implementations());
        return out.append("}\n").toString();
    }

    /** The record types stored in the model's fields, at any depth, that the generated class can name. */
    private Set<TypeElement> storedRecords(TypeElement model, PackageElement pkg) {
        Set<TypeElement> records = new LinkedHashSet<>();
        Deque<TypeElement> pending = new ArrayDeque<>();
        pending.add(model);
        Set<TypeElement> visited = new LinkedHashSet<>();
        while (!pending.isEmpty()) {
            TypeElement owner = pending.poll();
            if (!visited.add(owner)) {
                continue;
            }
            for (RecordComponentElement component : owner.getRecordComponents()) {
                TypeNames.walk(component.asType(), t -> {
                    if (t.getKind() == TypeKind.DECLARED
                            && ((DeclaredType) t).asElement() instanceof TypeElement record
                            && record.getKind() == ElementKind.RECORD && !record.equals(model)
                            && nameable(record, pkg)) {
                        records.add(record);
                        pending.add(record);
                    }
                });
            }
        }
        return records;
    }

    /**
     * Whether code in {@code pkg} can name the record, call its canonical constructor and cast to each of its
     * component types.
     */
    private boolean nameable(TypeElement record, PackageElement pkg) {
        if (!record.getTypeParameters().isEmpty() || !typeNameable(record, pkg)) {
            return false;
        }
        boolean[] hidden = {false};
        for (RecordComponentElement component : record.getRecordComponents()) {
            TypeNames.walk(component.asType(), t -> hidden[0] |= t.getKind() == TypeKind.DECLARED
                    && !typeNameable((TypeElement) ((DeclaredType) t).asElement(), pkg));
        }
        return !hidden[0];
    }

    private boolean typeNameable(TypeElement type, PackageElement pkg) {
        if (TypeNames.privateType(type) != null) {
            return false;
        }
        boolean samePackage = elements.getPackageOf(type).equals(pkg);
        for (Element e = type; e instanceof TypeElement enclosing; e = e.getEnclosingElement()) {
            if (enclosing.getNestingKind() == NestingKind.LOCAL
                    || enclosing.getNestingKind() == NestingKind.ANONYMOUS) {
                return false;
            }
            if (!samePackage && !enclosing.getModifiers().contains(Modifier.PUBLIC)) {
                return false;
            }
        }
        return true;
    }

    /** The warnings naming the types would raise: raw types, deprecated types. */
    private Set<String> suppressions(TypeElement model, Set<TypeElement> records) {
        Set<String> suppressions = new TreeSet<>();
        Set<TypeElement> owners = new LinkedHashSet<>(records);
        owners.add(model);
        for (TypeElement owner : owners) {
            addDeprecation(owner, suppressions);
            for (RecordComponentElement component : owner.getRecordComponents()) {
                TypeNames.walk(component.asType(), type -> {
                    if (TypeNames.isRaw(type)) {
                        suppressions.add("rawtypes");
                    }
                    if (type.getKind() == TypeKind.DECLARED) {
                        addDeprecation(((DeclaredType) type).asElement(), suppressions);
                    }
                });
            }
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
