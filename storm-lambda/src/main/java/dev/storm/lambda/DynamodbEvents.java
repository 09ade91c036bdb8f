package dev.storm.lambda;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent.DynamodbStreamRecord;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamRecord;
import dev.storm.Change;
import dev.storm.StreamDecoder;
import dev.storm.StreamRecordException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.Identity;
import software.amazon.awssdk.services.dynamodb.model.Record;

/**
 * Decodes the {@link DynamodbEvent} an AWS Lambda function receives from a DynamoDB stream into STORM
 * {@link Change}s, with the same {@link StreamDecoder} that reads the SDK's records: each Lambda record is turned
 * into the SDK's {@link Record}, attribute for attribute, then decoded. Stateless and thread-safe.
 *
 * <pre>{@code
 * public class OrderHandler implements RequestHandler<DynamodbEvent, Void> {
 *     private static final StreamDecoder DECODER = StreamDecoder.of(Customer.class, Order.class);
 *     public Void handleRequest(DynamodbEvent event, Context context) {
 *         for (Change c : DynamodbEvents.decode(DECODER, event)) {
 *             c.newImage(Order.class).ifPresent(this::ship);
 *         }
 *         return null;
 *     }
 * }
 * }</pre>
 */
public final class DynamodbEvents {

    private DynamodbEvents() {
    }

    /**
     * Decodes every record of the event, in order.
     *
     * @throws StreamRecordException when a record has no keys, an unknown event name or an attribute of no type
     * @throws dev.storm.InvalidValueException when an image's attribute cannot be read as its field's type
     */
    public static List<Change> decode(StreamDecoder decoder, DynamodbEvent event) {
        Objects.requireNonNull(decoder, "decoder");
        List<DynamodbStreamRecord> records = event == null || event.getRecords() == null ? List.of()
                : event.getRecords();
        List<Change> changes = new ArrayList<>(records.size());
        for (DynamodbStreamRecord r : records) {
            changes.add(decoder.decode(toRecord(r)));
        }
        return changes;
    }

    /** Decodes one record of an event; see {@link #decode(StreamDecoder, DynamodbEvent)}. */
    public static Change decode(StreamDecoder decoder, DynamodbStreamRecord record) {
        return decoder.decode(toRecord(record));
    }

    /**
     * The SDK's record of a Lambda event record: the same event, keys, images, view type and identity.
     *
     * @throws StreamRecordException when an attribute has no DynamoDB type
     */
    public static Record toRecord(com.amazonaws.services.lambda.runtime.events.models.dynamodb.Record record) {
        Objects.requireNonNull(record, "record");
        Record.Builder sdk = Record.builder().eventID(record.getEventID()).eventName(record.getEventName())
                .eventVersion(record.getEventVersion()).eventSource(record.getEventSource())
                .awsRegion(record.getAwsRegion());
        StreamRecord data = record.getDynamodb();
        if (data != null) {
            try {
                sdk.dynamodb(software.amazon.awssdk.services.dynamodb.model.StreamRecord.builder()
                        .keys(LambdaAttributes.item(data.getKeys()))
                        .oldImage(LambdaAttributes.item(data.getOldImage()))
                        .newImage(LambdaAttributes.item(data.getNewImage()))
                        .streamViewType(data.getStreamViewType())
                        .sequenceNumber(data.getSequenceNumber())
                        .sizeBytes(data.getSizeBytes())
                        .approximateCreationDateTime(data.getApproximateCreationDateTime() == null ? null
                                : data.getApproximateCreationDateTime().toInstant())
                        .build());
            } catch (IllegalArgumentException e) {
                throw new StreamRecordException("Stream record " + record.getEventID() + " cannot be read: "
                        + e.getMessage());
            }
        }
        if (record.getUserIdentity() != null) {
            sdk.userIdentity(Identity.builder().type(record.getUserIdentity().getType())
                    .principalId(record.getUserIdentity().getPrincipalId()).build());
        }
        return sdk.build();
    }
}
