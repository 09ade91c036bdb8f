package dev.storm.processor;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * The types each round brings to a processor: those it deferred in an earlier round, then every type of the round's
 * sources, nested ones included. A model whose field type another processor has yet to generate is deferred: that
 * type resolves in a later round, and in the last round the compiler reports a missing type itself.
 */
final class RoundTypes {

    private final Set<String> waiting = new LinkedHashSet<>();

    /** The types to look at in this round; the deferred ones are handed out once. */
    List<TypeElement> of(RoundEnvironment round, Elements elements) {
        List<TypeElement> types = new ArrayList<>();
        for (String name : waiting) {
            TypeElement type = elements.getTypeElement(name);
            if (type != null) {
                types.add(type);
            }
        }
        waiting.clear();
        for (Element root : round.getRootElements()) {
            collect(root, types);
        }
        return types;
    }

    /** Whether the fields are complete; if not, the model comes back next round (unless this is the last). */
    boolean resolved(TypeElement model, List<ModelField> fields, RoundEnvironment round) {
        if (fields.stream().noneMatch(f -> FieldValidator.hasErrorType(f.type()))) {
            return true;
        }
        if (!round.processingOver()) {
            waiting.add(model.getQualifiedName().toString());
        }
        return false;
    }

    private static void collect(Element element, List<TypeElement> types) {
        if (element instanceof TypeElement type) {
            types.add(type);
            for (Element enclosed : type.getEnclosedElements()) {
                collect(enclosed, types);
            }
        }
    }
}
