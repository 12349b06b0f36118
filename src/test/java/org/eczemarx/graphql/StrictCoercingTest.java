package org.eczemarx.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.IntValue;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import io.smallrye.graphql.scalar.number.IntegerScalar;

/** The strict coercing of SmallRye's scalars, without a server. */
class StrictCoercingTest {

    private static final Coercing<?, ?> SMALLRYE_INT = new IntegerScalar().getCoercing();

    private static Object parse(Coercing<?, ?> coercing, long literal) {
        return coercing.parseLiteral(new IntValue(BigInteger.valueOf(literal)), CoercedVariables.emptyVariables(),
                GraphQLContext.getDefault(), Locale.ROOT);
    }

    /** The reproducer of the workaround in {@link StrictCoercing#of}: when this fails, SmallRye is fixed; delete both. */
    @Test
    void smallRyeRefusesTheSmallestInt() {
        assertThatThrownBy(() -> parse(SMALLRYE_INT, Integer.MIN_VALUE)).isInstanceOf(CoercingParseLiteralException.class);
        assertThat(parse(SMALLRYE_INT, Integer.MIN_VALUE + 1)).isEqualTo(Integer.MIN_VALUE + 1);
    }

    @Test
    void anIntLiteralIsTakenFromTheSmallestToTheLargestInt() {
        StrictCoercing strict = StrictCoercing.of("Int", SMALLRYE_INT);
        assertThat(parse(strict, Integer.MIN_VALUE)).isEqualTo(Integer.MIN_VALUE);
        assertThat(parse(strict, Integer.MAX_VALUE)).isEqualTo(Integer.MAX_VALUE);
        assertThat(parse(strict, 0)).isEqualTo(0);
        for (long outside : new long[] { Integer.MIN_VALUE - 1L, Integer.MAX_VALUE + 1L }) {
            assertThatThrownBy(() -> parse(strict, outside)).isInstanceOf(CoercingParseLiteralException.class)
                    .hasMessageContaining("an Int, a whole number from -2147483648 to 2147483647");
        }
    }
}
