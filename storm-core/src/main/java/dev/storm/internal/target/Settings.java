package dev.storm.internal.target;

import dev.storm.StormListener;
import dev.storm.internal.validation.ModelValidator;
import dev.storm.internal.validation.Validators;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

/**
 * What every call of a {@code Storm} or of the process default shares besides its client and table: the listeners
 * (STORM's request log is told first, outside this list), whether to ask for consumed capacity, and how models are
 * validated before they are written. Immutable and thread-safe.
 *
 * @param listeners        the user's listeners, in registration order
 * @param consumedCapacity the {@code ReturnConsumedCapacity} every request asks for, or null for none
 * @param validator        checks each model a create, save, bulkSave or transaction writes
 */
public record Settings(List<StormListener> listeners, ReturnConsumedCapacity consumedCapacity,
                       ModelValidator validator) {

    /** No listener of the user's, no consumed capacity, the class path's Bean Validation if there is one. */
    public static final Settings DEFAULT = new Settings(List.of(), null, Validators.CLASS_PATH);

    public Settings {
        listeners = List.copyOf(listeners);
        validator = validator == null ? ModelValidator.NONE : validator;
        if (consumedCapacity == ReturnConsumedCapacity.NONE) {
            consumedCapacity = null;
        }
    }

    public Settings withListener(StormListener listener) {
        List<StormListener> all = new ArrayList<>(listeners);
        all.add(listener);
        return new Settings(all, consumedCapacity, validator);
    }

    public Settings withoutListener(StormListener listener) {
        List<StormListener> all = new ArrayList<>(listeners);
        all.remove(listener);
        return new Settings(all, consumedCapacity, validator);
    }

    public Settings withConsumedCapacity(ReturnConsumedCapacity mode) {
        return new Settings(listeners, mode, validator);
    }

    public Settings withValidator(ModelValidator modelValidator) {
        return new Settings(listeners, consumedCapacity, modelValidator);
    }
}
