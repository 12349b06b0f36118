package org.eczemarx.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Key lists become one array parameter, in HQL and in SQL; other lists are left alone. */
class HqlTest {

    @Test
    void hqlKeyListsBecomeArrayContains() {
        assertThat(Hql.withKeyArrays("from DrugSynonym where drugId in :ids order by name", Map.of("ids", List.of(1L, 2L)), false))
                .isEqualTo("from DrugSynonym where array_contains(:ids, drugId) order by name");
        assertThat(Hql.withKeyArrays("select m from M m where m.labTestId in :ids", Map.of("ids", List.of(3L)), false))
                .isEqualTo("select m from M m where array_contains(:ids, m.labTestId)");
    }

    @Test
    void sqlKeyListsBecomeAny() {
        assertThat(Hql.withKeyArrays("select * from x c where c.drug_id in (:ids) and c.kind in (:kinds)",
                Map.of("ids", List.of(1L), "kinds", List.of("A", "B")), true))
                .isEqualTo("select * from x c where c.drug_id = any(cast(cast(:ids as text) as bigint[])) and c.kind in (:kinds)");
    }

    @Test
    void emptyListsAndOtherValuesAreLeftAlone() {
        assertThat(Hql.withKeyArrays("from D where pk in :ids", Map.of("ids", List.of()), false)).isEqualTo("from D where pk in :ids");
        assertThat(Hql.withKeyArrays("from D where name in :names", Map.of("names", List.of("a")), false))
                .isEqualTo("from D where name in :names");
    }
}
