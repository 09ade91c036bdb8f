package dev.storm.processor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * Checks the annotations that give a field a role beside its key flags: {@code @Ttl}, {@code @CreatedAt},
 * {@code @UpdatedAt} (their types, one of each per model, one role per field) and {@code @Sortable} (on a key field
 * of a number or time type, with a digit count where the type needs one). The runtime applies the same rules.
 */
final class MarkValidator {

    static final int MAX_DIGITS = 100;

    private static final Set<String> INTEGERS = Set.of("java.lang.Byte", "java.lang.Short", "java.lang.Integer",
            "java.lang.Long");
    private static final Set<String> NEEDS_DIGITS = Set.of("java.lang.Float", "java.lang.Double",
            "java.math.BigDecimal", "java.math.BigInteger");
    private static final Set<String> TIMES = Set.of("java.time.Instant", "java.time.LocalDate",
            "java.time.LocalDateTime", "java.time.LocalTime");
    private static final Set<String> ZONED = Set.of("java.time.OffsetDateTime", "java.time.ZonedDateTime");
    private static final List<String> ROLES = List.of(StormTypes.VERSION, StormTypes.TTL, StormTypes.CREATED_AT,
            StormTypes.UPDATED_AT);

    private final StormTypes storm;
    private final Reporter reporter;
    private final TypeNames names;

    MarkValidator(StormTypes storm, Reporter reporter, TypeNames names) {
        this.storm = storm;
        this.reporter = reporter;
        this.names = names;
    }

    void validate(TypeElement model, List<ModelField> fields) {
        Map<String, ModelField> firstWith = new HashMap<>();
        for (ModelField field : fields) {
            List<String> roles = new ArrayList<>();
            for (String role : ROLES) {
                if (StormTypes.annotation(field.element(), role).isPresent()) {
                    roles.add(role);
                }
            }
            if (roles.size() > 1) {
                reporter.error(model, field, String.join(" and ", roles.stream().map(MarkValidator::at).toList())
                        + " cannot share a field; each needs a field of its own");
            }
            for (String role : roles) {
                if (role.equals(StormTypes.VERSION)) {
                    continue;
                }
                ModelField first = firstWith.putIfAbsent(role, field);
                if (first != null) {
                    reporter.error(model, field, at(role) + " is already on " + reporter.where(model, first)
                            + "; a model has at most one");
                }
                checkRoleType(model, field, role);
            }
            StormTypes.annotation(field.element(), StormTypes.SORTABLE)
                    .ifPresent(sortable -> checkSortable(model, field, sortable));
        }
    }

    private void checkRoleType(TypeElement model, ModelField field, String role) {
        String type = StormTypes.className(storm.boxed(field.type()));
        if (role.equals(StormTypes.TTL)) {
            if (!type.equals("java.time.Instant") && !type.equals("java.lang.Long")) {
                reporter.error(model, field, "@Ttl needs an Instant, or a long holding epoch seconds, not "
                        + names.name(field.type()));
            }
        } else if (!type.equals("java.time.Instant")) {
            reporter.error(model, field, at(role) + " needs an Instant field, not " + names.name(field.type()));
        }
    }

    private void checkSortable(TypeElement model, ModelField field, AnnotationMirror sortable) {
        AnnotationValue digitsValue = value(sortable, "digits");
        int digits = digitsValue != null && digitsValue.getValue() instanceof Integer i ? i : 0;
        TypeMirror type = field.type();
        String className = StormTypes.className(storm.boxed(type));
        if (!field.field().isKey()) {
            reporter.error(model, field, "@Sortable shapes the text of a key part, but the field is in no key; mark"
                    + " it @Field(sk = true) (or pk, gsi, gsiSk) or remove @Sortable");
        } else if (digits < 0 || digits > MAX_DIGITS) {
            reporter.error(field.element(), sortable, digitsValue, reporter.where(model, field)
                    + ": @Sortable(digits = " + digits + ") is outside 1.." + MAX_DIGITS);
        } else if (TIMES.contains(className)) {
            if (digits != 0) {
                reporter.error(field.element(), sortable, digitsValue, reporter.where(model, field)
                        + ": @Sortable on a " + names.name(type) + " has a fixed width already; remove digits = "
                        + digits);
            }
        } else if (ZONED.contains(className)) {
            reporter.error(model, field, "a " + names.name(type) + " cannot be @Sortable, since two values at one"
                    + " instant with different offsets would share a key; store an Instant");
        } else if (NEEDS_DIGITS.contains(className)) {
            if (digits == 0) {
                reporter.error(model, field, "@Sortable on a " + names.name(type) + " needs the number of integer"
                        + " digits, e.g. @Sortable(digits = 10)");
            }
        } else if (!INTEGERS.contains(className)) {
            reporter.error(model, field, "@Sortable applies to numbers and to Instant, LocalDate, LocalDateTime and"
                    + " LocalTime, not to " + names.name(type) + ", whose text sorts as it is");
        }
    }

    private static AnnotationValue value(AnnotationMirror mirror, String name) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e
                : mirror.getElementValues().entrySet()) {
            if (e.getKey().getSimpleName().contentEquals(name)) {
                return e.getValue();
            }
        }
        return null;
    }

    private static String at(String qualified) {
        return "@" + qualified.substring(qualified.lastIndexOf('.') + 1);
    }
}
