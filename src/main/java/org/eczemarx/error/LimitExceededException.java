package org.eczemarx.error;

import io.smallrye.graphql.api.ErrorCode;

/** A limit of the public endpoint was exceeded; the message says which and what to change. */
@ErrorCode("LIMIT_EXCEEDED")
public class LimitExceededException extends ApiException {

    public LimitExceededException(String message) {
        super(message);
    }
}
