-- The service ranks search in memory from search_index (search/TermIndex), so every instance must hear when it changes:
-- the deferred refresh (V15) now also notifies on eczemarx_search_index, delivered when the transaction that changed
-- the data commits. Instances reload the index then (and whenever their notification connection reconnects).
create or replace function erx_refresh_search_index() returns trigger
    language plpgsql
as $$
begin
    delete from search_index_stale;
    refresh materialized view search_index;
    perform pg_notify('eczemarx_search_index', '');
    return null;
end
$$;
