-- Name normalisation and lookup views used by drug(name), filters and search.

create extension if not exists unaccent;

-- Case-, accent-, space- and punctuation-insensitive form of a name: 'IL-4Rα' -> 'il4ra', 'Ciclosporin' -> 'ciclosporin'.
create or replace function erx_norm(t text) returns text
    language sql immutable parallel safe strict
as $$
    select lower(regexp_replace(public.unaccent('public.unaccent'::regdictionary, translate(t, 'αβγδκΑΒΓΔΚ', 'abgdkABGDK')),
                                '[^[:alnum:]]+', '', 'g'))
$$;

-- Every name a drug is known by, with what kind of name it is.
create view drug_term as
    select id as drug_id, name as term, 'NAME' as kind from drug
    union all
    select drug_id, name, 'SYNONYM' from drug_synonym
    union all
    select drug_id, name, 'BRAND' from brand;

-- Every source a drug's facts cite.
create view drug_source as
    select drug_id, source_id from drug_route
    union select drug_id, source_id from drug_synonym
    union select drug_id, source_id from brand
    union select drug_id, source_id from drug_target
    union select drug_id, source_id from approval
    union select drug_id, source_id from boxed_warning
    union select drug_id, source_id from adverse_effect
    union select drug_id, source_id from monitoring_requirement;
