package org.eczemarx.graphql;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.eczemarx.error.InvalidDocumentException;
import org.eczemarx.error.LimitExceededException;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.exceptions.ParseCancelledException;
import graphql.parser.exceptions.ParseCancelledTooDeepException;
import graphql.parser.exceptions.ParseCancelledTooManyCharsException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The limits of {@link ApiConfig.Limits}, checked on the parsed document before anything executes, in order of cost:
 * size and tokens while parsing, then aliases, fragment cycles, root fields, depth and the cost estimate, each linear
 * in the document (fragments are measured once and remembered, so fragments that spread others many times cannot
 * make the checks themselves expensive). Each failure says what was exceeded and what to change.
 *
 * <p>The parser limits are enforced here because SmallRye's {@code parser-max-tokens} setting did not reach the parser
 * in our trial; the parse here uses its own {@link ParserOptions}, so it does not depend on global state.
 */
@ApplicationScoped
public class QueryLimits {

    private static final long CAP = OperationMeasure.CAP;

    private final ApiConfig.Limits limits;
    private final ListBounds lists;
    private final ParserOptions parserOptions;

    QueryLimits(ApiConfig config, ListBounds lists) {
        this.limits = config.limits();
        this.lists = lists;
        this.parserOptions = ParserOptions.newParserOptions()
                .maxTokens(limits.maxTokens())
                .maxWhitespaceTokens(Math.max(limits.maxDocumentBytes(), 1))
                .maxCharacters(Math.max(limits.maxDocumentBytes(), 1))
                .captureSourceLocation(true)
                .captureLineComments(false)
                .captureIgnoredChars(false)
                .build();
    }

    /** What the checks found about the selected operation. */
    public record Analysis(int depth, long complexity, long rootFields, boolean introspection) {
    }

    /**
     * Parses a document within the size and token limits.
     *
     * @throws LimitExceededException when a limit is exceeded
     * @throws InvalidSyntaxException when the document is not GraphQL
     */
    public Document parse(String query) {
        int bytes = query.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > limits.maxDocumentBytes()) {
            throw new LimitExceededException("The document has " + bytes + " bytes, more than the limit of "
                    + limits.maxDocumentBytes() + ": send a smaller document (fewer fields, fragments or comments)"
                    + " (server setting eczemarx.limits.max-document-bytes)");
        }
        try {
            return new Parser().parseDocument(ParserEnvironment.newParserEnvironment()
                    .document(query)
                    .parserOptions(parserOptions)
                    .build());
        } catch (ParseCancelledTooDeepException e) {
            throw new LimitExceededException("The document nests too deeply to parse: nest fewer levels"
                    + " (server setting eczemarx.limits.max-depth is " + limits.maxDepth() + ")");
        } catch (ParseCancelledTooManyCharsException e) {
            throw new LimitExceededException("The document has more than " + limits.maxDocumentBytes()
                    + " characters: send a smaller document (server setting eczemarx.limits.max-document-bytes)");
        } catch (ParseCancelledException e) {
            throw new LimitExceededException("The document has more than " + limits.maxTokens()
                    + " tokens: ask for fewer fields or split the query (server setting eczemarx.limits.max-tokens)");
        }
    }

    /** Checks aliases and fragment cycles, which concern the whole document. */
    public void checkDocument(Document document) {
        int aliases = DocumentShape.aliases(document);
        if (aliases > limits.maxAliases()) {
            throw new LimitExceededException("The document has " + aliases + " aliases, more than the limit of "
                    + limits.maxAliases() + ": use fewer aliases, or variables and several requests"
                    + " (server setting eczemarx.limits.max-aliases)");
        }
        List<String> cycle = DocumentShape.fragmentCycle(document);
        if (!cycle.isEmpty()) {
            throw new InvalidDocumentException("Fragment cycle " + String.join(" -> ", cycle)
                    + ": a fragment must not spread itself, directly or through others");
        }
    }

    /** Checks root fields, depth and cost of the operation that will execute. */
    public Analysis checkOperation(GraphQLSchema schema, Document document, OperationDefinition operation,
            Map<String, Object> variables) {
        OperationMeasure measure = new OperationMeasure(schema, document, variables, lists.largest(), limits.assumedListSize());
        long rootFields = measure.rootFields(operation.getSelectionSet());
        if (rootFields > limits.maxRootFields()) {
            throw new LimitExceededException("The operation selects " + rootFields + " root fields, more than the limit of "
                    + limits.maxRootFields() + ": split it into several requests"
                    + " (server setting eczemarx.limits.max-root-fields)");
        }
        int depth = measure.depth(operation.getSelectionSet());
        if (depth > limits.maxDepth()) {
            throw new LimitExceededException("The operation nests " + depth + " levels deep, more than the limit of "
                    + limits.maxDepth() + ": nest fewer levels and follow links with `node(id)` in a second request"
                    + " (server setting eczemarx.limits.max-depth)");
        }
        GraphQLType root = switch (operation.getOperation()) {
            case MUTATION -> schema.getMutationType();
            case SUBSCRIPTION -> schema.getSubscriptionType();
            default -> schema.getQueryType();
        };
        long complexity = measure.cost(operation.getSelectionSet(), root);
        if (complexity > limits.maxComplexity()) {
            throw new LimitExceededException("The operation's estimated cost is " + (complexity >= CAP ? "over " + CAP : complexity)
                    + ", more than the limit of " + limits.maxComplexity()
                    + ": ask for smaller pages (`first`) or fewer nested lists; each field costs 1 and a list's fields"
                    + " count once per item (`first`, or for a list without it the longest such list in the knowledge base)"
                    + " (server setting eczemarx.limits.max-complexity)");
        }
        return new Analysis(depth, complexity, rootFields, measure.introspection());
    }
}
