-- V30: the change log names the drug of a guideline recommendation or efficacy result (review of 2026-12-07).
--
-- fact_change.drug_id came from the changed row's own drug_id column. Guideline recommendations and meta-analysis
-- results have none: they name an intervention, which names a drug (or a class, or phototherapy). So their changes had
-- no drug, FactChange.drug was null on them, and factChanges(drug: "upadacitinib") left out the changes to
-- upadacitinib's efficacy results. The trigger now takes the drug of the row's intervention for those two tables, and
-- the changes recorded so far get theirs. A statement about a class or about phototherapy still has no drug.

create or replace function erx_record_fact_change() returns trigger
    language plpgsql as $$
declare
    old_row jsonb := case when tg_op <> 'INSERT' then to_jsonb(old) end;
    new_row jsonb := case when tg_op <> 'DELETE' then to_jsonb(new) end;
    any_row jsonb := coalesce(new_row, old_row);
begin
    if tg_op = 'UPDATE' and old_row = new_row then
        return null;
    end if;
    insert into fact_change (kind, row_id, operation, drug_id, before, after)
    values (tg_table_name, (any_row ->> 'id')::bigint,
            case tg_op when 'INSERT' then 'ADDED' when 'UPDATE' then 'CHANGED' else 'REMOVED' end,
            case when tg_table_name = 'drug' then (any_row ->> 'id')::bigint
                 when tg_table_name in ('guideline_recommendation', 'efficacy_result')
                     then (select i.drug_id from intervention i where i.id = (any_row ->> 'intervention_id')::bigint)
                 else (any_row ->> 'drug_id')::bigint end,
            old_row, new_row);
    return null;
end;
$$;

update fact_change c set drug_id = i.drug_id
from intervention i
where c.kind in ('guideline_recommendation', 'efficacy_result') and c.drug_id is null
  and i.id = (coalesce(c.after, c.before) ->> 'intervention_id')::bigint and i.drug_id is not null;
