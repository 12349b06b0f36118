package org.eczemarx.error;

import io.smallrye.graphql.api.ErrorCode;

/** An argument, cursor or ID is invalid; the message says which and why. */
@ErrorCode("BAD_USER_INPUT")
public class BadUserInputException extends ApiException {

    public BadUserInputException(String message) {
        super(message);
    }
}
