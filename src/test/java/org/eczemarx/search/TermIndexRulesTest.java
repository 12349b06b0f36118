package org.eczemarx.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The ranking rules on a handful of terms, without a server or a database ({@code TermIndexTest} compares with SQL). */
class TermIndexRulesTest {

    private static IndexedTerm term(SearchType type, long id, MatchKind kind, String label, String text) {
        QueryText t = QueryText.of(text);
        return IndexedTerm.of(type, id, kind, label, text, t.norm(), t.words(), t.stems());
    }

    private static final TermIndex INDEX = new TermIndex(List.of(
            term(SearchType.DRUG, 1, MatchKind.NAME, "dupilumab", "dupilumab"),
            term(SearchType.DRUG, 1, MatchKind.BRAND, "dupilumab", "Dupixent"),
            term(SearchType.DRUG, 2, MatchKind.NAME, "upadacitinib", "upadacitinib"),
            term(SearchType.DRUG, 2, MatchKind.BRAND, "upadacitinib", "Rinvoq"),
            term(SearchType.LAB_TEST, 3, MatchKind.NAME, "Lipid panel", "Lipid panel"),
            term(SearchType.LAB_TEST, 3, MatchKind.TERM, "Lipid panel", "lipids"),
            term(SearchType.TARGET, 4, MatchKind.SYMBOL, "IL4R", "IL4R"),
            term(SearchType.TARGET, 4, MatchKind.ALIAS, "IL4R", "IL-4Rα")));

    private static List<Match> rank(String query) {
        return INDEX.rank(QueryText.of(query), EnumSet.allOf(SearchType.class), 10);
    }

    @Test
    void exactIsOneAndANodeKeepsItsBestName() {
        List<Match> hits = rank("Rinvoq");
        assertThat(hits).extracting(Match::nodeId).containsExactly(2L);
        assertThat(hits.get(0).score()).isEqualTo(1.0);
        assertThat(hits.get(0).kind()).isEqualTo(MatchKind.BRAND);
    }

    @Test
    void aPrefixScoresByHowMuchOfTheNameItIs() {
        Match hit = rank("rinv").get(0);
        assertThat(hit.shown()).isEqualTo("Rinvoq");
        assertThat(hit.score()).isEqualTo(0.8 + 0.1 * 4 / 6);
    }

    @Test
    void sameStemsScoreNineTenthsTimesTheKindsWeight() {
        Match hit = rank("lipid").get(0);
        assertThat(hit.shown()).isEqualTo("lipids");
        assertThat(hit.score()).isEqualTo(0.9 * 0.95);
    }

    @Test
    void aTypoIsFoundBelowExactMatches() {
        Match hit = rank("dupilimab").get(0);
        assertThat(hit.shown()).isEqualTo("dupilumab");
        assertThat(hit.score()).isEqualTo(0.55 - 0.05);
    }

    @Test
    void greekLettersAreSpelledAndPunctuationIgnored() {
        Match hit = rank("il 4Rα").get(0);
        assertThat(hit.nodeId()).isEqualTo(4L);
        assertThat(hit.shown()).isEqualTo("IL-4Rα");
        assertThat(hit.score()).isEqualTo(1.0);
    }

    @Test
    void unrelatedTextFindsNothing() {
        assertThat(rank("zzzz")).isEmpty();
    }
}
