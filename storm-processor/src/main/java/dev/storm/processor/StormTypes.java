package dev.storm.processor;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.PrimitiveType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * STORM's types as the compiler sees them. The processor cannot depend on storm-core (whose tests run it), so every
 * STORM type is looked up by name.
 */
final class StormTypes {

    static final String MODEL = "dev.storm.Model";
    static final String FIELD = "dev.storm.Field";
    static final String META = "dev.storm.Meta";
    static final String VERSION = "dev.storm.Version";
    static final String TTL = "dev.storm.Ttl";
    static final String CREATED_AT = "dev.storm.CreatedAt";
    static final String UPDATED_AT = "dev.storm.UpdatedAt";
    static final String SORTABLE = "dev.storm.Sortable";

    /** The annotations that mean something only on a stored field of a model. */
    static final List<String> FIELD_ANNOTATIONS = List.of(FIELD, VERSION, TTL, CREATED_AT, UPDATED_AT, SORTABLE);

    private static final Set<String> NUMBERS = Set.of("java.lang.Byte", "java.lang.Short", "java.lang.Integer",
            "java.lang.Long", "java.lang.Float", "java.lang.Double", "java.math.BigDecimal", "java.math.BigInteger");

    private static final Set<String> KEY_PART_CLASSES = Set.of("java.lang.String", "java.lang.Character",
            "java.lang.Boolean", "java.util.UUID", "java.time.Instant", "java.time.LocalDate",
            "java.time.LocalDateTime", "java.time.OffsetDateTime", "java.time.ZonedDateTime", "java.time.LocalTime");

    private final Elements elements;
    private final Types types;
    private final TypeElement model;

    private StormTypes(Elements elements, Types types, TypeElement model) {
        this.elements = elements;
        this.types = types;
        this.model = model;
    }

    /** Empty when {@code dev.storm.Model} is not on the classpath: then nothing being compiled is a model. */
    static Optional<StormTypes> lookup(ProcessingEnvironment env) {
        TypeElement model = env.getElementUtils().getTypeElement(MODEL);
        return Optional.ofNullable(model).map(m -> new StormTypes(env.getElementUtils(), env.getTypeUtils(), m));
    }

    Elements elements() {
        return elements;
    }

    Types types() {
        return types;
    }

    TypeElement modelInterface() {
        return model;
    }

    boolean implementsModel(TypeElement type) {
        return types.isSubtype(types.erasure(type.asType()), types.erasure(model.asType()));
    }

    /**
     * Abstract classes are left out: they cannot be instantiated, so they serve only as bases whose fields the
     * concrete models inherit (the runtime refuses them as models too).
     */
    boolean isModel(TypeElement type) {
        boolean concreteClass = type.getKind() == ElementKind.CLASS && !type.getModifiers().contains(Modifier.ABSTRACT);
        return (concreteClass || type.getKind() == ElementKind.RECORD) && implementsModel(type);
    }

    boolean isNumeric(TypeMirror type) {
        if (type.getKind().isPrimitive()) {
            return type.getKind() != TypeKind.BOOLEAN && type.getKind() != TypeKind.CHAR;
        }
        return NUMBERS.contains(className(type));
    }

    boolean isKeyPart(TypeMirror type) {
        if (type.getKind().isPrimitive() || isNumeric(type) || KEY_PART_CLASSES.contains(className(type))) {
            return true;
        }
        return type.getKind() == TypeKind.DECLARED && ((DeclaredType) type).asElement().getKind() == ElementKind.ENUM;
    }

    TypeMirror boxed(TypeMirror type) {
        return type.getKind().isPrimitive() ? types.boxedClass((PrimitiveType) type).asType() : type;
    }

    /** The annotation of the given type on the element, if present. */
    static Optional<AnnotationMirror> annotation(Element element, String annotationType) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
            if (type.getQualifiedName().contentEquals(annotationType)) {
                return Optional.of(mirror);
            }
        }
        return Optional.empty();
    }

    /** The qualified name of a declared type, or empty for any other. */
    static String className(TypeMirror type) {
        if (type.getKind() != TypeKind.DECLARED) {
            return "";
        }
        return ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString();
    }
}
