package org.eczemarx.graphql;

import java.util.logging.Filter;
import java.util.logging.LogRecord;

import io.quarkus.logging.LoggingFilter;

/**
 * Keeps client mistakes (BAD_USER_INPUT, NOT_FOUND, LIMIT_EXCEEDED) out of the error log: SmallRye logs every data
 * fetching exception at ERROR, which would bury real faults. Internal errors are still logged.
 */
@LoggingFilter(name = "client-errors")
public final class ClientErrorLogFilter implements Filter {

    @Override
    public boolean isLoggable(LogRecord record) {
        Throwable thrown = record.getThrown();
        boolean clientError = (thrown instanceof ApiException && !(thrown instanceof InternalErrorException))
                || (thrown == null && record.getMessage() != null && record.getMessage().startsWith("SRGQL012000")
                        && isClientError(record.getParameters()));
        return !clientError;
    }

    private static boolean isClientError(Object[] parameters) {
        if (parameters == null) {
            return false;
        }
        for (Object parameter : parameters) {
            if (parameter instanceof ApiException && !(parameter instanceof InternalErrorException)) {
                return true;
            }
        }
        return false;
    }
}
