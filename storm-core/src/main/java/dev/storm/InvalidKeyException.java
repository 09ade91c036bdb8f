package dev.storm;

/**
 * A key computed from a null, empty or {@code #}-holding part, or an update that would change a key field. Nothing was written.
 */
public class InvalidKeyException extends StormException {

    private static final long serialVersionUID = 1L;

    public InvalidKeyException(String message) {
        super(message);
    }

    public InvalidKeyException(String message, Throwable cause) {
        super(message, cause);
    }
}
