package dev.storm.processor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.util.Elements;

/**
 * Refuses two models of one package whose table keys are composed alike: the same key layout, suffix and identifiers
 * in PK and SK. Such models address the same items, so each would silently read the other's items as its own and
 * overwrite them. {@code @Meta(viewOf = Other.class)} declares a deliberate second view of one item type. Models of
 * other packages are checked at run time, when both are used on one table. One instance serves one compilation.
 */
final class KeyShapeChecker {

    private record Seen(TypeElement model, String name, String viewOf) {
    }

    private final Map<String, Seen> byShape = new HashMap<>();

    /** Remembers the model's key shape; an error on it, naming both, when another model of its package has it. */
    void check(TypeElement model, List<ModelField> fields, Reporter reporter, Elements elements) {
        Map<String, AnnotationValue> meta = meta(model);
        String suffix = meta.get("suffix") != null && meta.get("suffix").getValue() instanceof String s
                && !s.isEmpty() ? s : model.getSimpleName().toString();
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
        // an explicit layout, or the package's (the same for every model compared here)
        String layout = meta.get("keyLayout") == null ? "" : String.valueOf(meta.get("keyLayout").getValue());
        String pkg = elements.getPackageOf(model).getQualifiedName().toString();
        String shape = pkg + "\n" + layout + "\n" + suffix + "\n" + pk + "\n" + sk;
        Seen current = new Seen(model, model.getQualifiedName().toString(), viewOf);
        Seen first = byShape.putIfAbsent(shape, current);
        if (first == null || first.model().equals(model) || views(first, current)) {
            return;
        }
        String self = reporter.name(model);
        String other = reporter.name(first.model());
        reporter.error(model, self + " and " + other + " compose their keys alike (suffix \"" + suffix + "\", PK"
                + " identifiers " + pk + ", SK identifiers " + sk + "), so each would read and overwrite the other's"
                + " items; give one of them another suffix or identifier, or declare @Meta(viewOf = " + other
                + ".class) on " + self + " if it is deliberately a second view of " + other + "'s items");
    }

    private static boolean views(Seen a, Seen b) {
        return a.viewOf().equals(b.name()) || b.viewOf().equals(a.name())
                || !a.viewOf().isEmpty() && a.viewOf().equals(b.viewOf());
    }

    private static String identifier(ModelField f) {
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
