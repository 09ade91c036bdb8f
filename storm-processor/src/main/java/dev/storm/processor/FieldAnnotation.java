package dev.storm.processor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.util.Elements;

/**
 * The values of one {@code @Field} annotation, defaults included, together with the mirror so that errors can point
 * at the offending value.
 */
record FieldAnnotation(AnnotationMirror mirror, Map<String, AnnotationValue> values) {

    static final FieldAnnotation NONE = new FieldAnnotation(null, Map.of());

    static FieldAnnotation of(Element element, Elements elements) {
        Optional<AnnotationMirror> mirror = StormTypes.annotation(element, StormTypes.FIELD);
        if (mirror.isEmpty()) {
            return NONE;
        }
        Map<String, AnnotationValue> values = new HashMap<>();
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e
                : elements.getElementValuesWithDefaults(mirror.get()).entrySet()) {
            values.put(e.getKey().getSimpleName().toString(), e.getValue());
        }
        return new FieldAnnotation(mirror.get(), Map.copyOf(values));
    }

    boolean present() {
        return mirror != null;
    }

    boolean pk() {
        return flag("pk");
    }

    boolean sk() {
        return flag("sk");
    }

    boolean gsi() {
        return flag("gsi");
    }

    boolean gsiSk() {
        return flag("gsiSk");
    }

    boolean unique() {
        return flag("unique");
    }

    boolean isKey() {
        return pk() || sk() || gsi() || gsiSk();
    }

    /** The key roles that are set, as they are written in source: {@code pk = true, gsi = true}. */
    String keyFlags() {
        List<String> flags = new ArrayList<>();
        for (String flag : List.of("pk", "sk", "gsi", "gsiSk")) {
            if (flag(flag)) {
                flags.add(flag + " = true");
            }
        }
        return String.join(", ", flags);
    }

    List<Integer> indexes() {
        List<Integer> indexes = new ArrayList<>();
        if (value("index") != null && value("index").getValue() instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof AnnotationValue v && v.getValue() instanceof Integer i) {
                    indexes.add(i);
                }
            }
        }
        return indexes;
    }

    String identifier() {
        return text("identifier");
    }

    String name() {
        return text("name");
    }

    AnnotationValue value(String name) {
        return values.get(name);
    }

    /** The value only when it is written in source (a default has no position to point at). */
    AnnotationValue explicitValue(String name) {
        if (mirror == null) {
            return null;
        }
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e
                : mirror.getElementValues().entrySet()) {
            if (e.getKey().getSimpleName().contentEquals(name)) {
                return e.getValue();
            }
        }
        return null;
    }

    private boolean flag(String name) {
        return value(name) != null && Boolean.TRUE.equals(value(name).getValue());
    }

    private String text(String name) {
        return value(name) != null && value(name).getValue() instanceof String s ? s : "";
    }
}
