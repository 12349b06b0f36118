package org.eczemarx.graphql;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoaderRegistry;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.language.Document;
import graphql.schema.GraphQLSchema;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Executes checked operations with graphql-java's public API, on the schema SmallRye GraphQL builds from the API
 * classes (its {@code GraphQLSchema} bean, with {@link Resolvers}' fetchers in it).
 *
 * <p>The HTTP endpoint has parsed, validated and measured the document already, so graphql-java is handed that
 * document ({@link #checkedDocument}, its {@code PreparsedDocumentProvider}) instead of parsing and validating it
 * again. Each request gets its own data loader registry (filled on first use by {@link Resolvers} and
 * {@link FieldLoaders}), its deadline ({@link ExecutionDeadline}), no instrumentation, and {@link ErrorCodes} for
 * the exceptions of resolvers.
 */
@ApplicationScoped
public class Engine {

    private static final String DOCUMENT = Engine.class.getName() + ".document";

    private final GraphQL graphQL;

    Engine(GraphQLSchema schema) {
        this.graphQL = GraphQL.newGraphQL(schema)
                .instrumentation(SimplePerformantInstrumentation.INSTANCE)
                .preparsedDocumentProvider((input, parseAndValidate) -> CompletableFuture.completedFuture(checkedDocument(input, parseAndValidate)))
                .defaultDataFetcherExceptionHandler(new ErrorCodes())
                .build();
    }

    /**
     * Runs an operation of a document that passed the endpoint's checks.
     *
     * @param deadline the {@link System#nanoTime()} after which fields fail at once (the endpoint has answered by then)
     */
    public CompletableFuture<ExecutionResult> execute(Document document, String query, String operationName,
            Map<String, Object> variables, long deadline) {
        Map<Object, Object> context = new HashMap<>(4);
        context.put(DOCUMENT, document);
        context.put(ExecutionDeadline.KEY, deadline);
        ExecutionInput input = ExecutionInput.newExecutionInput()
                .query(query)
                .operationName(operationName)
                .variables(variables)
                .graphQLContext(context)
                .dataLoaderRegistry(new DataLoaderRegistry())
                .locale(Locale.ENGLISH)
                .build();
        return graphQL.executeAsync(input);
    }

    private static PreparsedDocumentEntry checkedDocument(ExecutionInput input,
            java.util.function.Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        Document document = input.getGraphQLContext().get(DOCUMENT);
        return document != null ? new PreparsedDocumentEntry(document) : parseAndValidate.apply(input);
    }
}
