package dev.storm;

import java.util.ArrayList;
import java.util.List;

/**
 * What a {@link Manager#bulkSave} or {@link Manager#bulkDelete} did: how many models were written and, for every
 * one that was not, the model and why. No model is ever dropped silently: {@code succeeded() + failed().size()}
 * is the number of distinct items asked for. Immutable and thread-safe.
 *
 * <pre>{@code
 * BulkResult r = Order.objects.bulkSave(orders);
 * if (!r.isComplete()) {
 *     Order.objects.bulkSave(r.failedModels(Order.class));   // or r.orThrow()
 * }
 * }</pre>
 */
public final class BulkResult {

    private final String operation;
    private final int succeeded;
    private final List<BulkFailure> failed;

    /** Made by the bulk operations; {@code operation} names the call in messages ("bulkSave of Order"). */
    public BulkResult(String operation, int succeeded, List<BulkFailure> failed) {
        this.operation = operation;
        this.succeeded = succeeded;
        this.failed = List.copyOf(failed);
    }

    /** The number of models written (or deleted). */
    public int succeeded() {
        return succeeded;
    }

    /** Every model that was not written, with the reason, in the order they were given. */
    public List<BulkFailure> failed() {
        return failed;
    }

    /** Whether every model was written. */
    public boolean isComplete() {
        return failed.isEmpty();
    }

    /** The models that were not written, as their own type, ready to be sent again. */
    public <M> List<M> failedModels(Class<M> type) {
        List<M> models = new ArrayList<>(failed.size());
        for (BulkFailure f : failed) {
            models.add(type.cast(f.model()));
        }
        return models;
    }

    /** This result when complete; otherwise a {@link BulkException} listing the failures. */
    public BulkResult orThrow() {
        if (!failed.isEmpty()) {
            throw new BulkException(operation + " wrote " + succeeded + " of " + (succeeded + failed.size()), failed);
        }
        return this;
    }

    @Override
    public String toString() {
        return "BulkResult[" + operation + ": succeeded=" + succeeded + ", failed=" + failed.size() + "]";
    }
}
