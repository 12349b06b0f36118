-- Fast reads: drug(name) as b-tree probes, and a notification whenever the curated data changes.

-- drug(name) and monitoringPlan(drugNames) compare erx_norm(term) over the drug_term view; with these expression
-- indexes each branch of the view is an index probe instead of normalising every name per call (about 1 ms of
-- database CPU each, dominated by unaccent).
create index drug_name_norm_idx on drug (erx_norm(name));
create index drug_synonym_name_norm_idx on drug_synonym (erx_norm(name));
create index brand_name_norm_idx on brand (erx_norm(name));

-- Every curation migration updates data_version; the service LISTENs on this channel, so a response cache keyed by the
-- data version never serves answers of an older curation (meta/DataVersions).
create or replace function erx_notify_data_version() returns trigger
    language plpgsql
as $$
begin
    perform pg_notify('eczemarx_data_version', new.version);
    return new;
end
$$;

create trigger data_version_changed
    after insert or update on data_version
    for each row execute function erx_notify_data_version();
