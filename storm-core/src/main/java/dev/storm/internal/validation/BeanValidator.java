package dev.storm.internal.validation;

import dev.storm.ValidationFailedException.Violation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * A {@link ModelValidator} on a Jakarta {@link Validator}. The only class of STORM that names a
 * {@code jakarta.validation} type: it is loaded only when that API is on the class path. Thread-safe, as validators
 * are.
 */
final class BeanValidator implements ModelValidator {

    private final Validator validator;

    BeanValidator(Validator validator) {
        this.validator = validator;
    }

    /** A validator of the class path's default provider; fails when there is none. */
    static ModelValidator fromDefaultProvider() {
        return new BeanValidator(Validation.buildDefaultValidatorFactory().getValidator());
    }

    /** {@code validator}, which must be a {@code jakarta.validation.Validator}. */
    static ModelValidator of(Object validator) {
        return new BeanValidator((Validator) validator);
    }

    @Override
    public List<Violation> violations(Object model) {
        Set<ConstraintViolation<Object>> found = validator.validate(model);
        if (found.isEmpty()) {
            return List.of();
        }
        List<Violation> violations = new ArrayList<>(found.size());
        for (ConstraintViolation<Object> v : found) {
            violations.add(new Violation(v.getPropertyPath().toString(), v.getMessage(), v.getInvalidValue()));
        }
        violations.sort(Comparator.comparing(Violation::field).thenComparing(Violation::message));
        return violations;
    }
}
