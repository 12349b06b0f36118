package org.eczemarx.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eczemarx.persistence.Hql;
import org.eczemarx.persistence.Reads;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Search in one PostgreSQL statement over the {@code search_index} (the {@code search_term} view of every name,
 * vocabulary word, lab-test description and drug fact, with each term's normalised form, words and English stems
 * stored): exact before same-stems before prefix before whole words before word prefixes before substring before
 * "the query contains the name" before fuzzy (Levenshtein and trigram similarity); codes, vocabulary words,
 * descriptions and facts rank a little below names. Short queries (under 5 characters) match inside a word only
 * through typo tolerance, so "itch" finds the itch pathway and not the brand "Mitchga".
 *
 * <p>{@link TermIndex} ranks the same way in memory; this statement answers while that index is not loaded or not known
 * to be current, for text only PostgreSQL normalises (accented letters), and when {@code eczemarx.search.engine=sql}.
 * Every row is compared with the query on every call, so it costs milliseconds of database CPU.
 */
@ApplicationScoped
class SqlSearch {

    static final String SQL = """
            with q as (select erx_norm(:query) as norm, erx_words(:query) as words, erx_stems(:query) as stems),
            candidates as (
              select t.*, t.kind in ('FACT', 'DESCRIPTION') and cardinality(t.words) > 3 as sentence
              from search_index t, q
              where t.node_type in (:types) and q.norm <> '' and (
                    t.norm like '%' || q.norm || '%' or t.norm % q.norm
                 or (length(q.norm) >= 4 and levenshtein(left(t.norm, 255), left(q.norm, 255)) <= 2)
                 or exists (select 1 from unnest(q.stems) s where length(s) >= 3 and t.norm like '%' || s || '%')
                 or (length(t.norm) >= 2 and q.norm like '%' || t.norm || '%'))
            ),
            scored as (
              select c.*, case
                  when c.norm = q.norm then 1.0
                  when c.stems = q.stems then 0.9
                  when c.norm like q.norm || '%' and c.sentence is false then 0.8 + 0.1 * length(q.norm) / length(c.norm)
                  when not exists (select 1 from unnest(q.stems) s where s <> all (c.stems)) then 0.75
                  when not exists (select 1 from unnest(q.words, q.stems) as x (w, s)
                                   where s <> all (c.stems) and not exists (select 1 from unnest(c.words) w where w like x.w || '%')) then 0.7
                  when length(q.norm) >= 5 and c.norm like '%' || q.norm || '%' and c.sentence is false then 0.6
                  when length(c.norm) >= 2 and cardinality(c.stems) > 0
                       and ' ' || array_to_string(q.stems, ' ') || ' ' like '% ' || array_to_string(c.stems, ' ') || ' %'
                       then 0.4 + 0.3 * length(c.norm) / length(q.norm)
                  when (select sum(length(x.w)) from unnest(q.words, q.stems) as x (w, s)
                        where length(x.w) >= 3 and ts_lexize('english_stem', x.w) <> '{}'
                          and (x.s = any (c.stems) or exists (select 1 from unnest(c.words) w where w like x.w || '%'))) > 0
                       then 0.35 + 0.3 * (select sum(length(x.w)) from unnest(q.words, q.stems) as x (w, s)
                        where length(x.w) >= 3 and ts_lexize('english_stem', x.w) <> '{}'
                          and (x.s = any (c.stems) or exists (select 1 from unnest(c.words) w where w like x.w || '%'))) / length(q.norm)
                  else greatest(
                    case when length(q.norm) >= 4
                          and levenshtein(left(c.norm, 255), left(q.norm, 255)) <= case when length(q.norm) >= 8 then 2 else 1 end
                         then 0.55 - 0.05 * levenshtein(left(c.norm, 255), left(q.norm, 255)) end,
                    case when similarity(c.norm, q.norm) >= 0.45 then 0.5 * similarity(c.norm, q.norm) end)
                end * case c.kind when 'CODE' then 0.98 when 'ABBREVIATION' then 0.95 when 'TERM' then 0.95
                                  when 'CONCEPT' then 0.9 when 'DESCRIPTION' then 0.8 when 'FACT' then 0.75 else 1 end as score
              from candidates c, q
              where cardinality(q.words) > 0
            ),
            best as (
              select distinct on (node_type, node_id) node_type, node_id, shown, kind, label, score
              from scored
              where score is not null
              order by node_type, node_id, score desc, case when kind in ('NAME', 'SYMBOL') then 0 else 1 end, shown collate "C"
            )
            select node_type, node_id, shown, kind, cast(score as float8) from best
            order by score desc, case when kind in ('NAME', 'SYMBOL') then 0 else 1 end, node_type, label collate "C", node_id
            limit :limit
            """;

    private final Reads reads;

    SqlSearch(Reads reads) {
        this.reads = reads;
    }

    Uni<List<Match>> search(String query, List<SearchType> types, int limit) {
        List<String> typeNames = types.stream().map(Enum::name).toList();
        return reads.isolated(() -> Hql.nativeTuples(SQL, Map.of("query", query, "types", typeNames, "limit", limit)))
                .map(rows -> {
                    List<Match> matches = new ArrayList<>(rows.size());
                    for (Object[] row : rows) {
                        matches.add(new Match(SearchType.valueOf((String) row[0]), ((Number) row[1]).longValue(), (String) row[2],
                                MatchKind.valueOf((String) row[3]), ((Number) row[4]).doubleValue()));
                    }
                    return matches;
                });
    }
}
