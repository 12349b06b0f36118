package org.eczemarx.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import graphql.parser.Parser;

/** Aliases and fragment cycles of whole documents, without a server. */
class DocumentShapeTest {

    @Test
    void aliasesAreCountedInOperationsAndFragments() {
        assertThat(DocumentShape.aliases(Parser.parse("{ a: drug(name: \"x\") { n: name } b: drug(name: \"y\") { ...F } } fragment F on Drug { m: name }")))
                .isEqualTo(4);
        assertThat(DocumentShape.aliases(Parser.parse("{ drug(name: \"x\") { name } }"))).isZero();
    }

    @Test
    void aFragmentCycleIsNamedInOrder() {
        assertThat(DocumentShape.fragmentCycle(Parser.parse("""
                { drug(name: "x") { ...A } }
                fragment A on Drug { ...B }
                fragment B on Drug { brands { ...A } }"""))).containsSubsequence("A", "B", "A");
        assertThat(DocumentShape.fragmentCycle(Parser.parse("""
                { drug(name: "x") { ...A } }
                fragment A on Drug { ...B }
                fragment B on Drug { name }"""))).isEmpty();
    }
}
