package org.eczemarx.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import graphql.ExecutionInput;
import graphql.GraphQL;
import graphql.Scalars;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import io.smallrye.graphql.execution.QueryCache;

/** The document cache leaves SmallRye's chain only when it is the chain's one member, and still caches validated documents. */
class DocumentCacheOnlyTest {

    private static final GraphQLSchema SCHEMA = GraphQLSchema.newSchema()
            .query(GraphQLObjectType.newObject().name("Query")
                    .field(GraphQLFieldDefinition.newFieldDefinition().name("hello").type(Scalars.GraphQLString)
                            .staticValue("world")))
            .build();

    @Test
    void aChainOfTheDocumentCacheAloneIsReplacedAndTheCacheStillFills() {
        QueryCache cache = new QueryCache();
        GraphQL graphQL = new DocumentCacheOnly()
                .beforeGraphQLBuild(GraphQL.newGraphQL(SCHEMA)
                        .instrumentation(new ChainedInstrumentation(List.of(cache)))
                        .preparsedDocumentProvider(cache))
                .build();

        assertInstanceOf(DocumentCacheOnly.Validation.class, graphQL.getInstrumentation());
        ExecutionInput input = ExecutionInput.newExecutionInput("{ hello }").build();
        assertEquals(Map.of("hello", "world"), graphQL.execute(input).getData());
        // validated once, so the next lookup is answered from the cache without parsing again
        cache.getDocumentAsync(input, ignored -> {
            throw new AssertionError("document parsed again: validation did not reach the cache");
        }).join();
        ExecutionInput invalid = ExecutionInput.newExecutionInput("{ nope }").build();
        assertEquals(1, graphQL.execute(invalid).getErrors().size());
    }

    @Test
    void aLongerChainIsKept() {
        ChainedInstrumentation chain = new ChainedInstrumentation(List.of(new MaxQueryDepthInstrumentation(3), new QueryCache()));
        Instrumentation kept = new DocumentCacheOnly()
                .beforeGraphQLBuild(GraphQL.newGraphQL(SCHEMA).instrumentation(chain))
                .build()
                .getInstrumentation();

        assertSame(chain, kept);
    }
}
