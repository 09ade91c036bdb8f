package dev.storm.internal.codec;

import java.time.DateTimeException;
import java.time.Instant;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The codec of a {@code @Ttl} field: an N of whole epoch seconds, the only form DynamoDB's Time to Live reads. An
 * Instant loses its fraction of a second; a {@code long} is taken as epoch seconds already. Reading also accepts the
 * ISO text an Instant field held before it became the TTL, so such a change needs no migration. Thread-safe.
 */
public final class EpochSecondsCodec implements Codec<Instant> {

    private static final EpochSecondsCodec INSTANCE = new EpochSecondsCodec();

    private EpochSecondsCodec() {
    }

    /** The TTL codec for a field of the given type: Instant, or long/Long (stored as a plain number). */
    @SuppressWarnings("unchecked")
    public static Codec<Object> forType(Class<?> type) {
        if (type == Instant.class) {
            return (Codec<Object>) (Codec<?>) INSTANCE;
        }
        return Codecs.forType(type);
    }

    @Override
    public AttributeValue encode(Instant value) {
        return AttributeValue.fromN(Long.toString(value.getEpochSecond()));
    }

    @Override
    public Instant decode(AttributeValue value) {
        try {
            if (value.n() != null) {
                return Instant.ofEpochSecond(Long.parseLong(value.n()));
            }
            if (value.s() != null) {
                return Instant.parse(value.s());
            }
        } catch (NumberFormatException | DateTimeException e) {
            throw new IllegalArgumentException("\"" + (value.n() != null ? value.n() : value.s())
                    + "\" is not a time in epoch seconds", e);
        }
        throw Attributes.mismatch(value, "N", "Instant (epoch seconds)");
    }
}
