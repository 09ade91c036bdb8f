package dev.storm.internal.validation;

import org.slf4j.LoggerFactory;

/**
 * Finds Jakarta Bean Validation once: when {@code jakarta.validation} and a provider (such as Hibernate Validator)
 * are on the class path, models are validated with the provider's default validator; otherwise nothing is checked and
 * no validation class is ever loaded.
 */
public final class Validators {

    /** The class path's validator, looked up when the first model is checked. */
    public static final ModelValidator CLASS_PATH = model -> ClassPath.VALIDATOR.violations(model);

    private static final String API = "jakarta.validation.Validation";

    private Validators() {
    }

    /** A validator on {@code validator}, a {@code jakarta.validation.Validator}. */
    public static ModelValidator of(Object validator) {
        return BeanValidator.of(validator);
    }

    private static final class ClassPath {
        static final ModelValidator VALIDATOR = find();

        private static ModelValidator find() {
            try {
                Class.forName(API, false, Validators.class.getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                return ModelValidator.NONE;
            }
            try {
                return BeanValidator.fromDefaultProvider();
            } catch (RuntimeException | LinkageError e) {
                // the API without a provider: nothing to validate with
                LoggerFactory.getLogger(Validators.class).debug("No Jakarta Bean Validation provider: {}",
                        e.toString());
                return ModelValidator.NONE;
            }
        }
    }
}
