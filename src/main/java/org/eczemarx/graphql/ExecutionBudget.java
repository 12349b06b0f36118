package org.eczemarx.graphql;

import java.util.concurrent.atomic.AtomicInteger;

import org.eczemarx.error.LimitExceededException;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;

/**
 * What one execution may spend: time, and relation fields resolved. {@link Resolvers} spends one for every relation
 * field it resolves for one parent (a drug's approvals, each approval's condition), prefetched or not; past the
 * deadline or the count every such field fails at once, so the request stops querying the database and growing its
 * answer. The count is the answer's real size, which the cost estimate ({@link QueryLimits}) cannot know: it assumes
 * a number of items for a list without {@code first}, while links between entities (a lab test's drugs, their
 * monitoring, its tests' drugs ...) return what the data holds. {@link Engine} puts the budget in the GraphQL context.
 */
public final class ExecutionBudget {

    /** GraphQL context key of the budget. */
    static final String KEY = "eczemarx.budget";

    private final long deadline;
    private final int maxRelations;
    private final AtomicInteger relations = new AtomicInteger();

    /**
     * @param deadline     the {@link System#nanoTime()} after which fields fail (the endpoint has answered by then)
     * @param maxRelations the most relation fields the execution may resolve
     */
    public ExecutionBudget(long deadline, int maxRelations) {
        this.deadline = deadline;
        this.maxRelations = maxRelations;
    }

    /** True once the deadline has passed. */
    public boolean pastDeadline() {
        return System.nanoTime() - deadline > 0;
    }

    /** True once more relation fields were asked for than the budget allows. */
    public boolean overRelations() {
        return relations.get() > maxRelations;
    }

    /** Spends one relation field of the request's budget; fails the field with LIMIT_EXCEEDED when it is spent. */
    static void spend(DataFetchingEnvironment environment) {
        GraphQLContext context = environment.getGraphQlContext();
        if (context != null && context.get(KEY) instanceof ExecutionBudget budget) {
            if (budget.pastDeadline()) {
                throw new LimitExceededException("The operation ran past its execution timeout"
                        + " (server setting eczemarx.limits.execution-timeout)");
            }
            if (budget.relations.incrementAndGet() > budget.maxRelations) {
                throw new LimitExceededException(budget.overRelationsMessage());
            }
        }
    }

    /** What a client is told when its answer would hold more than the budget. */
    public String overRelationsMessage() {
        return "The answer would hold more than " + maxRelations + " nested objects and lists: ask for less data"
                + " (smaller pages, fewer nested lists, links between drugs, targets and tests followed less deep)"
                + " (server setting eczemarx.limits.max-resolved-relations)";
    }
}
