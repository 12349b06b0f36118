-- V20: second reading (2026-12-06) of the rows left verified = false by V3_n/V10/V14_n/V15 in dosing_regimen,
-- contraindication, dose_adjustment, monitoring_requirement, approval, efficacy_result, drug_target and search_alias,
-- plus three known citation problems (monitoring rows citing AAD 2014, rows citing copies, PDE4 isoform targets).
--
-- Rules applied (db/README "Curation rules" and "Search vocabulary"):
--   * verified = true only where the reader read, on 2026-12-06, the primary document's own text stating the fact:
--     the label or SmPC itself or a verbatim reproduction of the cited section (US label: DailyMed, prescriber-site
--     and manufacturer prescribing-information pages; EU SmPC: RxReasoner "Source: European Medicines Agency" copies),
--     a guideline's or review's own text (PMC author manuscript, journal abstract). Another country's label (MIMS
--     copies of Asian labels, Swiss product information, the Great Britain SmPC for an EU row) does not verify an EU
--     row; news reports and AI-written summaries verify nothing.
--   * Where the document says it differently, the row is corrected to the document; where nothing primary could be
--     read, the row stays verified = false with one sentence in unverified_reason; rows the cited document plainly
--     does not support are deleted.
--   * Rows are found by natural keys (drug, region, condition, population, circumstance, lab test, phase, term), never
--     by id. Not touched (a colleague's V18): tralokinumab dosing, lebrikizumab contraindication, roflumilast US
--     approval indication, guideline_recommendation.
--
-- The search tools expose excerpts of stored pages only; a section that no excerpt displayed counts as not read.

-- ---------------------------------------------------------------------------------------------------------------
-- Sources added
-- ---------------------------------------------------------------------------------------------------------------
insert into source (key, title, publisher, kind, url, published_on, accessed_on) values
('pfizer-cibinqo-mhra-2021', 'UK''s MHRA Grants Marketing Authorisation for Pfizer''s CIBINQO (abrocitinib) for Adults and Adolescents With Moderate to Severe Atopic Dermatitis (press release, 9 September 2021: Great Britain authorisation for adults and adolescents 12 years and over who are candidates for systemic therapy; first marketing authorisation worldwide)', 'Pfizer Inc.', 'ARTICLE', 'https://www.pfizer.com/news/press-release/press-release-detail/uks-mhra-grants-marketing-authorisation-pfizers-cibinqor', '2021-09-09', '2026-12-06'),
('emc-nemluvio-smpc', 'Nemluvio 30 mg powder and solvent for solution for injection in pre-filled pen: summary of product characteristics (Great Britain), last updated on emc 12 March 2025', 'electronic medicines compendium (emc), UK (MHRA-authorised SmPC)', 'LABEL', 'https://www.medicines.org.uk/emc/product/100635/smpc', '2025-03-12', '2026-12-06'),
('nhs-fife-rheumatology-blood-tests', 'Managing your blood tests: monitoring schedules for rheumatology medicines (FBC, LFTs, U&E, BP) (undated)', 'NHS Fife Rheumatology Service', 'ARTICLE', 'https://nhsfife.org/services/all-services/rheumatology/self-management/managing-your-blood-tests', '2026-12-06', '2026-12-06');

-- ---------------------------------------------------------------------------------------------------------------
-- dosing_regimen
-- ---------------------------------------------------------------------------------------------------------------

-- dupilumab EU: EMA SmPC 4.2 (Posology, atopic dermatitis), read in the RxReasoner reproduction of the EMA SmPC
-- (revision 2023) and RxReasoner's indication pages built from it: adults 600 mg then 300 mg every other week, stop
-- if no response after 16 weeks; adolescent table by body weight. The tables for children 6 months to 11 years were
-- not displayed (the MIMS Hong Kong copy shows them only as images).
update dosing_regimen set verified = true, unverified_reason = null,
    notes = 'EU SmPC 4.2 (adults), read in the RxReasoner reproduction of the EMA SmPC (revision 2023): initial dose 600 mg (two 300 mg injections), then 300 mg every other week. Consider stopping if no response after 16 weeks; some patients with initial partial response improve with continued treatment beyond 16 weeks.'
where drug_id = (select id from drug where name = 'dupilumab') and region = 'EU'
  and condition_id = (select id from condition where code = 'ATOPIC_DERMATITIS') and population = 'adults';

update dosing_regimen set verified = true, unverified_reason = null,
    notes = 'EU SmPC 4.2, adolescent table (12 to 17 years, body weight less than 60 kg: initial dose 400 mg (two 200 mg injections), subsequent doses 200 mg every other week), read in the RxReasoner reproduction of the EMA SmPC.'
where drug_id = (select id from drug where name = 'dupilumab') and region = 'EU'
  and condition_id = (select id from condition where code = 'ATOPIC_DERMATITIS') and population = 'adolescents 12 to 17 years, <60 kg';

update dosing_regimen set verified = true, unverified_reason = null,
    notes = 'EU SmPC 4.2, adolescent table (12 to 17 years, 60 kg or more: initial dose 600 mg (two 300 mg injections), subsequent doses 300 mg every other week), read in the RxReasoner reproduction of the EMA SmPC.'
where drug_id = (select id from drug where name = 'dupilumab') and region = 'EU'
  and condition_id = (select id from condition where code = 'ATOPIC_DERMATITIS') and population = 'adolescents 12 to 17 years, 60 kg or more';

update dosing_regimen set unverified_reason = 'The EU SmPC 4.2 table for children 6 to 11 years (day-1/day-15 initial doses, 300 mg every 4 weeks, optional 200 mg every other week) was not displayed in any stored copy of the EMA SmPC; only the UK manufacturer dosing page was read.'
where drug_id = (select id from drug where name = 'dupilumab') and region = 'EU' and not verified
  and population = 'children 6 to 11 years (severe AD), 15 to <60 kg';

update dosing_regimen set unverified_reason = 'The EU SmPC 4.2 table for children 6 to 11 years was not displayed in any stored copy of the EMA SmPC.'
where drug_id = (select id from drug where name = 'dupilumab') and region = 'EU' and not verified
  and population = 'children 6 to 11 years (severe AD), 60 kg or more';

update dosing_regimen set unverified_reason = 'The EU SmPC 4.2 table for children 6 months to 5 years was not displayed in any stored copy of the EMA SmPC (the MIMS Hong Kong copy shows it only as an image).'
where drug_id = (select id from drug where name = 'dupilumab') and region = 'EU' and not verified
  and population in ('children 6 months to 5 years (severe AD), 5 to <15 kg', 'children 6 months to 5 years (severe AD), 15 to <30 kg');

-- dupilumab US prurigo nodularis: section 2.7 of the current US label was not displayed in a label copy.
update dosing_regimen set unverified_reason = 'US label section 2.7 (prurigo nodularis) was not displayed in any copy of the label; only the manufacturer''s prurigo nodularis dosing page (600 mg loading, then every 2 weeks, the maintenance strength shown only as an image) and an AI-written summary quoting 2.7 were read.'
where drug_id = (select id from drug where name = 'dupilumab') and region = 'US'
  and condition_id = (select id from condition where code = 'PRURIGO_NODULARIS') and population = 'adults';

-- nemolizumab EU prurigo nodularis: RxReasoner's copy of the EMA SmPC (revision 2025) breaks off inside the PN posology.
update dosing_regimen set unverified_reason = 'EU SmPC 4.2 prurigo nodularis posology was displayed in the RxReasoner copy of the EMA SmPC only up to "patients weighing <90 kg is an initial dose of"; the weight-based maintenance doses were read only in the US label.'
where drug_id = (select id from drug where name = 'nemolizumab') and region = 'EU'
  and condition_id = (select id from condition where code = 'PRURIGO_NODULARIS');

-- ruxolitinib US: the current label revision (S-009, 30 June 2026) is still unread.
update dosing_regimen set unverified_reason = 'The current US label (revision S-009 approved 30 June 2026) could not be read in any stored copy; the regimen reflects the September 2025 label.'
where drug_id = (select id from drug where name = 'ruxolitinib') and region = 'US'
  and condition_id = (select id from condition where code = 'ATOPIC_DERMATITIS') and not verified;

-- upadacitinib US 65 and older: US label Dosage and Administration (Highlights, Atopic Dermatitis: "Adults 65 Years
-- of Age and Older: Recommended dosage of RINVOQ is 15 mg once daily"), read in the prescriber-site reproduction of
-- the current label (PrescriberPoint). The "30 mg not recommended" sentence was not read and is dropped from notes.
update dosing_regimen set verified = true, unverified_reason = null,
    notes = 'US label Dosage and Administration, Atopic Dermatitis (Highlights): adults 65 years of age and older, 15 mg once daily; read in the prescriber-site reproduction of the current label.'
where drug_id = (select id from drug where name = 'upadacitinib') and region = 'US'
  and condition_id = (select id from condition where code = 'ATOPIC_DERMATITIS') and population = 'adults 65 years and older';

-- upadacitinib EU: only MIMS copies of Asian labels were displayed, and they disagree among themselves (adolescents
-- from 30 kg in the Hong Kong and Singapore copies, from 40 kg in the Malaysian copy).
update dosing_regimen set unverified_reason = 'EU SmPC 4.2 was not displayed in any stored copy of the EMA SmPC; the wording was read only in MIMS copies of Asian labels, which disagree among themselves (adolescents from 30 kg in Hong Kong and Singapore, from 40 kg in Malaysia).'
where drug_id = (select id from drug where name = 'upadacitinib') and region = 'EU'
  and condition_id = (select id from condition where code = 'ATOPIC_DERMATITIS') and not verified;

-- abrocitinib EU: post-2023 wording seen only in a MIMS copy of the Thai label and on the Irish manufacturer site.
update dosing_regimen set unverified_reason = 'EU SmPC 4.2 was not displayed in any stored copy of the EMA SmPC; the post-2023 wording was read only in a MIMS copy of the Thai label and on the Irish manufacturer page, not in the EU product information.'
where drug_id = (select id from drug where name = 'abrocitinib') and region = 'EU'
  and condition_id = (select id from condition where code = 'ATOPIC_DERMATITIS') and not verified;

-- azathioprine EU (Jayempi): read only in another product's SmPC.
update dosing_regimen set unverified_reason = 'The Jayempi SmPC 4.2 was not displayed; the wording was read only in an Aspen Imuran SmPC, another product''s label.'
where drug_id = (select id from drug where name = 'azathioprine') and region = 'EU'
  and condition_id = (select id from condition where code = 'ATOPIC_DERMATITIS') and not verified;

-- baricitinib EU: EU SmPC not displayed; MIMS copies (Asian labels) and the Great Britain SmPC are other documents.
update dosing_regimen set unverified_reason = 'EU SmPC 4.2 was not displayed in any stored copy of the EMA SmPC; the post-2023 adult wording was read only in MIMS copies of Asian labels (older copies still name patients 75 and older).'
where drug_id = (select id from drug where name = 'baricitinib') and region = 'EU' and not verified and population = 'adults';

update dosing_regimen set unverified_reason = 'The paediatric weight bands of EU SmPC 4.2 were not displayed in any stored copy of the EMA SmPC (the Great Britain SmPC copy displayed only sections 1 to 4.1).'
where drug_id = (select id from drug where name = 'baricitinib') and region = 'EU' and not verified
  and population in ('children 2 years and older, 10 to <30 kg', 'children 2 years and older, 30 kg or more');

-- difamilast JP: section 9.7 of the current package insert still unread.
update dosing_regimen set unverified_reason = 'Section 9.7 (paediatric use) of the current Moizerto package insert was not displayed; the lower age of 3 months rests on clinic descriptions of the December 2023 revision.'
where drug_id = (select id from drug where name = 'difamilast') and region = 'JP' and not verified;

-- ---------------------------------------------------------------------------------------------------------------
-- contraindication
-- ---------------------------------------------------------------------------------------------------------------

-- dupilumab US: section 4 ("DUPIXENT is contraindicated in patients with known hypersensitivity to dupilumab or any of
-- its excipients"), read in the manufacturer's US prescribing-information safety summary (dupixenthcp.com).
update contraindication set verified = true, unverified_reason = null,
    description = 'Known hypersensitivity to dupilumab or any of its excipients (US label section 4).'
where drug_id = (select id from drug where name = 'dupilumab') and region = 'US' and population = 'HYPERSENSITIVITY';

-- hydrocortisone US: CONTRAINDICATIONS of the cited DailyMed label itself (setid 364af43e..., updated 29 May 2025):
-- "Topical corticosteroids are contraindicated in those patients with a history of hypersensitivity to any of the
-- components of the preparation."
update contraindication set verified = true, unverified_reason = null,
    description = 'Topical corticosteroids are contraindicated in patients with a history of hypersensitivity to any of the components of the preparation (label CONTRAINDICATIONS).'
where drug_id = (select id from drug where name = 'hydrocortisone') and region = 'US' and population = 'HYPERSENSITIVITY';

update contraindication set unverified_reason = 'Section 4 of the CIBINQO US label was not displayed in any stored copy (the Pfizer medical-information pages for sections 2 and 7 were read, not section 4).'
where drug_id = (select id from drug where name = 'abrocitinib') and region = 'US' and population = 'INTERACTING_DRUG' and not verified;

update contraindication set unverified_reason = 'Section 4 of the current RINVOQ US label was not displayed in the stored copies read (only the highlights of Dosage and Administration and the boxed warning).'
where drug_id = (select id from drug where name = 'upadacitinib') and region = 'US' and population = 'HYPERSENSITIVITY' and not verified;

update contraindication set unverified_reason = 'The renal-impairment sentence of the UK Toctino SmPC was not displayed in the RxReasoner copy; the wording comes from a 2016 Swissmedic safety note, another regulator''s document.'
where drug_id = (select id from drug where name = 'alitretinoin') and region = 'UK' and population = 'RENAL_IMPAIRMENT' and not verified;

update contraindication set unverified_reason = 'The paediatric sentence of UK Toctino SmPC 4.2 was not displayed; the under-18 wording was read only in the Swiss patient leaflet.'
where drug_id = (select id from drug where name = 'alitretinoin') and region = 'UK' and population = 'CHILDREN' and not verified;

update contraindication set unverified_reason = 'EU SmPC 4.3 was not displayed in any stored copy of the EMA SmPC.'
where region = 'EU' and population = 'HYPERSENSITIVITY' and not verified
  and drug_id in (select id from drug where name in ('baricitinib', 'dupilumab', 'nemolizumab', 'tralokinumab'));

update contraindication set unverified_reason = 'EU SmPC 4.2 was not displayed in any stored copy of the EMA SmPC; the wording was read only in MIMS copies of Asian labels that reproduce it.'
where drug_id = (select id from drug where name = 'baricitinib') and region = 'EU' and not verified
  and population in ('RENAL_IMPAIRMENT', 'HEPATIC_IMPAIRMENT');

update contraindication set unverified_reason = 'Sections 4.2 and 4.4 of the harmonised Sandimmun Neoral product information (Annex III of the Article 30 referral) were not displayed; the row reproduces recalled wording.'
where drug_id = (select id from drug where name = 'cyclosporine') and region = 'EU' and not verified;

update contraindication set unverified_reason = 'EU SmPC 4.3 and 4.6 of Opzelura were not displayed; the wording was read only in the Swiss product information, another regulator''s label.'
where drug_id = (select id from drug where name = 'ruxolitinib') and region = 'EU' and not verified
  and population in ('PREGNANCY', 'BREASTFEEDING');

-- ---------------------------------------------------------------------------------------------------------------
-- dose_adjustment
-- ---------------------------------------------------------------------------------------------------------------

-- abrocitinib US, strong CYP inducers: US label 7.1 Table 4, read on Pfizer's US medical-information page for the
-- label: "Avoid concomitant use of CIBINQO with strong CYP2C19 or CYP2C9 inducers" (loss of or reduced clinical
-- response). The rifampin figure (about 56%) was read only in Asian label copies and is taken out.
update dose_adjustment set verified = true, unverified_reason = null,
    adjustment = 'Avoid concomitant use with strong CYP2C19 or CYP2C9 inducers: they decrease the combined exposure of abrocitinib and its active metabolites M1 and M2, which may result in loss of or reduced clinical response (US label 7.1, Table 4).'
where drug_id = (select id from drug where name = 'abrocitinib') and region = 'US' and circumstance = 'CYP_INDUCERS';

-- upadacitinib US, renal impairment: label Highlights (Dosage and Administration, Atopic Dermatitis: "Severe Renal
-- Impairment: Recommended dosage of RINVOQ is 15 mg once daily") and the manufacturer's US monitoring page ("not
-- recommended for use in patients with ... end-stage renal disease"). The eGFR bounds were not read and are taken out.
update dose_adjustment set verified = true, unverified_reason = null,
    adjustment = 'Atopic dermatitis: severe renal impairment, 15 mg once daily; not recommended in end-stage renal disease (US label Dosage and Administration).'
where drug_id = (select id from drug where name = 'upadacitinib') and region = 'US' and circumstance = 'RENAL_IMPAIRMENT';

update dose_adjustment set unverified_reason = 'The strong CYP3A4 inhibitor dosage of the RINVOQ US label (Dosage and Administration, Drug Interactions) was not displayed in the stored copies read.'
where drug_id = (select id from drug where name = 'upadacitinib') and region = 'US' and circumstance = 'STRONG_CYP3A4_INHIBITORS' and not verified;

update dose_adjustment set unverified_reason = 'EU SmPC 4.2 and 4.5 were not displayed in any stored copy of the EMA SmPC; the wording was read only in MIMS copies of Asian labels.'
where region = 'EU' and not verified and drug_id in (select id from drug where name in ('abrocitinib', 'baricitinib', 'upadacitinib'));

update dose_adjustment set unverified_reason = 'UK Toctino SmPC 4.5 was not displayed in the RxReasoner copy; the wording comes from the Swiss professional information and a 2016 Swissmedic safety note, another regulator''s documents.'
where drug_id = (select id from drug where name = 'alitretinoin') and region = 'UK' and not verified
  and circumstance in ('STRONG_CYP3A4_INHIBITORS', 'OTHER');

update dose_adjustment set unverified_reason = 'UK Toctino SmPC 4.2/4.3 renal sentences were not displayed in the RxReasoner copy; the moderate-impairment wording comes from a 2016 Swissmedic safety note.'
where drug_id = (select id from drug where name = 'alitretinoin') and region = 'UK' and not verified and circumstance = 'RENAL_IMPAIRMENT';

-- ---------------------------------------------------------------------------------------------------------------
-- monitoring_requirement
-- ---------------------------------------------------------------------------------------------------------------

-- AAD 2014 Table VII, read in the guideline's author manuscript in PMC (PMC4410179): baseline monitoring for
-- cyclosporine is blood pressure x2, renal function, urinalysis with micro, fasting lipids, CBC/diff/platelets, liver
-- function, magnesium, potassium, uric acid, TB testing, HIV and HCG if indicated; hepatitis B and C appear for
-- azathioprine and methotrexate, not for cyclosporine. No document stating hepatitis B or C screening before
-- cyclosporine was found. Deleted as unsupported by the document they cite (and by any other read).
delete from monitoring_requirement
where drug_id = (select id from drug where name = 'cyclosporine') and phase = 'BASELINE' and not verified
  and lab_test_id in (select id from lab_test where code in ('HEPATITIS_B', 'HEPATITIS_C'))
  and source_id = (select id from source where key = 'aad-2014-systemic');

-- mycophenolate mofetil, pregnancy test at follow-up: CellCept Medication Guide (part of the US labeling), read on the
-- manufacturer's CellCept site: "Pregnancy tests should be repeated during routine follow-up visits".
update monitoring_requirement set verified = true, unverified_reason = null
where drug_id = (select id from drug where name = 'mycophenolate mofetil') and phase = 'FOLLOW_UP'
  and lab_test_id = (select id from lab_test where code = 'PREGNANCY_TEST');

update monitoring_requirement set unverified_reason = 'AAD 2014 Table VII (read in the PMC author manuscript) was displayed only for cyclosporine, azathioprine and methotrexate; the mycophenolate row, and any CellCept label wording on this check, were not displayed.'
where drug_id = (select id from drug where name = 'mycophenolate mofetil') and phase = 'BASELINE' and not verified
  and source_id = (select id from source where key = 'aad-2014-systemic');

update monitoring_requirement set unverified_reason = 'The follow-up monitoring paragraphs of the cited Teva methotrexate tablets label (Warnings and Precautions on myelosuppression, hepatotoxicity and renal toxicity) were not displayed in the stored copies.'
where drug_id = (select id from drug where name = 'methotrexate') and phase = 'FOLLOW_UP' and not verified
  and lab_test_id in (select id from lab_test where code in ('CBC', 'LIVER_FUNCTION', 'RENAL_FUNCTION'));

update monitoring_requirement set unverified_reason = 'The instruction to verify pregnancy status before starting was read only in a prescriber-site copy of a methotrexate tablets label whose manufacturer is not shown, not in the cited Teva label.'
where drug_id = (select id from drug where name = 'methotrexate') and phase = 'BASELINE' and not verified
  and lab_test_id = (select id from lab_test where code = 'PREGNANCY_TEST');

update monitoring_requirement set unverified_reason = 'The PRECAUTIONS paragraph of the cited hydrocortisone 2.5% label on HPA-axis suppression and its testing was displayed only in truncated form, and "no routine testing" is not label text.'
where drug_id = (select id from drug where name = 'hydrocortisone') and not verified
  and lab_test_id = (select id from lab_test where code = 'HPA_AXIS');

update monitoring_requirement set unverified_reason = 'The Toctino SmPC sentence on a final pregnancy test one month after stopping was not displayed; the timing comes from the 2018 EU retinoid pregnancy-prevention measures, not from the product''s SmPC.'
where drug_id = (select id from drug where name = 'alitretinoin') and not verified
  and lab_test_id = (select id from lab_test where code = 'PREGNANCY_TEST');

update monitoring_requirement set unverified_reason = 'Section 4.4 of the UK Toctino SmPC (lipid and transaminase monitoring) was not displayed in the RxReasoner copy, which showed sections 4.1 and 4.2 only.'
where drug_id = (select id from drug where name = 'alitretinoin') and not verified
  and lab_test_id in (select id from lab_test where code in ('LIPID_PANEL', 'LIVER_FUNCTION'));

-- Monitoring rows citing AAD 2014 that a label may state: no label text stating these checks (Imuran, Neoral, Teva
-- methotrexate monitoring paragraphs) could be displayed, so none is repointed to a label. The AAD 2014 rows that
-- stay verified are now confirmed against Table VII of the guideline itself (azathioprine: baseline TPMT,
-- CBC/diff/platelets, renal and liver function, hepatitis B and C, TB, HIV and HCG if indicated; follow-up CBC, liver
-- and renal function twice a month x 2 months, monthly x 4 months, then every other month and with dose increases;
-- annual TB testing. Cyclosporine: blood pressure every visit; every 2 weeks for 2-3 months then monthly renal and
-- liver function, lipids, CBC, Mg, K, uric acid; annual TB testing. Methotrexate baseline: CBC, liver and renal
-- function, hepatitis B and C, TB, HIV and HCG if indicated).

-- ---------------------------------------------------------------------------------------------------------------
-- approval
-- ---------------------------------------------------------------------------------------------------------------

-- Copies replaced by primary documents.
-- abrocitinib UK: RTTNews copy replaced by Pfizer's own release of 9 Sep 2021 (Great Britain authorisation for adults
-- and adolescents 12 years and over who are candidates for systemic therapy; first authorisation worldwide).
update approval set source_id = (select id from source where key = 'pfizer-cibinqo-mhra-2021'),
    notes = 'MHRA (Great Britain) authorisation of 9 September 2021, the first worldwide, for adults and adolescents 12 years and older who are candidates for systemic therapy (Pfizer release). The indication sentence is the wording of the GB SmPC 4.1.'
where drug_id = (select id from drug where name = 'abrocitinib') and region = 'UK'
  and condition_id = (select id from condition where code = 'ATOPIC_DERMATITIS');
update brand set source_id = (select id from source where key = 'pfizer-cibinqo-mhra-2021')
where drug_id = (select id from drug where name = 'abrocitinib') and region = 'UK' and name = 'Cibinqo';

-- nemolizumab UK: the Mirage News copy of the MHRA release replaced by the GB SmPC 4.1 (emc, updated 12 Mar 2025).
-- AD: "in combination with topical corticosteroids and/or calcineurin inhibitors in adults and adolescents 12 years
-- and older with a body weight of at least 30 kg, who are candidates for systemic therapy" (line of therapy corrected
-- from AFTER_TOPICAL_THERAPY to SYSTEMIC_CANDIDATE). PN: "adults with moderate-to-severe prurigo nodularis who are
-- candidates for systemic therapy".
update approval set source_id = (select id from source where key = 'emc-nemluvio-smpc'),
    line_of_therapy = 'SYSTEMIC_CANDIDATE',
    indication = 'Nemluvio is indicated for the treatment of moderate-to-severe atopic dermatitis in combination with topical corticosteroids and/or calcineurin inhibitors in adults and adolescents 12 years and older with a body weight of at least 30 kg, who are candidates for systemic therapy.',
    notes = 'GB SmPC 4.1: with topical corticosteroids and/or calcineurin inhibitors, adults and adolescents 12 years and older weighing at least 30 kg who are candidates for systemic therapy. Approved by the MHRA on 17 February 2025 (MHRA press release, read in verbatim republications).'
where drug_id = (select id from drug where name = 'nemolizumab') and region = 'UK'
  and condition_id = (select id from condition where code = 'ATOPIC_DERMATITIS');
update approval set source_id = (select id from source where key = 'emc-nemluvio-smpc'),
    line_of_therapy = 'SYSTEMIC_CANDIDATE',
    indication = 'Nemluvio is indicated for the treatment of adults with moderate-to-severe prurigo nodularis who are candidates for systemic therapy.',
    notes = 'GB SmPC 4.1: adults with moderate-to-severe prurigo nodularis who are candidates for systemic therapy. Approved by the MHRA on 17 February 2025 (MHRA press release, read in verbatim republications).'
where drug_id = (select id from drug where name = 'nemolizumab') and region = 'UK'
  and condition_id = (select id from condition where code = 'PRURIGO_NODULARIS');
update brand set source_id = (select id from source where key = 'emc-nemluvio-smpc')
where drug_id = (select id from drug where name = 'nemolizumab') and region = 'UK' and name = 'Nemluvio';

-- The two copies are dropped once nothing cites them (nothing else did when V20 was written).
delete from source s where s.key in ('mhra-cibinqo-2021', 'mhra-nemluvio-2025-approval')
  and not exists (select 1 from drug_source ds where ds.source_id = s.id)
  and not exists (select 1 from pathway p where p.source_id = s.id)
  and not exists (select 1 from guideline_recommendation r where r.source_id = s.id)
  and not exists (select 1 from efficacy_result e where e.source_id = s.id)
  and not exists (select 1 from search_alias a where a.source_id = s.id);

-- Unverified approval rows: reasons.
update approval set unverified_reason = 'The date of first authorisation (section 9) of the UK Toctino SmPC was not displayed; the year 2008 rests on a trade-press report.'
where drug_id = (select id from drug where name = 'alitretinoin') and region = 'UK' and not verified
  and condition_id = (select id from condition where code = 'CHRONIC_HAND_ECZEMA');

update approval set unverified_reason = 'The paediatric indication and the date of the EU extension were read only in the Great Britain SmPC (July 2024), not in the EU product information.'
where drug_id = (select id from drug where name = 'baricitinib') and region = 'EU' and not verified
  and condition_id = (select id from condition where code = 'ATOPIC_DERMATITIS');

update approval set unverified_reason = 'No Corectim package insert stating use from 6 months of age was read; only Japanese clinic and pharmacy pages state it.'
where drug_id = (select id from drug where name = 'delgocitinib') and region = 'JP' and not verified
  and condition_id = (select id from condition where code = 'ATOPIC_DERMATITIS');

update approval set unverified_reason = 'The absence of an EU marketing authorisation could not be confirmed against the EMA medicines database, which the search tools cannot query.'
where region = 'EU' and status = 'NOT_APPROVED' and not verified
  and drug_id in (select id from drug where name in ('difamilast', 'roflumilast', 'tapinarof'))
  and condition_id = (select id from condition where code = 'ATOPIC_DERMATITIS');

update approval set unverified_reason = 'Section 9.7 of the current Moizerto package insert was not displayed; minimum age 3 months rests on clinic descriptions of the December 2023 revision.'
where drug_id = (select id from drug where name = 'difamilast') and region = 'JP' and not verified
  and condition_id = (select id from condition where code = 'ATOPIC_DERMATITIS');

update approval set unverified_reason = 'The German SmPC read names inflammatory skin diseases responsive to weak glucocorticoids, not atopic dermatitis, and gives no year of first approval or minimum age.'
where drug_id = (select id from drug where name = 'hydrocortisone') and region = 'EU' and not verified
  and condition_id = (select id from condition where code = 'ATOPIC_DERMATITIS');

update approval set unverified_reason = 'The German SmPC read names inflammatory skin diseases responsive to moderately potent glucocorticoids, not atopic dermatitis, and gives no year of first approval or minimum age.'
where drug_id = (select id from drug where name = 'triamcinolone acetonide') and region = 'EU' and not verified
  and condition_id = (select id from condition where code = 'ATOPIC_DERMATITIS');

update approval set unverified_reason = 'No EU national SmPC section listing atopic dermatitis among prednisone or prednisolone indications was displayed.'
where drug_id = (select id from drug where name = 'prednisone') and region = 'EU' and not verified
  and condition_id = (select id from condition where code = 'ATOPIC_DERMATITIS');

update approval set unverified_reason = 'The prednisone label section listing atopic dermatitis under allergic states was not displayed; the wording was read only on a dexamethasone tablets label.'
where drug_id = (select id from drug where name = 'prednisone') and region = 'US' and not verified
  and condition_id = (select id from condition where code = 'ATOPIC_DERMATITIS');

update approval set unverified_reason = 'The Japanese package insert of tapinarof was not read; approval year and minimum age rest on the 2025 Adis review.'
where drug_id = (select id from drug where name = 'tapinarof') and region = 'JP' and not verified
  and condition_id = (select id from condition where code = 'ATOPIC_DERMATITIS');

-- ---------------------------------------------------------------------------------------------------------------
-- efficacy_result
-- ---------------------------------------------------------------------------------------------------------------

-- Drucker 2022 (JAMA Dermatol): the PubMed record 35293977 displayed the abstract only up to the abrocitinib 200 mg
-- result; the figures of these rows were read only in HealthDay and Dermatology Advisor reports. Cochrane CD013206:
-- the abstract was displayed only up to the start of Main results.
update efficacy_result set unverified_reason = 'The JAMA Dermatology 2022 abstract was displayed only up to the abrocitinib 200 mg result (PubMed 35293977); this comparison was read only in news reports (HealthDay, Dermatology Advisor).'
where not verified and source_id = (select id from source where key = 'drucker-2022-living-nma');

update efficacy_result set unverified_reason = 'The Cochrane CD013206 abstract was displayed only up to the start of Main results; the dupilumab results and the authors'' conclusions were not displayed.'
where not verified and source_id = (select id from source where key = 'cochrane-2020-systemic');

-- ---------------------------------------------------------------------------------------------------------------
-- drug_target
-- ---------------------------------------------------------------------------------------------------------------

-- PDE4B/PDE4D of roflumilast and crisaborole: the EUCRISA and ZORYVE labels name phosphodiesterase 4 only, no
-- isoform. Targets are modelled as HGNC genes (target.symbol is an HGNC symbol, V1) and the PDE4 family exists only as
-- the drug class "topical PDE4 inhibitors", so a family row is not possible without a non-HGNC target. No primary
-- document naming these isoforms for these drugs could be read (Dong et al., J Pharmacol Exp Ther 2016, states only
-- "similar affinity for PDE4 isoforms" for crisaborole in its abstract): the rows are kept, marked unverified.
update drug_target set verified = false,
    unverified_reason = 'The cited label names phosphodiesterase 4 without isoform, and no primary document naming PDE4B or PDE4D as a target of this drug was read (the crisaborole pharmacology abstract of Dong et al. 2016 says only "similar affinity for PDE4 isoforms").'
where drug_id in (select id from drug where name in ('crisaborole', 'roflumilast'))
  and target_id in (select id from target where symbol in ('PDE4B', 'PDE4D'));

update drug_target set unverified_reason = 'Section 12.1 of the Imuran label was not displayed; no primary text naming phosphoribosyl pyrophosphate amidotransferase as a target of azathioprine was read.'
where drug_id = (select id from drug where name = 'azathioprine') and not verified
  and target_id = (select id from target where symbol = 'PPAT');

update drug_target set unverified_reason = 'The Weidinger & Novak 2016 Lancet seminar full text was not readable; no primary text naming this protein as cyclosporine''s target was read.'
where drug_id = (select id from drug where name = 'cyclosporine') and not verified
  and target_id in (select id from target where symbol in ('PPP3CA', 'PPIA'));

update drug_target set unverified_reason = '"Dihydrofolate reductase inhibitor" was read only in a prescriber-site copy of a methotrexate tablets label whose manufacturer is not shown, not in the cited Teva label.'
where drug_id = (select id from drug where name = 'methotrexate') and not verified
  and target_id = (select id from target where symbol = 'DHFR');

update drug_target set unverified_reason = 'Section 12.1 of the CellCept label was not displayed; no text naming the IMPDH isoforms inhibited by mycophenolic acid was read.'
where drug_id = (select id from drug where name = 'mycophenolate mofetil') and not verified
  and target_id in (select id from target where symbol in ('IMPDH1', 'IMPDH2'));

update drug_target set unverified_reason = 'The mechanism text of the prednisone label was not displayed; no primary text naming the glucocorticoid receptor (NR3C1) was read.'
where drug_id = (select id from drug where name = 'prednisone') and not verified
  and target_id = (select id from target where symbol = 'NR3C1');

-- ---------------------------------------------------------------------------------------------------------------
-- search_alias
-- ---------------------------------------------------------------------------------------------------------------

-- Verified: read in the cited guideline's own abstract. AAD 2023 systemic (Davis et al., published PDF and journal
-- abstract): "atopic dermatitis (AD)", "Janus kinase (JAK) inhibitors". AAD 2023 topical (journal abstract):
-- "prescription topical corticosteroids (TCS), calcineurin inhibitors (TCIs)".
update search_alias set verified = true, unverified_reason = null
where not verified and source_id = (select id from source where key = 'aad-2023-systemic')
  and term in ('AD', 'Janus kinase inhibitors');
update search_alias set verified = true, unverified_reason = null
where not verified and source_id = (select id from source where key = 'aad-2023-topical')
  and term in ('TCS', 'TCIs');

-- Verified and repointed: clinical abbreviations read, in their meaning, in the NHS Fife rheumatology monitoring page
-- ("FBC weekly for 6 weeks", "LFTs monthly", "BP monthly for 6 months").
update search_alias set verified = true, unverified_reason = null,
    source_id = (select id from source where key = 'nhs-fife-rheumatology-blood-tests')
where not verified and (term, lab_test_id) in (
    ('FBC', (select id from lab_test where code = 'CBC')),
    ('LFTs', (select id from lab_test where code = 'LIVER_FUNCTION')),
    ('BP', (select id from lab_test where code = 'BLOOD_PRESSURE')));

-- Unverified: reasons by cited document.
update search_alias set unverified_reason = 'Only the abstract of the AAD 2023 systemic guideline was read, and it does not contain this word.'
where not verified and source_id = (select id from source where key = 'aad-2023-systemic');
update search_alias set unverified_reason = 'Only the abstract of the AAD 2023 topical guideline was read, and it does not contain this word.'
where not verified and source_id = (select id from source where key = 'aad-2023-topical');
update search_alias set unverified_reason = 'The parts of the RINVOQ US label displayed (Highlights of Dosage and Administration, boxed warning, evaluations before treatment) do not contain this word; the warnings, laboratory and specific-population sections were not displayed.'
where not verified and source_id = (select id from source where key = 'fda-rinvoq-label');
update search_alias set unverified_reason = 'The Neoral label''s monitoring paragraphs were not displayed in any stored copy, so the word was not read in it.'
where not verified and source_id = (select id from source where key = 'fda-neoral-label');
update search_alias set unverified_reason = 'The Canadian Cancer Society glossary entry read does not contain this word, and no other document using it in this meaning was read.'
where not verified and source_id = (select id from source where key = 'ccs-glossary-complete-blood-count');
update search_alias set unverified_reason = 'The HIVinfo glossary entry is headed "liver function test"; the singular abbreviation LFT was not read in it or in another document.'
where not verified and source_id = (select id from source where key = 'nih-hivinfo-glossary-liver-function-test');
update search_alias set unverified_reason = 'The Minnesota Department of Health page names the tuberculin skin test and interferon gamma release assays; this word was not read in it.'
where not verified and source_id = (select id from source where key = 'mdh-tb-screening');
update search_alias set unverified_reason = 'AAD 2014 Table VII (read in the PMC author manuscript) says "urinalysis", not this word.'
where not verified and source_id = (select id from source where key = 'aad-2014-systemic') and term = 'urine test';
update search_alias set unverified_reason = 'The AAD 2014 text displayed (Table VII) does not use this word as a name of the antimetabolite class.'
where not verified and source_id = (select id from source where key = 'aad-2014-systemic') and term = 'immunosuppressants';
update search_alias set unverified_reason = 'The full text of the cited review was not readable, so the word was not read in it.'
where not verified and source_id in (select id from source where key in ('weidinger-novak-2016', 'gandhi-2016', 'brunner-2017'));
update search_alias set unverified_reason = 'The potency wording of this SmPC copy was not displayed in this verification, so the word was not read in it.'
where not verified and source_id in (select id from source where key in ('mhra-dermovate-scalp-smpc', 'mhra-diprosone-cream-smpc', 'mhra-elocon-cream-smpc', 'mhra-hydrocortisone-1-cream-smpc'));
update search_alias set unverified_reason = 'The cited document was not displayed in this verification, so the word was not read in it.'
where not verified and unverified_reason is null;

-- ---------------------------------------------------------------------------------------------------------------
-- Data version
-- ---------------------------------------------------------------------------------------------------------------
update data_version set version = '2026.12.06', reviewed_on = date '2026-12-06',
    notes = notes || ' | 2026-12-06 (V20): second reading of the unverified dosing, contraindication, dose-adjustment, monitoring, approval, efficacy, target and vocabulary rows: verified where the primary text was read, corrected where it differs, unverified_reason on every row left unverified, cyclosporine hepatitis screening rows deleted (not in AAD 2014 Table VII), copies replaced by Pfizer''s release and the GB Nemluvio SmPC, PDE4B/PDE4D targets flagged.'
where id = 1;
