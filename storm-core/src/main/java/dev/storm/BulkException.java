package dev.storm;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A bulk operation left some models unwritten or unread after every retry its {@link BulkOptions} allowed; the
 * others succeeded. {@link #failures()} lists each one with its reason.
 */
public class BulkException extends StormException {

    private static final long serialVersionUID = 1L;
    private static final int LISTED = 5;

    private final transient List<BulkFailure> failures;

    public BulkException(String what, List<BulkFailure> failures) {
        super(what + ": " + failures.size() + " failed, e.g. " + failures.stream().limit(LISTED)
                .map(BulkFailure::toString).collect(Collectors.joining("; ")));
        this.failures = List.copyOf(failures);
    }

    /** Every model that failed, in the order given to the bulk call. */
    public List<BulkFailure> failures() {
        return failures;
    }
}
