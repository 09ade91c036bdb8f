package dev.storm.examples.streams;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent.DynamodbStreamRecord;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import dev.storm.Change;
import dev.storm.StormException;
import dev.storm.StreamDecoder;
import dev.storm.examples.quickstart.Order;
import dev.storm.examples.quickstart.User;
import dev.storm.lambda.DynamodbEvents;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * An AWS Lambda function on the quickstart table's stream (view type NEW_AND_OLD_IMAGES): it reads each record as a
 * {@link User} or {@link Order} change and reports sign-ups, placed orders, status changes and removed orders. A
 * record it cannot read is reported back as a batch item failure, so that Lambda retries from it (configure the event
 * source mapping with {@code ReportBatchItemFailures}); items of other models are skipped. Thread-safe.
 */
public final class OrderEventsHandler implements RequestHandler<DynamodbEvent, StreamsEventResponse> {

    private static final StreamDecoder DECODER = StreamDecoder.of(User.class, Order.class);

    private final Consumer<String> out;

    /** The handler Lambda builds: its lines go to standard output, which Lambda sends to CloudWatch Logs. */
    public OrderEventsHandler() {
        this(System.out::println);
    }

    /** A handler whose lines go to the given consumer. */
    public OrderEventsHandler(Consumer<String> out) {
        this.out = out;
    }

    @Override
    public StreamsEventResponse handleRequest(DynamodbEvent event, Context context) {
        List<StreamsEventResponse.BatchItemFailure> failures = new ArrayList<>();
        for (DynamodbStreamRecord record : event.getRecords()) {
            Change change;
            try {
                change = DynamodbEvents.decode(DECODER, record);
            } catch (StormException e) {
                out.accept("cannot read record " + record.getEventID() + ": " + e.getMessage());
                // Lambda resumes the shard from the first failed record
                failures.add(new StreamsEventResponse.BatchItemFailure(record.getDynamodb().getSequenceNumber()));
                break;
            }
            handle(change);
        }
        return new StreamsEventResponse(failures);
    }

    private void handle(Change change) {
        if (change.is(User.class)) {
            change.newImage(User.class).filter(u -> change.oldImage(User.class).isEmpty())
                    .ifPresent(u -> out.accept("user " + u.userId() + " signed up: " + u.email()));
            return;
        }
        if (!change.is(Order.class)) {
            return;
        }
        Order before = change.oldImage(Order.class).orElse(null);
        Order after = change.newImage(Order.class).orElse(null);
        switch (change.type()) {
            case INSERT -> out.accept("order " + after.orderId() + " of " + after.userId() + " placed: "
                    + after.amount() + " " + after.status());
            case MODIFY -> {
                if (!before.status().equals(after.status())) {
                    out.accept("order " + after.orderId() + " of " + after.userId() + ": " + before.status()
                            + " -> " + after.status());
                }
            }
            case REMOVE -> out.accept("order " + before.orderId() + " of " + before.userId() + " removed"
                    + (change.isTtlExpiry() ? " (expired)" : ""));
            default -> throw new IllegalStateException(change.type().toString());
        }
    }
}
