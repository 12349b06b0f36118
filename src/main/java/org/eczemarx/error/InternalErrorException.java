package org.eczemarx.error;

import io.smallrye.graphql.api.ErrorCode;

/** An unexpected server fault; the details are logged under the reference in the message, never sent. */
@ErrorCode("INTERNAL")
public class InternalErrorException extends ApiException {

    public InternalErrorException(String message) {
        super(message);
    }
}
