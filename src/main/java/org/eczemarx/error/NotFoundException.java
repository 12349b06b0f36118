package org.eczemarx.error;

import io.smallrye.graphql.api.ErrorCode;

/** An object named by ID does not exist. */
@ErrorCode("NOT_FOUND")
public class NotFoundException extends ApiException {

    public NotFoundException(String message) {
        super(message);
    }
}
