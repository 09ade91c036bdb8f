package dev.storm;

import java.util.List;

/**
 * A model failed Jakarta Bean Validation before a create, save, bulkSave or transaction write; nothing was sent. It
 * lists every violation, each with the field, the message and the value at fault. Unchecked, like every
 * {@link StormException}.
 *
 * <pre>{@code
 * try {
 *     User.objects.create(user);
 * } catch (ValidationFailedException e) {
 *     e.violations().forEach(v -> errors.put(v.field(), v.message()));
 * }
 * }</pre>
 */
public class ValidationFailedException extends StormException {

    private static final long serialVersionUID = 1L;

    /**
     * One constraint a model breaks.
     *
     * @param field   the property path ({@code email}, {@code address.city})
     * @param message the constraint's message ({@code must be a well-formed email address})
     * @param value   the value at fault, as the model holds it
     */
    public record Violation(String field, String message, Object value) {
    }

    private final transient List<Violation> violations;

    public ValidationFailedException(String message, List<Violation> violations) {
        super(message);
        this.violations = List.copyOf(violations);
    }

    /** Every violation, ordered by field. */
    public List<Violation> violations() {
        return violations;
    }
}
