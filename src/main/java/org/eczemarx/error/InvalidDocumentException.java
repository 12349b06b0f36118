package org.eczemarx.error;

import io.smallrye.graphql.api.ErrorCode;

/** The document breaks a GraphQL validation rule found before execution (e.g. a fragment cycle). */
@ErrorCode("GRAPHQL_VALIDATION_FAILED")
public class InvalidDocumentException extends ApiException {

    public InvalidDocumentException(String message) {
        super(message);
    }
}
