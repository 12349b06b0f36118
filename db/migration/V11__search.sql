-- Search: every searchable name of every node, normalised, with trigram indexes on the underlying names.

create extension if not exists pg_trgm;
create extension if not exists fuzzystrmatch;

-- The words of a name, normalised one by one: 'liver function tests' -> {liver,function,tests}.
create or replace function erx_words(t text) returns text[]
    language sql immutable parallel safe strict
as $$
    select array_remove(regexp_split_to_array(
        lower(public.unaccent('public.unaccent'::regdictionary, translate(t, 'αβγδκΑΒΓΔΚ', 'abgdkABGDK'))),
        '[^[:alnum:]]+'), '')
$$;

-- Every searchable name of every node; label is the node's own name, for ordering ties.
create view search_term as
    select 'DRUG' as node_type, id as node_id, name as term, 'NAME' as kind, name as label from drug
    union all select 'DRUG', d.id, s.name, 'SYNONYM', d.name from drug_synonym s join drug d on d.id = s.drug_id
    union all select 'DRUG', d.id, b.name, 'BRAND', d.name from brand b join drug d on d.id = b.drug_id
    union all select 'DRUG_CLASS', id, name, 'NAME', name from drug_class
    union all select 'TARGET', id, symbol, 'SYMBOL', symbol from target
    union all select 'TARGET', t.id, a.alias, 'ALIAS', t.symbol from target_alias a join target t on t.id = a.target_id
    union all select 'TARGET', id, name, 'NAME', symbol from target
    union all select 'LAB_TEST', id, name, 'NAME', name from lab_test
    union all select 'LAB_TEST', id, code, 'CODE', name from lab_test
    union all select 'PATHWAY', id, name, 'NAME', name from pathway
    union all select 'PATHWAY', id, code, 'CODE', name from pathway;

create index drug_name_trgm on drug using gin (erx_norm(name) gin_trgm_ops);
create index drug_synonym_name_trgm on drug_synonym using gin (erx_norm(name) gin_trgm_ops);
create index brand_name_trgm on brand using gin (erx_norm(name) gin_trgm_ops);
create index drug_class_name_trgm on drug_class using gin (erx_norm(name) gin_trgm_ops);
create index target_symbol_trgm on target using gin (erx_norm(symbol) gin_trgm_ops);
create index target_name_trgm on target using gin (erx_norm(name) gin_trgm_ops);
create index target_alias_trgm on target_alias using gin (erx_norm(alias) gin_trgm_ops);
create index lab_test_name_trgm on lab_test using gin (erx_norm(name) gin_trgm_ops);
create index pathway_name_trgm on pathway using gin (erx_norm(name) gin_trgm_ops);
