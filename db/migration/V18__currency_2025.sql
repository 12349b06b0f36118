-- V18: currency of the 2025 guidance and labels (issue 23, "Current, verified and traceable"). Curated 2026-12-06.
--
-- What this covers
--   * AAD focused update of 17 June 2025 (Davis DMR, Frazer-Green L, Alikhan A, et al., "Focused update: Guidelines of
--     care for the management of atopic dermatitis in adults", J Am Acad Dermatol 2025;93(3):745.e1-745.e7,
--     doi 10.1016/j.jaad.2025.05.1386, PMID 40531067): new guideline value AAD_2025_FOCUSED_UPDATE, source
--     'aad-2025-focused-update' and its 4 recommendations (tapinarof cream, roflumilast 0.15% cream, lebrikizumab,
--     nemolizumab with concomitant topical therapy). V14_2 said the AAD grades neither lebrikizumab nor nemolizumab
--     (true of the 2023/2024 guidelines, whose searches ended before both approvals); the 2025 update grades both.
--   * EuroGuiDerm 2025 living update (source 'euroguiderm-2025'): re-checked; still only the abstract is readable.
--   * Tralokinumab (Adbry) US: the 300 mg/2 mL autoinjector regimen for adults.
--   * Lebrikizumab (Ebglyss) US contraindication corrected to the label's section 4 wording.
--   * Roflumilast (Zoryve) US approval: the quoted indication covers only the 0.15% cream.
--
-- What was read, and what stays unverified
--   * AAD 2025: the guideline's own abstract (PubMed 40531067; em-consulte copy of the JAAD abstract) states "4 new
--     recommendations" and "strong recommendations for the use of tapinarof cream, roflumilast cream, lebrikizumab,
--     and nemolizumab with concomitant topical therapy": direction FOR and strength STRONG are from the guideline.
--     The full text (recommendation wording, certainty of evidence, population and severity) could not be read with
--     the curators' tools: certainty HIGH and the severity of each population (tapinarof and the two biologics:
--     moderate-to-severe; roflumilast 0.15%: mild-to-moderate) come only from a HealthDay news summary of the update
--     ("all strong, with a high certainty of evidence"). All 4 rows are verified = false with unverified_reason.
--   * EuroGuiDerm 2025: the recommendation text, arrow strength and consensus are still unreadable (abstract only).
--     The 6 existing rows stay verified = false and now carry unverified_reason. No nemolizumab row: the abstract
--     lists nemolizumab among the biologics the update discusses but says nothing of its grade, so it is left out.
--   * Adbry autoinjector: the regimen (US label, Dosage and Administration, table "Dosage in Adults": autoinjector
--     600 mg as two 300 mg injections, then 300 mg (one 300 mg injection) every other week; "Use of the Autoinjector":
--     adults only) was read only in reproductions of the current US label (drugs.com, PrescriberPoint), not on
--     DailyMed; neither the label's revision date nor its subsection numbers could be read. The FDA NDC Directory lists the 300 mg/2 mL presentation
--     (NDC 50222-350) from 1 July 2024, the date used for the new source. Row verified = false.
--   * Ebglyss: "Prior serious hypersensitivity to lebrikizumab-lbkz or any excipients in EBGLYSS. (4)" read in the
--     highlights of the US prescribing information published by Eli Lilly (uspl.lilly.com/ebglyss); the label's
--     revision history on openFDA (10/2025: warming instructions removed from section 2.4) does not touch section 4.
--     Verified.
--   * Zoryve: the current label (setid ec1bb0d1..., revised 6/2026) could not be read past its recent-major-changes
--     line, so the 0.05% cream's indication sentence (children 2 to 5 years, approved October 2025) cannot be quoted.
--     The quoted 0.15% sentence stays; the row is set verified = false with unverified_reason until the indication is
--     re-quoted from the label.
--   * Missing medicines: the drugs named in the brief (delgocitinib, nemolizumab, tapinarof) are all in the drug table
--     with US/EU approval rows (delgocitinib CHE: EU 2024, UK 2024, US 2025). No other US/EU/UK/JP approval for
--     atopic dermatitis or chronic hand eczema in 2025-2026 could be confirmed against a primary record; none added.
--     No CA or AU rows: no Health Canada monograph or TGA record could be read.

-- ---------------------------------------------------------------------------------------------------------------
-- Guideline vocabulary
-- ---------------------------------------------------------------------------------------------------------------
alter table guideline_recommendation drop constraint guideline_recommendation_guideline_check;
alter table guideline_recommendation add constraint guideline_recommendation_guideline_check
    check (guideline in ('AAD_2023_TOPICAL', 'AAD_2023_SYSTEMIC', 'AAD_2025_FOCUSED_UPDATE', 'EUROGUIDERM_2022', 'EUROGUIDERM_2025'));

-- ---------------------------------------------------------------------------------------------------------------
-- Sources
-- ---------------------------------------------------------------------------------------------------------------
insert into source (key, title, publisher, kind, url, published_on, accessed_on) values
('aad-2025-focused-update',
 'Davis DMR, Frazer-Green L, Alikhan A, et al. Focused update: Guidelines of care for the management of atopic dermatitis in adults (topical therapies / phototherapy and systemic therapies). J Am Acad Dermatol 2025;93(3):745.e1-745.e7',
 'American Academy of Dermatology', 'GUIDELINE', 'https://doi.org/10.1016/j.jaad.2025.05.1386', '2025-06-17', '2026-12-06'),
('fda-adbry-autoinjector-label',
 'ADBRY (tralokinumab-ldrm) injection, for subcutaneous use: US prescribing information, revision adding the 300 mg/2 mL single-dose autoinjector for adults (revision date not read; dated by the NDC Directory listing of NDC 50222-350 from 2024-07-01)',
 'LEO Pharma Inc. / U.S. Food and Drug Administration', 'LABEL', 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=d8020b69-3001-44e2-9b5d-5f93d9aaf6e1', '2024-07-01', '2026-12-06');

update source set accessed_on = date '2026-12-06' where key in ('euroguiderm-2025', 'fda-ebglyss-label', 'fda-zoryve-label');

-- ---------------------------------------------------------------------------------------------------------------
-- Interventions graded for the first time
-- ---------------------------------------------------------------------------------------------------------------
insert into intervention (code, name, kind, drug_id, drug_class_id, description) values
('tapinarof', 'tapinarof cream', 'DRUG', (select id from drug where name = 'tapinarof'), null, 'Topical aryl hydrocarbon receptor agonist, 1% cream.'),
('roflumilast', 'roflumilast cream', 'DRUG', (select id from drug where name = 'roflumilast'), null, 'Topical PDE4 inhibitor; the AAD 2025 focused update grades the 0.15% cream.'),
('nemolizumab', 'nemolizumab', 'DRUG', (select id from drug where name = 'nemolizumab'), null, 'Anti-IL-31 receptor A monoclonal antibody (subcutaneous), used with topical therapy in atopic dermatitis.');

-- ---------------------------------------------------------------------------------------------------------------
-- AAD 2025 focused update (4 recommendations): direction and strength from the abstract; the rest unverified
-- ---------------------------------------------------------------------------------------------------------------
insert into guideline_recommendation (intervention_id, guideline, direction, strength, certainty, population, age_group, severity, statement, source_id, verified, unverified_reason) values
((select id from intervention where code = 'tapinarof'), 'AAD_2025_FOCUSED_UPDATE', 'FOR', 'STRONG', 'HIGH',
 'adults with moderate-to-severe atopic dermatitis', 'ADULTS', 'MODERATE,SEVERE',
 'Strong recommendation for the use of tapinarof cream for atopic dermatitis in adults (the abstract''s conclusion; the recommendation''s own wording is in the full text, not read).',
 (select id from source where key = 'aad-2025-focused-update'), false,
 'AAD 2025 focused update: direction and strength from the abstract; certainty (high) and population (moderate-to-severe) only from a HealthDay news summary; full text not readable by the curators.'),
((select id from intervention where code = 'roflumilast'), 'AAD_2025_FOCUSED_UPDATE', 'FOR', 'STRONG', 'HIGH',
 'adults with mild-to-moderate atopic dermatitis (roflumilast 0.15% cream)', 'ADULTS', 'MILD,MODERATE',
 'Strong recommendation for the use of roflumilast cream (0.15%) for atopic dermatitis in adults (the abstract''s conclusion; the recommendation''s own wording is in the full text, not read).',
 (select id from source where key = 'aad-2025-focused-update'), false,
 'AAD 2025 focused update: direction and strength from the abstract; certainty (high), the 0.15% strength and population (mild-to-moderate) only from news summaries; full text not readable by the curators.'),
((select id from intervention where code = 'lebrikizumab'), 'AAD_2025_FOCUSED_UPDATE', 'FOR', 'STRONG', 'HIGH',
 'adults with moderate-to-severe atopic dermatitis', 'ADULTS', 'MODERATE,SEVERE',
 'Strong recommendation for the use of lebrikizumab for atopic dermatitis in adults (the abstract''s conclusion; the recommendation''s own wording is in the full text, not read).',
 (select id from source where key = 'aad-2025-focused-update'), false,
 'AAD 2025 focused update: direction and strength from the abstract; certainty (high) and population (moderate-to-severe) only from a HealthDay news summary; full text not readable by the curators.'),
((select id from intervention where code = 'nemolizumab'), 'AAD_2025_FOCUSED_UPDATE', 'FOR', 'STRONG', 'HIGH',
 'adults with moderate-to-severe atopic dermatitis, with concomitant topical therapy', 'ADULTS', 'MODERATE,SEVERE',
 'Strong recommendation for the use of nemolizumab with concomitant topical therapy for atopic dermatitis in adults (the abstract''s conclusion; the recommendation''s own wording is in the full text, not read).',
 (select id from source where key = 'aad-2025-focused-update'), false,
 'AAD 2025 focused update: direction, strength and "with concomitant topical therapy" from the abstract; certainty (high) and population (moderate-to-severe) only from a HealthDay news summary; full text not readable by the curators.');

-- ---------------------------------------------------------------------------------------------------------------
-- EuroGuiDerm 2025: still read from the abstract only
-- ---------------------------------------------------------------------------------------------------------------
update guideline_recommendation
set unverified_reason = 'EuroGuiDerm 2025 living update read from the abstract only (re-checked 2026-12-06): it names the drug among the systemic treatments covered; recommendation wording, arrow strength, consensus and certainty not available to the curators.'
where guideline = 'EUROGUIDERM_2025' and source_id = (select id from source where key = 'euroguiderm-2025') and not verified;

-- ---------------------------------------------------------------------------------------------------------------
-- Tralokinumab (Adbry) US: 300 mg autoinjector, adults
-- ---------------------------------------------------------------------------------------------------------------
insert into dosing_regimen (drug_id, region, condition_id, population, minimum_age_months, maximum_age_months, minimum_weight_kg, maximum_weight_kg,
                            loading_dose, dose, frequency, maintenance_options, notes, source_id, verified, unverified_reason) values
((select id from drug where name = 'tralokinumab'), 'US', (select id from condition where code = 'ATOPIC_DERMATITIS'),
 'adults (300 mg/2 mL single-dose autoinjector)', 216, null, null, null,
 '600 mg (two 300 mg injections)', '300 mg (one 300 mg injection)', 'every other week', null,
 'US label, Dosage and Administration (Dosage in Adults, autoinjector; subsection number not read); the autoinjector is for adults only, pediatric patients 12 to 17 years use the 150 mg prefilled syringe. Whether the 300 mg every-4-weeks option after 16 weeks is worded for the autoinjector was not seen.',
 (select id from source where key = 'fda-adbry-autoinjector-label'), false,
 'Autoinjector regimen read only in reproductions of the current US label (drugs.com, PrescriberPoint); the DailyMed label and its revision date could not be read by the curators.');

-- The paediatric US regimen (V14_4, unverified: "not re-read in this curation") is the same in the reproductions of the
-- current label: say why it stays unverified.
update dosing_regimen
set unverified_reason = 'Paediatric regimen (12 to 17 years: 300 mg as two 150 mg injections, then 150 mg every other week, prefilled syringe) seen on 2026-12-06 only in reproductions of the current US label; the DailyMed label could not be read by the curators.'
where drug_id = (select id from drug where name = 'tralokinumab') and region = 'US' and population = 'pediatric patients 12 to 17 years'
  and not verified;

-- ---------------------------------------------------------------------------------------------------------------
-- Lebrikizumab (Ebglyss) US contraindication: label section 4
-- ---------------------------------------------------------------------------------------------------------------
update contraindication
set description = 'Prior serious hypersensitivity to lebrikizumab-lbkz or any excipients in EBGLYSS (label section 4; the only contraindication).',
    verified = true, unverified_reason = null
where drug_id = (select id from drug where name = 'lebrikizumab') and region = 'US' and population = 'HYPERSENSITIVITY'
  and source_id = (select id from source where key = 'fda-ebglyss-label');

-- ---------------------------------------------------------------------------------------------------------------
-- Roflumilast (Zoryve) US approval: the indication quote misses the 0.05% cream
-- ---------------------------------------------------------------------------------------------------------------
update approval
set verified = false,
    unverified_reason = 'The indication quotes only the 0.15% cream sentence (patients 6 years and older); the current label (revised 6/2026) with the 0.05% cream sentence for children 2 to 5 years (approved October 2025) could not be read by the curators, so it is not quoted.'
where drug_id = (select id from drug where name = 'roflumilast') and region = 'US'
  and condition_id = (select id from condition where code = 'ATOPIC_DERMATITIS');

-- ---------------------------------------------------------------------------------------------------------------
-- Data version
-- ---------------------------------------------------------------------------------------------------------------
update data_version
set version = '2026.12.06', reviewed_on = date '2026-12-06',
    notes = notes || ' | 2026-12-06 (V18, currency 2025): AAD 2025 focused update added (guideline AAD_2025_FOCUSED_UPDATE; strong recommendations for tapinarof, roflumilast 0.15%, lebrikizumab and nemolizumab with topical therapy; certainty and populations unverified, full text not read); EuroGuiDerm 2025 rows re-checked (abstract only, reasons recorded; no nemolizumab grade found); Adbry 300 mg autoinjector regimen for adults (unverified); Ebglyss US contraindication corrected to "prior serious hypersensitivity" (section 4); Zoryve US indication flagged incomplete (0.05% cream not quoted).'
where id = 1;
