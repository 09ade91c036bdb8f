package dev.storm;

/**
 * One model a bulk operation could not write or read, with the reason in words (for example "returned as unprocessed
 * by DynamoDB until the deadline of PT5M passed", or the DynamoDB error that stopped it) and the last error seen.
 * An immutable value; thread-safe.
 *
 * @param model  the model as it was given to the bulk call
 * @param reason why it was not written or read
 * @param cause  the last exception seen for it, or null when DynamoDB reported it as unprocessed
 */
public record BulkFailure(Model<?> model, String reason, Throwable cause) {

    @Override
    public String toString() {
        return model.getClass().getSimpleName() + "(PK=" + model.getPk() + ", SK=" + model.getSk() + "): " + reason;
    }
}
