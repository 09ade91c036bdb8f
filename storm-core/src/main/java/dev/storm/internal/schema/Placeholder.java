package dev.storm.internal.schema;

/**
 * A field value that is not known when a request is built, only later where the request is sent (a JSONata
 * expression of a Step Functions template). Wherever the value would go, its {@code text} goes instead: as the S
 * attribute of the field, or as the key part. Immutable, thread-safe.
 *
 * @param text the marker that stands for the value in the built request
 */
public record Placeholder(String text) {
}
