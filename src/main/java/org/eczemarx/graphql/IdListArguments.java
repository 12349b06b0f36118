package org.eczemarx.graphql;

import java.util.Collection;


import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.graphql.schema.model.Argument;
import io.smallrye.graphql.schema.model.Operation;
import io.smallrye.graphql.schema.model.Scalars;
import io.smallrye.graphql.spi.EventingService;

/**
 * Makes {@code @Id List<String>} arguments work: {@code nodes(ids: [ID!]!)} and {@code monitoringPlan(drugIds: [ID!])}.
 *
 * <p>SmallRye GraphQL 2.17's schema builder gives an {@code @Id} collection argument an ID reference whose Java class is
 * the collection ({@code java.util.List}) instead of its element, so the schema says {@code [ID!]!} but every call
 * fails at run time ("Unknown Scalar Type [java.util.List]"). This hook, loaded by SmallRye's {@code ServiceLoader}
 * before each operation's fields are built, points such arguments at the element's class ({@code String}), which
 * SmallRye passes through untouched.
 */
@RegisterForReflection // instantiated by SmallRye's ServiceLoader, also in a native image
public class IdListArguments implements EventingService {

    @Override
    public String getConfigKey() {
        return null; // always on
    }

    @Override
    public Operation createOperation(Operation operation) {
        if (!operation.hasArguments()) {
            return operation;
        }
        for (Argument argument : operation.getArguments()) {
            if ("ID".equals(argument.getReference().getName()) && isCollection(argument.getReference().getClassName())) {
                argument.setReference(Scalars.getIDScalar(String.class.getName()));
            }
        }
        return operation;
    }

    private static boolean isCollection(String className) {
        try {
            return Collection.class.isAssignableFrom(Class.forName(className, false, IdListArguments.class.getClassLoader()));
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
