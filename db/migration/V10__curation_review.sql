-- V10: curation review of the five V3_x files, as the data consistency tests (DataConsistencyTest) require.
-- Curated 2026-11-22.
--
-- Numbered V10, not V5: V9 (the data-version stamp) is released, so a V5 would sort before it. Flyway would refuse
-- it on every database that already holds V9 ("resolved migration not applied"), and on a fresh database it would
-- run before V9, whose insert would then overwrite this review's data_version update.
--
-- Review findings and what this migration does about them:
--   1. Cross-file consistency. No lab test exists twice under different codes: HPA_AXIS (inserted by V3_1, the only
--      lab test added outside V2) is the only adrenal-function test and is kept. No drug, brand or source is
--      duplicated across files; contradictions found were between seed documents and labels, recorded as notes.
--   2. Uncited sources (12) and unused lab tests (4) are deleted: a source nobody cites documents nothing, and a lab
--      test no drug requires would suggest monitoring that no label asks for. 'hgnc' stays: it is the source of the
--      target table's symbols and names, which has no source column.
--   3. One http source URL moved to https.
--   4. Gaps against the coverage list: baseline blood counts and liver tests for baricitinib (EU SmPC table);
--      TB and viral hepatitis screening before cyclosporine and mycophenolate mofetil (flagged unverified: not
--      re-checked in the labels or guidelines); azathioprine -> RAC1 and methotrexate -> ATIC targets (primary papers);
--      upadacitinib -> JAK1 now verified against a mechanism review.
--   5. Notes: seven APPROVED rows without year or minimum age now say why; seed-document disagreements added where missing.

-- ---------------------------------------------------------------------------------------------------------------
-- New sources
-- ---------------------------------------------------------------------------------------------------------------
insert into source (key, title, publisher, kind, url, published_on, accessed_on) values
('tiede-2003-azathioprine-rac1',
 'Tiede I, Fritz G, Strand S, et al. CD28-dependent Rac1 activation is the molecular target of azathioprine in primary human CD4+ T lymphocytes. J Clin Invest 2003;111(8):1133-1145',
 'Journal of Clinical Investigation', 'ARTICLE', 'https://doi.org/10.1172/JCI16432', '2003-04-15', '2026-11-22'),
('chan-cronstein-2002-methotrexate',
 'Chan ESL, Cronstein BN. Molecular action of methotrexate in inflammatory diseases. Arthritis Res 2002;4(4):266-273',
 'Arthritis Research (BioMed Central)', 'ARTICLE', 'https://doi.org/10.1186/ar419', '2002-03-19', '2026-11-22'),
('mohamed-2023-upadacitinib',
 'Mohamed MF, Bhatnagar S, Parmentier JM, Nakasato P, Wung P. Upadacitinib: mechanism of action, clinical, and translational science. Clin Transl Sci 2024;17(1):e13688',
 'Clinical and Translational Science (Wiley)', 'ARTICLE', 'https://doi.org/10.1111/cts.13688', '2023-12-18', '2026-11-22');

-- ---------------------------------------------------------------------------------------------------------------
-- Sources: https, and uncited sources removed
-- ---------------------------------------------------------------------------------------------------------------
-- Same DrugLib page over https; the https copy itself was not re-fetched in this review.
update source set url = 'https://www.druglib.com/druginfo/elocon/side-effects_adverse-reactions/'
where key = 'fda-elocon-cream-label';

-- Uncited: general guidelines and reviews of V2 (aad-2023-topical, the three Cochrane reviews) and supporting
-- press releases or second label copies of V3_x whose facts are cited from the label rows instead.
delete from source
where key in ('aad-2023-topical', 'cochrane-2020-systemic', 'cochrane-2022-tcs', 'cochrane-2022-strategies',
              'fda-betamethasone-dipropionate-augmented-ointment-label', 'fda-hydrocortisone-1-otc-label',
              'maruho-mitchga-2022', 'abbvie-rinvoq-ec-ad-2021', 'pfizer-cibinqo-adolescents-2023',
              'chmp-cibinqo-adolescents-2024', 'ema-olumiant-ad-2020', 'healthday-opzelura-peds-2025')
  and not exists (select 1 from drug_source ds where ds.source_id = source.id)
  and not exists (select 1 from pathway p where p.source_id = source.id);

-- ---------------------------------------------------------------------------------------------------------------
-- Lab tests no curated drug requires
-- ---------------------------------------------------------------------------------------------------------------
delete from lab_test
where code in ('CREATINE_KINASE', 'GLUCOSE', 'EYE_EXAM', 'VZV_SEROLOGY')
  and not exists (select 1 from monitoring_requirement m where m.lab_test_id = lab_test.id);

-- ---------------------------------------------------------------------------------------------------------------
-- Targets
-- ---------------------------------------------------------------------------------------------------------------
insert into drug_target (drug_id, target_id, action, source_id, verified) values
((select id from drug where name = 'azathioprine'), (select id from target where symbol = 'RAC1'), 'INHIBITOR',
 (select id from source where key = 'tiede-2003-azathioprine-rac1'), true),
((select id from drug where name = 'methotrexate'), (select id from target where symbol = 'ATIC'), 'INHIBITOR',
 (select id from source where key = 'chan-cronstein-2002-methotrexate'), true);

update drug_target set source_id = (select id from source where key = 'mohamed-2023-upadacitinib'), verified = true
where drug_id = (select id from drug where name = 'upadacitinib')
  and target_id = (select id from target where symbol = 'JAK1');

-- ---------------------------------------------------------------------------------------------------------------
-- Monitoring
-- ---------------------------------------------------------------------------------------------------------------
-- Baricitinib, EU SmPC section 4.4 table (as quoted by the manufacturer's medical information): ANC, ALC and Hb
-- "before treatment initiation and thereafter according to routine patient management"; hepatic transaminases
-- likewise; lipids 12 weeks after initiation (already present).
insert into monitoring_requirement (drug_id, lab_test_id, phase, timing, rationale, source_id, verified) values
((select id from drug where name = 'baricitinib'), (select id from lab_test where code = 'CBC'), 'BASELINE',
 'before starting (absolute neutrophil and lymphocyte counts, haemoglobin)',
 'do not start with ANC <1 x 10^9/L, ALC <0.5 x 10^9/L or Hb <8 g/dL', (select id from source where key = 'ema-olumiant-epar'), true),
((select id from drug where name = 'baricitinib'), (select id from lab_test where code = 'LIVER_FUNCTION'), 'BASELINE',
 'hepatic transaminases before starting', 'ALT/AST elevation and drug-induced liver injury', (select id from source where key = 'ema-olumiant-epar'), true);

update monitoring_requirement
set timing = 'thereafter according to routine patient management', verified = true,
    rationale = 'neutropenia (ANC <1 x 10^9/L), lymphopenia (ALC <0.5 x 10^9/L), anaemia (Hb <8 g/dL): interrupt treatment'
where drug_id = (select id from drug where name = 'baricitinib')
  and lab_test_id = (select id from lab_test where code = 'CBC') and phase = 'FOLLOW_UP';

update monitoring_requirement
set timing = 'thereafter according to routine patient management', verified = true,
    rationale = 'ALT/AST elevation; interrupt treatment if drug-induced liver injury is suspected'
where drug_id = (select id from drug where name = 'baricitinib')
  and lab_test_id = (select id from lab_test where code = 'LIVER_FUNCTION') and phase = 'FOLLOW_UP';

-- Screening before conventional systemic immunosuppressants, as the other files have it for methotrexate and
-- azathioprine; for these two drugs it was not re-checked against the labels or the guideline text: unverified.
insert into monitoring_requirement (drug_id, lab_test_id, phase, timing, rationale, source_id, verified) values
((select id from drug where name = 'cyclosporine'), (select id from lab_test where code = 'HEPATITIS_B'), 'BASELINE',
 'before starting', 'hepatitis B reactivation under immunosuppression', (select id from source where key = 'aad-2014-systemic'), false),
((select id from drug where name = 'cyclosporine'), (select id from lab_test where code = 'HEPATITIS_C'), 'BASELINE',
 'before starting', 'chronic hepatitis C before immunosuppression', (select id from source where key = 'aad-2014-systemic'), false),
((select id from drug where name = 'mycophenolate mofetil'), (select id from lab_test where code = 'CBC'), 'BASELINE',
 'before starting', 'neutropenia and other cytopenias', (select id from source where key = 'aad-2014-systemic'), false),
((select id from drug where name = 'mycophenolate mofetil'), (select id from lab_test where code = 'LIVER_FUNCTION'), 'BASELINE',
 'before starting', 'liver enzyme abnormalities', (select id from source where key = 'aad-2014-systemic'), false),
((select id from drug where name = 'mycophenolate mofetil'), (select id from lab_test where code = 'TB_SCREENING'), 'BASELINE',
 'before starting', 'latent tuberculosis reactivation under immunosuppression', (select id from source where key = 'aad-2014-systemic'), false),
((select id from drug where name = 'mycophenolate mofetil'), (select id from lab_test where code = 'HEPATITIS_B'), 'BASELINE',
 'before starting', 'hepatitis B reactivation (US boxed warning: viral reactivation)', (select id from source where key = 'aad-2014-systemic'), false),
((select id from drug where name = 'mycophenolate mofetil'), (select id from lab_test where code = 'HEPATITIS_C'), 'BASELINE',
 'before starting', 'hepatitis C reactivation (US boxed warning: viral reactivation)', (select id from source where key = 'aad-2014-systemic'), false);

-- ---------------------------------------------------------------------------------------------------------------
-- Approval notes
-- ---------------------------------------------------------------------------------------------------------------
-- APPROVED rows without year or minimum age must say why (curation rule; DataConsistencyTest).
update approval set notes = notes || ' No minimum age is stated for this indication in the SmPC section read.'
where condition_id = (select id from condition where code = 'PRURIGO_NODULARIS') and region = 'UK'
  and drug_id in (select id from drug where name in ('betamethasone dipropionate', 'hydrocortisone'));

update approval set notes = notes || ' Year of first national approval and minimum age not verified.'
where condition_id = (select id from condition where code = 'ATOPIC_DERMATITIS') and region = 'EU'
  and drug_id in (select id from drug where name in ('hydrocortisone', 'prednisone', 'triamcinolone acetonide'));

update approval set notes = notes || ' Seed document lists cyclosporine among off-label immunosuppressants for AD: true in the US only; in the EU (harmonised Sandimmun Neoral information) and the UK it is licensed for severe atopic dermatitis.'
where drug_id = (select id from drug where name = 'cyclosporine') and region in ('EU', 'UK')
  and condition_id = (select id from condition where code = 'ATOPIC_DERMATITIS');

-- ---------------------------------------------------------------------------------------------------------------
-- Data version
-- ---------------------------------------------------------------------------------------------------------------
update data_version
set version = '2026.11.22.2', reviewed_on = date '2026-11-22',
    notes = 'Curation review of 2026-11-22: cross-file consistency of the five drug-group curations, uncited sources and unused lab tests removed, baseline monitoring for baricitinib, TB/viral hepatitis screening for cyclosporine and mycophenolate (unverified), azathioprine and methotrexate targets; checked by the data consistency tests.'
where id = 1;
