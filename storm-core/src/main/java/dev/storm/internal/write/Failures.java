package dev.storm.internal.write;

import dev.storm.VersionConflictException;
import dev.storm.ConditionFailedException;
import dev.storm.ObjectAlreadyExistsException;
import dev.storm.ObjectDoesNotExistException;
import dev.storm.StormException;
import dev.storm.UniqueConstraintException;
import dev.storm.internal.transaction.WriteFailure;

/** Turns the failure of a write made outside a user transaction into the exception that names it. */
final class Failures {

    private Failures() {
    }

    static StormException exception(WriteFailure failure, Throwable cause) {
        return switch (failure.kind()) {
            case ALREADY_EXISTS -> new ObjectAlreadyExistsException(failure.message(), cause);
            case DOES_NOT_EXIST -> new ObjectDoesNotExistException(failure.message(), cause);
            case VERSION_CONFLICT, CHANGED_SINCE_READ, TRANSACTION_CONFLICT ->
                    new VersionConflictException(failure.message(), cause);
            case UNIQUE_VALUE_TAKEN -> new UniqueConstraintException(failure.message(), cause);
            case CONDITION_FAILED -> new ConditionFailedException(failure.message(), cause);
            case THROTTLED, OTHER -> new StormException(failure.message(), cause);
        };
    }
}
