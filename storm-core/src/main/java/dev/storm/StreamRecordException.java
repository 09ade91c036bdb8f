package dev.storm;

/**
 * A DynamoDB Streams record STORM cannot read (no keys, an event name it does not know), or a question the record
 * cannot answer: an old image from a stream that records only new images or keys, and so on. The message says which
 * record and how to change the stream.
 */
public class StreamRecordException extends StormException {

    private static final long serialVersionUID = 1L;

    public StreamRecordException(String message) {
        super(message);
    }
}
