package dev.storm.internal.schema;

import dev.storm.internal.codec.AttributeWriter;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A record model's item codec, written at compile time by STORM's codec processor into {@code User_Codec}: typed,
 * straight-line reads and writes of every field, the canonical constructor called directly, with no
 * {@code Object[]}, boxing or per-attribute dispatch. Fields of types it does not write itself go through their
 * runtime codec ({@link FieldSchema}). Its results equal the runtime path's; where the runtime would refuse a value
 * it throws, and STORM then runs the runtime path, which refuses it with the full message. Stateless, thread-safe.
 *
 * @param <M> the model type
 */
public interface GeneratedCodec<M> {

    /** The attribute name of each field by position, as compiled: a mismatch means the codec is not used. */
    String[] attributeNames();

    /**
     * Puts every field's attribute into {@code item} under its attribute name, and leaves it in {@code encoded} at
     * the field's position (keys are composed from these afterwards); counts in {@code out} the bytes DynamoDB
     * counts for these attributes, names and values.
     */
    void encode(M model, AttributeWriter out, Map<String, AttributeValue> item, AttributeValue[] encoded,
                FieldSchema[] fields);

    /** The model of an item; attributes it does not declare are ignored. */
    M decode(Map<String, AttributeValue> item, FieldSchema[] fields);
}
