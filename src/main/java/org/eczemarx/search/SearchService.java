package org.eczemarx.search;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eczemarx.error.ApiException;
import org.eczemarx.graphql.GlobalId;
import org.eczemarx.graphql.NodeLoader;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Ranked, typo-tolerant search over every name, vocabulary word, lab-test description and drug fact: which nodes match
 * is decided in memory by {@link TermIndex} (loaded from PostgreSQL's {@code search_index} and kept current by
 * {@link SearchIndex}), or by {@link SqlSearch}'s statement, which ranks identically, while that index is not known to be
 * current, for text only PostgreSQL normalises, and when {@code eczemarx.search.engine=sql}. The hits' objects are read
 * from PostgreSQL either way.
 */
@ApplicationScoped
public class SearchService {

    static final int MAX_QUERY_LENGTH = 200;
    static final int MAX_RESULTS = 50;

    /** Where matches are found: {@code index} in memory (the default), or {@code sql} in PostgreSQL on every search. */
    enum Engine {
        INDEX,
        SQL
    }

    private final SearchIndex index;
    private final SqlSearch sql;
    private final NodeLoader nodes;
    private final Engine engine;

    SearchService(SearchIndex index, SqlSearch sql, NodeLoader nodes,
            @ConfigProperty(name = "eczemarx.search.engine", defaultValue = "index") Engine engine) {
        this.index = index;
        this.sql = sql;
        this.nodes = nodes;
        this.engine = engine;
    }

    public Uni<List<SearchHit>> search(String query, List<SearchType> types, Integer first) {
        return Uni.createFrom().deferred(() -> {
            String text = validQuery(query);
            int limit = first == null ? 10 : first;
            if (limit < 1 || limit > MAX_RESULTS) {
                throw ApiException.badInput("`first` must be between 1 and " + MAX_RESULTS + ", got " + limit);
            }
            List<SearchType> wanted = types == null || types.isEmpty() ? List.of(SearchType.values())
                    : types.stream().distinct().toList();
            return matches(text, wanted, limit).chain(this::toHits);
        });
    }

    private Uni<List<Match>> matches(String text, List<SearchType> types, int limit) {
        TermIndex terms = engine == Engine.INDEX ? index.current() : null;
        QueryText normalised = terms == null ? null : QueryText.of(text);
        if (normalised == null) {
            return sql.search(text, types, limit);
        }
        return Uni.createFrom().item(terms.rank(normalised, EnumSet.copyOf(types), limit));
    }

    private static String validQuery(String query) {
        if (query == null || query.isBlank()) {
            throw ApiException.badInput("`query` must not be empty: type part of a drug, brand, class, target, test or pathway name");
        }
        String text = query.strip();
        int characters = text.codePointCount(0, text.length()); // characters as a user counts them, not UTF-16 units
        if (characters > MAX_QUERY_LENGTH) {
            throw ApiException.badInput("`query` must be at most " + MAX_QUERY_LENGTH + " characters, got " + characters);
        }
        if (text.codePoints().noneMatch(Character::isLetterOrDigit)) {
            throw ApiException.badInput("`query` must contain a letter or digit");
        }
        return text;
    }

    private Uni<List<SearchHit>> toHits(List<Match> matches) {
        List<GlobalId.Decoded> wanted = new ArrayList<>(matches.size());
        for (Match match : matches) {
            wanted.add(new GlobalId.Decoded(match.type().nodeType, match.nodeId()));
        }
        return nodes.load(wanted).map(found -> {
            List<SearchHit> hits = new ArrayList<>(matches.size());
            for (int i = 0; i < matches.size(); i++) {
                Match match = matches.get(i);
                if (found.get(i) != null) {
                    hits.add(new SearchHit(found.get(i), match.shown(), match.kind(), Math.round(match.score() * 1000) / 1000.0));
                }
            }
            return hits;
        });
    }
}
