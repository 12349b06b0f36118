package org.eczemarx.error;

/**
 * A domain error whose message is safe to show to clients. Each subclass carries the code clients find in
 * {@code errors[].extensions.code} (SmallRye's {@code @ErrorCode}); the messages say what was wrong and what to change.
 */
public abstract class ApiException extends RuntimeException {

    protected ApiException(String message) {
        super(message, null, false, false);
    }

    public static ApiException badInput(String message) {
        return new BadUserInputException(message);
    }

    public static ApiException notFound(String message) {
        return new NotFoundException(message);
    }
}
