-- V14_5: safety in use for the conventional systemic drugs of V3_5
--   cyclosporine, methotrexate, azathioprine, mycophenolate mofetil, prednisone
-- Curated 2026-11-27 (sources accessed 2026-11-27).
--
-- What this file covers
--   * dosing_regimen, dose_adjustment, use_limit, contraindication, reproductive_safety, vaccination_advice,
--     drug_interaction and risk_program rows for the five drugs, US and EU (UK where the only licensed AD product
--     information is the UK SmPC);
--   * approval rows: indication / line_of_therapy where a label has an atopic dermatitis indication
--     (cyclosporine EU and UK only; every US row and the EU rows of methotrexate, azathioprine and mycophenolate are
--     OFF_LABEL, so they have no label indication sentence and stay without one);
--   * the US methotrexate boxed warning: the boxed_warning.topics CHECK constraint gains HYPERSENSITIVITY and
--     MEDICATION_ERRORS and the row's topics and text follow the current tablets box;
--   * synonyms MTX, CsA, AZA, MMF and the US brand Gengraf;
--   * data_version stamp.
--
-- Dosing "as labelled" for off-label use: the US rows give the regimen an AAD guideline states, cited to it: the
-- dosing table of the 2014 guideline (Sidbury et al., Table VII), because the 2023 update (Davis et al., J Am Acad
-- Dermatol 2024) could only be displayed as far as its graded recommendations (it recommends the conventional drugs
-- conditionally and suggests against systemic corticosteroids) and no dosing statement of it was seen. Where a label
-- states a general regimen for another indication (psoriasis, rheumatoid arthritis, transplantation) it is a separate
-- row cited to the label, and its notes say so. Cyclosporine is the one drug licensed for AD (EU/UK national SmPCs,
-- harmonised by the 2013 Article 30 referral); its EU/UK rows are the licensed AD regimen.
--
-- How facts were checked: label texts were read in the stored copies reachable with the search tools (openFDA
-- records, DailyMed pages, EMA pages, SmPC copies on medicines.org.uk, rxreasoner, national compendia). Where only
-- a faithful third-party copy or a summary of a label was readable, the row cites the label and stays verified;
-- where the wording was recalled and not displayed, the row is verified = false and says why.
--
-- Left out or unverified, and why
--   * Azathioprine EU: the rows cite Jayempi (the centrally authorised azathioprine); its 4.3 contraindications,
--     4.2 renal/hepatic/elderly dosing and the EPAR live-vaccine statement were displayed; its general dosing
--     (1-3 mg/kg/day, read in an Aspen Imuran SmPC), pregnancy and contraception wording were not: verified = false.
--   * Prednisone EU: prednisone/prednisolone are national products; no EU SmPC text could be displayed, so no EU
--     label rows; the EU use_limit rows cite the guideline/consensus only.
--   * Prednisone US pregnancy, breastfeeding and live-vaccine rows: read in a copy of the prednisone label's
--     warnings (verified); the label's maintenance-dose wording was recalled (noted in the dosing row).
--   * Methotrexate US lactation (1 week after the final dose) and contraception (6 months / 3 months): displayed in
--     the US Jylamvo label (same class labelling), not in the tablets label itself: verified = false.
--   * Methotrexate EU contraception: read in a national EU SmPC (Metoject, Czech text), Jylamvo section 4.6 itself
--     not displayed: verified = false.
--   * Cyclosporine US pregnancy/breastfeeding: read in drug-information summaries of the US labels (verified);
--     US and EU vaccination wording, grapefruit and CYP3A4 interactions: recalled, not displayed: verified = false.
--     EU non-transplant restrictions (abnormal renal function, uncontrolled hypertension, uncontrolled infection,
--     malignancy) and the EU paediatric restriction: recalled SmPC 4.4/4.2 wording: verified = false.
--   * Mycophenolate mofetil: the AAD 2014 dosing table row for MMF could not be displayed, so there is no
--     guideline regimen; the dosing rows are the labels' transplant regimens (US and EU), marked as such. US
--     breastfeeding, US/EU vaccination, the azathioprine and antacid/PPI interactions: recalled: verified = false.
--   * Methotrexate: no EU regimen (the Jylamvo/Nordimet posology sections were not displayed); US interactions
--     (NSAIDs, PPIs read in older methotrexate labels; folate antagonists recalled) and US vaccination: verified = false.
--   * Azathioprine US vaccination and prednisone interactions: nothing displayed, no rows.
--   * Rayos (prednisone delayed-release, US brand): no current FDA label could be found (only RxNorm value sets name
--     it; delayed-release prednisone is now marketed as generics): not added.
--   * Brands the task listed as missing but already present in V3_5: Sandimmune, Trexall, Otrexup, Rasuvo (also
--     Xatmep), Imuran, CellCept (US): not re-added.
--   * EuroGuiDerm 2022 dosing statements for the conventional drugs could not be displayed; no EU guideline regimens.
--
-- Found in main's data (not corrected here unless stated)
--   * boxed_warning (methotrexate, US): topics lacked the hypersensitivity and medication-error parts of the current
--     box: corrected below (constraint widened). NOTE for main: the GraphQL enum BoxedWarningTopic
--     (src/main/java/org/eczemarx/safety/BoxedWarningTopic.java) must gain HYPERSENSITIVITY and MEDICATION_ERRORS,
--     or DataConsistencyTest.enumValuesAreValid fails on this row.
--   * source ema-cellcept-epar: published_on 1996-02-14 is the authorisation date, not the product-information
--     revision date; the current revision date could not be displayed, so it is left as is.

-- ============================================================================================================
-- Sources
-- ============================================================================================================
insert into source (key, title, publisher, kind, url, published_on, accessed_on) values
('fda-gengraf-label', 'Gengraf (cyclosporine capsules, USP [MODIFIED]): US prescribing information (DailyMed SPL set e896cbfe-4745-4088-82a3-8dc10b75c41f; NDC 0074-3108)', 'AbbVie Inc.', 'LABEL',
 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=e896cbfe-4745-4088-82a3-8dc10b75c41f', '2026-09-29', '2026-11-27'),
('fda-prednisone-tablets-label', 'Prednisone tablets, USP (2.5, 5, 10, 20, 50 mg): US prescribing information, DailyMed, updated February 17, 2025', 'DailyMed (US National Library of Medicine)', 'LABEL',
 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=2e62cf2e-dcbf-c15e-e063-6294a90a8168', '2025-02-17', '2026-11-27'),
('ema-methotrexate-referral', 'Methotrexate-containing medicinal products: Article 31 referral EMEA/H/A-31/1463 - new measures to avoid potentially fatal dosing errors with methotrexate for inflammatory diseases', 'European Medicines Agency', 'LABEL',
 'https://www.ema.europa.eu/en/medicines/human/referrals/methotrexate-containing-medicinal-products', '2019-08-22', '2026-11-27'),
('ema-jylamvo-epar', 'Jylamvo (methotrexate) 2 mg/ml oral solution: EPAR product information (Summary of Product Characteristics), revision 2021', 'European Medicines Agency (marketing authorisation holder Therakind (Europe) Ltd)', 'LABEL',
 'https://www.ema.europa.eu/en/medicines/human/EPAR/jylamvo', '2021-01-01', '2026-11-27'),
('ema-jayempi-epar', 'Jayempi (azathioprine) 10 mg/ml oral suspension: EPAR product information (Summary of Product Characteristics), centrally authorised 21 June 2021, revision 2022', 'European Medicines Agency (marketing authorisation holder Nova Laboratories Ireland Ltd)', 'LABEL',
 'https://www.ema.europa.eu/en/medicines/human/EPAR/jayempi', '2022-01-01', '2026-11-27'),
('drucker-2018-iec-systemic-corticosteroids', 'Drucker AM, Eyerich K, de Bruin-Weller MS, et al. Use of systemic corticosteroids for atopic dermatitis: International Eczema Council consensus statement. Br J Dermatol 2018;178(3):768-775', 'British Journal of Dermatology (International Eczema Council)', 'GUIDELINE',
 'https://doi.org/10.1111/bjd.15928', '2017-09-03', '2026-11-27'),
('jaa-2021-systemic-management-ad', 'Current perspectives on the systemic management of atopic dermatitis. J Asthma Allergy 2021;14:595-607 (PMC8179820)', 'Journal of Asthma and Allergy (Dove Medical Press)', 'ARTICLE',
 'https://doi.org/10.2147/JAA.S287638', '2021-06-01', '2026-11-27');

-- ============================================================================================================
-- Synonyms and brands
-- ============================================================================================================
-- The review abstract introduces exactly these abbreviations: "cyclosporine A (CsA), azathioprine (AZA),
-- methotrexate (MTX) and mycophenolate mofetil (MMF), which are prescribed off-label in the United States".
insert into drug_synonym (drug_id, name, source_id) values
((select id from drug where name = 'cyclosporine'), 'CsA', (select id from source where key = 'jaa-2021-systemic-management-ad')),
((select id from drug where name = 'azathioprine'), 'AZA', (select id from source where key = 'jaa-2021-systemic-management-ad')),
((select id from drug where name = 'methotrexate'), 'MTX', (select id from source where key = 'jaa-2021-systemic-management-ad')),
((select id from drug where name = 'mycophenolate mofetil'), 'MMF', (select id from source where key = 'jaa-2021-systemic-management-ad'));

-- Gengraf: US cyclosporine [MODIFIED] capsules (AbbVie), openFDA NDC record brand_name "Gengraf".
insert into brand (drug_id, name, region, source_id) values
((select id from drug where name = 'cyclosporine'), 'Gengraf', 'US', (select id from source where key = 'fda-gengraf-label'));

-- ============================================================================================================
-- Approval rows: the label's indication sentence where the label has an AD indication
-- ============================================================================================================
update approval
set indication = 'Neoral is indicated in patients with severe atopic dermatitis when systemic therapy is required.',
    line_of_therapy = 'SYSTEMIC_CANDIDATE'
where drug_id = (select id from drug where name = 'cyclosporine')
  and region = 'UK'
  and condition_id = (select id from condition where code = 'ATOPIC_DERMATITIS');

-- EU: the harmonised product information of "Sandimmun Neoral and associated names" carries the same indication
-- under the national product names; the product name is left out because it differs by member state.
update approval
set indication = 'Indicated in patients with severe atopic dermatitis when systemic therapy is required.',
    line_of_therapy = 'SYSTEMIC_CANDIDATE'
where drug_id = (select id from drug where name = 'cyclosporine')
  and region = 'EU'
  and condition_id = (select id from condition where code = 'ATOPIC_DERMATITIS');

update approval
set notes = notes || ' Atopic dermatitis treatment is licensed for up to 8 weeks (see use_limit); a Br J Dermatol review describes the EU licence as adults only (the SmPC paediatric wording was not displayed, so minimum_age_months stays empty).'
where drug_id = (select id from drug where name = 'cyclosporine')
  and region in ('EU', 'UK')
  and condition_id = (select id from condition where code = 'ATOPIC_DERMATITIS');

-- ============================================================================================================
-- Methotrexate US boxed warning: widen the topics vocabulary, then update the row
-- ============================================================================================================
-- The constraint is dropped and re-added with the same regex shape, its term list being the current one plus
-- HYPERSENSITIVITY and MEDICATION_ERRORS. The current list is read from the catalogue so that terms another curation
-- migration may have added before this one are kept.
do $$
declare
    def   text;
    alts  text;
    terms text[];
    t     text;
begin
    select pg_get_constraintdef(c.oid) into def
    from pg_constraint c
    where c.conrelid = 'boxed_warning'::regclass and c.conname = 'boxed_warning_topics_check';
    if def is null then
        raise exception 'boxed_warning_topics_check not found';
    end if;
    alts := substring(def from '\^\(([A-Z_|]+)\)');
    if alts is null then
        raise exception 'unexpected shape of boxed_warning_topics_check: %', def;
    end if;
    terms := string_to_array(alts, '|');
    foreach t in array array['HYPERSENSITIVITY', 'MEDICATION_ERRORS'] loop
        if not t = any (terms) then
            terms := terms || t;
        end if;
    end loop;
    alts := array_to_string(terms, '|');
    execute 'alter table boxed_warning drop constraint boxed_warning_topics_check';
    execute format('alter table boxed_warning add constraint boxed_warning_topics_check check (topics ~ %L)',
                   '^(' || alts || ')(,(' || alts || '))*$');
end $$;

-- Box as in the openFDA record of the cited label (last updated 2026-09-22): heading "WARNING: EMBRYO-FETAL
-- TOXICITY, HYPERSENSITIVITY REACTIONS, SEVERE ADVERSE REACTIONS, AND RISK OF MEDICATION ERRORS"; the first two
-- bullets were displayed verbatim; the medication-error bullet is paraphrased from the heading and the 2019 labelling
-- revision (dosing errors have led to fatal toxicity).
update boxed_warning
set topics = 'EMBRYO_FETAL_TOXICITY,HYPERSENSITIVITY,SERIOUS_TOXIC_REACTIONS,MORTALITY,BONE_MARROW_SUPPRESSION,GASTROINTESTINAL_TOXICITY,HEPATOTOXICITY,PULMONARY_TOXICITY,DERMATOLOGIC_REACTIONS,NEPHROTOXICITY,MEDICATION_ERRORS',
    text = 'WARNING: EMBRYO-FETAL TOXICITY, HYPERSENSITIVITY REACTIONS, SEVERE ADVERSE REACTIONS, AND RISK OF MEDICATION ERRORS. Methotrexate tablets can cause embryo-fetal toxicity, including fetal death; for non-neoplastic diseases they are contraindicated in pregnancy (for neoplastic diseases, females and males of reproductive potential are advised to use effective contraception). They are contraindicated in patients with a history of severe hypersensitivity reactions to methotrexate, including anaphylaxis. Serious adverse reactions, including death, have been reported: patients are closely monitored for adverse reactions of the bone marrow, gastrointestinal tract, liver, lungs, skin and kidneys, and methotrexate is withheld or discontinued as appropriate. Medication errors (taking the drug daily instead of once weekly, or otherwise not as prescribed) have led to fatal toxicity. Older-format labels (e.g. Otrexup) carry the equivalent box "severe toxic reactions, including embryo-fetal toxicity and death".',
    source_id = (select id from source where key = 'fda-methotrexate-tablets-label'),
    verified = true
where drug_id = (select id from drug where name = 'methotrexate') and region = 'US';

-- ============================================================================================================
-- Dosing regimens
-- ============================================================================================================
insert into dosing_regimen (drug_id, region, condition_id, population, minimum_age_months, maximum_age_months,
                            minimum_weight_kg, maximum_weight_kg, loading_dose, dose, frequency, maintenance_options,
                            notes, source_id, verified) values
-- cyclosporine, US: off-label; guideline regimen, plus the label's psoriasis regimen as the label's general dosing
((select id from drug where name = 'cyclosporine'), 'US', (select id from condition where code = 'ATOPIC_DERMATITIS'),
 'adults', 216, null, null, null, null, '150-300 mg per day', 'daily', null,
 'Off-label in the US. Guideline regimen: AAD 2014 guideline (Sidbury et al.), Table VII "Dosing and monitoring guidelines for the use of selected systemic agents". If serum creatinine rises more than 25% above baseline the guideline reduces the dose (see dose_adjustment).',
 (select id from source where key = 'aad-2014-systemic'), true),
((select id from drug where name = 'cyclosporine'), 'US', (select id from condition where code = 'ATOPIC_DERMATITIS'),
 'children (paediatric dosing; no age band given)', null, 216, null, null, null, '3-6 mg/kg per day', 'daily', null,
 'Off-label in the US. Guideline regimen: AAD 2014 guideline, Table VII (paediatric). The guideline adds whole-blood cyclosporine trough levels in children with inadequate response or interacting medicines.',
 (select id from source where key = 'aad-2014-systemic'), true),
((select id from drug where name = 'cyclosporine'), 'US', (select id from condition where code = 'ATOPIC_DERMATITIS'),
 'adults (label regimen for severe psoriasis; the US labels have no AD regimen)', 216, null, null, null, null,
 '2.5 mg/kg/day, given as 1.25 mg/kg twice daily', 'twice daily',
 'kept at the starting dose for at least 4 weeks; then, if needed, increases of about 0.5 mg/kg/day at 2-week intervals to a maximum of 4 mg/kg/day',
 'Label''s general dosing (Neoral / Gengraf, cyclosporine [MODIFIED]) for psoriasis, not for AD. The label reduces the dose by 25-50% at any time to control adverse events (see dose_adjustment). Neoral/Gengraf and Sandimmune are not bioequivalent.',
 (select id from source where key = 'fda-neoral-label'), true),
-- cyclosporine, EU and UK: licensed for severe AD
((select id from drug where name = 'cyclosporine'), 'EU', (select id from condition where code = 'ATOPIC_DERMATITIS'),
 'adults', 216, null, null, null, null, '2.5-5 mg/kg/day in two divided doses', 'twice daily', null,
 'Licensed regimen (harmonised Sandimmun Neoral product information): daily dose in two divided doses on a consistent schedule with regard to time of day and meals; treatment of atopic dermatitis usually for up to 8 weeks (see use_limit); the total daily dose in non-transplant indications does not exceed 5 mg/kg. A Br J Dermatol review describes the EU AD licence as adults only.',
 (select id from source where key = 'ema-sandimmun-neoral-referral'), true),
((select id from drug where name = 'cyclosporine'), 'UK', (select id from condition where code = 'ATOPIC_DERMATITIS'),
 'adults', 216, null, null, null, null, '2.5-5 mg/kg/day in two divided doses', 'twice daily', null,
 'UK SmPC (Neoral): daily dose given in two divided doses equally distributed through the day, on a consistent schedule with regard to time of day and meals; atopic dermatitis treatment usually up to 8 weeks.',
 (select id from source where key = 'mhra-neoral-smpc'), true),
-- methotrexate, US: off-label
((select id from drug where name = 'methotrexate'), 'US', (select id from condition where code = 'ATOPIC_DERMATITIS'),
 'adults', 216, null, null, null, 'test dose 1.25-5 mg may be considered; blood count checked 5-6 days later, then the dose is increased gradually',
 '7.5-25 mg', 'once weekly', null,
 'Off-label in the US. Guideline regimen: AAD 2014 guideline, Table VII (including the optional test dose). Weekly, never daily, dosing.',
 (select id from source where key = 'aad-2014-systemic'), true),
((select id from drug where name = 'methotrexate'), 'US', (select id from condition where code = 'ATOPIC_DERMATITIS'),
 'children (paediatric dosing; no age band given)', null, 216, null, null, null, '0.2-0.7 mg/kg', 'once weekly', null,
 'Off-label in the US. Guideline regimen: AAD 2014 guideline, Table VII (paediatric).',
 (select id from source where key = 'aad-2014-systemic'), true),
((select id from drug where name = 'methotrexate'), 'US', (select id from condition where code = 'ATOPIC_DERMATITIS'),
 'adults (label regimen for psoriasis; no AD indication)', 216, null, null, null, null, '10-25 mg', 'once weekly',
 'adjusted gradually to the optimal response; 30 mg per week is not ordinarily exceeded; once the response is reached, the dose is reduced to the lowest effective amount',
 'Label''s general dosing for severe psoriasis (methotrexate tablets), not for AD: 10-25 mg once weekly until an adequate response, maximum 30 mg per week. Read in a copy of the older-format methotrexate label and in a summary of the current one (the current tablets label''s section 2 itself was not displayed). The label instructs patients to take the dose as directed because medication errors have led to deaths.',
 (select id from source where key = 'fda-methotrexate-tablets-label'), true),
-- azathioprine, US: off-label
((select id from drug where name = 'azathioprine'), 'US', (select id from condition where code = 'ATOPIC_DERMATITIS'),
 'adults', 216, null, null, null, null, '1-3 mg/kg/day', 'daily', null,
 'Off-label in the US. Guideline regimen: AAD 2014 guideline, Table VII; baseline TPMT, and "dosing may be guided by TPMT enzyme activity".',
 (select id from source where key = 'aad-2014-systemic'), true),
((select id from drug where name = 'azathioprine'), 'US', (select id from condition where code = 'ATOPIC_DERMATITIS'),
 'children (paediatric dosing; no age band given)', null, 216, null, null, null, '1-4 mg/kg/day', 'daily', null,
 'Off-label in the US. Guideline regimen: AAD 2014 guideline, Table VII (paediatric); dosing may be guided by TPMT activity.',
 (select id from source where key = 'aad-2014-systemic'), true),
((select id from drug where name = 'azathioprine'), 'US', (select id from condition where code = 'ATOPIC_DERMATITIS'),
 'adults (label regimen for rheumatoid arthritis; no AD indication)', 216, null, null, null, null,
 'about 1.0 mg/kg (50-100 mg) per day, as a single dose or twice daily', 'once or twice daily',
 'if needed, increases of 0.5 mg/kg/day from 6-8 weeks and then at 4-week intervals, to a maximum of 2.5 mg/kg/day; maintenance at the lowest effective dose, lowered by 0.5 mg/kg/day (about 25 mg/day) every 4 weeks',
 'Label''s general dosing (Imuran) for rheumatoid arthritis, not for AD; response usually after 6-8 weeks, a trial of at least 12 weeks. TPMT/NUDT15 deficiency, allopurinol and renal impairment change the dose (see dose_adjustment).',
 (select id from source where key = 'fda-imuran-label'), true),
-- azathioprine, EU: off-label for AD; the centrally authorised product's general dosing for other indications
((select id from drug where name = 'azathioprine'), 'EU', (select id from condition where code = 'ATOPIC_DERMATITIS'),
 'adults and children (label''s general dosing for non-transplant indications; no AD indication)', null, null, null, null, null,
 '1-3 mg/kg body weight per day, adjusted within this range to clinical response and haematological tolerance', 'daily',
 'once a response is evident, the maintenance dose is reduced to the lowest level that keeps it (from less than 1 up to 3 mg/kg/day); withdrawal is considered if there is no improvement within 3 months',
 'Label''s general dosing for "other indications", not for AD (AD is off-label in the EU). Unverified for Jayempi: this wording was displayed in an Aspen Imuran SmPC (same EU-origin text), not in the Jayempi SmPC itself.',
 (select id from source where key = 'ema-jayempi-epar'), false),
-- mycophenolate mofetil: off-label for AD everywhere; the labels' general (transplant) dosing. No guideline regimen:
-- the MMF row of the AAD 2014 dosing table could not be displayed.
((select id from drug where name = 'mycophenolate mofetil'), 'US', (select id from condition where code = 'ATOPIC_DERMATITIS'),
 'adults (label regimen for kidney transplant; no AD indication)', 216, null, null, null, null, '1 g (2 g per day)', 'twice daily', null,
 'Label''s general dosing (CellCept) for kidney transplant rejection prophylaxis, not for AD; heart and liver transplant: 1.5 g twice daily. Off-label AD use has no labelled regimen.',
 (select id from source where key = 'fda-cellcept-label'), true),
((select id from drug where name = 'mycophenolate mofetil'), 'US', (select id from condition where code = 'ATOPIC_DERMATITIS'),
 'children 3 months to 18 years (label regimen for kidney transplant)', 3, 216, null, null, null, '600 mg/m2, up to 2 g per day', 'twice daily', null,
 'Label''s general paediatric dosing (kidney transplant), not for AD: body surface area 1.25-1.5 m2 may take 750 mg capsules twice daily, above 1.5 m2 1 g twice daily.',
 (select id from source where key = 'fda-cellcept-label'), true),
((select id from drug where name = 'mycophenolate mofetil'), 'EU', (select id from condition where code = 'ATOPIC_DERMATITIS'),
 'adults (label regimen for renal transplant; no AD indication)', 216, null, null, null, null, '1 g (2 g per day)', 'twice daily', null,
 'Label''s general dosing (CellCept EU SmPC) for renal transplant, not for AD; treatment is initiated and maintained by appropriately qualified transplant specialists.',
 (select id from source where key = 'ema-cellcept-epar'), true),
((select id from drug where name = 'mycophenolate mofetil'), 'EU', (select id from condition where code = 'ATOPIC_DERMATITIS'),
 'children 2 to 18 years (label regimen for renal transplant)', 24, 216, null, null, null, '600 mg/m2, up to 2 g per day', 'twice daily', null,
 'Label''s general paediatric dosing (renal transplant), not for AD; capsules only from a body surface area of 1.25 m2 (1.25-1.5 m2: 750 mg twice daily; above 1.5 m2: 1 g twice daily). No dose recommendation below 2 years.',
 (select id from source where key = 'ema-cellcept-epar'), true),
-- prednisone, US: the label's general dosing (AD is not graded FOR by the guidelines)
((select id from drug where name = 'prednisone'), 'US', (select id from condition where code = 'ATOPIC_DERMATITIS'),
 'adults and children (label''s general dosing, all indications)', null, null, null, null, null,
 'initial 5-60 mg per day, depending on the disease being treated', 'daily', null,
 'Label''s general dosing (prednisone tablets): the initial dosage may vary from 5 mg to 60 mg per day depending on the disease, lower doses generally sufficing in less severe situations; the label gives no AD-specific regimen. Guidelines: AAD 2023 suggests against systemic corticosteroids for AD and the International Eczema Council limits any use to the short term (see use_limit). Withdrawal is gradual (see dose_adjustment).',
 (select id from source where key = 'fda-prednisone-tablets-label'), true);

-- ============================================================================================================
-- Dose adjustments
-- ============================================================================================================
insert into dose_adjustment (drug_id, region, circumstance, adjustment, source_id, verified) values
((select id from drug where name = 'cyclosporine'), 'US', 'LAB_ABNORMALITY',
 'Label (psoriasis): dose decreases of 25-50% at any time to control adverse events, e.g. hypertension, serum creatinine 25% or more above the pretreatment level, or clinically significant laboratory abnormalities; if dose reduction does not control the abnormality, or the event is severe, cyclosporine is discontinued.',
 (select id from source where key = 'fda-neoral-label'), true),
((select id from drug where name = 'cyclosporine'), 'US', 'LAB_ABNORMALITY',
 'AAD 2014 guideline (off-label AD use): if creatinine rises more than 25% above baseline, the dose is reduced by 1 mg/kg per day for 2-4 weeks and creatinine rechecked; cyclosporine is stopped if creatinine stays more than 25% above baseline and held at the lower dose if it returns to within 25% of baseline.',
 (select id from source where key = 'aad-2014-systemic'), true),
((select id from drug where name = 'azathioprine'), 'US', 'OTHER',
 'TPMT or NUDT15 deficiency: alternative therapy is considered for patients homozygous for non-functional alleles (low or absent activity); patients with one non-functional allele (heterozygous) receive a reduced dose. TPMT testing does not replace blood-count monitoring.',
 (select id from source where key = 'fda-imuran-label'), true),
((select id from drug where name = 'azathioprine'), 'US', 'OTHER',
 'Concomitant allopurinol: the azathioprine dose is reduced to one-third or one-quarter of the usual dose.',
 (select id from source where key = 'fda-imuran-label'), true),
((select id from drug where name = 'azathioprine'), 'US', 'RENAL_IMPAIRMENT',
 'Patients with renal impairment may need lower doses.',
 (select id from source where key = 'fda-imuran-label'), true),
((select id from drug where name = 'azathioprine'), 'US', 'LAB_ABNORMALITY',
 'A rapid fall in, or persistently low, leukocyte count or other evidence of bone marrow depression: the dose is reduced or treatment suspended.',
 (select id from source where key = 'fda-imuran-label'), true),
((select id from drug where name = 'azathioprine'), 'US', 'CONTROLLED_DISEASE',
 'Rheumatoid arthritis maintenance: the lowest effective dose; the dose can be lowered by 0.5 mg/kg/day (about 25 mg/day) every 4 weeks while the response is kept.',
 (select id from source where key = 'fda-imuran-label'), true),
((select id from drug where name = 'azathioprine'), 'US', 'OTHER',
 'AAD 2014 guideline (off-label AD use): baseline TPMT; dosing may be guided by TPMT enzyme activity.',
 (select id from source where key = 'aad-2014-systemic'), true),
((select id from drug where name = 'azathioprine'), 'EU', 'RENAL_IMPAIRMENT',
 'Renal impairment: the dose is reduced to the lower end of the normal range; blood counts are monitored more often, and the dose is reduced if haematological toxicity occurs.',
 (select id from source where key = 'ema-jayempi-epar'), true),
((select id from drug where name = 'azathioprine'), 'EU', 'HEPATIC_IMPAIRMENT',
 'Hepatic impairment: the dose is reduced to the lower end of the normal range; liver function is monitored regularly and the dose reduced if hepatic or haematological toxicity occurs.',
 (select id from source where key = 'ema-jayempi-epar'), true),
((select id from drug where name = 'azathioprine'), 'EU', 'OLDER_ADULTS',
 'Elderly: renal and hepatic function are monitored and the dose is at the lower end of the normal range, reduced if function is impaired.',
 (select id from source where key = 'ema-jayempi-epar'), true),
((select id from drug where name = 'mycophenolate mofetil'), 'US', 'RENAL_IMPAIRMENT',
 'Severe chronic renal impairment (GFR below 25 mL/min/1.73 m2) outside the immediate post-transplant period: doses above 1 g twice daily are avoided (label, transplant dosing).',
 (select id from source where key = 'fda-cellcept-label'), true),
((select id from drug where name = 'mycophenolate mofetil'), 'US', 'LAB_ABNORMALITY',
 'Neutropenia (absolute neutrophil count below 1.3 x 10^3/microlitre): dosing is interrupted or the dose reduced, with appropriate tests and management.',
 (select id from source where key = 'fda-cellcept-label'), true),
((select id from drug where name = 'prednisone'), 'US', 'OTHER',
 'Drug-induced secondary adrenocortical insufficiency may be minimised by gradual reduction of dosage; this relative insufficiency may persist for months after therapy is stopped.',
 (select id from source where key = 'fda-prednisone-tablets-label'), true);

-- ============================================================================================================
-- Limits of use
-- ============================================================================================================
insert into use_limit (drug_id, region, kind, value, unit, description, source_id, verified) values
((select id from drug where name = 'cyclosporine'), 'EU', 'MAX_DURATION', 8, 'WEEKS',
 'Atopic dermatitis: treatment with ciclosporin is licensed for up to 8 weeks (harmonised Sandimmun Neoral product information).',
 (select id from source where key = 'ema-sandimmun-neoral-referral'), true),
((select id from drug where name = 'cyclosporine'), 'UK', 'MAX_DURATION', 8, 'WEEKS',
 'Atopic dermatitis: usual treatment course up to 8 weeks (UK SmPC).',
 (select id from source where key = 'mhra-neoral-smpc'), true),
((select id from drug where name = 'prednisone'), 'US', 'TREATMENT_COURSE', null, null,
 'AAD 2023 (Davis et al., J Am Acad Dermatol 2024): conditional recommendation against systemic corticosteroids for adults with atopic dermatitis; no regimen or duration is endorsed. The US label lists no AD-specific duration.',
 (select id from source where key = 'aad-2023-systemic'), true),
((select id from drug where name = 'prednisone'), 'US', 'TREATMENT_COURSE', null, null,
 'International Eczema Council consensus: systemic corticosteroids should generally be avoided in atopic dermatitis and used only rarely for severe disease (no other options, bridge to another systemic therapy or phototherapy, acute flare needing immediate relief, a major life event, the most severe cases); if used, treatment is limited to the short term. Most members agreed they should never be used in children, without reaching consensus.',
 (select id from source where key = 'drucker-2018-iec-systemic-corticosteroids'), true),
((select id from drug where name = 'prednisone'), 'EU', 'TREATMENT_COURSE', null, null,
 'International Eczema Council consensus (international, applies in Europe too): systemic corticosteroids generally avoided in atopic dermatitis; if used, limited to the short term (bridge to another systemic therapy or phototherapy, acute flare, major life event, most severe cases).',
 (select id from source where key = 'drucker-2018-iec-systemic-corticosteroids'), true),
((select id from drug where name = 'prednisone'), 'EU', 'TREATMENT_COURSE', null, null,
 'EuroGuiDerm 2022: systemic glucocorticosteroids are not recommended for long-term treatment of atopic eczema; at most a short course for an acute flare. Unverified: the guideline''s own wording and any duration it states could not be displayed with the search tools.',
 (select id from source where key = 'euroguiderm-2022'), false);

-- ============================================================================================================
-- Contraindications
-- ============================================================================================================
insert into contraindication (drug_id, region, population, severity, description, source_id, verified) values
-- cyclosporine, US (Neoral label; its non-transplant contraindications are worded for psoriasis and RA patients)
((select id from drug where name = 'cyclosporine'), 'US', 'HYPERSENSITIVITY', 'CONTRAINDICATED',
 'Known hypersensitivity to cyclosporine or to any ingredient of the formulation.',
 (select id from source where key = 'fda-neoral-label'), true),
((select id from drug where name = 'cyclosporine'), 'US', 'RENAL_IMPAIRMENT', 'CONTRAINDICATED',
 'Psoriasis and rheumatoid arthritis patients with abnormal renal function (the label''s non-transplant indications; the label has no AD indication).',
 (select id from source where key = 'fda-neoral-label'), true),
((select id from drug where name = 'cyclosporine'), 'US', 'UNCONTROLLED_HYPERTENSION', 'CONTRAINDICATED',
 'Psoriasis and rheumatoid arthritis patients with uncontrolled hypertension.',
 (select id from source where key = 'fda-neoral-label'), true),
((select id from drug where name = 'cyclosporine'), 'US', 'MALIGNANCY', 'CONTRAINDICATED',
 'Psoriasis and rheumatoid arthritis patients with malignancies.',
 (select id from source where key = 'fda-neoral-label'), true),
((select id from drug where name = 'cyclosporine'), 'US', 'INTERACTING_DRUG', 'CONTRAINDICATED',
 'Psoriasis patients: concomitant PUVA or UVB therapy, methotrexate or other immunosuppressive agents, coal tar or radiation therapy.',
 (select id from source where key = 'fda-neoral-label'), true),
-- cyclosporine, EU (harmonised Sandimmun Neoral SmPC)
((select id from drug where name = 'cyclosporine'), 'EU', 'HYPERSENSITIVITY', 'CONTRAINDICATED',
 'Hypersensitivity to ciclosporin or to any of the excipients.',
 (select id from source where key = 'ema-sandimmun-neoral-referral'), true),
((select id from drug where name = 'cyclosporine'), 'EU', 'INTERACTING_DRUG', 'CONTRAINDICATED',
 'Combination with products containing Hypericum perforatum (St John''s wort).',
 (select id from source where key = 'ema-sandimmun-neoral-referral'), true),
((select id from drug where name = 'cyclosporine'), 'EU', 'INTERACTING_DRUG', 'CONTRAINDICATED',
 'Combination with medicines that are substrates of P-glycoprotein or the organic anion transporter proteins (OATP) and for which raised plasma concentrations are associated with serious and/or life-threatening events, e.g. bosentan, dabigatran etexilate and aliskiren.',
 (select id from source where key = 'ema-sandimmun-neoral-referral'), true),
((select id from drug where name = 'cyclosporine'), 'EU', 'RENAL_IMPAIRMENT', 'CONTRAINDICATED',
 'Non-transplant indications (including atopic dermatitis): patients with abnormal renal function should not receive ciclosporin (SmPC special warnings). Unverified: recalled SmPC 4.4 wording, not displayed.',
 (select id from source where key = 'ema-sandimmun-neoral-referral'), false),
((select id from drug where name = 'cyclosporine'), 'EU', 'UNCONTROLLED_HYPERTENSION', 'CONTRAINDICATED',
 'Non-transplant indications: patients with uncontrolled hypertension should not receive ciclosporin. Unverified: recalled SmPC 4.4 wording, not displayed.',
 (select id from source where key = 'ema-sandimmun-neoral-referral'), false),
((select id from drug where name = 'cyclosporine'), 'EU', 'ACTIVE_INFECTION', 'CONTRAINDICATED',
 'Non-transplant indications: patients with uncontrolled infections should not receive ciclosporin. Unverified: recalled SmPC 4.4 wording, not displayed.',
 (select id from source where key = 'ema-sandimmun-neoral-referral'), false),
((select id from drug where name = 'cyclosporine'), 'EU', 'MALIGNANCY', 'CONTRAINDICATED',
 'Non-transplant indications: patients with any kind of malignancy should not receive ciclosporin. Unverified: recalled SmPC 4.4 wording, not displayed.',
 (select id from source where key = 'ema-sandimmun-neoral-referral'), false),
((select id from drug where name = 'cyclosporine'), 'EU', 'CHILDREN', 'NOT_RECOMMENDED',
 'Atopic dermatitis is licensed in adults only; use in children under 16 years for non-transplant indications other than nephrotic syndrome is not recommended. Unverified: recalled SmPC 4.2 wording, not displayed.',
 (select id from source where key = 'ema-sandimmun-neoral-referral'), false),
-- methotrexate, US (tablets, boxed warning and section 4)
((select id from drug where name = 'methotrexate'), 'US', 'PREGNANCY', 'CONTRAINDICATED',
 'Pregnancy, for non-neoplastic diseases (which includes off-label AD use).',
 (select id from source where key = 'fda-methotrexate-tablets-label'), true),
((select id from drug where name = 'methotrexate'), 'US', 'HYPERSENSITIVITY', 'CONTRAINDICATED',
 'History of severe hypersensitivity reactions to methotrexate, including anaphylaxis.',
 (select id from source where key = 'fda-methotrexate-tablets-label'), true),
-- methotrexate, EU (Jylamvo SmPC 4.3, centrally authorised)
((select id from drug where name = 'methotrexate'), 'EU', 'HYPERSENSITIVITY', 'CONTRAINDICATED',
 'Hypersensitivity to methotrexate or to any of the excipients.',
 (select id from source where key = 'ema-jylamvo-epar'), true),
((select id from drug where name = 'methotrexate'), 'EU', 'HEPATIC_IMPAIRMENT', 'CONTRAINDICATED',
 'Hepatic impairment with bilirubin above 5 mg/dl (85.5 micromol/l).',
 (select id from source where key = 'ema-jylamvo-epar'), true),
((select id from drug where name = 'methotrexate'), 'EU', 'ALCOHOL', 'CONTRAINDICATED',
 'Alcohol abuse.',
 (select id from source where key = 'ema-jylamvo-epar'), true),
((select id from drug where name = 'methotrexate'), 'EU', 'RENAL_IMPAIRMENT', 'CONTRAINDICATED',
 'Severe renal impairment (creatinine clearance below 30 ml/min).',
 (select id from source where key = 'ema-jylamvo-epar'), true),
((select id from drug where name = 'methotrexate'), 'EU', 'CYTOPENIA', 'CONTRAINDICATED',
 'Pre-existing blood disorders such as bone marrow hypoplasia, leukopenia, thrombocytopenia or significant anaemia.',
 (select id from source where key = 'ema-jylamvo-epar'), true),
((select id from drug where name = 'methotrexate'), 'EU', 'IMMUNODEFICIENCY', 'CONTRAINDICATED',
 'Immunodeficiency.',
 (select id from source where key = 'ema-jylamvo-epar'), true),
((select id from drug where name = 'methotrexate'), 'EU', 'ACTIVE_INFECTION', 'CONTRAINDICATED',
 'Severe, acute or chronic infections such as tuberculosis and HIV.',
 (select id from source where key = 'ema-jylamvo-epar'), true),
((select id from drug where name = 'methotrexate'), 'EU', 'OTHER', 'CONTRAINDICATED',
 'Stomatitis, ulcers of the oral cavity and known active gastrointestinal ulcers.',
 (select id from source where key = 'ema-jylamvo-epar'), true),
((select id from drug where name = 'methotrexate'), 'EU', 'BREASTFEEDING', 'CONTRAINDICATED',
 'Breast-feeding.',
 (select id from source where key = 'ema-jylamvo-epar'), true),
((select id from drug where name = 'methotrexate'), 'EU', 'LIVE_VACCINES', 'CONTRAINDICATED',
 'Concurrent vaccination with live vaccines.',
 (select id from source where key = 'ema-jylamvo-epar'), true),
((select id from drug where name = 'methotrexate'), 'EU', 'PREGNANCY', 'CONTRAINDICATED',
 'Pregnancy, for non-oncological indications.',
 (select id from source where key = 'ema-jylamvo-epar'), true),
-- azathioprine, US (Imuran)
((select id from drug where name = 'azathioprine'), 'US', 'HYPERSENSITIVITY', 'CONTRAINDICATED',
 'Patients who have shown hypersensitivity to azathioprine.',
 (select id from source where key = 'fda-imuran-label'), true),
((select id from drug where name = 'azathioprine'), 'US', 'PREGNANCY', 'CONTRAINDICATED',
 'Pregnant women, for rheumatoid arthritis (the label''s non-transplant indication; AD is off-label).',
 (select id from source where key = 'fda-imuran-label'), true),
((select id from drug where name = 'azathioprine'), 'US', 'MALIGNANCY', 'CONTRAINDICATED',
 'Rheumatoid arthritis patients previously treated with alkylating agents (cyclophosphamide, chlorambucil, melphalan or others) may have a prohibitive risk of malignancy with azathioprine.',
 (select id from source where key = 'fda-imuran-label'), true),
-- azathioprine, EU (Jayempi, the centrally authorised azathioprine product, SmPC 4.3)
((select id from drug where name = 'azathioprine'), 'EU', 'HYPERSENSITIVITY', 'CONTRAINDICATED',
 'Hypersensitivity to azathioprine, to 6-mercaptopurine (its metabolite) or to any of the excipients.',
 (select id from source where key = 'ema-jayempi-epar'), true),
((select id from drug where name = 'azathioprine'), 'EU', 'LIVE_VACCINES', 'CONTRAINDICATED',
 'Any live vaccine, especially BCG, smallpox and yellow fever.',
 (select id from source where key = 'ema-jayempi-epar'), true),
((select id from drug where name = 'azathioprine'), 'EU', 'BREASTFEEDING', 'CONTRAINDICATED',
 'Lactation.',
 (select id from source where key = 'ema-jayempi-epar'), true),
((select id from drug where name = 'azathioprine'), 'EU', 'ACTIVE_INFECTION', 'CAUTION',
 'Pre-existing severe infections, severe disorders of liver or bone marrow function and pancreatitis: treatment is started only after a careful benefit/risk analysis and with the precautions of the SmPC (section 4.4).',
 (select id from source where key = 'ema-jayempi-epar'), true),
-- mycophenolate mofetil, US and EU
((select id from drug where name = 'mycophenolate mofetil'), 'US', 'HYPERSENSITIVITY', 'CONTRAINDICATED',
 'Hypersensitivity to mycophenolate mofetil, mycophenolic acid or any component of the product; CellCept Intravenous also in patients allergic to polysorbate 80.',
 (select id from source where key = 'fda-cellcept-label'), true),
((select id from drug where name = 'mycophenolate mofetil'), 'EU', 'HYPERSENSITIVITY', 'CONTRAINDICATED',
 'Hypersensitivity to mycophenolate mofetil, mycophenolic acid or any of the excipients (intravenous form: also polysorbate 80).',
 (select id from source where key = 'ema-cellcept-epar'), true),
((select id from drug where name = 'mycophenolate mofetil'), 'EU', 'PREGNANCY', 'CONTRAINDICATED',
 'Pregnancy, unless there is no suitable alternative treatment to prevent transplant rejection; not to be started in women of childbearing potential without a pregnancy test result that rules out unintended use in pregnancy.',
 (select id from source where key = 'ema-cellcept-epar'), true),
((select id from drug where name = 'mycophenolate mofetil'), 'EU', 'OTHER', 'CONTRAINDICATED',
 'Women of childbearing potential who are not using highly effective contraception.',
 (select id from source where key = 'ema-cellcept-epar'), true),
((select id from drug where name = 'mycophenolate mofetil'), 'EU', 'BREASTFEEDING', 'CONTRAINDICATED',
 'Women who are breast-feeding.',
 (select id from source where key = 'ema-cellcept-epar'), true),
-- prednisone, US
((select id from drug where name = 'prednisone'), 'US', 'HYPERSENSITIVITY', 'CONTRAINDICATED',
 'Known hypersensitivity to components.',
 (select id from source where key = 'fda-prednisone-tablets-label'), true),
((select id from drug where name = 'prednisone'), 'US', 'ACTIVE_INFECTION', 'CONTRAINDICATED',
 'Systemic fungal infections.',
 (select id from source where key = 'fda-prednisone-tablets-label'), true),
((select id from drug where name = 'prednisone'), 'US', 'LIVE_VACCINES', 'CONTRAINDICATED',
 'Administration of live or live, attenuated vaccines is contraindicated in patients receiving immunosuppressive doses of corticosteroids (label warnings).',
 (select id from source where key = 'fda-prednisone-tablets-label'), true);

-- ============================================================================================================
-- Pregnancy, breastfeeding, contraception
-- ============================================================================================================
insert into reproductive_safety (drug_id, region, topic, guidance, text, registry, source_id, verified) values
-- cyclosporine
((select id from drug where name = 'cyclosporine'), 'US', 'PREGNANCY', 'USE_ONLY_IF_CLEARLY_NEEDED',
 'Used in pregnancy only if the benefit outweighs the risk to the fetus: adverse pregnancy outcomes (hypertension, pre-eclampsia, preterm birth, low birth weight) have been reported, and animal studies showed embryo-fetal toxicity below the maximum human dose; the ethanol content of some formulations is taken into account. A pregnancy exposure registry (Transplant Pregnancy Registry International) is named. Read in a drug-information summary of the US cyclosporine labels (Gengraf, Neoral, Sandimmune), not in the label itself.',
 true, (select id from source where key = 'fda-neoral-label'), true),
((select id from drug where name = 'cyclosporine'), 'US', 'BREASTFEEDING', 'AVOID',
 'Cyclosporine is excreted in human milk; a decision is made whether to discontinue nursing or the drug, taking into account the importance of the drug to the mother (possible immunosuppression, neutropenia, growth effects in the infant). Read in drug-information summaries of the US labels, not in the label itself.',
 false, (select id from source where key = 'fda-neoral-label'), true),
((select id from drug where name = 'cyclosporine'), 'EU', 'PREGNANCY', 'USE_ONLY_IF_CLEARLY_NEEDED',
 'Limited data in pregnant women; transplant recipients on ciclosporin-containing regimens are at increased risk of premature delivery (<37 weeks). Not to be used in pregnancy unless the expected benefit to the mother outweighs the potential risk to the fetus; the ethanol content of the formulations is taken into account.',
 false, (select id from source where key = 'ema-sandimmun-neoral-referral'), true),
((select id from drug where name = 'cyclosporine'), 'EU', 'BREASTFEEDING', 'AVOID',
 'Ciclosporin passes into breast milk; because it can cause serious adverse reactions in breastfed infants, mothers receiving it should not breast-feed (the ethanol content is also taken into account).',
 false, (select id from source where key = 'ema-sandimmun-neoral-referral'), true),
-- methotrexate
((select id from drug where name = 'methotrexate'), 'US', 'PREGNANCY', 'CONTRAINDICATED',
 'Methotrexate can cause embryo-fetal toxicity, including fetal death; contraindicated in pregnancy for non-neoplastic diseases. Pregnancy status is verified in females of reproductive potential before starting.',
 false, (select id from source where key = 'fda-methotrexate-tablets-label'), true),
((select id from drug where name = 'methotrexate'), 'US', 'CONTRACEPTION', 'REQUIRED',
 'Females of reproductive potential: effective contraception during treatment and for 6 months after the final dose; males with female partners of reproductive potential: effective contraception during treatment and for at least 3 months after the final dose. Unverified for this label: wording displayed in the US Jylamvo label (same class labelling), not in the tablets label.',
 false, (select id from source where key = 'fda-methotrexate-tablets-label'), false),
((select id from drug where name = 'methotrexate'), 'US', 'BREASTFEEDING', 'AVOID',
 'Women are advised not to breastfeed during treatment and for 1 week after the final dose. Unverified: recalled PLR lactation wording, not displayed.',
 false, (select id from source where key = 'fda-methotrexate-tablets-label'), false),
((select id from drug where name = 'methotrexate'), 'EU', 'PREGNANCY', 'CONTRAINDICATED',
 'Contraindicated in pregnancy for non-oncological indications (which includes off-label AD use).',
 false, (select id from source where key = 'ema-jylamvo-epar'), true),
((select id from drug where name = 'methotrexate'), 'EU', 'BREASTFEEDING', 'CONTRAINDICATED',
 'Breast-feeding is a contraindication.',
 false, (select id from source where key = 'ema-jylamvo-epar'), true),
((select id from drug where name = 'methotrexate'), 'EU', 'CONTRACEPTION', 'REQUIRED',
 'Women must not become pregnant during methotrexate therapy: effective contraception during treatment and for at least 6 months after; pregnancy excluded before starting. Men: reliable contraception (by the patient or his female partner) during treatment and for at least 3 months after stopping, and no semen donation in that period. Unverified for Jylamvo: read in a national EU SmPC (Metoject) with the same harmonised text.',
 false, (select id from source where key = 'ema-jylamvo-epar'), false),
-- azathioprine
((select id from drug where name = 'azathioprine'), 'US', 'PREGNANCY', 'AVOID',
 'Imuran can cause fetal harm when given to a pregnant woman (former pregnancy category D): it should not be given during pregnancy without careful weighing of risk against benefit, use in pregnant patients is avoided whenever possible, and it is not used to treat rheumatoid arthritis in pregnant women.',
 false, (select id from source where key = 'fda-imuran-label'), true),
((select id from drug where name = 'azathioprine'), 'US', 'BREASTFEEDING', 'AVOID',
 'Use in nursing mothers is not recommended.',
 false, (select id from source where key = 'fda-imuran-label'), true),
((select id from drug where name = 'azathioprine'), 'EU', 'BREASTFEEDING', 'CONTRAINDICATED',
 'Lactation is a contraindication (Jayempi SmPC 4.3).',
 false, (select id from source where key = 'ema-jayempi-epar'), true),
((select id from drug where name = 'azathioprine'), 'EU', 'PREGNANCY', 'USE_ONLY_IF_CLEARLY_NEEDED',
 'Not used in pregnancy without a careful assessment of benefit and risk; leukopenia and/or thrombocytopenia have been reported in neonates of mothers treated throughout pregnancy. Unverified: recalled SmPC 4.6 wording, not displayed.',
 false, (select id from source where key = 'ema-jayempi-epar'), false),
((select id from drug where name = 'azathioprine'), 'EU', 'CONTRACEPTION', 'REQUIRED',
 'Adequate contraception for both male and female patients of reproductive age during treatment and for at least 3 months after stopping. Unverified: read in a drug-information summary, SmPC 4.6 not displayed.',
 false, (select id from source where key = 'ema-jayempi-epar'), false),
-- mycophenolate mofetil
((select id from drug where name = 'mycophenolate mofetil'), 'US', 'PREGNANCY', 'AVOID',
 'Use during pregnancy is associated with increased risks of first-trimester pregnancy loss and congenital malformations (external ear and other facial abnormalities including cleft lip and palate, distal limbs, heart, oesophagus, kidney, nervous system); avoided if safer treatment options are available. Pregnancies are reported to the pregnancy exposure registry of the Mycophenolate REMS.',
 true, (select id from source where key = 'fda-cellcept-label'), true),
((select id from drug where name = 'mycophenolate mofetil'), 'US', 'CONTRACEPTION', 'REQUIRED',
 'Females of reproductive potential are counselled on pregnancy prevention and planning, have a negative pregnancy test before starting, and use acceptable contraception during treatment and for 6 weeks after stopping (mycophenolate lowers hormonal contraceptive levels, so a second method is used with hormonal contraception).',
 false, (select id from source where key = 'fda-cellcept-label'), true),
((select id from drug where name = 'mycophenolate mofetil'), 'US', 'BREASTFEEDING', 'AVOID',
 'Breastfeeding is not recommended during treatment because of the potential for serious adverse reactions in the breastfed infant. Unverified: recalled label wording, not displayed.',
 false, (select id from source where key = 'fda-cellcept-label'), false),
((select id from drug where name = 'mycophenolate mofetil'), 'EU', 'PREGNANCY', 'CONTRAINDICATED',
 'Powerful human teratogen (spontaneous abortion reported in 45-49% and malformations in 23-27% of live births after exposure in pregnancy): contraindicated in pregnancy unless there is no suitable alternative to prevent transplant rejection; a negative pregnancy test is required before the first prescription.',
 false, (select id from source where key = 'ema-cellcept-epar'), true),
((select id from drug where name = 'mycophenolate mofetil'), 'EU', 'BREASTFEEDING', 'CONTRAINDICATED',
 'Contraindicated in breast-feeding women.',
 false, (select id from source where key = 'ema-cellcept-epar'), true),
((select id from drug where name = 'mycophenolate mofetil'), 'EU', 'CONTRACEPTION', 'REQUIRED',
 'Women of childbearing potential: at least one reliable form of contraception (preferably two complementary forms) before starting, during treatment and for 6 weeks after stopping; treatment is contraindicated without highly effective contraception. Men: the patient or his female partner uses reliable contraception during treatment and for at least 90 days after stopping (EU advice updated 2018 because mycophenolate is genotoxic); no semen donation during treatment and for 90 days after, no blood donation during treatment and for 6 weeks after (package leaflet and the 2018 direct healthcare-professional communication).',
 false, (select id from source where key = 'ema-cellcept-epar'), true),
-- prednisone
((select id from drug where name = 'prednisone'), 'US', 'PREGNANCY', 'USE_ONLY_IF_CLEARLY_NEEDED',
 'Adequate human reproduction studies have not been done with corticosteroids: use in pregnancy or in women of childbearing potential requires that the possible benefits be weighed against the potential hazards to the mother and embryo or fetus; infants of mothers who received substantial doses during pregnancy are observed for signs of hypoadrenalism (label warnings, read in a copy of the prednisone label).',
 false, (select id from source where key = 'fda-prednisone-tablets-label'), true),
((select id from drug where name = 'prednisone'), 'US', 'BREASTFEEDING', 'USE_ONLY_IF_CLEARLY_NEEDED',
 'Use in nursing mothers requires that the possible benefits of the drug be weighed against the potential hazards (label warnings, read in a copy of the prednisone label).',
 false, (select id from source where key = 'fda-prednisone-tablets-label'), true);

-- ============================================================================================================
-- Vaccination
-- ============================================================================================================
insert into vaccination_advice (drug_id, region, kind, text, source_id, verified) values
((select id from drug where name = 'cyclosporine'), 'US', 'AVOID_LIVE_VACCINES',
 'During treatment vaccination may be less effective and live vaccines are avoided. Unverified: recalled label wording, not displayed.',
 (select id from source where key = 'fda-neoral-label'), false),
((select id from drug where name = 'cyclosporine'), 'EU', 'AVOID_LIVE_VACCINES',
 'Vaccination may be less effective during treatment; live attenuated vaccines are avoided. Unverified: recalled SmPC wording, not displayed.',
 (select id from source where key = 'ema-sandimmun-neoral-referral'), false),
((select id from drug where name = 'azathioprine'), 'EU', 'AVOID_LIVE_VACCINES',
 'No live vaccine, especially BCG, smallpox and yellow fever, during treatment and until at least 3 months after the end of azathioprine treatment (EPAR overview; live vaccines are a contraindication in SmPC 4.3).',
 (select id from source where key = 'ema-jayempi-epar'), true),
((select id from drug where name = 'methotrexate'), 'EU', 'AVOID_LIVE_VACCINES',
 'Concurrent vaccination with live vaccines is contraindicated.',
 (select id from source where key = 'ema-jylamvo-epar'), true),
((select id from drug where name = 'methotrexate'), 'US', 'AVOID_LIVE_VACCINES',
 'Live vaccines are avoided during treatment; immunisation may be ineffective. Unverified: recalled PLR warnings wording, not displayed.',
 (select id from source where key = 'fda-methotrexate-tablets-label'), false),
((select id from drug where name = 'mycophenolate mofetil'), 'US', 'AVOID_LIVE_VACCINES',
 'Live attenuated vaccines are avoided during treatment; vaccinations may be less effective. Unverified: recalled label wording, not displayed.',
 (select id from source where key = 'fda-cellcept-label'), false),
((select id from drug where name = 'mycophenolate mofetil'), 'EU', 'AVOID_LIVE_VACCINES',
 'Patients talk to their doctor before any live vaccine (package leaflet); the SmPC advises that live attenuated vaccines be avoided and notes vaccination may be less effective (SmPC wording recalled, not displayed).',
 (select id from source where key = 'ema-cellcept-epar'), false),
((select id from drug where name = 'prednisone'), 'US', 'AVOID_LIVE_VACCINES',
 'Live or live, attenuated vaccines are contraindicated in patients receiving immunosuppressive doses of corticosteroids; killed or inactivated vaccines may be administered to such patients (label warnings).',
 (select id from source where key = 'fda-prednisone-tablets-label'), true);

-- ============================================================================================================
-- Interactions
-- ============================================================================================================
insert into drug_interaction (drug_id, region, interacting, interacting_drug_id, effect, management, text, source_id, verified) values
-- cyclosporine
((select id from drug where name = 'cyclosporine'), 'EU', 'St John''s wort (Hypericum perforatum)', null,
 'lower ciclosporin concentrations (induction)', 'CONTRAINDICATED',
 'Combination with products containing Hypericum perforatum is contraindicated.',
 (select id from source where key = 'ema-sandimmun-neoral-referral'), true),
((select id from drug where name = 'cyclosporine'), 'EU', 'P-gp/OATP substrates with serious concentration-dependent toxicity (bosentan, dabigatran etexilate, aliskiren)', null,
 'raised plasma concentrations of the other drug', 'CONTRAINDICATED',
 'Combination with P-glycoprotein or OATP substrates for which elevated plasma concentrations are associated with serious and/or life-threatening events (e.g. bosentan, dabigatran etexilate, aliskiren) is contraindicated.',
 (select id from source where key = 'ema-sandimmun-neoral-referral'), true),
((select id from drug where name = 'cyclosporine'), 'US', 'methotrexate or other immunosuppressive agents (psoriasis patients)', (select id from drug where name = 'methotrexate'),
 'additive immunosuppression', 'CONTRAINDICATED',
 'Psoriasis patients treated with Neoral should not receive concomitant methotrexate or other immunosuppressive agents, PUVA or UVB therapy, coal tar or radiation therapy.',
 (select id from source where key = 'fda-neoral-label'), true),
((select id from drug where name = 'cyclosporine'), 'US', 'grapefruit and grapefruit juice', null,
 'raised cyclosporine blood concentrations', 'AVOID',
 'Grapefruit and grapefruit juice affect cyclosporine metabolism and are avoided. Unverified: recalled label wording; the avoidance is also stated in product summaries.',
 (select id from source where key = 'fda-neoral-label'), false),
((select id from drug where name = 'cyclosporine'), 'US', 'CYP3A4 and P-gp inhibitors (e.g. ketoconazole, itraconazole, erythromycin, clarithromycin, diltiazem)', null,
 'raised cyclosporine concentrations, nephrotoxicity', 'MONITOR',
 'Drugs that inhibit CYP3A4/P-gp raise cyclosporine concentrations; concentrations, renal function and the dose are monitored and adjusted. Unverified: recalled label wording, not displayed.',
 (select id from source where key = 'fda-neoral-label'), false),
-- methotrexate
((select id from drug where name = 'methotrexate'), 'US', 'NSAIDs and salicylates', null,
 'reduced tubular secretion, raised and prolonged methotrexate levels', 'MONITOR',
 'Some NSAIDs raise and prolong serum methotrexate levels (deaths from haematologic and gastrointestinal toxicity reported with high-dose methotrexate); caution and close monitoring with lower doses. Unverified for the cited tablets label: wording displayed in an older methotrexate label.',
 (select id from source where key = 'fda-methotrexate-tablets-label'), false),
((select id from drug where name = 'methotrexate'), 'US', 'proton pump inhibitors (e.g. omeprazole, esomeprazole, pantoprazole)', null,
 'raised and prolonged methotrexate and hydroxymethotrexate levels', 'MONITOR',
 'Concomitant PPIs, mainly with high-dose methotrexate, may raise and prolong serum methotrexate levels and cause toxicity; caution. Unverified for the cited tablets label: wording displayed in another methotrexate label.',
 (select id from source where key = 'fda-methotrexate-tablets-label'), false),
((select id from drug where name = 'methotrexate'), 'US', 'trimethoprim-sulfamethoxazole and other folate antagonists', null,
 'increased bone marrow suppression', 'AVOID',
 'Folate antagonists increase the risk of methotrexate myelosuppression; concomitant use is avoided or closely monitored. Unverified: recalled PLR wording, not displayed.',
 (select id from source where key = 'fda-methotrexate-tablets-label'), false),
-- azathioprine
((select id from drug where name = 'azathioprine'), 'US', 'allopurinol', null,
 'inhibited azathioprine inactivation (xanthine oxidase), myelotoxicity', 'ADJUST_DOSE',
 'With concomitant allopurinol the azathioprine dose is reduced to one-third or one-quarter of the usual dose.',
 (select id from source where key = 'fda-imuran-label'), true),
((select id from drug where name = 'azathioprine'), 'US', 'febuxostat', null,
 'inhibited azathioprine inactivation (xanthine oxidase)', 'AVOID',
 'Concomitant use with febuxostat is not recommended.',
 (select id from source where key = 'fda-imuran-label'), true),
((select id from drug where name = 'azathioprine'), 'US', 'trimethoprim-sulfamethoxazole (co-trimoxazole)', null,
 'exaggerated leukopenia', 'MONITOR',
 'Co-trimoxazole with azathioprine has caused exaggerated leukopenia.',
 (select id from source where key = 'fda-imuran-label'), true),
((select id from drug where name = 'azathioprine'), 'US', 'ACE inhibitors', null,
 'anaemia and severe leukopenia', 'MONITOR',
 'ACE inhibitors with azathioprine have been reported to cause anaemia and leukopenia.',
 (select id from source where key = 'fda-imuran-label'), true),
((select id from drug where name = 'azathioprine'), 'US', 'ribavirin', null,
 'pancytopenia and myelotoxicity', 'MONITOR',
 'Ribavirin with azathioprine has been reported to cause severe pancytopenia and myelotoxicity.',
 (select id from source where key = 'fda-imuran-label'), true),
-- mycophenolate mofetil
((select id from drug where name = 'mycophenolate mofetil'), 'US', 'azathioprine', (select id from drug where name = 'azathioprine'),
 'additive bone marrow suppression', 'AVOID',
 'Concomitant use with azathioprine is not recommended: both can cause bone marrow suppression and the combination has not been studied. Unverified: recalled label wording, not displayed.',
 (select id from source where key = 'fda-cellcept-label'), false),
((select id from drug where name = 'mycophenolate mofetil'), 'US', 'hormonal contraceptives', null,
 'lower contraceptive hormone levels, reduced contraceptive efficacy', 'CAUTION',
 'Mycophenolate lowers blood levels of the hormones of oral contraceptives; an additional contraceptive method is used (Medication Guide).',
 (select id from source where key = 'fda-cellcept-label'), true),
((select id from drug where name = 'mycophenolate mofetil'), 'US', 'antacids with magnesium or aluminium hydroxide, proton pump inhibitors, cholestyramine and other drugs that interfere with enterohepatic recirculation', null,
 'lower mycophenolic acid exposure', 'CAUTION',
 'These drugs reduce mycophenolic acid exposure and may reduce efficacy; simultaneous antacid dosing and cholestyramine are avoided. Unverified: recalled label wording, not displayed.',
 (select id from source where key = 'fda-cellcept-label'), false);

-- ============================================================================================================
-- Risk programmes
-- ============================================================================================================
insert into risk_program (drug_id, region, kind, name, description, source_id, verified) values
((select id from drug where name = 'mycophenolate mofetil'), 'US', 'REMS', 'Mycophenolate REMS',
 'FDA-required Risk Evaluation and Mitigation Strategy for all mycophenolate products, because of embryofetal toxicity: a Medication Guide and elements to assure safe use, with a pregnancy exposure registry (www.mycophenolateREMS.com, 1-800-617-8191). The label requires that females of reproductive potential be counselled on pregnancy prevention and planning, tested for pregnancy before starting and use contraception (see reproductive_safety).',
 (select id from source where key = 'fda-cellcept-label'), true),
((select id from drug where name = 'mycophenolate mofetil'), 'EU', 'PREGNANCY_PREVENTION_PROGRAMME', 'EU pregnancy prevention measures for mycophenolate (2015 update of the product information)',
 'Since the 2015 review mycophenolate is contraindicated in pregnancy (unless no suitable alternative to prevent transplant rejection), in women of childbearing potential not using highly effective contraception and without a negative pregnancy test; educational material for healthcare professionals and patients, counselling on the teratogenic risk, pregnancy testing and contraception for women and men (with semen and blood donation restrictions).',
 (select id from source where key = 'ema-cellcept-epar'), true),
((select id from drug where name = 'methotrexate'), 'EU', 'RESTRICTED_USE', 'EU measures against methotrexate dosing errors (Article 31 referral, 2019): prescribers',
 'Only doctors with expertise in using methotrexate-containing medicines prescribe them; healthcare professionals ensure patients or carers can follow the once-weekly schedule for inflammatory diseases; dose-splitting recommendations removed from the tablet product information.',
 (select id from source where key = 'ema-methotrexate-referral'), true),
((select id from drug where name = 'methotrexate'), 'EU', 'PATIENT_CARD', 'Methotrexate patient card (once-weekly dosing)',
 'A patient card emphasising the once-weekly schedule for inflammatory diseases (rheumatoid arthritis, psoriasis, Crohn''s disease) is provided with oral methotrexate (tablets and oral liquid); patients show it to any new healthcare professional.',
 (select id from source where key = 'ema-methotrexate-referral'), true),
((select id from drug where name = 'methotrexate'), 'EU', 'EDUCATIONAL_MATERIALS', 'Methotrexate packaging reminder and educational materials',
 'Outer packaging of once-weekly methotrexate carries a prominent "once weekly" reminder; tablets are supplied in blister packs, not bottles or tubes; educational materials for healthcare professionals on counselling for oral methotrexate.',
 (select id from source where key = 'ema-methotrexate-referral'), true);

-- ============================================================================================================
-- Data version
-- ============================================================================================================
update data_version
set version = '2026.11.27', reviewed_on = date '2026-11-27',
    notes = notes || ' | 2026-11-27 (V14_5): safety in use of the conventional systemic drugs (dosing as labelled or as the AAD guideline states for off-label use, dose adjustments, limits, contraindications, reproductive safety, vaccination, interactions, risk programmes), methotrexate boxed-warning topics, MTX/CsA/AZA/MMF synonyms, Gengraf brand.'
where id = 1;
