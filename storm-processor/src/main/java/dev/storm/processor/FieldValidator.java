package dev.storm.processor;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Checks a model's fields: storable types, attribute names, key declarations, key-part types and the version
 * field. The same rules hold at run time; checking them here turns a failure on first use into a compile error.
 */
final class FieldValidator {

    private static final Pattern KEY_ATTRIBUTE = Pattern.compile("PK|SK|GSI([1-9]|1[0-9]|20)(PK|SK)");
    private static final int MAX_INDEX = 20;
    private static final String KEY_PART_TYPES = "String, char, a number (byte, short, int, long, float, double,"
            + " BigDecimal, BigInteger), boolean, an enum, UUID, or a java.time Instant, LocalDate, LocalDateTime,"
            + " OffsetDateTime, ZonedDateTime or LocalTime";

    private final StormTypes storm;
    private final Reporter reporter;
    private final TypeNames names;
    private final StorableTypes storable;

    FieldValidator(StormTypes storm, Reporter reporter, TypeNames names) {
        this.storm = storm;
        this.reporter = reporter;
        this.names = names;
        this.storable = new StorableTypes(names);
    }

    /** Reports every error in the fields; true when the metamodel can name every field type. */
    boolean validate(TypeElement model, List<ModelField> fields) {
        boolean nameable = true;
        boolean hasPk = false;
        Map<String, ModelField> byAttribute = new HashMap<>();
        Set<Integer> gsiPkIndexes = new HashSet<>();
        ModelField version = null;
        for (ModelField field : fields) {
            if (model.getKind() == ElementKind.CLASS && field.element().getModifiers().contains(Modifier.FINAL)) {
                reporter.error(model, field, "a field of a class model must be assignable, so that STORM can set"
                        + " it when reading items; remove final (or declare the model as a record)");
            }
            checkStorable(model, field);
            checkAttributeName(model, field, byAttribute);
            checkKeyDeclaration(model, field);
            if (field.version().isPresent()) {
                version = checkVersion(model, field, version);
            }
            nameable &= checkNameable(model, field);
            hasPk |= field.field().pk();
            if (field.field().gsi()) {
                gsiPkIndexes.addAll(field.field().indexes());
            }
        }
        checkGsiSortKeys(model, fields, gsiPkIndexes);
        new MarkValidator(storm, reporter, names).validate(model, fields);
        if (!hasPk) {
            String name = reporter.name(model);
            reporter.error(model, name + " has no partition key field; mark one with @Field(pk = true), e.g. "
                    + "@Field(pk = true) String " + lowerFirst(name.substring(name.lastIndexOf('.') + 1)) + "Id");
        }
        return nameable;
    }

    /**
     * The type is judged as declared, as the runtime reads it: a field {@code T value} inherited from
     * {@code Base<String>} is a type variable there. Key and unique fields are held to the narrower key-part types
     * instead, a TTL field to its own; a generic model is refused as a whole.
     */
    private void checkStorable(TypeElement model, ModelField field) {
        if (field.field().isKey() || field.field().unique() || !model.getTypeParameters().isEmpty()
                || StormTypes.annotation(field.element(), StormTypes.TTL).isPresent()) {
            return;
        }
        String unstorable = storable.problem(field.element().asType());
        if (unstorable != null) {
            reporter.error(model, field, "type " + declaredName(field) + " cannot be stored: " + unstorable);
        }
    }

    /** The field's type as written in its class, type variables included. */
    private String declaredName(ModelField field) {
        TypeMirror declared = field.element().asType();
        boolean[] variable = {false};
        TypeNames.walk(declared, t -> variable[0] |= t.getKind() == TypeKind.TYPEVAR);
        return variable[0] ? declared.toString() : names.name(declared);
    }

    private void checkAttributeName(TypeElement model, ModelField field, Map<String, ModelField> byAttribute) {
        String attribute = field.attributeName();
        if (KEY_ATTRIBUTE.matcher(attribute).matches()) {
            reporter.error(model, field, "name", "attribute name '" + attribute + "' is a key attribute STORM writes"
                    + " itself; choose another with @Field(name = ...)");
            return;
        }
        ModelField first = byAttribute.putIfAbsent(attribute, field);
        if (first != null) {
            reporter.error(model, field, "name", "attribute name '" + attribute + "' is already used by "
                    + reporter.where(model, first) + "; choose another with @Field(name = ...)");
        }
    }

    private void checkKeyDeclaration(TypeElement model, ModelField field) {
        FieldAnnotation annotation = field.field();
        if (!annotation.present()) {
            return;
        }
        if (annotation.identifier().indexOf('#') >= 0) {
            reporter.error(model, field, "identifier", "identifier \"" + annotation.identifier() + "\" contains '#',"
                    + " the key separator; choose an identifier without '#'");
        } else if (annotation.isKey() && annotation.identifier().isEmpty() && field.attributeName().startsWith("#")) {
            // The default identifier is the attribute name's first letter.
            reporter.error(model, field, "attribute name '" + field.attributeName() + "' starts with '#', which"
                    + " would be its key identifier; set one with @Field(identifier = ...)");
        }
        for (int index : annotation.indexes()) {
            if (index < 1 || index > MAX_INDEX) {
                reporter.error(model, field, "index", "index " + index + " is outside 1.." + MAX_INDEX
                        + "; name an index between GSI1 and GSI" + MAX_INDEX);
            }
        }
        if ((annotation.gsi() || annotation.gsiSk()) && annotation.indexes().isEmpty()) {
            reporter.error(model, field, "index", "@Field(" + annotation.keyFlags() + ") names no index; give at"
                    + " least one, e.g. index = 1");
        }
        if (annotation.gsiSk() && annotation.indexes().contains(1)) {
            reporter.error(model, field, "gsiSk", "gsiSk = true with index 1: GSI1 sorts by SK, as in STORM for"
                    + " Python, so it has no GSI1SK; use another index, e.g. @Field(gsiSk = true, index = 2)");
        }
        if (annotation.isKey() && !storm.isKeyPart(field.element().asType())) {
            reporter.error(model, field, "type " + declaredName(field) + " cannot be a key part ("
                    + annotation.keyFlags() + "); declare it as a " + KEY_PART_TYPES + ", or drop the key flag");
        }
        if (annotation.unique() && !storm.isKeyPart(field.element().asType())) {
            reporter.error(model, field, "unique", "type " + declaredName(field) + " cannot be unique: the value"
                    + " names its uniqueness guard item; declare it as a " + KEY_PART_TYPES + ", or drop unique");
        }
    }

    private ModelField checkVersion(TypeElement model, ModelField field, ModelField previous) {
        if (!storm.isNumeric(field.type())) {
            reporter.error(model, field, "@Version needs a numeric field (int, long, Integer, Long, ...), not "
                    + names.name(field.type()));
        }
        if (previous != null) {
            reporter.error(model, field, "@Version is already on " + reporter.where(model, previous)
                    + "; a model has at most one version field");
            return previous;
        }
        return field;
    }

    private void checkGsiSortKeys(TypeElement model, List<ModelField> fields, Set<Integer> gsiPkIndexes) {
        for (ModelField field : fields) {
            if (!field.field().gsiSk()) {
                continue;
            }
            for (int index : field.field().indexes()) {
                if (index > 1 && index <= MAX_INDEX && !gsiPkIndexes.contains(index)) {
                    reporter.error(model, field, "index", "GSI" + index + " has a sort-key field but no"
                            + " partition-key field; mark one with @Field(gsi = true, index = " + index + ")");
                }
            }
        }
    }

    /** The generated metamodel lives in another class, so it cannot name a private type used by a field. */
    private boolean checkNameable(TypeElement model, ModelField field) {
        boolean[] nameable = {true};
        TypeNames.walk(field.type(), type -> {
            if (type.getKind() == TypeKind.DECLARED && nameable[0]) {
                TypeElement hidden = TypeNames.privateType((TypeElement) ((DeclaredType) type).asElement());
                if (hidden != null) {
                    reporter.error(model, field, "its type " + names.name(field.type()) + " uses the private type "
                            + reporter.name(hidden) + ", which the generated " + ModelValidator.generatedName(model)
                            + " cannot refer to; make " + hidden.getSimpleName() + " package-private or public");
                    nameable[0] = false;
                }
            }
        });
        return nameable[0];
    }

    static boolean hasErrorType(TypeMirror type) {
        boolean[] error = {false};
        TypeNames.walk(type, t -> error[0] |= t.getKind() == TypeKind.ERROR);
        return error[0];
    }

    private static String lowerFirst(String name) {
        return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
