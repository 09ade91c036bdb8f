package dev.storm.processor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.util.Elements;

/**
 * Refuses two models compiled together, of any packages, whose table keys are composed alike: the same PK and SK
 * patterns once values are left out ({@code U#*#USER}, {@code T#*}), which follow from the key layout (the model's,
 * else its package's {@code @DefaultKeyLayout}), the suffix and the identifiers of PK and SK. Such models address
 * the same items, so each would silently read the other's items as its own and overwrite them.
 * {@code @Meta(viewOf = Other.class)} declares a deliberate second view of one item type. The run time applies the
 * same rule per table ({@code KeyShapes}). One instance serves one compilation.
 */
final class KeyShapeChecker {

    private static final String DEFAULT_KEY_LAYOUT = "dev.storm.DefaultKeyLayout";
    private static final String STORM_0_1 = "STORM_0_1";

    private record Seen(TypeElement model, String name, String viewOf) {
    }

    private final Map<String, Seen> byShape = new HashMap<>();

    /** Remembers the model's key shape; an error on it, naming both, when another model compiled with it has it. */
    void check(TypeElement model, List<ModelField> fields, Reporter reporter, Elements elements) {
        Map<String, AnnotationValue> meta = meta(model);
        String suffix = suffix(meta, model);
        String viewOf = "";
        if (meta.get("viewOf") != null && meta.get("viewOf").getValue() instanceof DeclaredType type
                && type.asElement() instanceof TypeElement target) {
            viewOf = target.getQualifiedName().toString();
        }
        List<String> pk = new ArrayList<>();
        List<String> sk = new ArrayList<>();
        for (ModelField f : fields) {
            if (f.field().pk()) {
                pk.add(identifier(f));
            }
            if (f.field().sk()) {
                sk.add(identifier(f));
            }
        }
        String shape = shape(layout(model, meta, elements), suffix, pk, sk);
        Seen current = new Seen(model, model.getQualifiedName().toString(), viewOf);
        Seen first = byShape.putIfAbsent(shape, current);
        if (first == null || first.model().equals(model) || views(first, current)) {
            return;
        }
        String self = current.name();
        String other = first.name();
        reporter.error(model, self + " and " + other + " compose their keys alike (PK " + shape.replace("\n", ", SK ")
                + ": suffix \"" + suffix + "\", PK identifiers " + pk + ", SK identifiers " + sk + "), so each would"
                + " read and overwrite the other's items; give one of them another suffix or identifier, or declare"
                + " @Meta(viewOf = " + other + ".class) on " + self + " if it is deliberately a second view of "
                + other + "'s items");
    }

    /**
     * The PK and SK patterns, a value written {@code *}: in STORM_0_1 the partition key begins and ends with the
     * suffix upper-cased, in STORM_0_2 it ends with the suffix as declared; without sort-key fields the SK is the
     * suffix as declared. The same text as {@code KeyFormat.shape} at run time.
     */
    static String shape(String layout, String suffix, List<String> pk, List<String> sk) {
        StringBuilder key = new StringBuilder();
        boolean oldLayout = STORM_0_1.equals(layout);
        if (oldLayout) {
            key.append(suffix.toUpperCase(Locale.ROOT)).append('#');
        }
        for (String identifier : pk) {
            key.append(identifier).append("#*#");
        }
        key.append(oldLayout ? suffix.toUpperCase(Locale.ROOT) : suffix).append('\n');
        if (sk.isEmpty()) {
            return key.append(suffix).toString();
        }
        for (int i = 0; i < sk.size(); i++) {
            key.append(i == 0 ? "" : "#").append(sk.get(i)).append("#*");
        }
        return key.toString();
    }

    /** The name of the model's key layout constant, resolved as STORM resolves it at run time. */
    static String keyLayout(TypeElement model, Elements elements) {
        return layout(model, meta(model), elements);
    }

    /** The suffix the model's keys end with: {@code @Meta(suffix = ...)}, else its simple name. */
    static String suffix(TypeElement model) {
        return suffix(meta(model), model);
    }

    private static String suffix(Map<String, AnnotationValue> meta, TypeElement model) {
        return meta.get("suffix") != null && meta.get("suffix").getValue() instanceof String s && !s.isEmpty()
                ? s : model.getSimpleName().toString();
    }

    /** {@code @Meta(keyLayout = ...)}, else the nearest package's {@code @DefaultKeyLayout}, else STORM_0_2. */
    private static String layout(TypeElement model, Map<String, AnnotationValue> meta, Elements elements) {
        if (meta.get("keyLayout") != null && meta.get("keyLayout").getValue() instanceof List<?> layouts
                && !layouts.isEmpty()) {
            return constant(layouts.get(0));
        }
        for (String pkg = elements.getPackageOf(model).getQualifiedName().toString(); !pkg.isEmpty();
                pkg = parent(pkg)) {
            PackageElement element = elements.getPackageElement(pkg);
            if (element == null) {
                continue;
            }
            AnnotationMirror declared = StormTypes.annotation(element, DEFAULT_KEY_LAYOUT).orElse(null);
            if (declared != null) {
                for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e
                        : declared.getElementValues().entrySet()) {
                    return constant(e.getValue());
                }
            }
        }
        return "STORM_0_2";
    }

    private static String constant(Object value) {
        Object constant = value instanceof AnnotationValue v ? v.getValue() : value;
        return constant instanceof VariableElement e ? e.getSimpleName().toString() : String.valueOf(constant);
    }

    private static String parent(String pkg) {
        int dot = pkg.lastIndexOf('.');
        return dot < 0 ? "" : pkg.substring(0, dot);
    }

    private static boolean views(Seen a, Seen b) {
        return a.viewOf().equals(b.name()) || b.viewOf().equals(a.name())
                || !a.viewOf().isEmpty() && a.viewOf().equals(b.viewOf());
    }

    /** The identifier written before the field's value in keys: {@code @Field(identifier)}, else its initial. */
    static String identifier(ModelField f) {
        String identifier = f.field().identifier();
        return identifier.isEmpty() ? f.attributeName().substring(0, 1).toUpperCase(Locale.ROOT) : identifier;
    }

    private static Map<String, AnnotationValue> meta(TypeElement model) {
        Map<String, AnnotationValue> values = new HashMap<>();
        AnnotationMirror mirror = StormTypes.annotation(model, StormTypes.META).orElse(null);
        if (mirror != null) {
            for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e
                    : mirror.getElementValues().entrySet()) {
                values.put(e.getKey().getSimpleName().toString(), e.getValue());
            }
        }
        return values;
    }
}
