package org.eczemarx.prefetch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eczemarx.graphql.Resolvers;
import org.eczemarx.graphql.Selections;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import graphql.language.OperationDefinition;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.SelectedField;
import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Plans the prefetches of root resolvers ({@link #below}) over the relation fields the concept packages register
 * ({@link RelationFields}).
 *
 * <p>A plan and its select list depend only on the operation, where in it the resolver runs and the values of the
 * variables used below that field, so they are made once and kept ({@link #plans}): a client sending the same document
 * again (every app does) costs a lookup, not a normalised selection, a plan and a statement text.
 */
@ApplicationScoped
public class Prefetches {

    /** Where in an operation a plan applies: the field's path (result keys, without list indices) and what was asked. */
    private record Site(List<String> path, String type, List<String> paths) {
    }

    /**
     * The plans of one site by the values of the variables used below its field (none for most operations): at most
     * {@value #MAX_VARIANTS} sets of values, each of short scalars only ({@link #keepable}); beyond that they are
     * dropped and made again, and other values are planned per request. What is kept stays small, whatever clients send.
     */
    private record Variants(Set<String> variables, Map<Map<String, Object>, PrefetchPlan> plans) {
    }

    private static final int MAX_VARIANTS = 64;
    private static final int MAX_KEPT_TEXT = 64;

    /**
     * Plans by operation (the parsed document's node, held weakly: a plan lives as long as the endpoint's document cache
     * keeps the document, and no longer) and {@link Site}.
     */
    private final Cache<OperationDefinition, Map<Site, Variants>> plans = Caffeine.newBuilder()
            .weakKeys()
            .maximumSize(2_000)
            .build();

    private final Relations relations;

    Prefetches(@All List<RelationFields> sources) {
        this.relations = new Relations(sources);
    }

    /** The relation fields a prefetch reads, by GraphQL type and field name. */
    Relations relations() {
        return relations;
    }

    /**
     * The plan for the objects of entity {@code type} that the running resolver returns, at {@code paths} of its
     * selection ({@code "nodes"}, {@code "edges/node"} for a connection; none for the field's own objects), handed down
     * to the fields below the resolver's. Empty when no registered relation is selected, or when called outside a
     * resolver.
     */
    public Prefetch below(Class<?> type, String... paths) {
        DataFetchingEnvironment environment = Resolvers.current();
        if (environment == null) {
            return Prefetch.NONE;
        }
        String typeName = type.getSimpleName();
        Map<Site, Variants> sites = plans.get(environment.getOperationDefinition(), operation -> new ConcurrentHashMap<>());
        Variants variants = sites.computeIfAbsent(
                new Site(environment.getExecutionStepInfo().getPath().getKeysOnly(), typeName, List.of(paths)),
                site -> new Variants(Selections.variablesBelow(environment), new ConcurrentHashMap<>()));
        Map<String, Object> values = new HashMap<>();
        boolean keep = true;
        for (String variable : variants.variables()) {
            Object value = environment.getVariables().get(variable);
            keep &= keepable(value);
            values.put(variable, value);
        }
        PrefetchPlan plan = keep ? variants.plans().get(values) : null;
        if (plan == null) {
            List<SelectedField> fields = new ArrayList<>();
            for (String path : paths.length == 0 ? new String[] { "" } : paths) {
                fields.addAll(Selections.at(environment.getSelectionSet(), path));
            }
            plan = PrefetchPlan.of(relations, typeName, relations.entity(type), fields);
            if (keep) {
                if (variants.plans().size() >= MAX_VARIANTS) {
                    variants.plans().clear();
                }
                variants.plans().put(values, plan);
            }
        }
        if (plan.root() == null) {
            return Prefetch.NONE;
        }
        Prefetch prefetch = new Prefetch(plan);
        Resolvers.handDown(prefetch);
        return prefetch;
    }

    /** A variable value a kept plan may be keyed by: null, a boolean, a number or a short text (an enum's too). */
    private static boolean keepable(Object value) {
        return value == null || value instanceof Boolean || value instanceof Number
                || value instanceof String text && text.length() <= MAX_KEPT_TEXT;
    }
}
