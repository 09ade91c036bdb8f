package dev.storm.internal.validation;

import dev.storm.ValidationFailedException;
import dev.storm.ValidationFailedException.Violation;
import java.util.List;

/**
 * Checks a model before it is written: Jakarta Bean Validation when it is there, nothing otherwise. Implementations
 * are thread-safe.
 */
public interface ModelValidator {

    /** Checks nothing. */
    ModelValidator NONE = model -> List.of();

    /** The constraints the model breaks, ordered by field; empty when it is valid. */
    List<Violation> violations(Object model);

    /**
     * Throws a {@link ValidationFailedException} listing every violation when the model breaks a constraint.
     *
     * @param what the call and model, for the message: {@code "create of User"}
     */
    default void check(String what, Object model) {
        List<Violation> violations = violations(model);
        if (!violations.isEmpty()) {
            throw invalid(what, violations);
        }
    }

    /**
     * As {@link #check(String, Object)} for element {@code element} of a bulk call, the message naming it
     * ({@code "bulkSave of User: element 3"}); the text is built only for a model that is not valid.
     */
    default void check(String operation, int element, Object model) {
        List<Violation> violations = violations(model);
        if (!violations.isEmpty()) {
            throw invalid(operation + ": element " + element, violations);
        }
    }

    private static ValidationFailedException invalid(String what, List<Violation> violations) {
        StringBuilder message = new StringBuilder(what).append(" is not valid, so nothing was sent: ");
        for (int i = 0; i < violations.size(); i++) {
            Violation v = violations.get(i);
            message.append(i == 0 ? "" : "; ").append(v.field()).append(' ').append(v.message())
                    .append(" (value: ").append(v.value() instanceof CharSequence ? "'" + v.value() + "'" : v.value())
                    .append(')');
        }
        return new ValidationFailedException(message.toString(), violations);
    }
}
