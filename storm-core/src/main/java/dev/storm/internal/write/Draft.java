package dev.storm.internal.write;

import dev.storm.internal.key.TableKey;
import dev.storm.internal.target.Target;
import dev.storm.internal.transaction.PlannedWrite;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;

/**
 * The TransactWriteItems items of one write, planned in steps so that the blocking and the asynchronous senders
 * share them: the consistent GetItems the write needs first (the stored item, and for a value whose uniqueness
 * guard was written before guard keys were escaped, that guard and its owner), one after another, then the items,
 * given what the reads found. A sender runs a {@link Planning} per attempt. Its input was checked when it was made,
 * so a draft exists only for a write that can be sent. Immutable; planning sends nothing.
 */
public final class Draft {

    private final String model;
    private final String table;
    private final GetItemRequest read;
    private final BiFunction<Map<String, AttributeValue>, GuardReads, List<PlannedWrite>> plan;

    Draft(String model, String table, GetItemRequest read,
          BiFunction<Map<String, AttributeValue>, GuardReads, List<PlannedWrite>> plan) {
        this.model = model;
        this.table = table;
        this.read = read;
        this.plan = plan;
    }

    /** The simple name of the model written, for what listeners are told. */
    public String model() {
        return model;
    }

    /** A new planning of this write, for one attempt. */
    public Planning planning() {
        return new Planning();
    }

    /** Reads through the blocking target what the write needs, and plans. */
    public List<PlannedWrite> plan(Target target) {
        Planning planning = planning();
        for (GetItemRequest next = planning.read(); next != null; next = planning.read()) {
            planning.found(target.getItem(model, next));
        }
        return planning.plan();
    }

    /**
     * One attempt's planning: {@link #read()} gives each consistent GetItem to make, one at a time, and
     * {@link #found} takes its answer; once {@link #read()} gives null, {@link #plan()} gives the items. Not
     * thread-safe; its steps run one after another (on whichever thread).
     */
    public final class Planning {

        private boolean itemRead = read == null;
        private Map<String, AttributeValue> item;
        private final GuardReads guards = new GuardReads();
        private TableKey asked;
        private List<PlannedWrite> planned;

        private Planning() {
        }

        /** The next consistent GetItem to make before planning, or null when the items can be planned. */
        public GetItemRequest read() {
            if (!itemRead) {
                return read;
            }
            // throws when what was read makes the write impossible (an update of an item that does not exist)
            planned = plan.apply(item, guards);
            asked = guards.takeMissing();
            if (asked == null) {
                return null;
            }
            planned = null;
            return GetItemRequest.builder().tableName(table).key(asked.toMap()).consistentRead(true).build();
        }

        /** The answer to the last {@link #read()}. */
        public void found(GetItemResponse response) {
            Map<String, AttributeValue> found = response == null || !response.hasItem() || response.item().isEmpty()
                    ? null : response.item();
            if (!itemRead) {
                item = found;
                itemRead = true;
            } else {
                guards.found(asked, found);
            }
        }

        /** The items of the write, once {@link #read()} gave null. */
        public List<PlannedWrite> plan() {
            if (planned == null && read() != null) {
                throw new IllegalStateException("planned before every read was made");
            }
            return planned;
        }
    }
}
