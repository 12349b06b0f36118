-- drug(name), regimens (monitoringPlan(drugNames), regimenInteractions) and the evidence filters' `drug` find a
-- drug by any of its names: INN, synonym or brand, compared after erx_norm (V4: unaccented, Greek letters spelled,
-- lower case, letters and digits only). Until now each lookup normalised its argument against the drug_term view, a
-- union of three tables, each with an index on erx_norm(name) (V12) that the planner often skipped; the lookup was
-- 0.11 ms of the 0.36 ms of drug(name: "upadacitinib") with its relations (pgbench: 2776 statements/s, 3946 with an
-- exact-name lookup instead).
--
-- drug_name_lookup stores every name once, normalised, with its rank (0 INN, 1 synonym, 2 brand): a lookup is one probe
-- of its primary key. It is derived data: triggers rebuild it whole (about 130 rows) after any change to drug,
-- drug_synonym or brand, in the same transaction, so it never differs from drug_term (DataConsistencyTest checks both).

-- Every remaining erx_norm over a table (search, filters) costs what it costs: about 6 µs a call here, not the default
-- 100 operator costs that made scanning drug_synonym's 36 rows look cheaper than its index.
alter function erx_norm(text) cost 1000;

create table drug_name_lookup (
    norm    text     not null,
    rank    smallint not null check (rank between 0 and 2),
    drug_id bigint   not null,
    primary key (norm, rank, drug_id)
);

comment on table drug_name_lookup is
    'Every name of every drug (INN rank 0, synonym 1, brand 2), normalised by erx_norm: the name lookup''s index. Derived from drug_term by triggers; never written directly.';

create function erx_rebuild_drug_name_lookup() returns void language sql as $$
    delete from drug_name_lookup;
    insert into drug_name_lookup (norm, rank, drug_id)
    select distinct erx_norm(term), case kind when 'NAME' then 0 when 'SYNONYM' then 1 else 2 end, drug_id
    from drug_term;
$$;

create function erx_drug_name_lookup_trigger() returns trigger language plpgsql as $$
begin
    perform erx_rebuild_drug_name_lookup();
    return null;
end
$$;

create trigger drug_name_lookup_drug after insert or update or delete or truncate on drug
    for each statement execute function erx_drug_name_lookup_trigger();
create trigger drug_name_lookup_drug_synonym after insert or update or delete or truncate on drug_synonym
    for each statement execute function erx_drug_name_lookup_trigger();
create trigger drug_name_lookup_brand after insert or update or delete or truncate on brand
    for each statement execute function erx_drug_name_lookup_trigger();

select erx_rebuild_drug_name_lookup();
