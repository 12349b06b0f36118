package org.eczemarx.graphql;

import java.util.List;

import org.jboss.logging.Logger;

import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.validation.ValidationError;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.graphql.execution.QueryCache;
import io.smallrye.graphql.spi.EventingService;

/**
 * Takes SmallRye's document cache out of the instrumentation chain it builds around it.
 *
 * <p>SmallRye 2.17 gives graphql-java a {@link ChainedInstrumentation} even when the chain holds one instrumentation, its
 * document cache ({@link QueryCache}, which only watches validation). The chain then runs for every field graphql-java
 * resolves: a state lookup, a lambda and a context list per field for nothing (7% of the CPU of {@code drug(name)}
 * with its relations, 6% of a list of targets with their drugs, in JFR profiles). When the chain holds exactly the
 * document cache (no {@code smallrye.graphql.instrumentation.*} limits, no federation tracing), this hook, loaded by
 * SmallRye's {@code ServiceLoader} before it builds the {@code GraphQL} instance, puts the cache alone in its place,
 * behind graphql-java's no-op instrumentation for everything but validation. Anything else keeps SmallRye's chain.
 */
@RegisterForReflection(targets = { DocumentCacheOnly.class, GraphQL.Builder.class }, fields = true)
public class DocumentCacheOnly implements EventingService {

    private static final Logger LOG = Logger.getLogger(DocumentCacheOnly.class);

    @Override
    public String getConfigKey() {
        return null; // always on
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        try {
            Instrumentation current = SchemaFetchers.read(builder, "instrumentation", Instrumentation.class);
            if (current instanceof ChainedInstrumentation chain) {
                List<Instrumentation> chained = chain.getInstrumentations();
                if (chained.size() == 1 && chained.get(0) instanceof QueryCache cache) {
                    LOG.debug("SmallRye's document cache instruments alone, without a chain");
                    return builder.instrumentation(new Validation(cache));
                }
            }
            LOG.debugf("SmallRye's instrumentation kept: %s", current);
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.debugf("SmallRye's instrumentation kept: %s", e.toString());
        }
        return builder;
    }

    /** The document cache's validation hook; graphql-java's no-op for everything else. */
    static final class Validation extends SimplePerformantInstrumentation {
        private final QueryCache cache;

        Validation(QueryCache cache) {
            this.cache = cache;
        }

        @Override
        public InstrumentationContext<List<ValidationError>> beginValidation(InstrumentationValidationParameters parameters,
                InstrumentationState state) {
            return cache.beginValidation(parameters, state);
        }
    }
}
