package org.eczemarx.error;

import io.smallrye.graphql.api.ErrorCode;

/** The database cannot be reached: a state of the service, not a defect. Clients retry later (HTTP 503, Retry-After). */
@ErrorCode("SERVICE_UNAVAILABLE")
public class ServiceUnavailableException extends ApiException {

    public ServiceUnavailableException(String message) {
        super(message);
    }
}
