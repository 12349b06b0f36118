package org.eczemarx.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eczemarx.graphql.ApiException;
import org.eczemarx.graphql.GlobalId;
import org.eczemarx.graphql.NodeLoader;
import org.eczemarx.persistence.Hql;
import org.eczemarx.persistence.Reads;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Ranked, typo-tolerant search in PostgreSQL over the {@code search_term} view: normalised (case, accents, spaces,
 * hyphens, Greek letters), exact before prefix before word-prefix before substring before fuzzy (Levenshtein and
 * trigram similarity); codes rank just below names. Candidates are found with trigram-indexable predicates.
 */
@ApplicationScoped
public class SearchService {

    static final int MAX_QUERY_LENGTH = 200;
    static final int MAX_RESULTS = 50;

    private static final String SQL = """
            with q as (select erx_norm(:query) as norm),
            candidates as (
              select t.node_type, t.node_id, t.term, t.kind, t.label, erx_norm(t.term) as norm
              from search_term t, q
              where erx_norm(t.term) like '%' || q.norm || '%' or erx_norm(t.term) % q.norm
                 or (length(q.norm) >= 4 and levenshtein(left(erx_norm(t.term), 255), left(q.norm, 255)) <= 2)
            ),
            scored as (
              select c.*, case
                  when c.norm = q.norm then 1.0
                  when c.norm like q.norm || '%' then 0.8 + 0.1 * length(q.norm) / length(c.norm)
                  when exists (select 1 from unnest(erx_words(c.term)) w where w like q.norm || '%') then 0.7
                  when length(q.norm) >= 3 and c.norm like '%' || q.norm || '%' then 0.6
                  else greatest(
                    case when length(q.norm) >= 4
                          and levenshtein(left(c.norm, 255), left(q.norm, 255)) <= case when length(q.norm) >= 8 then 2 else 1 end
                         then 0.55 - 0.05 * levenshtein(left(c.norm, 255), left(q.norm, 255)) end,
                    case when similarity(c.norm, q.norm) >= 0.45 then 0.5 * similarity(c.norm, q.norm) end)
                end * case when c.kind = 'CODE' then 0.98 else 1 end as score
              from candidates c, q
            ),
            best as (
              select distinct on (node_type, node_id) node_type, node_id, term, kind, label, score
              from scored
              where score is not null and node_type in (:types)
              order by node_type, node_id, score desc, case when kind in ('NAME', 'SYMBOL') then 0 else 1 end, term
            )
            select node_type, node_id, term, kind, cast(score as float8) from best
            order by score desc, case when kind in ('NAME', 'SYMBOL') then 0 else 1 end, node_type, label, node_id
            limit :limit
            """;

    private final Reads reads;
    private final NodeLoader nodes;

    SearchService(Reads reads, NodeLoader nodes) {
        this.reads = reads;
        this.nodes = nodes;
    }

    public Uni<List<SearchHit>> search(String query, List<SearchType> types, Integer first) {
        return Uni.createFrom().deferred(() -> {
            String text = validQuery(query);
            int limit = first == null ? 10 : first;
            if (limit < 1 || limit > MAX_RESULTS) {
                throw ApiException.badInput("`first` must be between 1 and " + MAX_RESULTS + ", got " + limit);
            }
            List<String> typeNames = (types == null || types.isEmpty() ? List.of(SearchType.values()) : types).stream()
                    .map(Enum::name).distinct().toList();
            return reads.isolated(() -> Hql.nativeTuples(SQL, Map.of("query", text, "types", typeNames, "limit", limit)))
                    .chain(this::toHits);
        });
    }

    private static String validQuery(String query) {
        if (query == null || query.isBlank()) {
            throw ApiException.badInput("`query` must not be empty: type part of a drug, brand, class, target, test or pathway name");
        }
        String text = query.strip();
        if (text.length() > MAX_QUERY_LENGTH) {
            throw ApiException.badInput("`query` must be at most " + MAX_QUERY_LENGTH + " characters, got " + text.length());
        }
        if (text.codePoints().noneMatch(Character::isLetterOrDigit)) {
            throw ApiException.badInput("`query` must contain a letter or digit");
        }
        return text;
    }

    private Uni<List<SearchHit>> toHits(List<Object[]> rows) {
        List<GlobalId.Decoded> wanted = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            wanted.add(new GlobalId.Decoded(SearchType.valueOf((String) row[0]).nodeType, ((Number) row[1]).longValue()));
        }
        return nodes.load(wanted).map(found -> {
            List<SearchHit> hits = new ArrayList<>(rows.size());
            for (int i = 0; i < rows.size(); i++) {
                Object[] row = rows.get(i);
                if (found.get(i) != null) {
                    double score = Math.round(((Number) row[4]).doubleValue() * 1000) / 1000.0;
                    hits.add(new SearchHit(found.get(i), (String) row[2], MatchKind.valueOf((String) row[3]), score));
                }
            }
            return hits;
        });
    }

}
