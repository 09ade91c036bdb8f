package dev.storm.internal.write;

import dev.storm.internal.target.Target;
import dev.storm.internal.transaction.PlannedWrite;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;

/**
 * The TransactWriteItems items of one write, planned in two steps so that the blocking and the asynchronous senders
 * share them: the consistent GetItem the write needs first ({@link #read()}, null when none is needed), then the
 * items, given what that read found ({@link #plan(GetItemResponse)}). Its input was checked when it was made, so
 * a draft exists only for a write that can be sent. Immutable; planning sends nothing.
 */
public final class Draft {

    private final String model;
    private final GetItemRequest read;
    private final Function<Map<String, AttributeValue>, List<PlannedWrite>> plan;

    Draft(String model, GetItemRequest read, Function<Map<String, AttributeValue>, List<PlannedWrite>> plan) {
        this.model = model;
        this.read = read;
        this.plan = plan;
    }

    /** The simple name of the model written, for what listeners are told. */
    public String model() {
        return model;
    }

    /** The consistent GetItem of the stored item to make before planning, or null when none is needed. */
    public GetItemRequest read() {
        return read;
    }

    /**
     * The items of the write, given the answer to {@link #read()} (null when no read was needed); throws when what
     * was read makes the write impossible (an update of an item that does not exist).
     */
    public List<PlannedWrite> plan(GetItemResponse found) {
        Map<String, AttributeValue> item = found == null || !found.hasItem() || found.item().isEmpty() ? null
                : found.item();
        return plan.apply(item);
    }

    /** Reads through the blocking target, when a read is needed, and plans. */
    public List<PlannedWrite> plan(Target target) {
        return plan(read == null ? null : target.getItem(model, read));
    }
}
