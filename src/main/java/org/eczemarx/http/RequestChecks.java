package org.eczemarx.http;

import java.util.List;
import java.util.Locale;

import org.eczemarx.error.InvalidDocumentException;
import org.eczemarx.error.LimitExceededException;
import org.eczemarx.graphql.ApiConfig;
import org.eczemarx.graphql.QueryLimits;

import graphql.GraphQLContext;
import graphql.ParseAndValidate;
import graphql.execution.RawVariables;
import graphql.execution.ValuesResolver;
import graphql.language.Document;
import graphql.language.NodeUtil;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.schema.GraphQLSchema;
import graphql.validation.ValidationError;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Everything that can refuse a request before it executes, each refusal a coded {@link HttpProblem}: persisted
 * queries, parse, the limits of {@link QueryLimits}, validation, variables. A document is parsed, measured and
 * validated once ({@link DocumentCache}); graphql-java is handed the checked document.
 */
@ApplicationScoped
class RequestChecks {

    private final ApiConfig config;
    private final QueryLimits limits;
    private final PersistedQueries persistedQueries;
    private final DocumentCache documents;
    private final ResponseCache answers;
    private final GraphQLSchema schema;

    RequestChecks(ApiConfig config, QueryLimits limits, PersistedQueries persistedQueries, DocumentCache documents,
            ResponseCache answers, GraphQLSchema schema) {
        this.config = config;
        this.limits = limits;
        this.persistedQueries = persistedQueries;
        this.documents = documents;
        this.answers = answers;
        this.schema = schema;
    }

    /** A request that passed every check, ready to execute; {@code answerKey} is null when it may not be cached. */
    record Checked(GraphQLHttpRequest request, Document document, OperationDefinition operation,
            QueryLimits.Analysis analysis, boolean cacheable, ResponseCache.Key answerKey) {
    }

    /** Automatic persisted queries: the document named by its hash, or the hash checked against the document. */
    GraphQLHttpRequest withPersistedQuery(GraphQLHttpRequest request) {
        String hash = PersistedQueries.requestedHash(request);
        if (hash != null && request.query() == null) {
            String known = persistedQueries.find(hash);
            if (known == null) {
                throw HttpProblem.persistedQueryNotFound();
            }
            return request.withQuery(known);
        }
        if (hash != null && !PersistedQueries.sha256(request.query()).equals(hash)) {
            throw HttpProblem.badRequest("provided sha does not match query: `sha256Hash` must be the SHA-256 of `query` (UTF-8, hex)");
        }
        return request;
    }

    /**
     * Every check that can refuse a request, cheapest first; nothing here executes the operation. A document seen
     * before ({@code known}, with its answer {@code key} when one may be cached) is not parsed, measured or validated
     * again: only what depends on this request's operation name and variables is checked. {@code operationName} gets
     * the operation's name: at [1] once the document is found to hold it, at [0] once the document is valid.
     */
    Checked check(GraphQLHttpRequest request, DocumentCache.Checked known, ResponseCache.Key key,
            String[] operationName) {
        Document document;
        OperationDefinition operation;
        QueryLimits.Analysis analysis;
        try {
            if (known != null) {
                document = known.document();
            } else {
                document = limits.parse(request.query());
                limits.checkDocument(document);
            }
            try {
                operation = NodeUtil.getOperation(document, request.operationName()).operationDefinition;
                operationName[1] = operation.getName();
            } catch (RuntimeException e) {
                throw HttpProblem.requestError("GRAPHQL_VALIDATION_FAILED", request.operationName() == null
                        ? "The document holds no operation or several: name the one to run in `operationName`"
                        : "The document has no operation named '" + request.operationName() + "'");
            }
            if (request.get() && operation.getOperation() != OperationDefinition.Operation.QUERY) {
                throw HttpProblem.methodNotAllowed("POST", "A " + operation.getOperation().name().toLowerCase(Locale.ROOT)
                        + " cannot be sent with GET: use POST");
            }
            analysis = limits.checkOperation(schema, document, operation, request.variables());
        } catch (InvalidSyntaxException e) {
            throw HttpProblem.requestErrors("GRAPHQL_PARSE_FAILED", List.of(e.toInvalidSyntaxError()));
        } catch (LimitExceededException e) {
            throw HttpProblem.requestError("LIMIT_EXCEEDED", e.getMessage());
        } catch (InvalidDocumentException e) {
            throw HttpProblem.requestError("GRAPHQL_VALIDATION_FAILED", e.getMessage());
        }
        if (analysis.introspection() && !config.http().introspection()) {
            throw HttpProblem.requestError("GRAPHQL_VALIDATION_FAILED",
                    "Introspection is disabled on this server: use the schema published with the API (server setting eczemarx.http.introspection)");
        }
        if (known == null) {
            List<ValidationError> invalid = ParseAndValidate.validate(schema, document, Locale.ENGLISH);
            if (!invalid.isEmpty()) {
                throw HttpProblem.requestErrors("GRAPHQL_VALIDATION_FAILED", invalid);
            }
            StorableText.refuseIn(request.query(), document);
            known = documents.remember(request.query(), document);
        }
        operationName[0] = operation.getName(); // a name counts once its document is valid (OperationMetrics)
        StrictVariables.check(schema, operation, request.variables());
        try {
            ValuesResolver.coerceVariableValues(schema, operation.getVariableDefinitions(), RawVariables.of(request.variables()),
                    GraphQLContext.getDefault(), Locale.ENGLISH);
        } catch (RuntimeException e) {
            throw HttpProblem.requestError("BAD_USER_INPUT", ErrorShapes.variables(ErrorShapes.plain(e.getMessage())));
        }
        StorableText.refuseIn(request.variables());
        String hash = PersistedQueries.requestedHash(request);
        if (hash != null) {
            persistedQueries.register(hash, request.query());
        }
        boolean query = operation.getOperation() == OperationDefinition.Operation.QUERY;
        if (key == null && query) {
            key = answers.key(request.operationName(), known.normalized(), request.variables());
        }
        return new Checked(request, document, operation, analysis, request.get() && !analysis.introspection(), query ? key : null);
    }
}
