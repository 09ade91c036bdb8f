package dev.storm.processor;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * Checks the shape of a model type: not generic, nameable from its package, a model of itself, and, for a class,
 * creatable through a no-arg constructor. Field rules are in {@link FieldValidator}.
 */
final class ModelValidator {

    private final StormTypes storm;
    private final Reporter reporter;
    private final TypeNames names;
    private final FieldValidator fieldValidator;

    ModelValidator(StormTypes storm, Reporter reporter, TypeNames names) {
        this.storm = storm;
        this.reporter = reporter;
        this.names = names;
        this.fieldValidator = new FieldValidator(storm, reporter, names);
    }

    /** Reports every error in the model; true when a metamodel can still be generated for it. */
    boolean validate(TypeElement model, List<ModelField> fields) {
        boolean nameable = true;
        String name = reporter.name(model);
        if (!model.getTypeParameters().isEmpty()) {
            reporter.error(model, name + " declares type parameters <" + typeParameters(model)
                    + ">; generic models are not supported. Remove the type parameters, or move the shared fields"
                    + " to an abstract superclass and declare one model class per concrete type");
            nameable = false;
        }
        TypeElement hidden = TypeNames.privateType(model);
        if (hidden != null) {
            String where = hidden.equals(model) ? " is private" : " is inside the private " + reporter.name(hidden);
            reporter.error(model, name + where + ", so the generated " + generatedName(model) + " cannot refer to it;"
                    + " make " + reporter.name(hidden) + " package-private or public");
            nameable = false;
        }
        checkImplementsItself(model, name);
        checkMeta(model, name);
        if (model.getKind() == ElementKind.CLASS) {
            checkCreatable(model, name);
        }
        checkUnstoredAnnotations(model, name);
        return fieldValidator.validate(model, fields) && nameable;
    }

    private void checkImplementsItself(TypeElement model, String name) {
        DeclaredType modelType = modelSupertype(model.asType());
        if (modelType == null) {
            return;
        }
        if (modelType.getTypeArguments().isEmpty()) {
            reporter.error(model, name + " implements the raw type Model; declare it as Model<" + name + ">");
        } else if (!storm.types().isSameType(modelType.getTypeArguments().get(0), model.asType())) {
            reporter.error(model, name + " implements Model<" + names.name(modelType.getTypeArguments().get(0))
                    + ">; a model implements Model of itself: declare it as Model<" + name + ">");
        }
    }

    private DeclaredType modelSupertype(TypeMirror type) {
        for (TypeMirror supertype : storm.types().directSupertypes(type)) {
            if (supertype.getKind() != TypeKind.DECLARED) {
                continue;
            }
            DeclaredType declared = (DeclaredType) supertype;
            if (declared.asElement().equals(storm.modelInterface())) {
                return declared;
            }
            DeclaredType found = modelSupertype(declared);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** The suffix holds no separator; the key layout, when given, is one layout. */
    private void checkMeta(TypeElement model, String name) {
        StormTypes.annotation(model, StormTypes.META).ifPresent(meta -> meta.getElementValues().forEach((k, v) -> {
            if (k.getSimpleName().contentEquals("suffix") && v.getValue() instanceof String suffix
                    && suffix.indexOf('#') >= 0) {
                reporter.error(model, meta, v, name + ": @Meta(suffix = \"" + suffix + "\") contains '#', the key"
                        + " separator; choose a suffix without '#'");
            }
            if (k.getSimpleName().contentEquals("keyLayout") && v.getValue() instanceof List<?> layouts
                    && layouts.size() > 1) {
                reporter.error(model, meta, v, name + ": @Meta(keyLayout = " + v + ") names " + layouts.size()
                        + " layouts; a model's keys are written in one, e.g. keyLayout = KeyLayout.STORM_0_1 (or"
                        + " none, for its package's @DefaultKeyLayout)");
            }
        }));
    }

    private void checkCreatable(TypeElement model, String name) {
        if (model.getNestingKind() == NestingKind.MEMBER && !model.getModifiers().contains(Modifier.STATIC)) {
            reporter.error(model, name + " is an inner class, so it cannot be created without an instance of "
                    + reporter.name((TypeElement) model.getEnclosingElement()) + "; declare it static");
        }
        boolean creatable = false;
        for (ExecutableElement constructor : ElementFilter.constructorsIn(model.getEnclosedElements())) {
            creatable |= constructor.getParameters().isEmpty()
                    && !constructor.getModifiers().contains(Modifier.PRIVATE);
        }
        if (!creatable) {
            reporter.error(model, name + " has no non-private no-arg constructor; a class model needs one, e.g. "
                    + name.substring(name.lastIndexOf('.') + 1) + "() {}, so that STORM can create it when reading"
                    + " items (or declare the model as a record)");
        }
    }

    /** A key flag, version, TTL, timestamp or sortable on a static or transient field would do nothing: an error. */
    private void checkUnstoredAnnotations(TypeElement model, String name) {
        for (VariableElement field : ElementFilter.fieldsIn(model.getEnclosedElements())) {
            if (ModelField.isStored(field)) {
                continue;
            }
            String modifier = field.getModifiers().contains(Modifier.STATIC) ? "static" : "transient";
            for (String annotation : StormTypes.FIELD_ANNOTATIONS) {
                if (StormTypes.annotation(field, annotation).isPresent()) {
                    reporter.error(field, name + "." + field.getSimpleName() + " is " + modifier + ", so it is not"
                            + " stored and @" + simpleName(annotation) + " has no effect; remove " + modifier
                            + " or the annotation");
                }
            }
        }
    }

    static String generatedName(TypeElement model) {
        StringBuilder name = new StringBuilder();
        for (Element e = model; e instanceof TypeElement; e = e.getEnclosingElement()) {
            name.insert(0, e.getSimpleName() + "_");
        }
        return name.toString();
    }

    private static String typeParameters(TypeElement model) {
        List<String> parameters = new ArrayList<>();
        model.getTypeParameters().forEach(p -> parameters.add(p.getSimpleName().toString()));
        return String.join(", ", parameters);
    }

    private static String simpleName(String qualified) {
        return qualified.substring(qualified.lastIndexOf('.') + 1);
    }
}
