-- V31: a guideline's strength is stated only where the curators read it; "Rinvoq LQ" finds upadacitinib (review of
-- 2026-12-07, after an outside clinical audit).
--
-- 1. The six EuroGuiDerm 2025 recommendations (abrocitinib, baricitinib, dupilumab, lebrikizumab, tralokinumab,
--    upadacitinib) were read from the living update's abstract only: it names the drugs among the systemic treatments
--    covered, but not the arrow strength (their unverified_reason says so). They carried strength STRONG all the same,
--    so `recommendedBy: {guideline: EUROGUIDERM_2025, strength: STRONG}` returned them. The strength becomes null
--    ("not read"): the column allows null from now on, and the API says what null means.
-- 2. The FDA label the upadacitinib rows cite is titled "RINVOQ / RINVOQ LQ (upadacitinib) prescribing information"
--    (DailyMed, revised 2026-05-26; RINVOQ LQ is the oral solution): RINVOQ LQ becomes a US brand of upadacitinib, so
--    `drug(name: "Rinvoq LQ")` finds it.

alter table guideline_recommendation alter column strength drop not null;

update guideline_recommendation set strength = null
where guideline = 'EUROGUIDERM_2025' and not verified
  and unverified_reason like '%arrow strength%not available to the curators%';

insert into brand (drug_id, name, region, source_id)
select d.id, 'Rinvoq LQ', 'US', s.id
from drug d, source s
where d.name = 'upadacitinib' and s.key = 'fda-rinvoq-label'
  and not exists (select 1 from brand b where b.drug_id = d.id and b.name = 'Rinvoq LQ' and b.region = 'US');

update data_version set version = '2026.12.07.3', reviewed_on = date '2026-12-07',
    notes = notes || ' | 2026-12-07 (V31): the six EuroGuiDerm 2025 recommendations read from the abstract only no longer state a strength (null: not read; they said STRONG); Rinvoq LQ, the oral solution named in the FDA label, is a US brand of upadacitinib.'
where id = 1;
