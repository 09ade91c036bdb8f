package dev.storm;

import dev.storm.internal.item.ItemModels;
import dev.storm.internal.schema.ModelSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Identity;
import software.amazon.awssdk.services.dynamodb.model.OperationType;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.StreamRecord;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

/**
 * Decodes DynamoDB Streams records of a table into {@link Change}s of a set of models, each item told apart by the
 * shape of its keys, as {@link ItemCollection} does within a partition (the models here need not share one). Reads
 * the SDK's {@link Record}, as {@code DynamoDbStreamsClient.getRecords} returns it; the {@code storm-lambda} module
 * reads AWS Lambda's {@code DynamodbEvent} through this class. No network call. Immutable and thread-safe.
 *
 * <p>Items of no model of the set (another model's, a uniqueness guard, an item another tool wrote) are decoded to a
 * change whose {@link Change#model()} is empty and whose raw images are kept. Every view type is read: KEYS_ONLY
 * records give the model and keys alone; NEW_IMAGE, OLD_IMAGE and NEW_AND_OLD_IMAGES the images they record.
 *
 * <pre>{@code
 * StreamDecoder decoder = StreamDecoder.of(User.class, Order.class);
 * for (Record r : streams.getRecords(req -> req.shardIterator(iterator)).records()) {
 *     Change c = decoder.decode(r);
 *     c.newImage(Order.class).ifPresent(order -> ship(order));
 * }
 * }</pre>
 */
public final class StreamDecoder {

    private static final String TTL_PRINCIPAL = "dynamodb.amazonaws.com";

    private final ItemModels models;
    private final List<Class<?>> classes;

    private StreamDecoder(ItemModels models) {
        this.models = models;
        this.classes = models.models().stream().<Class<?>>map(ModelSchema::type).toList();
    }

    /**
     * The decoder of items of these models.
     *
     * @throws InvalidQueryException when no model is given, one is given twice, or two have keys of the same shape
     *     (an item could be either; the message says how to tell them apart)
     */
    @SafeVarargs
    public static StreamDecoder of(Class<? extends Model<?>>... models) {
        List<ModelSchema<?>> schemas = new ArrayList<>(models.length);
        for (Class<? extends Model<?>> model : models) {
            schemas.add(ModelSchema.of(Objects.requireNonNull(model, "model")));
        }
        return new StreamDecoder(ItemModels.of(schemas, 0, "a stream decoder"));
    }

    /** The models, in the order given. */
    public List<Class<?>> models() {
        return classes;
    }

    /**
     * Decodes one record.
     *
     * @throws StreamRecordException when the record has no keys or an event name other than INSERT, MODIFY, REMOVE
     * @throws InvalidValueException when an image's attribute cannot be read as its field's type
     */
    public Change decode(Record record) {
        Objects.requireNonNull(record, "record");
        StreamRecord data = record.dynamodb();
        String id = record.eventID();
        if (data == null || !data.hasKeys() || data.keys().isEmpty()) {
            throw new StreamRecordException("Stream record " + id + " has no keys, so it is not a DynamoDB Streams"
                    + " record of an item; pass the records of a DynamoDB table's stream");
        }
        ChangeType type = type(record);
        Map<String, AttributeValue> oldRaw = data.hasOldImage() ? data.oldImage() : Map.of();
        Map<String, AttributeValue> newRaw = data.hasNewImage() ? data.newImage() : Map.of();
        ModelSchema<?> model = models.modelOf(data.keys());
        Object[] images = new Object[2];
        if (model != null) {
            images[0] = decode(model, oldRaw, id, type);
            images[1] = decode(model, newRaw, id, type);
        }
        StreamViewType view = data.streamViewType() == StreamViewType.UNKNOWN_TO_SDK_VERSION ? null
                : data.streamViewType();
        return new Change(id, type, view, data.keys(), model == null ? null : model.type(), images, oldRaw, newRaw,
                data.approximateCreationDateTime(), data.sequenceNumber(), byTtl(type, record.userIdentity()),
                classes);
    }

    /** Decodes every record, in order; see {@link #decode(Record)}. */
    public List<Change> decode(List<Record> records) {
        List<Change> changes = new ArrayList<>(records.size());
        for (Record r : records) {
            changes.add(decode(r));
        }
        return changes;
    }

    private static ChangeType type(Record record) {
        OperationType name = record.eventName();
        if (name == OperationType.INSERT) {
            return ChangeType.INSERT;
        }
        if (name == OperationType.MODIFY) {
            return ChangeType.MODIFY;
        }
        if (name == OperationType.REMOVE) {
            return ChangeType.REMOVE;
        }
        throw new StreamRecordException("Stream record " + record.eventID() + " has event name '"
                + record.eventNameAsString() + "'; a DynamoDB Streams record is an INSERT, MODIFY or REMOVE");
    }

    private static Object decode(ModelSchema<?> model, Map<String, AttributeValue> image, String id,
                                 ChangeType type) {
        if (image.isEmpty()) {
            return null;
        }
        try {
            return model.fromItem(image);
        } catch (InvalidValueException e) {
            throw new InvalidValueException("Stream record " + id + " (" + type + " of " + model.name() + "): "
                    + e.getMessage(), e);
        }
    }

    private static boolean byTtl(ChangeType type, Identity identity) {
        return type == ChangeType.REMOVE && identity != null && "Service".equals(identity.type())
                && TTL_PRINCIPAL.equals(identity.principalId());
    }

    @Override
    public String toString() {
        return "StreamDecoder" + classes.stream().map(Class::getSimpleName).toList();
    }
}
