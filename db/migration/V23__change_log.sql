-- The change log: every change to a fact (added, changed, removed) is recorded as the data changes, whoever changes it
-- (a migration today, a curation tool tomorrow): a trigger on each fact table writes the row before and after into
-- fact_change. A change belongs to the release that the next update of data_version cuts (the trigger on data_version
-- assigns every pending change to it); until then it is served as unreleased. Releases before this migration are listed
-- with their summaries; their changes were not recorded (the log starts with release 2026.12.06).

create table data_release (
    seq          serial primary key,
    version      text not null unique,
    released_on  date not null,
    summary      text not null,
    -- the last fact_change of this release; "changes since" a version are those after it
    last_change  bigint not null default 0
);

insert into data_release (version, released_on, summary) values
    ('2026.11.22', date '2026-11-22', 'First curation: the medicines of the seed documents plus those approved since, checked against current FDA labels and EMA product information.'),
    ('2026.11.22.2', date '2026-11-22', 'Curation review: cross-file consistency, uncited sources and unused lab tests removed, baseline monitoring and screening rows, azathioprine and methotrexate targets.'),
    ('2026.11.27.14-2', date '2026-11-27', 'Guideline recommendations (AAD 2023, EuroGuiDerm 2025 living update) and network meta-analysis results added.'),
    ('2026.11.27', date '2026-11-27', 'Safety in use: dosing, dose adjustments, limits of use, contraindications, reproductive safety, vaccination, interactions and risk programmes of every drug; approval indications and lines of therapy.'),
    ('2026.11.27+search', date '2026-11-27', 'Search vocabulary: clinical words, abbreviations and concepts for lab tests, pathways, classes, conditions and kinds of drug facts.'),
    ('2026.12.06', date '2026-12-06', 'Currency 2025 (AAD 2025 focused update, EuroGuiDerm 2025, tralokinumab autoinjector, corrected wordings) and second and third readings of the unverified rows; every unverified row carries its reason.');

create table fact_change (
    id          bigserial primary key,
    release     text references data_release (version),
    changed_at  timestamptz not null default now(),
    kind        text not null,
    row_id      bigint not null,
    operation   text not null check (operation in ('ADDED', 'CHANGED', 'REMOVED')),
    drug_id     bigint,
    before      jsonb,
    after       jsonb
);

create index fact_change_release_idx on fact_change (release);
create index fact_change_drug_idx on fact_change (drug_id);
create index fact_change_kind_idx on fact_change (kind);

-- One row per changed fact row; an update that changes nothing is not a change.
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
            case when tg_table_name = 'drug' then (any_row ->> 'id')::bigint else (any_row ->> 'drug_id')::bigint end,
            old_row, new_row);
    return null;
end;
$$;

do $$
declare
    t text;
begin
    foreach t in array array['adverse_effect', 'approval', 'boxed_warning', 'contraindication', 'dose_adjustment',
        'dosing_regimen', 'drug_interaction', 'drug_target', 'efficacy_result', 'guideline_recommendation',
        'monitoring_requirement', 'reproductive_safety', 'risk_program', 'search_alias', 'use_limit',
        'vaccination_advice', 'brand', 'drug', 'source']
    loop
        execute format('create trigger %I after insert or update or delete on %I for each row execute function erx_record_fact_change()',
                       t || '_changed', t);
    end loop;
end;
$$;

-- Cutting a release: the data_version row's new version becomes a release (or, when it keeps its version, the release
-- is extended), and every pending change belongs to it.
create or replace function erx_cut_release() returns trigger
    language plpgsql as $$
declare
    last bigint := coalesce((select max(id) from fact_change), 0);
begin
    insert into data_release (version, released_on, summary, last_change)
    values (new.version, new.reviewed_on, coalesce(nullif(split_part(new.notes, ' | ', -1), ''), new.notes), last)
    on conflict (version) do update set last_change = excluded.last_change, released_on = excluded.released_on;
    update fact_change set release = new.version where release is null;
    return null;
end;
$$;

create trigger data_version_release
    after insert or update on data_version
    for each row execute function erx_cut_release();
