package dev.storm.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storm.Change;
import dev.storm.ChangeType;
import dev.storm.InvalidQueryException;
import dev.storm.InvalidValueException;
import dev.storm.StreamDecoder;
import dev.storm.StreamRecordException;
import dev.storm.model.Order;
import dev.storm.model.Profile;
import dev.storm.model.Suffixed;
import dev.storm.model.TestModel;
import dev.storm.model.User;
import dev.storm.model.twin.UserTwin;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.OperationType;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.StreamRecord;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

/** Stream records of every view type decoded into typed changes, and the records and questions refused. */
class StreamDecoderTest {

    private static final StreamDecoder DECODER = StreamDecoder.of(User.class, Order.class, TestModel.class);
    private static final Order OPEN = new Order("u1", "o1", 12.5, "OPEN", 1);
    private static final Order PAID = new Order("u1", "o1", 12.5, "PAID", 1);

    private static Map<String, AttributeValue> item(Order order) {
        return Order.objects.toItem(order);
    }

    @Test
    void newAndOldImages_giveBothModels() {
        Change c = DECODER.decode(StreamRecords.record(OperationType.MODIFY, StreamViewType.NEW_AND_OLD_IMAGES,
                item(OPEN), item(PAID)));
        assertThat(c.type()).isEqualTo(ChangeType.MODIFY);
        assertThat(c.model()).contains(Order.class);
        assertThat(c.is(Order.class)).isTrue();
        assertThat(c.is(User.class)).isFalse();
        assertThat(c.keys()).isEqualTo(Map.of("PK", AttributeValue.fromS("U#u1#USER"),
                "SK", AttributeValue.fromS("O#o1")));
        assertThat(c.oldImage(Order.class)).contains(OPEN);
        assertThat(c.newImage(Order.class)).contains(PAID);
        assertThat(c.oldImage()).contains(OPEN);
        assertThat(c.newImage(User.class)).isEmpty();
        assertThat(c.viewType()).isEqualTo(StreamViewType.NEW_AND_OLD_IMAGES);
        assertThat(c.approximateCreationTime()).isEqualTo(Instant.parse("2024-05-01T10:00:00Z"));
        assertThat(c.isTtlExpiry()).isFalse();
    }

    @Test
    void insertHasNoOldImage_andRemoveNoNewImage() {
        Change insert = DECODER.decode(StreamRecords.record(OperationType.INSERT,
                StreamViewType.NEW_AND_OLD_IMAGES, null, item(OPEN)));
        assertThat(insert.type()).isEqualTo(ChangeType.INSERT);
        assertThat(insert.oldImage(Order.class)).isEmpty();
        assertThat(insert.newImage(Order.class)).contains(OPEN);
        Change remove = DECODER.decode(StreamRecords.record(OperationType.REMOVE,
                StreamViewType.NEW_AND_OLD_IMAGES, item(PAID), null));
        assertThat(remove.type()).isEqualTo(ChangeType.REMOVE);
        assertThat(remove.oldImage(Order.class)).contains(PAID);
        assertThat(remove.newImage(Order.class)).isEmpty();
        assertThat(remove.isTtlExpiry()).isFalse();
    }

    @Test
    void newImageStream_givesNewImages_andRefusesOldOnes() {
        Change c = DECODER.decode(StreamRecords.record(OperationType.MODIFY, StreamViewType.NEW_IMAGE,
                item(OPEN), item(PAID)));
        assertThat(c.newImage(Order.class)).contains(PAID);
        assertThat(c.rawOldImage()).isEmpty();
        assertThatThrownBy(() -> c.oldImage(Order.class))
                .isInstanceOf(StreamRecordException.class)
                .hasMessageContaining("NEW_IMAGE").hasMessageContaining("does not record old images")
                .hasMessageContaining("NEW_AND_OLD_IMAGES");
    }

    @Test
    void oldImageStream_givesOldImages_andRefusesNewOnes() {
        Change c = DECODER.decode(StreamRecords.record(OperationType.MODIFY, StreamViewType.OLD_IMAGE,
                item(OPEN), item(PAID)));
        assertThat(c.oldImage(Order.class)).contains(OPEN);
        assertThatThrownBy(c::newImage).isInstanceOf(StreamRecordException.class)
                .hasMessageContaining("OLD_IMAGE").hasMessageContaining("does not record new images");
    }

    @Test
    void keysOnlyStream_givesTheModelAndKeys_andRefusesBothImages() {
        Change c = DECODER.decode(StreamRecords.record(OperationType.INSERT, StreamViewType.KEYS_ONLY,
                null, item(OPEN)));
        assertThat(c.model()).contains(Order.class);
        assertThat(c.keys()).containsEntry("SK", AttributeValue.fromS("O#o1"));
        assertThatThrownBy(() -> c.newImage(Order.class)).isInstanceOf(StreamRecordException.class)
                .hasMessageContaining("KEYS_ONLY");
        assertThatThrownBy(() -> c.oldImage(Order.class)).isInstanceOf(StreamRecordException.class)
                .hasMessageContaining("KEYS_ONLY");
    }

    @Test
    void itemsOfOtherModels_decodeToAChangeWithoutModel_keepingTheirRawImages() {
        Map<String, AttributeValue> profile = Profile.objects.toItem(new Profile("u1", "bio"));
        Change c = DECODER.decode(StreamRecords.insert(profile));
        assertThat(c.model()).isEmpty();
        assertThat(c.newImage()).isEmpty();
        assertThat(c.newImage(Order.class)).isEmpty();
        assertThat(c.rawNewImage()).isEqualTo(profile);
        Map<String, AttributeValue> guard = Map.of("PK", AttributeValue.fromS("UNIQUE#USER#email#a@b.c"),
                "SK", AttributeValue.fromS("UNIQUE#USER#email#a@b.c"), "ownerPK", AttributeValue.fromS("U#u1#USER"));
        assertThat(DECODER.decode(StreamRecords.insert(guard)).model()).isEmpty();
        Change other = DECODER.decode(StreamRecords.insert(Suffixed.objects.toItem(new Suffixed("a", "b", "c"))));
        assertThat(other.model()).isEmpty();
    }

    @Test
    void askingForAModelOutsideTheDecoder_isRefused() {
        Change c = DECODER.decode(StreamRecords.insert(item(OPEN)));
        assertThatThrownBy(() -> c.newImage(Profile.class)).isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("Profile").hasMessageContaining("[User, Order, TestModel]");
    }

    @Test
    void ttlDeletion_isTold() {
        Change c = DECODER.decode(StreamRecords.ttlExpiry(item(OPEN)));
        assertThat(c.type()).isEqualTo(ChangeType.REMOVE);
        assertThat(c.isTtlExpiry()).isTrue();
        assertThat(c.oldImage(Order.class)).contains(OPEN);
    }

    @Test
    void anImageOfTheWrongType_namesRecordFieldAndValue() {
        Map<String, AttributeValue> bad = new HashMap<>(item(OPEN));
        bad.put("amount", AttributeValue.fromS("lots"));
        Record r = StreamRecords.insert(bad);
        assertThatThrownBy(() -> DECODER.decode(r)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("Stream record " + r.eventID()).hasMessageContaining("Order.amount")
                .hasMessageContaining("lots");
    }

    @Test
    void recordsWithoutKeysOrWithUnknownEvents_areRefused() {
        Record noKeys = Record.builder().eventID("x1").eventName(OperationType.INSERT)
                .dynamodb(StreamRecord.builder().build()).build();
        assertThatThrownBy(() -> DECODER.decode(noKeys)).isInstanceOf(StreamRecordException.class)
                .hasMessageContaining("x1").hasMessageContaining("no keys");
        Record unknown = StreamRecords.insert(item(OPEN)).toBuilder().eventName("UPSERT").build();
        assertThatThrownBy(() -> DECODER.decode(unknown)).isInstanceOf(StreamRecordException.class)
                .hasMessageContaining("'UPSERT'");
    }

    @Test
    void decodingAList_keepsTheOrder() {
        List<Change> changes = DECODER.decode(List.of(StreamRecords.insert(item(OPEN)),
                StreamRecords.insert(User.objects.toItem(new User("u1", null, null, null, "e")))));
        assertThat(changes).extracting(c -> (Object) c.model().orElseThrow()).containsExactly(Order.class, User.class);
    }

    @Test
    void decodersOfModelsThatCannotBeToldApart_areRefused() {
        assertThatThrownBy(() -> StreamDecoder.of(User.class, UserTwin.class))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("User and UserTwin").hasMessageContaining("U#<value>#USER");
        assertThatThrownBy(() -> StreamDecoder.of(User.class, User.class))
                .isInstanceOf(InvalidQueryException.class).hasMessageContaining("twice");
        assertThatThrownBy(StreamDecoder::of).isInstanceOf(InvalidQueryException.class);
    }
}
