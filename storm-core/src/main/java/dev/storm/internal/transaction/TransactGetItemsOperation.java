package dev.storm.internal.transaction;

import dev.storm.InvalidTransactionException;
import dev.storm.InvalidValueException;
import dev.storm.Model;
import dev.storm.TransactionCanceledException.Failure;
import dev.storm.TransactionCanceledException.Reason;
import dev.storm.internal.batch.Backoff;
import dev.storm.internal.key.TableKey;
import dev.storm.internal.schema.ModelSchema;
import dev.storm.internal.target.Target;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.Get;
import software.amazon.awssdk.services.dynamodb.model.ItemResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItem;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * TransactGetItems of up to 100 distinct items, of any models: one consistent snapshot. A key given twice is read
 * once (DynamoDB refuses an item twice). A cancellation because a write transaction held an item is retried after a
 * backoff; any other is reported as a {@link dev.storm.TransactionCanceledException}.
 */
public final class TransactGetItemsOperation {

    public static final int MAX_ITEMS = 100;
    private static final int ATTEMPTS = 10;
    private static final Backoff BACKOFF = new Backoff(Duration.ofMillis(10), Duration.ofMillis(500));

    private TransactGetItemsOperation() {
    }

    /** The distinct keys of the models, in the order first given. */
    public static Map<TableKey, Object> keys(List<?> models) {
        Map<TableKey, Object> keys = new LinkedHashMap<>();
        for (int i = 0; i < models.size(); i++) {
            Object model = models.get(i);
            if (model == null) {
                throw new InvalidValueException("Transaction.read: key " + i + " is null");
            }
            keys.putIfAbsent(key(model), model);
        }
        if (keys.isEmpty()) {
            throw new InvalidTransactionException("Transaction.read got no keys; it needs 1 to " + MAX_ITEMS);
        }
        if (keys.size() > MAX_ITEMS) {
            throw new InvalidTransactionException("Transaction.read got " + keys.size() + " distinct keys; a"
                    + " DynamoDB read transaction holds at most " + MAX_ITEMS + ", so split them");
        }
        return keys;
    }

    public static TableKey key(Object model) {
        return TableKey.of(primaryKey(ModelSchema.of(model.getClass()), model));
    }

    private static <M> Map<String, AttributeValue> primaryKey(ModelSchema<M> schema, Object model) {
        return schema.keys().primaryKey(schema.type().cast(model));
    }

    public static TransactGetItemsRequest request(String table, Iterable<TableKey> keys) {
        List<TransactGetItem> items = new ArrayList<>();
        for (TableKey k : keys) {
            items.add(TransactGetItem.builder().get(Get.builder().tableName(table).key(k.toMap()).build()).build());
        }
        return TransactGetItemsRequest.builder().transactItems(items).build();
    }

    /** The stored item of each key, null when none is stored, in the order of the keys. */
    public static List<Map<String, AttributeValue>> execute(Target target, String model,
                                                            Map<TableKey, Object> keys) {
        Attempts attempts = new Attempts(keys);
        TransactGetItemsRequest request = request(target.tableName(), keys.keySet());
        while (true) {
            try {
                return items(target.transactGetItems(model, request));
            } catch (TransactionCanceledException e) {
                Duration wait = attempts.next(e);
                if (!BACKOFF.sleep(wait.toNanos())) {
                    throw attempts.canceled(e);
                }
            }
        }
    }

    /** The stored item of each key of the request, null when none is stored, in the order of the keys. */
    public static List<Map<String, AttributeValue>> items(TransactGetItemsResponse response) {
        List<Map<String, AttributeValue>> items = new ArrayList<>(response.responses().size());
        for (ItemResponse r : response.responses()) {
            items.add(r.hasItem() && !r.item().isEmpty() ? r.item() : null);
        }
        return items;
    }

    /**
     * When a cancelled read is sent again, decided alike for the blocking and the asynchronous senders: a
     * cancellation caused only by a write transaction holding an item, or by throttling, is sent again after a
     * backoff, at most ten times in all and for at most 30 seconds; any other is the answer. Not
     * thread-safe: one per read, asked after each of its attempts in turn.
     */
    public static final class Attempts {

        private final Map<TableKey, Object> keys;
        private final long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        private int attempt;

        public Attempts(Map<TableKey, Object> keys) {
            this.keys = keys;
        }

        /** The wait before sending the read again; throws the cancellation as STORM reports it when it is final. */
        public Duration next(TransactionCanceledException e) {
            List<Failure> failures = failures(keys, e);
            boolean conflictsOnly = failures.stream().allMatch(f -> f.reason() == Reason.TRANSACTION_CONFLICT
                    || f.reason() == Reason.THROTTLED);
            long left = deadline - System.nanoTime();
            if (!conflictsOnly || ++attempt >= ATTEMPTS || left <= 0) {
                throw new dev.storm.TransactionCanceledException(failures, e);
            }
            return Duration.ofNanos(Math.min(BACKOFF.delayNanos(attempt - 1), left));
        }

        /** The cancellation as STORM reports it. */
        public dev.storm.TransactionCanceledException canceled(TransactionCanceledException e) {
            return new dev.storm.TransactionCanceledException(failures(keys, e), e);
        }
    }

    private static List<Failure> failures(Map<TableKey, Object> keys, TransactionCanceledException e) {
        List<Failure> failures = new ArrayList<>();
        List<CancellationReason> reasons = e.hasCancellationReasons() ? e.cancellationReasons() : List.of();
        int i = 0;
        for (Map.Entry<TableKey, Object> k : keys.entrySet()) {
            CancellationReason reason = i < reasons.size() ? reasons.get(i) : null;
            if (reason != null && reason.code() != null && !"None".equals(reason.code())) {
                Reason why = switch (reason.code()) {
                    case "TransactionConflict" -> Reason.TRANSACTION_CONFLICT;
                    case "ThrottlingError", "ProvisionedThroughputExceeded", "RequestLimitExceeded" -> Reason.THROTTLED;
                    default -> Reason.OTHER;
                };
                String name = k.getValue().getClass().getSimpleName();
                failures.add(new Failure(i, "get " + k.getKey().describe(name), (Model<?>) k.getValue(),
                        k.getKey().pk(), k.getKey().sk(), why, reason.code()
                        + (reason.message() == null ? "" : ": " + reason.message())));
            }
            i++;
        }
        if (failures.isEmpty()) {
            failures.add(new Failure(0, "read transaction", null, null, null, Reason.OTHER, e.getMessage()));
        }
        return failures;
    }
}
