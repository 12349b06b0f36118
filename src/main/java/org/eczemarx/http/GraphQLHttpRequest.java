package org.eczemarx.http;

import java.util.Map;

/**
 * One GraphQL request as the spec defines its parameters, read from a GET query string or a POST JSON body.
 *
 * @param query         the document; null when a persisted query is named by hash only
 * @param operationName the operation to run when the document holds several
 * @param variables     raw variable values, never null
 * @param extensions    protocol extensions such as {@code persistedQuery}, never null
 * @param get           whether it arrived over GET (queries only, cacheable)
 */
record GraphQLHttpRequest(String query, String operationName, Map<String, Object> variables,
        Map<String, Object> extensions, boolean get) {

    GraphQLHttpRequest withQuery(String resolved) {
        return new GraphQLHttpRequest(resolved, operationName, variables, extensions, get);
    }
}
