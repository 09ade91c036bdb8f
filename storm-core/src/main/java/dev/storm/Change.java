package dev.storm;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

/**
 * One DynamoDB Streams record decoded by a {@link StreamDecoder}: what happened ({@link #type()}), to which item
 * ({@link #keys()}) of which model ({@link #model()}), and the item before and after as models. Which images a record
 * holds depends on the stream's view type: asking for an image the stream does not record is a
 * {@link StreamRecordException}, so that "not recorded" is never mistaken for "no such item". Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * Change c = decoder.decode(record);
 * if (c.type() == ChangeType.MODIFY) {
 *     Optional<Order> before = c.oldImage(Order.class), after = c.newImage(Order.class);
 * }
 * }</pre>
 */
public final class Change {

    private final String eventId;
    private final ChangeType type;
    private final StreamViewType viewType;
    private final Map<String, AttributeValue> keys;
    private final Class<?> model;
    private final Object oldImage;
    private final Object newImage;
    private final Map<String, AttributeValue> rawOldImage;
    private final Map<String, AttributeValue> rawNewImage;
    private final Instant approximateCreationTime;
    private final String sequenceNumber;
    private final boolean ttlExpiry;
    private final List<Class<?>> models;

    Change(String eventId, ChangeType type, StreamViewType viewType, Map<String, AttributeValue> keys,
           Class<?> model, Object[] images, Map<String, AttributeValue> rawOldImage,
           Map<String, AttributeValue> rawNewImage, Instant approximateCreationTime, String sequenceNumber,
           boolean ttlExpiry, List<Class<?>> models) {
        this.eventId = eventId;
        this.type = type;
        this.viewType = viewType;
        this.keys = Map.copyOf(keys);
        this.model = model;
        this.oldImage = images[0];
        this.newImage = images[1];
        this.rawOldImage = Map.copyOf(rawOldImage);
        this.rawNewImage = Map.copyOf(rawNewImage);
        this.approximateCreationTime = approximateCreationTime;
        this.sequenceNumber = sequenceNumber;
        this.ttlExpiry = ttlExpiry;
        this.models = models;
    }

    /** The record's event id, unique within the stream. */
    public String eventId() {
        return eventId;
    }

    /** INSERT, MODIFY or REMOVE. */
    public ChangeType type() {
        return type;
    }

    /** The stream's view type as the record states it; null when the record does not say. */
    public StreamViewType viewType() {
        return viewType;
    }

    /** The item's table key, {@code PK} and {@code SK}, as every view type records it. */
    public Map<String, AttributeValue> keys() {
        return keys;
    }

    /** The decoder's model the item's keys belong to; empty for an item of any other model or of no model. */
    public Optional<Class<?>> model() {
        return Optional.ofNullable(model);
    }

    /** Whether the item is one of the given model's. */
    public boolean is(Class<?> modelClass) {
        return model != null && model == modelClass;
    }

    /**
     * The item before the change, as the given model: empty for an INSERT, or when the item is another model's.
     *
     * @throws StreamRecordException when the stream does not record old images (KEYS_ONLY, NEW_IMAGE)
     * @throws InvalidQueryException when the model is not one of the decoder's
     */
    public <T> Optional<T> oldImage(Class<T> modelClass) {
        return typed(modelClass, oldImage(), "old");
    }

    /**
     * The item after the change, as the given model: empty for a REMOVE, or when the item is another model's.
     *
     * @throws StreamRecordException when the stream does not record new images (KEYS_ONLY, OLD_IMAGE)
     * @throws InvalidQueryException when the model is not one of the decoder's
     */
    public <T> Optional<T> newImage(Class<T> modelClass) {
        return typed(modelClass, newImage(), "new");
    }

    /**
     * The item before the change, as its model: empty for an INSERT or an item of no decoder model.
     *
     * @throws StreamRecordException when the stream does not record old images (KEYS_ONLY, NEW_IMAGE)
     */
    public Optional<Object> oldImage() {
        recorded(StreamViewType.OLD_IMAGE, "old");
        return Optional.ofNullable(oldImage);
    }

    /**
     * The item after the change, as its model: empty for a REMOVE or an item of no decoder model.
     *
     * @throws StreamRecordException when the stream does not record new images (KEYS_ONLY, OLD_IMAGE)
     */
    public Optional<Object> newImage() {
        recorded(StreamViewType.NEW_IMAGE, "new");
        return Optional.ofNullable(newImage);
    }

    /** The item before the change as the record holds it, whatever its model; empty when the record has none. */
    public Map<String, AttributeValue> rawOldImage() {
        return rawOldImage;
    }

    /** The item after the change as the record holds it, whatever its model; empty when the record has none. */
    public Map<String, AttributeValue> rawNewImage() {
        return rawNewImage;
    }

    /** When DynamoDB recorded the change, to the second (or finer, as the stream gives it); null if not stated. */
    public Instant approximateCreationTime() {
        return approximateCreationTime;
    }

    /** The record's sequence number within its shard. */
    public String sequenceNumber() {
        return sequenceNumber;
    }

    /** Whether DynamoDB itself deleted the item because its TTL time had passed (a REMOVE by the service). */
    public boolean isTtlExpiry() {
        return ttlExpiry;
    }

    private <T> Optional<T> typed(Class<T> modelClass, Optional<Object> image, String which) {
        if (!models.contains(modelClass)) {
            throw new InvalidQueryException("Asked for the " + which + " image as " + modelClass.getSimpleName()
                    + ", which is not one of the decoder's models " + models.stream().map(Class::getSimpleName)
                    .toList() + "; add it to StreamDecoder.of(...)");
        }
        return modelClass == model ? image.map(modelClass::cast) : Optional.empty();
    }

    private void recorded(StreamViewType image, String which) {
        if (viewType == null || viewType == StreamViewType.NEW_AND_OLD_IMAGES || viewType == image) {
            return;
        }
        throw new StreamRecordException("Stream record " + eventId + " comes from a stream whose view type is "
                + viewType + ", which does not record " + which + " images of items; set the table's stream to "
                + image + " or NEW_AND_OLD_IMAGES (StreamSpecification.streamViewType) to read them");
    }

    @Override
    public String toString() {
        return "Change[" + type + " " + (model == null ? "?" : model.getSimpleName()) + " PK="
                + text(keys.get("PK")) + " SK=" + text(keys.get("SK")) + " " + eventId + "]";
    }

    private static String text(AttributeValue value) {
        return value == null ? null : value.s();
    }
}
