-- Names as labels, leaflets and pharmacy systems print them: "Dupixent®", "Rinvoq™", "Protopic®". unaccent spells ® as
-- "(R)" and ™ as "TM", so erx_norm made "dupixentr" of "Dupixent®", and drug(name: "Dupixent®"), the regimen lookups
-- and the evidence filters found no drug; search found it only by similarity. The signs ® ™ © ℠ are dropped before
-- unaccent, as search/QueryText drops them for the in-memory index.
--
-- No stored name holds one of them (DataConsistencyTest), so every value already computed from stored names stays as
-- it is: the expression indexes on erx_norm(name) (V11, V12), drug_name_lookup (V16) and the search tables (V15).
-- CREATE OR REPLACE resets what it does not state: the cost V16 set is stated again.

create or replace function erx_norm(t text) returns text
    language sql immutable parallel safe strict cost 1000
as $$
    select lower(regexp_replace(public.unaccent('public.unaccent'::regdictionary, translate(t, 'αβγδκΑΒΓΔΚ®™©℠', 'abgdkABGDK')),
                                '[^[:alnum:]]+', '', 'g'))
$$;

create or replace function erx_words(t text) returns text[]
    language sql immutable parallel safe strict
as $$
    select array_remove(regexp_split_to_array(
        lower(public.unaccent('public.unaccent'::regdictionary, translate(t, 'αβγδκΑΒΓΔΚ®™©℠', 'abgdkABGDK'))),
        '[^[:alnum:]]+'), '')
$$;
