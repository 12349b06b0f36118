package org.eczemarx.graphql;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Predicate;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.AstPrinter;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;

/**
 * A SmallRye scalar's coercing that first refuses what the GraphQL spec's input coercion refuses. SmallRye's scalars
 * are lenient: {@code Int} took the literal {@code "100"} or {@code 1e2} (which the query limits did not count as a
 * page size), {@code Float} the literal {@code 1e309} (infinity, which reached the resolver), and {@code Date} took any text, which then failed in the resolver as an internal error. (The scalars
 * graphql-java's introspection types share, {@code String} and {@code Boolean}, stay as they are.) graphql-java calls
 * {@code parseLiteral} while it validates a document, so a literal of the wrong kind is a validation error (HTTP 400
 * with a code). Variables of the built-in scalars are checked, with their path, by the
 * HTTP layer's {@code StrictVariables}; here only {@code Date} checks them too.
 */
record StrictCoercing(Coercing<Object, Object> lenient, Predicate<Value<?>> literal, Predicate<Object> value, String expected,
        boolean intLiteral) implements Coercing<Object, Object> {

    private static final BigInteger MIN = BigInteger.valueOf(Integer.MIN_VALUE);
    private static final BigInteger MAX = BigInteger.valueOf(Integer.MAX_VALUE);

    /** The strict coercing of a scalar that has one, else null. */
    static StrictCoercing of(String scalar, Coercing<?, ?> lenient) {
        @SuppressWarnings("unchecked")
        Coercing<Object, Object> smallRye = (Coercing<Object, Object>) lenient;
        return switch (scalar) {
            // An Int literal is converted here, not by SmallRye. Workaround: SmallRye GraphQL 2.17's IntegerScalar
            // (server/implementation, io/smallrye/graphql/scalar/number/IntegerScalar.java) compares a literal with
            // Integer.MIN_VALUE twice in isInRange, so it refuses -2147483648, a valid Int. No upstream issue was found
            // (searched 2026-12-07); StrictCoercingTest is the reproducer and fails once SmallRye takes it.
            case "Int" -> new StrictCoercing(smallRye, v -> v instanceof IntValue i && i.getValue().compareTo(MIN) >= 0
                    && i.getValue().compareTo(MAX) <= 0, any -> true, "an Int, a whole number from " + MIN + " to " + MAX + " without quotes",
                    true);
            case "Float" -> new StrictCoercing(smallRye, StrictCoercing::isFiniteNumber, any -> true,
                    "a Float, a finite number (a double: at most about 1.8e308)", false);
            case "Date" -> new StrictCoercing(smallRye, v -> v instanceof StringValue text && isDate(text.getValue()),
                    v -> v instanceof String text && isDate(text), "a Date, a calendar date as text \"YYYY-MM-DD\" (\"2026-06-01\")", false);
            default -> null;
        };
    }

    @Override
    public Object serialize(Object result, GraphQLContext context, Locale locale) {
        return lenient.serialize(result, context, locale);
    }

    @Override
    public Object parseValue(Object input, GraphQLContext context, Locale locale) {
        if (!value.test(input)) {
            throw new CoercingParseValueException("Expected " + expected + ", got " + InputValues.shown(input));
        }
        return lenient.parseValue(input, context, locale);
    }

    @Override
    public Object parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
        if (!literal.test(input)) {
            throw new CoercingParseLiteralException("Expected " + expected + ", got " + AstPrinter.printAst(input));
        }
        if (intLiteral) {
            return ((IntValue) input).getValue().intValueExact(); // an Int in range: checked above
        }
        return lenient.parseLiteral(input, variables, context, locale);
    }

    @Override
    public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
        return lenient.valueToLiteral(input, context, locale);
    }

    /** A number literal that a double holds: {@code 1e309} is no Float (the spec's input coercion refuses infinity). */
    private static boolean isFiniteNumber(Value<?> literal) {
        return literal instanceof FloatValue f && Double.isFinite(f.getValue().doubleValue())
                || literal instanceof IntValue i && Double.isFinite(i.getValue().doubleValue());
    }

    /** YYYY-MM-DD exactly: ISO 8601's expanded years ("-5000-01-01", "+999999999-12-31") are not this scalar's. */
    private static boolean isDate(String text) {
        if (!text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return false;
        }
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
