package dev.storm.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.Identity;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamRecord;
import dev.storm.Change;
import dev.storm.ChangeType;
import dev.storm.StreamDecoder;
import dev.storm.StreamRecordException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

/** Lambda's DynamodbEvent records read attribute for attribute, and decoded as the SDK's records are. */
class DynamodbEventsTest {

    private static final StreamDecoder DECODER = StreamDecoder.of(Parcel.class);

    private static AttributeValue s(String text) {
        return new AttributeValue().withS(text);
    }

    private static AttributeValue n(String number) {
        return new AttributeValue().withN(number);
    }

    private static ByteBuffer bytes(String text) {
        return ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A parcel's item as Lambda delivers it: every attribute in Lambda's own types. */
    private static Map<String, AttributeValue> parcelItem(String label) {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        item.put("PK", s("D#d1#DEPOT"));
        item.put("SK", s("P#7"));
        item.put("depotId", s("d1"));
        item.put("number", n("7"));
        item.put("label", s(label));
        item.put("fragile", new AttributeValue().withBOOL(true));
        item.put("barcode", new AttributeValue().withB(bytes("0042")));
        item.put("tags", new AttributeValue().withSS("red", "blue"));
        item.put("routes", new AttributeValue().withNS("3", "12"));
        item.put("seals", new AttributeValue().withBS(bytes("s1")));
        item.put("stops", new AttributeValue().withL(s("Lyon"), s("Paris")));
        item.put("weights", new AttributeValue().withM(Map.of("gross", n("12"), "net", n("10"))));
        item.put("note", new AttributeValue().withNULL(true));
        return item;
    }

    private static DynamodbEvent.DynamodbStreamRecord record(String id, String event, String view,
                                                             Map<String, AttributeValue> before,
                                                             Map<String, AttributeValue> after) {
        StreamRecord data = new StreamRecord().withKeys(Map.of("PK", s("D#d1#DEPOT"), "SK", s("P#7")))
                .withSequenceNumber("100" + id).withSizeBytes(321L)
                .withApproximateCreationDateTime(Date.from(Instant.parse("2024-05-01T10:00:00Z")));
        data.setStreamViewType(
                com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamViewType.valueOf(view));
        if (before != null) {
            data.setOldImage(before);
        }
        if (after != null) {
            data.setNewImage(after);
        }
        DynamodbEvent.DynamodbStreamRecord record = new DynamodbEvent.DynamodbStreamRecord();
        record.setEventSourceARN("arn:aws:dynamodb:us-east-1:000000000000:table/shop/stream/2024");
        record.setEventID(id);
        record.setEventName(event);
        record.setEventSource("aws:dynamodb");
        record.setAwsRegion("us-east-1");
        record.setEventVersion("1.1");
        record.setDynamodb(data);
        return record;
    }

    private static DynamodbEvent event(DynamodbEvent.DynamodbStreamRecord... records) {
        DynamodbEvent event = new DynamodbEvent();
        event.setRecords(List.of(records));
        return event;
    }

    @Test
    void everyAttributeType_isReadIntoTheModel() {
        List<Change> changes = DynamodbEvents.decode(DECODER, event(
                record("1", "INSERT", "NEW_AND_OLD_IMAGES", null, parcelItem("box")),
                record("2", "MODIFY", "NEW_AND_OLD_IMAGES", parcelItem("box"), parcelItem("crate"))));

        assertThat(changes).extracting(Change::type).containsExactly(ChangeType.INSERT, ChangeType.MODIFY);
        Parcel parcel = changes.get(0).newImage(Parcel.class).orElseThrow();
        assertThat(parcel.depotId()).isEqualTo("d1");
        assertThat(parcel.number()).isEqualTo(7);
        assertThat(parcel.label()).isEqualTo("box");
        assertThat(parcel.fragile()).isTrue();
        assertThat(new String(parcel.barcode(), StandardCharsets.UTF_8)).isEqualTo("0042");
        assertThat(parcel.tags()).containsExactlyInAnyOrder("red", "blue");
        assertThat(parcel.routes()).containsExactlyInAnyOrder(3L, 12L);
        // a binary set has no field type in STORM: it stays in the raw image
        assertThat(changes.get(0).rawNewImage().get("seals").bs()).singleElement()
                .satisfies(b -> assertThat(b.asUtf8String()).isEqualTo("s1"));
        assertThat(parcel.stops()).containsExactly("Lyon", "Paris");
        assertThat(parcel.weights()).isEqualTo(Map.of("gross", 12, "net", 10));
        assertThat(parcel.note()).isNull();
        assertThat(changes.get(1).oldImage(Parcel.class).orElseThrow().label()).isEqualTo("box");
        assertThat(changes.get(1).newImage(Parcel.class).orElseThrow().label()).isEqualTo("crate");
        assertThat(changes.get(1).eventId()).isEqualTo("2");
        assertThat(changes.get(1).sequenceNumber()).isEqualTo("1002");
        assertThat(changes.get(1).approximateCreationTime()).isEqualTo(Instant.parse("2024-05-01T10:00:00Z"));
        assertThat(changes.get(1).viewType()).isEqualTo(StreamViewType.NEW_AND_OLD_IMAGES);
    }

    @Test
    void theEventsBuffersAreLeftAsTheyWere() {
        Map<String, AttributeValue> item = parcelItem("box");
        DynamodbEvents.decode(DECODER, event(record("1", "INSERT", "NEW_IMAGE", null, item)));
        assertThat(item.get("barcode").getB().remaining()).isEqualTo(4);
    }

    @Test
    void keysOnlyAndSingleImageViews_areHandledAsTheSdksRecords() {
        Change keysOnly = DynamodbEvents.decode(DECODER, record("1", "REMOVE", "KEYS_ONLY", null, null));
        assertThat(keysOnly.model()).contains(Parcel.class);
        assertThat(keysOnly.type()).isEqualTo(ChangeType.REMOVE);
        assertThatThrownBy(() -> keysOnly.oldImage(Parcel.class)).isInstanceOf(StreamRecordException.class)
                .hasMessageContaining("KEYS_ONLY");
        Change oldOnly = DynamodbEvents.decode(DECODER, record("2", "REMOVE", "OLD_IMAGE", parcelItem("box"), null));
        assertThat(oldOnly.oldImage(Parcel.class).orElseThrow().label()).isEqualTo("box");
        assertThatThrownBy(() -> oldOnly.newImage(Parcel.class)).isInstanceOf(StreamRecordException.class);
    }

    @Test
    void ttlDeletions_keepTheirIdentity() {
        DynamodbEvent.DynamodbStreamRecord r = record("1", "REMOVE", "NEW_AND_OLD_IMAGES", parcelItem("box"), null);
        r.setUserIdentity(new Identity().withType("Service").withPrincipalId("dynamodb.amazonaws.com"));
        assertThat(DynamodbEvents.decode(DECODER, r).isTtlExpiry()).isTrue();
    }

    @Test
    void itemsOfOtherModels_comeWithoutModel() {
        Map<String, AttributeValue> other = Map.of("PK", s("C#c1#SHOP"), "SK", s("SHOP"), "name", s("Ann"));
        DynamodbEvent.DynamodbStreamRecord r = record("1", "INSERT", "NEW_IMAGE", null, other);
        r.getDynamodb().setKeys(Map.of("PK", s("C#c1#SHOP"), "SK", s("SHOP")));
        Change c = DynamodbEvents.decode(DECODER, r);
        assertThat(c.model()).isEmpty();
        assertThat(c.rawNewImage()).containsEntry("name",
                software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS("Ann"));
    }

    @Test
    void malformedRecords_areRefused_namingTheRecord() {
        Map<String, AttributeValue> untyped = parcelItem("box");
        untyped.put("label", new AttributeValue());
        assertThatThrownBy(() -> DynamodbEvents.decode(DECODER, record("9", "INSERT", "NEW_IMAGE", null, untyped)))
                .isInstanceOf(StreamRecordException.class).hasMessageContaining("Stream record 9")
                .hasMessageContaining("'label'");
        assertThatThrownBy(() -> DynamodbEvents.decode(DECODER, record("8", "UPSERT", "NEW_IMAGE", null, null)))
                .isInstanceOf(StreamRecordException.class).hasMessageContaining("'UPSERT'");
        assertThat(DynamodbEvents.decode(DECODER, new DynamodbEvent())).isEmpty();
    }
}
