package org.eczemarx.graphql;

import java.util.Map;
import java.util.function.Consumer;

import graphql.Directives;
import graphql.Scalars;
import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLAppliedDirectiveArgument;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.schema.GraphQLUnionType;
import graphql.schema.SchemaTransformer;
import graphql.schema.TypeResolver;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import graphql.util.TreeTransformerUtil;

/**
 * The custom scalars SmallRye declares, made to say and check what they hold. Each gets a description, so that the
 * printed schema ({@code /graphql/schema.graphql}, the committed {@code schema.graphql}) tells codegen tools what it
 * holds, and links its specification where one exists ({@code specifiedByUrl}, shown by introspection as
 * {@code __Type.specifiedByURL}). Each of SmallRye's scalars that is lenient where the spec is not gets a
 * {@link StrictCoercing} ({@code Date} refuses text that is not a calendar date; {@code Int} refuses {@code "100"}).
 * Applied by {@link Resolvers}' SmallRye hook, with graphql-java's public {@link SchemaTransformer}.
 */
final class CustomScalars {

    private CustomScalars() {
    }

    /** What each custom scalar holds, and the URL of its specification (null when none exists). */
    record Scalar(String description, String specifiedBy) {
    }

    static final Map<String, Scalar> SCALARS = Map.of(
            "Date", new Scalar("A calendar date without time or time zone, as ISO 8601 text `YYYY-MM-DD` (\"2024-09-13\"). "
                    + "Codegen: TypeScript `string`, Swift `String`, Kotlin `String` (or a `LocalDate` adapter).",
                    "https://scalars.graphql.org/andimarek/local-date.html"),
            "BigInteger", new Scalar("A whole number of any size, as a JSON number. Used by no field of this API: the "
                    + "server library declares it for its validation directive. Codegen: TypeScript `number`, Swift `Int`, "
                    + "Kotlin `Long`.", null),
            "BigDecimal", new Scalar("A decimal number of any size and precision, as a JSON number. Used by no field of "
                    + "this API: the server library declares it for its validation directive. Codegen: TypeScript `number`, "
                    + "Swift `Double`, Kotlin `Double`.", null));

    /**
     * {@code schema} with the scalars described and strict, as a builder whose code registry also gets what
     * {@code more} adds: the caller's changes ride on the one rebuild the transformation needs.
     */
    static GraphQLSchema.Builder describe(GraphQLSchema schema, Consumer<GraphQLCodeRegistry.Builder> more) {
        GraphQLSchema described = SchemaTransformer.transformSchema(schema, new GraphQLTypeVisitorStub() {
            @Override
            public TraversalControl visitGraphQLScalarType(GraphQLScalarType scalar, TraverserContext<GraphQLSchemaElement> context) {
                Scalar known = SCALARS.get(scalar.getName());
                StrictCoercing strict = StrictCoercing.of(scalar.getName(), scalar.getCoercing());
                if (known == null && strict == null) {
                    return TraversalControl.CONTINUE;
                }
                return TreeTransformerUtil.changeNode(context, scalar.transform(changed -> {
                    if (strict != null) {
                        changed.coercing(strict);
                    }
                    if (known == null) {
                        return;
                    }
                    changed.description(known.description());
                    if (known.specifiedBy() != null) {
                        // the URL for introspection (specifiedByURL), the applied directive for the printed schema
                        changed.specifiedByUrl(known.specifiedBy()).withAppliedDirective(GraphQLAppliedDirective.newDirective()
                                .name(Directives.SpecifiedByDirective.getName())
                                .argument(GraphQLAppliedDirectiveArgument.newArgument()
                                        .name("url").type(GraphQLNonNull.nonNull(Scalars.GraphQLString))
                                        .valueProgrammatic(known.specifiedBy())));
                    }
                }));
            }
        });
        // The transformation copies every type that refers to a changed scalar (Drug has a Date): type resolvers
        // built before it (SmallRye's, for Node) would answer the old copies, which fragments `... on Drug` no longer
        // match. Each resolver's answer is looked up by name in the schema that runs.
        return GraphQLSchema.newSchema(described).codeRegistry(described.getCodeRegistry().transform(codes -> {
            for (GraphQLNamedType type : described.getAllTypesAsList()) {
                TypeResolver built = type instanceof GraphQLInterfaceType i ? described.getCodeRegistry().getTypeResolver(i)
                        : type instanceof GraphQLUnionType u ? described.getCodeRegistry().getTypeResolver(u) : null;
                if (built != null) {
                    codes.typeResolver(type.getName(), environment -> {
                        GraphQLObjectType resolved = built.getType(environment);
                        return resolved == null ? null : environment.getSchema().getObjectType(resolved.getName());
                    });
                }
            }
            more.accept(codes);
        }));
    }
}
