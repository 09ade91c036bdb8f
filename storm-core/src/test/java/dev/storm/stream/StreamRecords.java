package dev.storm.stream;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Identity;
import software.amazon.awssdk.services.dynamodb.model.OperationType;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.StreamRecord;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

/** SDK stream records as DynamoDB Streams shapes them, for tests without a stream. */
public final class StreamRecords {

    private static final AtomicLong SEQUENCE = new AtomicLong(100);

    private StreamRecords() {
    }

    /** An INSERT of the item on a NEW_AND_OLD_IMAGES stream. */
    public static Record insert(Map<String, AttributeValue> item) {
        return record(OperationType.INSERT, StreamViewType.NEW_AND_OLD_IMAGES, null, item);
    }

    /** A record as the stream of the given view type records the change from {@code before} to {@code after}. */
    public static Record record(OperationType type, StreamViewType view, Map<String, AttributeValue> before,
                                Map<String, AttributeValue> after) {
        Map<String, AttributeValue> any = after != null ? after : before;
        Map<String, AttributeValue> keys = new HashMap<>();
        keys.put("PK", any.get("PK"));
        keys.put("SK", any.get("SK"));
        StreamRecord.Builder data = StreamRecord.builder().keys(keys).streamViewType(view)
                .sequenceNumber(Long.toString(SEQUENCE.incrementAndGet()))
                .approximateCreationDateTime(Instant.parse("2024-05-01T10:00:00Z")).sizeBytes(100L);
        boolean oldImages = view == StreamViewType.OLD_IMAGE || view == StreamViewType.NEW_AND_OLD_IMAGES;
        boolean newImages = view == StreamViewType.NEW_IMAGE || view == StreamViewType.NEW_AND_OLD_IMAGES;
        if (oldImages && before != null) {
            data.oldImage(before);
        }
        if (newImages && after != null) {
            data.newImage(after);
        }
        return Record.builder().eventID("e" + SEQUENCE.get()).eventName(type).eventSource("aws:dynamodb")
                .eventVersion("1.1").awsRegion("us-east-1").dynamodb(data.build()).build();
    }

    /** A REMOVE by DynamoDB itself on the item's TTL expiry. */
    public static Record ttlExpiry(Map<String, AttributeValue> item) {
        return record(OperationType.REMOVE, StreamViewType.NEW_AND_OLD_IMAGES, item, null).toBuilder()
                .userIdentity(Identity.builder().type("Service").principalId("dynamodb.amazonaws.com").build())
                .build();
    }
}
