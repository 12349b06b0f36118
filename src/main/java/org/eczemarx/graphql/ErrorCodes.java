package org.eczemarx.graphql;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.eczemarx.error.ApiException;
import org.eczemarx.error.InternalErrorException;
import org.jboss.logging.Logger;

import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.DataFetcherExceptionHandlerParameters;
import graphql.execution.DataFetcherExceptionHandlerResult;
import io.smallrye.graphql.api.ErrorCode;

/**
 * Turns the exception of a resolver into the error a client sees: an {@link ApiException} with its message and the
 * code of its {@link ErrorCode} annotation ({@code NOT_FOUND}, {@code BAD_USER_INPUT} ...); anything else is a fault
 * of ours, logged with a reference that the client's message repeats ({@code INTERNAL}), without its details.
 */
final class ErrorCodes implements DataFetcherExceptionHandler {

    private static final Logger LOG = Logger.getLogger(ErrorCodes.class);
    private static final ClassValue<String> CODES = new ClassValue<>() {
        @Override
        protected String computeValue(Class<?> type) {
            ErrorCode code = type.getAnnotation(ErrorCode.class);
            return code != null ? code.value() : "INTERNAL";
        }
    };

    @Override
    public CompletableFuture<DataFetcherExceptionHandlerResult> handleException(DataFetcherExceptionHandlerParameters parameters) {
        Throwable failure = parameters.getException();
        while (failure instanceof CompletionException && failure.getCause() != null) {
            failure = failure.getCause();
        }
        String message;
        String code;
        if (failure instanceof ApiException known) {
            message = known.getMessage();
            code = CODES.get(known.getClass());
            if (known instanceof InternalErrorException) {
                LOG.error(message, known);
            }
        } else {
            String reference = UUID.randomUUID().toString();
            LOG.errorf(failure, "Resolver failed at %s (reference %s)", parameters.getPath(), reference);
            message = "Internal server error (reference " + reference + ")";
            code = "INTERNAL";
        }
        return CompletableFuture.completedFuture(DataFetcherExceptionHandlerResult.newResult(
                GraphqlErrorBuilder.newError(parameters.getDataFetchingEnvironment())
                        .message(message)
                        .extensions(Map.of("code", code))
                        .build())
                .build());
    }
}
