package dev.storm.internal;

import dev.storm.BulkException;
import dev.storm.BulkFailure;
import dev.storm.InvalidKeyException;
import dev.storm.InvalidModelException;
import dev.storm.InvalidQueryException;
import dev.storm.InvalidTemplateException;
import dev.storm.InvalidValueException;
import dev.storm.MissingRequiredFieldsException;
import dev.storm.ObjectDoesNotExistException;
import java.util.List;

/**
 * The exceptions of the classes every first save runs through, built here rather than where they are thrown. The
 * JVM's bytecode verifier loads the class of every exception a method creates or returns when it loads that
 * method's class; created here, each exception class is loaded only when one is thrown, which keeps an
 * application's first save from loading eight classes it will likely never need. The messages are the callers'.
 * Declared as {@link RuntimeException} for the same reason; each is the named {@code StormException}. Stateless.
 */
public final class Refusals {

    private Refusals() {
    }

    public static RuntimeException invalidValue(String message) {
        return new InvalidValueException(message);
    }

    public static RuntimeException invalidValue(String message, Throwable cause) {
        return new InvalidValueException(message, cause);
    }

    public static RuntimeException invalidModel(String message) {
        return new InvalidModelException(message);
    }

    public static RuntimeException invalidModel(String message, Throwable cause) {
        return new InvalidModelException(message, cause);
    }

    public static RuntimeException invalidQuery(String message) {
        return new InvalidQueryException(message);
    }

    public static RuntimeException invalidKey(String message) {
        return new InvalidKeyException(message);
    }

    public static RuntimeException invalidKey(String message, Throwable cause) {
        return new InvalidKeyException(message, cause);
    }

    public static RuntimeException invalidTemplate(String message) {
        return new InvalidTemplateException(message);
    }

    public static RuntimeException missingRequiredFields(String message) {
        return new MissingRequiredFieldsException(message);
    }

    public static RuntimeException objectDoesNotExist(String message) {
        return new ObjectDoesNotExistException(message);
    }

    public static RuntimeException bulk(String what, List<BulkFailure> failures) {
        return new BulkException(what, failures);
    }
}
