-- V3_4: JAK inhibitors (oral: upadacitinib, abrocitinib, baricitinib; topical: ruxolitinib cream, delgocitinib cream).
-- Curated 2026-11-22. Every fact row cites a source; facts that could not be re-checked against a stored copy of a
-- label or primary document carry verified = false (with the reason in notes where the table has notes).
-- Note on published_on: where the exact label revision date was not visible, the date of the label snapshot that was
-- checked (openFDA record / EC community-register annex) or the first day of the revision month is used.

-- ---------------------------------------------------------------------------------------------------------------
-- Sources
-- ---------------------------------------------------------------------------------------------------------------
insert into source (key, title, publisher, kind, url, published_on, accessed_on) values
-- upadacitinib
('fda-rinvoq-label', 'RINVOQ / RINVOQ LQ (upadacitinib) prescribing information', 'AbbVie Inc.; U.S. Food and Drug Administration (DailyMed)', 'LABEL',
 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=2966aec7-2ef0-923c-d8ff-fe1a957bf095', '2026-05-26', '2026-11-22'),
('ema-rinvoq-epar', 'Rinvoq (upadacitinib): EPAR, summary of product characteristics', 'European Medicines Agency', 'LABEL',
 'https://www.ema.europa.eu/en/medicines/human/EPAR/rinvoq', '2023-12-19', '2026-11-22'),
('abbvie-rinvoq-ec-ad-2021', 'European Commission approves RINVOQ (upadacitinib) for adults and adolescents with moderate to severe atopic dermatitis (press release, 24 Aug 2021)', 'AbbVie', 'ARTICLE',
 'https://news.abbvie.com/2021-08-24-European-Commission-Approves-RINVOQ-R-upadacitinib-as-First-JAK-Inhibitor-in-the-European-Union-for-the-Treatment-of-Both-Adults-and-Adolescents-with-Moderate-to-Severe-Atopic-Dermatitis', '2021-08-24', '2026-11-22'),
-- abrocitinib
('fda-cibinqo-label', 'CIBINQO (abrocitinib) prescribing information', 'Pfizer Inc.; U.S. Food and Drug Administration (DailyMed)', 'LABEL',
 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=3f6d6fcd-e9f9-42c8-bfa2-bb2cfc9ed258', '2026-06-30', '2026-11-22'),
('ema-cibinqo-epar', 'Cibinqo (abrocitinib): EPAR, summary of product characteristics', 'European Medicines Agency', 'LABEL',
 'https://www.ema.europa.eu/en/medicines/human/EPAR/cibinqo', '2024-03-21', '2026-11-22'),
('pfizer-cibinqo-adolescents-2023', 'FDA approves Pfizer''s supplemental new drug application for CIBINQO (abrocitinib) in adolescents 12 to <18 years (10 Feb 2023)', 'Pfizer (via Maestro Database)', 'ARTICLE',
 'https://maestrodatabase.com/blog/fda-approves-pfizers-supplemental-new-drug-application-for-cibinqo-abrocitinib', '2023-02-10', '2026-11-22'),
('chmp-cibinqo-adolescents-2024', 'Summary of opinion: Cibinqo, 22/02/2024 (extension of indication to adolescents 12 years and older)', 'European Medicines Agency CHMP (via EIN Presswire)', 'ARTICLE',
 'https://www.einpresswire.com/article/690760043/summary-of-opinion-cibinqo-22-02-2024-positive', '2024-02-22', '2026-11-22'),
('mhra-cibinqo-2021', 'Pfizer gets marketing authorization in UK for atopic dermatitis drug Cibinqo (9 Sep 2021)', 'RTTNews (Business Insider)', 'ARTICLE',
 'https://markets.businessinsider.com/news/stocks/pfizer-gets-marketing-authorization-in-uk-for-atopic-dermatitis-drug-cibinqo-1030789628', '2021-09-09', '2026-11-22'),
-- baricitinib
('fda-olumiant-label', 'OLUMIANT (baricitinib) prescribing information', 'Eli Lilly and Company; U.S. Food and Drug Administration (DailyMed)', 'LABEL',
 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=866e9f35-9035-4581-a4b1-75a621ab55cf', '2026-06-01', '2026-11-22'),
('ema-olumiant-epar', 'Olumiant (baricitinib): EPAR, summary of product characteristics', 'European Medicines Agency', 'LABEL',
 'https://www.ema.europa.eu/en/medicines/human/EPAR/olumiant', '2023-10-18', '2026-11-22'),
('ema-olumiant-ad-2020', 'New oral treatment for moderate to severe atopic dermatitis (CHMP recommends extension of indication of Olumiant)', 'European Medicines Agency', 'ARTICLE',
 'https://www.ema.europa.eu/en/news/new-oral-treatment-moderate-severe-atopic-dermatitis', '2020-09-18', '2026-11-22'),
('lilly-olumiant-ad-fda-2022', 'Eli Lilly expects FDA to deny expanded use of arthritis drug (baricitinib) for eczema (Reuters, 28 Jan 2022)', 'PharmaLive / Reuters', 'ARTICLE',
 'https://www.pharmalive.com/eli-lilly-expects-fda-to-deny-expanded-use-of-arthritis-drug-for-eczema/', '2022-01-28', '2026-11-22'),
('emc-olumiant-smpc', 'Olumiant 2 mg and 4 mg film-coated tablets: summary of product characteristics (Great Britain)', 'Eli Lilly and Company Limited (electronic medicines compendium)', 'LABEL',
 'https://www.medicines.org.uk/emc/product/7486/smpc', '2024-07-30', '2026-11-22'),
('fridman-2010', 'Fridman JS, et al. Selective inhibition of JAK1 and JAK2 is efficacious in rodent models of arthritis: preclinical characterization of INCB028050. J Immunol 2010;184(9):5298-5307', 'Journal of Immunology (summary via IMID Forum)', 'ARTICLE',
 'https://imidforum.com/publications/13/selective-inhibition-of-jak1-and-jak2-is-efficacious-in-rodent-models-of-arthritis-preclinical-characterization-of-incb028050', '2010-05-01', '2026-11-22'),
-- ruxolitinib cream
('fda-opzelura-label', 'OPZELURA (ruxolitinib) cream 1.5% prescribing information (revised September 2025)', 'Incyte Corporation; U.S. Food and Drug Administration (Drugs@FDA)', 'LABEL',
 'https://www.accessdata.fda.gov/drugsatfda_docs/label/2025/215309s007lbl.pdf', '2025-09-01', '2026-11-22'),
('ema-opzelura-epar', 'Opzelura (ruxolitinib) 15 mg/g cream: EPAR, summary of product characteristics', 'European Medicines Agency', 'LABEL',
 'https://www.ema.europa.eu/en/medicines/human/EPAR/opzelura', '2023-04-01', '2026-11-22'),
('healthday-opzelura-peds-2025', 'FDA approves Opzelura for atopic dermatitis in children 2 to 11 years (HealthDay, 29 Sep 2025)', 'Drugs.com / HealthDay', 'ARTICLE',
 'https://www.drugs.com/news/fda-approves-opzelura-atopic-dermatitis-children-126892.html', '2025-09-29', '2026-11-22'),
-- delgocitinib
('fda-anzupgo-label', 'ANZUPGO (delgocitinib) cream 20 mg/g prescribing information (initial U.S. approval 2025)', 'LEO Pharma Inc.; U.S. Food and Drug Administration (DailyMed)', 'LABEL',
 'https://dailymed.nlm.nih.gov/dailymed/search.cfm?labeltype=all&query=ANZUPGO', '2025-07-23', '2026-11-22'),
('ema-anzupgo-epar', 'Anzupgo (delgocitinib) 20 mg/g cream: EPAR, summary of product characteristics', 'European Medicines Agency', 'LABEL',
 'https://www.ema.europa.eu/en/medicines/human/EPAR/anzupgo', '2024-09-23', '2026-11-22'),
('emc-anzupgo-smpc', 'Anzupgo 20 mg/g cream: summary of product characteristics (Great Britain)', 'LEO Laboratories Limited (electronic medicines compendium)', 'LABEL',
 'https://www.medicines.org.uk/emc/product/100443/smpc', '2025-01-23', '2026-11-22'),
('jaad-2021-delgocitinib-peds', 'Nakagawa H, et al. Delgocitinib ointment in pediatric patients with atopic dermatitis: a phase 3, randomized, double-blind, vehicle-controlled study and a subsequent open-label, long-term study. J Am Acad Dermatol 2021;85(4):854-862', 'Journal of the American Academy of Dermatology', 'ARTICLE',
 'https://doi.org/10.1016/j.jaad.2021.06.014', '2021-06-10', '2026-11-22');

-- ---------------------------------------------------------------------------------------------------------------
-- upadacitinib (Rinvoq): oral, JAK1-preferential
-- ---------------------------------------------------------------------------------------------------------------
insert into drug (name, drug_class_id, modality, mechanism, last_reviewed) values
('upadacitinib', (select id from drug_class where name = 'oral JAK inhibitors'), 'SMALL_MOLECULE',
 'A once-daily tablet that blocks the Janus kinase JAK1 inside immune and skin cells. This dampens the signals of several eczema cytokines (such as IL-4, IL-13 and IL-31) that rely on JAK1, reducing inflammation and itch.',
 '2026-11-22');

insert into drug_synonym (drug_id, name, source_id) values
((select id from drug where name = 'upadacitinib'), 'upadacitinib hemihydrate', (select id from source where key = 'ema-rinvoq-epar'));

insert into brand (drug_id, name, region, source_id) values
((select id from drug where name = 'upadacitinib'), 'Rinvoq', 'US', (select id from source where key = 'fda-rinvoq-label')),
((select id from drug where name = 'upadacitinib'), 'Rinvoq', 'EU', (select id from source where key = 'ema-rinvoq-epar'));

insert into drug_route (drug_id, route, source_id) values
((select id from drug where name = 'upadacitinib'), 'ORAL', (select id from source where key = 'fda-rinvoq-label'));

-- JAK1 preference is stated in the label's clinical pharmacology; that section was not visible in the stored copies.
insert into drug_target (drug_id, target_id, action, source_id, verified) values
((select id from drug where name = 'upadacitinib'), (select id from target where symbol = 'JAK1'), 'INHIBITOR', (select id from source where key = 'fda-rinvoq-label'), false);

insert into approval (drug_id, region, agency, condition_id, status, year, minimum_age_months, severity, notes, source_id, verified) values
((select id from drug where name = 'upadacitinib'), 'US', 'FDA', (select id from condition where code = 'ATOPIC_DERMATITIS'), 'APPROVED', 2022, 144, 'MODERATE,SEVERE',
 'Approved 14 Jan 2022 for refractory moderate-to-severe atopic dermatitis in adults and children 12 years and older whose disease is not adequately controlled with other systemic drug products, including biologics, or when those therapies are inadvisable (second line after systemic/biologic therapy). Children 12-17 must weigh at least 40 kg; start 15 mg once daily, 30 mg possible if response inadequate (not for 65 years and older).',
 (select id from source where key = 'fda-rinvoq-label'), true),
((select id from drug where name = 'upadacitinib'), 'EU', 'EMA', (select id from condition where code = 'ATOPIC_DERMATITIS'), 'APPROVED', 2021, 144, 'MODERATE,SEVERE',
 'European Commission approval 24 Aug 2021 for adults and adolescents 12 years and older who are candidates for systemic therapy (no requirement to have failed other systemic drugs, unlike the US label). Adults 15 or 30 mg once daily; adolescents and adults 65 years and older 15 mg.',
 (select id from source where key = 'ema-rinvoq-epar'), true);

insert into boxed_warning (drug_id, region, topics, text, source_id, verified) values
((select id from drug where name = 'upadacitinib'), 'US',
 'SERIOUS_INFECTIONS,MORTALITY,MALIGNANCY,MAJOR_ADVERSE_CARDIOVASCULAR_EVENTS,THROMBOSIS',
 'Increased risk of serious bacterial, fungal, viral and opportunistic infections leading to hospitalisation or death, including tuberculosis: test for latent TB before and during therapy and interrupt treatment if a serious infection occurs. In a study of rheumatoid arthritis patients 50 years and older with a cardiovascular risk factor, another JAK inhibitor caused higher all-cause mortality (including sudden cardiovascular death), more lymphomas and lung cancers, more major adverse cardiovascular events and more thrombosis than TNF blockers; malignancies and thrombosis have occurred with RINVOQ.',
 (select id from source where key = 'fda-rinvoq-label'), true);

insert into adverse_effect (drug_id, name, frequency, serious, notes, source_id, verified) values
((select id from drug where name = 'upadacitinib'), 'upper respiratory tract infection', 'VERY_COMMON', false,
 'First-listed adverse reaction in atopic dermatitis in the label highlights; frequency category not re-checked against the label table.', (select id from source where key = 'fda-rinvoq-label'), false),
((select id from drug where name = 'upadacitinib'), 'acne', 'VERY_COMMON', false,
 'Dose-related; 13% (15 mg) and 20% (30 mg) vs 6% placebo in the Rising Up trial; label table percentages not re-checked.', (select id from source where key = 'fda-rinvoq-label'), false),
((select id from drug where name = 'upadacitinib'), 'herpes simplex', 'COMMON', false,
 'Frequency category not re-checked against the label table.', (select id from source where key = 'fda-rinvoq-label'), false),
((select id from drug where name = 'upadacitinib'), 'headache', 'COMMON', false,
 'Frequency category not re-checked against the label table.', (select id from source where key = 'fda-rinvoq-label'), false),
((select id from drug where name = 'upadacitinib'), 'blood creatine phosphokinase increased', 'COMMON', false,
 'Frequency category not re-checked against the label table.', (select id from source where key = 'fda-rinvoq-label'), false),
((select id from drug where name = 'upadacitinib'), 'serious infections (most often pneumonia and cellulitis)', 'UNCOMMON', true,
 'Label 5.1: most frequent serious infections were pneumonia and cellulitis; higher rate with 30 mg than 15 mg. Frequency category not re-checked.', (select id from source where key = 'fda-rinvoq-label'), false),
((select id from drug where name = 'upadacitinib'), 'eczema herpeticum (Kaposi varicelliform eruption)', 'UNCOMMON', true,
 'Reported specifically in the atopic dermatitis trials; frequency category not re-checked.', (select id from source where key = 'fda-rinvoq-label'), false),
((select id from drug where name = 'upadacitinib'), 'malignancy (including lymphoma and non-melanoma skin cancer)', 'NOT_KNOWN', true,
 'Boxed warning; the label gives no frequency category for atopic dermatitis.', (select id from source where key = 'fda-rinvoq-label'), true),
((select id from drug where name = 'upadacitinib'), 'thrombosis (deep vein thrombosis, pulmonary embolism, arterial thrombosis)', 'NOT_KNOWN', true,
 'Boxed warning; the label gives no frequency category for atopic dermatitis.', (select id from source where key = 'fda-rinvoq-label'), true);

insert into monitoring_requirement (drug_id, lab_test_id, phase, timing, rationale, source_id, verified) values
((select id from drug where name = 'upadacitinib'), (select id from lab_test where code = 'TB_SCREENING'), 'BASELINE', 'before starting', 'latent tuberculosis (treat before starting)', (select id from source where key = 'fda-rinvoq-label'), true),
((select id from drug where name = 'upadacitinib'), (select id from lab_test where code = 'TB_SCREENING'), 'FOLLOW_UP', 'during therapy', 'tuberculosis, including in patients who tested negative at baseline', (select id from source where key = 'fda-rinvoq-label'), true),
((select id from drug where name = 'upadacitinib'), (select id from lab_test where code = 'HEPATITIS_B'), 'BASELINE', 'before starting, then monitoring for reactivation per clinical guidelines', 'hepatitis B reactivation', (select id from source where key = 'fda-rinvoq-label'), true),
((select id from drug where name = 'upadacitinib'), (select id from lab_test where code = 'HEPATITIS_C'), 'BASELINE', 'before starting, per clinical guidelines', 'viral hepatitis', (select id from source where key = 'fda-rinvoq-label'), true),
((select id from drug where name = 'upadacitinib'), (select id from lab_test where code = 'CBC'), 'BASELINE', 'before starting', 'low lymphocyte or neutrophil count or haemoglobin (do not start below label thresholds)', (select id from source where key = 'fda-rinvoq-label'), true),
((select id from drug where name = 'upadacitinib'), (select id from lab_test where code = 'CBC'), 'FOLLOW_UP', 'periodically during treatment', 'lymphopenia, neutropenia, anaemia', (select id from source where key = 'fda-rinvoq-label'), true),
((select id from drug where name = 'upadacitinib'), (select id from lab_test where code = 'LIVER_FUNCTION'), 'BASELINE', 'before starting', 'hepatic transaminase elevation', (select id from source where key = 'fda-rinvoq-label'), true),
((select id from drug where name = 'upadacitinib'), (select id from lab_test where code = 'LIVER_FUNCTION'), 'FOLLOW_UP', 'periodically during treatment', 'drug-induced liver injury', (select id from source where key = 'fda-rinvoq-label'), true),
((select id from drug where name = 'upadacitinib'), (select id from lab_test where code = 'LIPID_PANEL'), 'FOLLOW_UP', 'about 12 weeks after starting, then per hyperlipidaemia guidelines', 'raised LDL cholesterol and other lipids', (select id from source where key = 'fda-rinvoq-label'), true),
((select id from drug where name = 'upadacitinib'), (select id from lab_test where code = 'PREGNANCY_TEST'), 'BASELINE', 'verify pregnancy status before starting', 'embryo-fetal toxicity (effective contraception during and for 4 weeks after treatment)', (select id from source where key = 'fda-rinvoq-label'), true),
((select id from drug where name = 'upadacitinib'), (select id from lab_test where code = 'SKIN_EXAM'), 'AS_INDICATED', 'periodically in patients at increased risk of skin cancer', 'non-melanoma skin cancer', (select id from source where key = 'fda-rinvoq-label'), true);

-- ---------------------------------------------------------------------------------------------------------------
-- abrocitinib (Cibinqo): oral, JAK1-selective
-- ---------------------------------------------------------------------------------------------------------------
insert into drug (name, drug_class_id, modality, mechanism, last_reviewed) values
('abrocitinib', (select id from drug_class where name = 'oral JAK inhibitors'), 'SMALL_MOLECULE',
 'A once-daily tablet that selectively blocks the Janus kinase JAK1. This is thought to turn down signalling of several cytokines that drive atopic dermatitis, including IL-4, IL-13, IL-31, IL-22 and TSLP, reducing itch and skin inflammation.',
 '2026-11-22');

insert into brand (drug_id, name, region, source_id) values
((select id from drug where name = 'abrocitinib'), 'Cibinqo', 'US', (select id from source where key = 'fda-cibinqo-label')),
((select id from drug where name = 'abrocitinib'), 'Cibinqo', 'EU', (select id from source where key = 'ema-cibinqo-epar')),
((select id from drug where name = 'abrocitinib'), 'Cibinqo', 'UK', (select id from source where key = 'mhra-cibinqo-2021'));

insert into drug_route (drug_id, route, source_id) values
((select id from drug where name = 'abrocitinib'), 'ORAL', (select id from source where key = 'fda-cibinqo-label'));

insert into drug_target (drug_id, target_id, action, source_id, verified) values
((select id from drug where name = 'abrocitinib'), (select id from target where symbol = 'JAK1'), 'INHIBITOR', (select id from source where key = 'fda-cibinqo-label'), true);

insert into approval (drug_id, region, agency, condition_id, status, year, minimum_age_months, severity, notes, source_id, verified) values
((select id from drug where name = 'abrocitinib'), 'US', 'FDA', (select id from condition where code = 'ATOPIC_DERMATITIS'), 'APPROVED', 2022, 144, 'MODERATE,SEVERE',
 'Approved 14 Jan 2022 for adults only; extended on 10 Feb 2023 to adolescents 12 to <18 years. Restricted to refractory moderate-to-severe disease not adequately controlled with other systemic drug products, including biologics, or when those therapies are inadvisable.',
 (select id from source where key = 'fda-cibinqo-label'), true),
((select id from drug where name = 'abrocitinib'), 'EU', 'EMA', (select id from condition where code = 'ATOPIC_DERMATITIS'), 'APPROVED', 2021, 144, 'MODERATE,SEVERE',
 'European Commission approval Dec 2021 for adults who are candidates for systemic therapy; adolescents 12 years and older added after a positive CHMP opinion on 22 Feb 2024 (the EU covered adults only until 2024). 100 mg starting dose for adolescents and people 65 and older; 200 mg for most adults.',
 (select id from source where key = 'ema-cibinqo-epar'), true),
((select id from drug where name = 'abrocitinib'), 'UK', 'MHRA', (select id from condition where code = 'ATOPIC_DERMATITIS'), 'APPROVED', 2021, 144, 'MODERATE,SEVERE',
 'MHRA authorisation Sep 2021 (before the EU) for adults and adolescents 12 years and older who are candidates for systemic therapy.',
 (select id from source where key = 'mhra-cibinqo-2021'), true);

insert into boxed_warning (drug_id, region, topics, text, source_id, verified) values
((select id from drug where name = 'abrocitinib'), 'US',
 'SERIOUS_INFECTIONS,MORTALITY,MALIGNANCY,MAJOR_ADVERSE_CARDIOVASCULAR_EVENTS,THROMBOSIS',
 'Risk of serious infections leading to hospitalisation or death, including tuberculosis and invasive fungal, bacterial, viral and opportunistic infections. In rheumatoid arthritis patients 50 years and older with a cardiovascular risk factor, another JAK inhibitor caused higher all-cause mortality, more lymphoma and other malignancies, more major adverse cardiovascular events (cardiovascular death, myocardial infarction, stroke) and more thrombosis (including pulmonary embolism) than TNF blockers.',
 (select id from source where key = 'fda-cibinqo-label'), true);

insert into adverse_effect (drug_id, name, frequency, serious, notes, source_id, verified) values
((select id from drug where name = 'abrocitinib'), 'nausea', 'VERY_COMMON', false, '15.1% in atopic dermatitis trials; the most common adverse reaction.', (select id from source where key = 'ema-cibinqo-epar'), true),
((select id from drug where name = 'abrocitinib'), 'headache', 'COMMON', false, '7.9%.', (select id from source where key = 'ema-cibinqo-epar'), true),
((select id from drug where name = 'abrocitinib'), 'acne', 'COMMON', false, '4.8%.', (select id from source where key = 'ema-cibinqo-epar'), true),
((select id from drug where name = 'abrocitinib'), 'herpes simplex', 'COMMON', false, '4.2% (200 mg) and 2.8% (100 mg) vs 1.4% placebo; includes oral, ocular, skin and genital herpes.', (select id from source where key = 'ema-cibinqo-epar'), true),
((select id from drug where name = 'abrocitinib'), 'blood creatine phosphokinase increased', 'COMMON', false, '3.8%.', (select id from source where key = 'ema-cibinqo-epar'), true),
((select id from drug where name = 'abrocitinib'), 'vomiting', 'COMMON', false, '3.5%.', (select id from source where key = 'ema-cibinqo-epar'), true),
((select id from drug where name = 'abrocitinib'), 'dizziness', 'COMMON', false, '3.4%.', (select id from source where key = 'ema-cibinqo-epar'), true),
((select id from drug where name = 'abrocitinib'), 'upper abdominal pain', 'COMMON', false, '2.2%.', (select id from source where key = 'ema-cibinqo-epar'), true),
((select id from drug where name = 'abrocitinib'), 'herpes zoster', 'COMMON', false, '1.2% (200 mg) and 0.6% (100 mg) vs 0% placebo in trials up to 16 weeks; includes ophthalmic zoster.', (select id from source where key = 'ema-cibinqo-epar'), true),
((select id from drug where name = 'abrocitinib'), 'serious infections (including pneumonia)', 'UNCOMMON', true, 'Infections were the most frequent serious adverse reactions (0.3%); pneumonia 0.1% vs 0% placebo.', (select id from source where key = 'ema-cibinqo-epar'), true);

insert into monitoring_requirement (drug_id, lab_test_id, phase, timing, rationale, source_id, verified) values
((select id from drug where name = 'abrocitinib'), (select id from lab_test where code = 'CBC'), 'BASELINE', 'before starting (platelets, lymphocytes, neutrophils, haemoglobin)', 'do not start with low platelet, lymphocyte or neutrophil counts or haemoglobin', (select id from source where key = 'ema-cibinqo-epar'), true),
((select id from drug where name = 'abrocitinib'), (select id from lab_test where code = 'CBC'), 'FOLLOW_UP', '4 weeks after starting, then according to routine patient management', 'thrombocytopenia (stop if platelets <50 x 10^3/mm3), lymphopenia, neutropenia, anaemia', (select id from source where key = 'ema-cibinqo-epar'), true),
((select id from drug where name = 'abrocitinib'), (select id from lab_test where code = 'LIPID_PANEL'), 'BASELINE', 'before starting', 'dose-dependent rise in blood lipids', (select id from source where key = 'ema-cibinqo-epar'), true),
((select id from drug where name = 'abrocitinib'), (select id from lab_test where code = 'LIPID_PANEL'), 'FOLLOW_UP', 'about 4 weeks after starting, then per hyperlipidaemia guidelines', 'raised LDL cholesterol and cardiovascular risk', (select id from source where key = 'ema-cibinqo-epar'), true),
((select id from drug where name = 'abrocitinib'), (select id from lab_test where code = 'TB_SCREENING'), 'BASELINE', 'before starting', 'latent or active tuberculosis', (select id from source where key = 'ema-cibinqo-epar'), true),
((select id from drug where name = 'abrocitinib'), (select id from lab_test where code = 'TB_SCREENING'), 'FOLLOW_UP', 'yearly for patients in highly TB-endemic areas', 'tuberculosis', (select id from source where key = 'ema-cibinqo-epar'), true),
((select id from drug where name = 'abrocitinib'), (select id from lab_test where code = 'HEPATITIS_B'), 'BASELINE', 'before starting, and monitoring for reactivation during therapy', 'hepatitis B reactivation', (select id from source where key = 'ema-cibinqo-epar'), true),
((select id from drug where name = 'abrocitinib'), (select id from lab_test where code = 'HEPATITIS_C'), 'BASELINE', 'before starting', 'viral hepatitis', (select id from source where key = 'ema-cibinqo-epar'), true),
((select id from drug where name = 'abrocitinib'), (select id from lab_test where code = 'SKIN_EXAM'), 'AS_INDICATED', 'periodically in patients at increased risk of skin cancer', 'non-melanoma skin cancer', (select id from source where key = 'ema-cibinqo-epar'), true);

-- ---------------------------------------------------------------------------------------------------------------
-- baricitinib (Olumiant): oral, JAK1/JAK2; approved for atopic dermatitis in the EU, not in the US
-- ---------------------------------------------------------------------------------------------------------------
insert into drug (name, drug_class_id, modality, mechanism, last_reviewed) values
('baricitinib', (select id from drug_class where name = 'oral JAK inhibitors'), 'SMALL_MOLECULE',
 'A once-daily tablet that blocks the Janus kinases JAK1 and JAK2. This interrupts the signalling of cytokines that drive inflammation in atopic dermatitis, calming skin inflammation and itch.',
 '2026-11-22');

insert into drug_synonym (drug_id, name, source_id) values
((select id from drug where name = 'baricitinib'), 'INCB028050', (select id from source where key = 'fridman-2010'));

insert into brand (drug_id, name, region, source_id) values
((select id from drug where name = 'baricitinib'), 'Olumiant', 'US', (select id from source where key = 'fda-olumiant-label')),
((select id from drug where name = 'baricitinib'), 'Olumiant', 'EU', (select id from source where key = 'ema-olumiant-epar')),
((select id from drug where name = 'baricitinib'), 'Olumiant', 'UK', (select id from source where key = 'emc-olumiant-smpc'));

insert into drug_route (drug_id, route, source_id) values
((select id from drug where name = 'baricitinib'), 'ORAL', (select id from source where key = 'ema-olumiant-epar'));

insert into drug_target (drug_id, target_id, action, source_id, verified) values
((select id from drug where name = 'baricitinib'), (select id from target where symbol = 'JAK1'), 'INHIBITOR', (select id from source where key = 'ema-olumiant-epar'), true),
((select id from drug where name = 'baricitinib'), (select id from target where symbol = 'JAK2'), 'INHIBITOR', (select id from source where key = 'ema-olumiant-epar'), true);

insert into approval (drug_id, region, agency, condition_id, status, year, minimum_age_months, severity, notes, source_id, verified) values
((select id from drug where name = 'baricitinib'), 'US', 'FDA', (select id from condition where code = 'ATOPIC_DERMATITIS'), 'NOT_APPROVED', null, null, '',
 'Not approved for atopic dermatitis in the US: in Jan 2022 Lilly said it had no alignment with the FDA on the indicated population and expected the supplemental application to be declined. Olumiant is FDA-approved only for other conditions (e.g. rheumatoid arthritis, hospitalised COVID-19). Seed document said baricitinib is "currently in clinical trials" for eczema: outdated; the US filing ended without approval while the EU approved it in 2020.',
 (select id from source where key = 'lilly-olumiant-ad-fda-2022'), true),
((select id from drug where name = 'baricitinib'), 'EU', 'EMA', (select id from condition where code = 'ATOPIC_DERMATITIS'), 'APPROVED', 2020, 24, 'MODERATE,SEVERE',
 'First JAK inhibitor approved for atopic dermatitis in the EU (CHMP positive opinion Sep 2020, adults who are candidates for systemic therapy). The indication now covers adults and paediatric patients 2 years and older who are candidates for systemic therapy; this wording was seen in the Great Britain SmPC (July 2024), and the date of the EU paediatric extension (2023) was not re-checked in the EU product information, hence verified = false.',
 (select id from source where key = 'ema-olumiant-epar'), false);

insert into boxed_warning (drug_id, region, topics, text, source_id, verified) values
((select id from drug where name = 'baricitinib'), 'US',
 'SERIOUS_INFECTIONS,MORTALITY,MALIGNANCY,MAJOR_ADVERSE_CARDIOVASCULAR_EVENTS,THROMBOSIS',
 'Risk of serious infections leading to hospitalisation or death, including active tuberculosis (test for latent TB before and during therapy, except in COVID-19), invasive fungal, bacterial, viral and opportunistic infections. In rheumatoid arthritis patients 50 years and older with a cardiovascular risk factor, another JAK inhibitor caused higher all-cause mortality, more lymphoma and other malignancies, more major adverse cardiovascular events and more thrombosis than TNF blockers; lymphoma, malignancies and thrombosis have occurred with baricitinib. (US label; baricitinib is not US-approved for atopic dermatitis.)',
 (select id from source where key = 'fda-olumiant-label'), true);

insert into adverse_effect (drug_id, name, frequency, serious, notes, source_id, verified) values
((select id from drug where name = 'baricitinib'), 'upper respiratory tract infection', 'VERY_COMMON', false, 'Among the most common adverse reactions in the atopic dermatitis trials.', (select id from source where key = 'ema-olumiant-epar'), true),
((select id from drug where name = 'baricitinib'), 'hypercholesterolaemia (LDL cholesterol increased)', 'VERY_COMMON', false, 'Dose-dependent; among the most common adverse reactions in atopic dermatitis.', (select id from source where key = 'ema-olumiant-epar'), true),
((select id from drug where name = 'baricitinib'), 'headache', 'COMMON', false, 'Among the most common adverse reactions in atopic dermatitis; frequency category not re-checked in the EU SmPC table.', (select id from source where key = 'ema-olumiant-epar'), false),
((select id from drug where name = 'baricitinib'), 'herpes simplex', 'COMMON', false, 'Category seen in an SmPC excerpt (rheumatoid arthritis data).', (select id from source where key = 'ema-olumiant-epar'), true),
((select id from drug where name = 'baricitinib'), 'herpes zoster', 'COMMON', false, 'Category seen in an SmPC excerpt (rheumatoid arthritis data).', (select id from source where key = 'ema-olumiant-epar'), true),
((select id from drug where name = 'baricitinib'), 'nausea', 'COMMON', false, 'Category seen in an SmPC excerpt (rheumatoid arthritis data).', (select id from source where key = 'ema-olumiant-epar'), true),
((select id from drug where name = 'baricitinib'), 'ALT increased (3 x ULN or more)', 'COMMON', false, 'Category seen in an SmPC excerpt (rheumatoid arthritis data).', (select id from source where key = 'ema-olumiant-epar'), true),
((select id from drug where name = 'baricitinib'), 'serious infections (most often herpes zoster and cellulitis)', 'COMMON', true, 'About 1.1% in controlled rheumatoid arthritis trials up to 16 weeks (similar to placebo); not re-checked for atopic dermatitis.', (select id from source where key = 'ema-olumiant-epar'), false),
((select id from drug where name = 'baricitinib'), 'venous thromboembolism (deep vein thrombosis, pulmonary embolism)', 'UNCOMMON', true, 'Frequency category not re-checked in the EU SmPC; stop treatment if VTE is suspected.', (select id from source where key = 'ema-olumiant-epar'), false);

insert into monitoring_requirement (drug_id, lab_test_id, phase, timing, rationale, source_id, verified) values
((select id from drug where name = 'baricitinib'), (select id from lab_test where code = 'TB_SCREENING'), 'BASELINE', 'before starting', 'latent or active tuberculosis (do not give with active TB; consider anti-TB therapy for untreated latent TB)', (select id from source where key = 'ema-olumiant-epar'), true),
((select id from drug where name = 'baricitinib'), (select id from lab_test where code = 'HEPATITIS_B'), 'BASELINE', 'before starting', 'hepatitis B reactivation', (select id from source where key = 'ema-olumiant-epar'), true),
((select id from drug where name = 'baricitinib'), (select id from lab_test where code = 'HEPATITIS_B'), 'FOLLOW_UP', 'HBV DNA monitoring in patients positive for anti-HBc (and anti-HBs) without HBsAg', 'hepatitis B reactivation', (select id from source where key = 'ema-olumiant-epar'), true),
((select id from drug where name = 'baricitinib'), (select id from lab_test where code = 'HEPATITIS_C'), 'BASELINE', 'before starting', 'viral hepatitis', (select id from source where key = 'ema-olumiant-epar'), true),
((select id from drug where name = 'baricitinib'), (select id from lab_test where code = 'LIPID_PANEL'), 'FOLLOW_UP', 'about 12 weeks after starting, then per hyperlipidaemia guidelines', 'dose-dependent rise in blood lipids', (select id from source where key = 'ema-olumiant-epar'), true),
((select id from drug where name = 'baricitinib'), (select id from lab_test where code = 'CBC'), 'FOLLOW_UP', 'before starting and thereafter according to routine patient management', 'neutropenia (ANC <1 x 10^9/L), lymphopenia (ALC <0.5 x 10^9/L), anaemia (Hb <8 g/dL): interrupt treatment. Interruption thresholds seen; exact timing wording not re-checked.', (select id from source where key = 'ema-olumiant-epar'), false),
((select id from drug where name = 'baricitinib'), (select id from lab_test where code = 'LIVER_FUNCTION'), 'FOLLOW_UP', 'before starting and thereafter according to routine patient management', 'ALT/AST elevation and suspected drug-induced liver injury (interrupt treatment). Exact timing wording not re-checked.', (select id from source where key = 'ema-olumiant-epar'), false),
((select id from drug where name = 'baricitinib'), (select id from lab_test where code = 'SKIN_EXAM'), 'AS_INDICATED', 'periodically, particularly in patients with risk factors for skin cancer', 'non-melanoma skin cancer', (select id from source where key = 'ema-olumiant-epar'), true);

-- ---------------------------------------------------------------------------------------------------------------
-- ruxolitinib cream (Opzelura): topical JAK1/JAK2; approved for atopic dermatitis in the US only
-- ---------------------------------------------------------------------------------------------------------------
insert into drug (name, drug_class_id, modality, mechanism, last_reviewed) values
('ruxolitinib', (select id from drug_class where name = 'topical JAK inhibitors'), 'SMALL_MOLECULE',
 'A cream (1.5%) that blocks the Janus kinases JAK1 and JAK2 in the skin where it is applied, damping the cytokine signals that drive eczema inflammation and itch. (Oral ruxolitinib, a different product, is used for blood cancers and is not covered here.)',
 '2026-11-22');

insert into drug_synonym (drug_id, name, source_id) values
((select id from drug where name = 'ruxolitinib'), 'ruxolitinib phosphate', (select id from source where key = 'fda-opzelura-label'));

insert into brand (drug_id, name, region, source_id) values
((select id from drug where name = 'ruxolitinib'), 'Opzelura', 'US', (select id from source where key = 'fda-opzelura-label')),
((select id from drug where name = 'ruxolitinib'), 'Opzelura', 'EU', (select id from source where key = 'ema-opzelura-epar'));

insert into drug_route (drug_id, route, source_id) values
((select id from drug where name = 'ruxolitinib'), 'TOPICAL', (select id from source where key = 'fda-opzelura-label'));

insert into drug_target (drug_id, target_id, action, source_id, verified) values
((select id from drug where name = 'ruxolitinib'), (select id from target where symbol = 'JAK1'), 'INHIBITOR', (select id from source where key = 'ema-opzelura-epar'), true),
((select id from drug where name = 'ruxolitinib'), (select id from target where symbol = 'JAK2'), 'INHIBITOR', (select id from source where key = 'ema-opzelura-epar'), true);

insert into approval (drug_id, region, agency, condition_id, status, year, minimum_age_months, severity, notes, source_id, verified) values
((select id from drug where name = 'ruxolitinib'), 'US', 'FDA', (select id from condition where code = 'ATOPIC_DERMATITIS'), 'APPROVED', 2021, 24, 'MILD,MODERATE',
 'Approved Sep 2021 for ages 12 and older; extended in Sep 2025 to children 2 to 11 years (TRuE-AD3). Short-term and non-continuous chronic treatment of mild-to-moderate atopic dermatitis in non-immunocompromised patients whose disease is not adequately controlled with topical prescription therapies or when those are not advisable; apply to no more than 20% of body surface area. Seed documents said "all three [US JAK inhibitors] are for 12 years or older": outdated since Sep 2025 for the cream.',
 (select id from source where key = 'fda-opzelura-label'), true),
((select id from drug where name = 'ruxolitinib'), 'EU', 'EMA', (select id from condition where code = 'ATOPIC_DERMATITIS'), 'NOT_APPROVED', null, null, '',
 'Opzelura is authorised in the EU (April 2023) only for non-segmental vitiligo with facial involvement in adults and adolescents from 12 years (max 10% body surface area); it has no EU atopic dermatitis indication.',
 (select id from source where key = 'ema-opzelura-epar'), true);

insert into boxed_warning (drug_id, region, topics, text, source_id, verified) values
((select id from drug where name = 'ruxolitinib'), 'US',
 'SERIOUS_INFECTIONS,MORTALITY,MALIGNANCY,MAJOR_ADVERSE_CARDIOVASCULAR_EVENTS,THROMBOSIS',
 'Class warning carried over from oral JAK inhibitors used for inflammatory conditions: risk of serious infections leading to hospitalisation or death (tuberculosis, invasive fungal, bacterial, viral and opportunistic infections), higher all-cause mortality, lymphoma and other malignancies, major adverse cardiovascular events and thrombosis observed with another JAK inhibitor vs TNF blockers in rheumatoid arthritis patients.',
 (select id from source where key = 'fda-opzelura-label'), true);

insert into adverse_effect (drug_id, name, frequency, serious, notes, source_id, verified) values
((select id from drug where name = 'ruxolitinib'), 'nasopharyngitis', 'COMMON', false, '3% vs 1% vehicle (trials in patients 12 years and older, 8 weeks).', (select id from source where key = 'fda-opzelura-label'), true),
((select id from drug where name = 'ruxolitinib'), 'bronchitis', 'COMMON', false, '1% vs 0% vehicle.', (select id from source where key = 'fda-opzelura-label'), true),
((select id from drug where name = 'ruxolitinib'), 'ear infection', 'COMMON', false, '1% vs 0% vehicle.', (select id from source where key = 'fda-opzelura-label'), true),
((select id from drug where name = 'ruxolitinib'), 'eosinophil count increased', 'COMMON', false, '1% vs 0% vehicle.', (select id from source where key = 'fda-opzelura-label'), true),
((select id from drug where name = 'ruxolitinib'), 'urticaria', 'COMMON', false, '1% vs 0% vehicle.', (select id from source where key = 'fda-opzelura-label'), true),
((select id from drug where name = 'ruxolitinib'), 'diarrhoea', 'COMMON', false, '1% vs <1% vehicle.', (select id from source where key = 'fda-opzelura-label'), true),
((select id from drug where name = 'ruxolitinib'), 'folliculitis', 'COMMON', false, '1% vs 0% vehicle.', (select id from source where key = 'fda-opzelura-label'), true),
((select id from drug where name = 'ruxolitinib'), 'tonsillitis', 'COMMON', false, '1% vs 0% vehicle.', (select id from source where key = 'fda-opzelura-label'), true),
((select id from drug where name = 'ruxolitinib'), 'rhinorrhoea', 'COMMON', false, '1% vs <1% vehicle. In children 2-11 years (TRuE-AD3) upper respiratory tract infection was the most common adverse reaction.', (select id from source where key = 'fda-opzelura-label'), true),
((select id from drug where name = 'ruxolitinib'), 'serious infections, malignancy, MACE and thrombosis (class risks)', 'NOT_KNOWN', true, 'Boxed-warning class risks extrapolated from oral JAK inhibitors; not observed at a measurable rate in the 8-week cream trials.', (select id from source where key = 'fda-opzelura-label'), true);

-- No routine laboratory monitoring requirement was verified for the cream: no monitoring rows.

-- ---------------------------------------------------------------------------------------------------------------
-- delgocitinib (Anzupgo cream): topical pan-JAK; approved for chronic hand eczema (EU 2024, UK 2024, US 2025)
-- ---------------------------------------------------------------------------------------------------------------
insert into drug (name, drug_class_id, modality, mechanism, last_reviewed) values
('delgocitinib', (select id from drug_class where name = 'topical JAK inhibitors'), 'SMALL_MOLECULE',
 'A cream applied to the hands and wrists that blocks all four Janus kinases (JAK1, JAK2, JAK3 and TYK2). This suppresses the JAK-STAT signalling of several inflammatory cytokines in the skin, reducing itch, pain and inflammation of chronic hand eczema.',
 '2026-11-22');

insert into drug_synonym (drug_id, name, source_id) values
((select id from drug where name = 'delgocitinib'), 'JTE-052', (select id from source where key = 'jaad-2021-delgocitinib-peds'));

insert into brand (drug_id, name, region, source_id) values
((select id from drug where name = 'delgocitinib'), 'Anzupgo', 'US', (select id from source where key = 'fda-anzupgo-label')),
((select id from drug where name = 'delgocitinib'), 'Anzupgo', 'EU', (select id from source where key = 'ema-anzupgo-epar')),
((select id from drug where name = 'delgocitinib'), 'Anzupgo', 'UK', (select id from source where key = 'emc-anzupgo-smpc'));

insert into drug_route (drug_id, route, source_id) values
((select id from drug where name = 'delgocitinib'), 'TOPICAL', (select id from source where key = 'fda-anzupgo-label'));

insert into drug_target (drug_id, target_id, action, source_id, verified) values
((select id from drug where name = 'delgocitinib'), (select id from target where symbol = 'JAK1'), 'INHIBITOR', (select id from source where key = 'fda-anzupgo-label'), true),
((select id from drug where name = 'delgocitinib'), (select id from target where symbol = 'JAK2'), 'INHIBITOR', (select id from source where key = 'fda-anzupgo-label'), true),
((select id from drug where name = 'delgocitinib'), (select id from target where symbol = 'JAK3'), 'INHIBITOR', (select id from source where key = 'fda-anzupgo-label'), true),
((select id from drug where name = 'delgocitinib'), (select id from target where symbol = 'TYK2'), 'INHIBITOR', (select id from source where key = 'fda-anzupgo-label'), true);

insert into approval (drug_id, region, agency, condition_id, status, year, minimum_age_months, severity, notes, source_id, verified) values
((select id from drug where name = 'delgocitinib'), 'US', 'FDA', (select id from condition where code = 'ATOPIC_DERMATITIS'), 'NOT_APPROVED', null, null, '',
 'The US product (Anzupgo cream) is approved only for chronic hand eczema, not for atopic dermatitis.',
 (select id from source where key = 'fda-anzupgo-label'), true),
((select id from drug where name = 'delgocitinib'), 'EU', 'EMA', (select id from condition where code = 'ATOPIC_DERMATITIS'), 'NOT_APPROVED', null, null, '',
 'The EU product (Anzupgo cream) is authorised only for chronic hand eczema in adults, not for atopic dermatitis.',
 (select id from source where key = 'ema-anzupgo-epar'), true),
((select id from drug where name = 'delgocitinib'), 'JP', 'PMDA', (select id from condition where code = 'ATOPIC_DERMATITIS'), 'APPROVED', null, null, '',
 'Delgocitinib 0.5% ointment is approved in Japan for adult atopic dermatitis (stated in a 2021 JAAD paper, which also reports the paediatric 0.25% ointment trial in ages 2-15). Japanese brand name, approval year and current minimum age were not verified, hence verified = false.',
 (select id from source where key = 'jaad-2021-delgocitinib-peds'), false),
((select id from drug where name = 'delgocitinib'), 'US', 'FDA', (select id from condition where code = 'CHRONIC_HAND_ECZEMA'), 'APPROVED', 2025, 216, 'MODERATE,SEVERE',
 'Approved 23 Jul 2025: adults with moderate-to-severe chronic hand eczema with an inadequate response to topical corticosteroids or for whom they are not advisable; first FDA-approved treatment for CHE. Hands and wrists only; no more than 30 g per 2 weeks or 60 g per month; not with other JAK inhibitors or potent immunosuppressants. No boxed warning.',
 (select id from source where key = 'fda-anzupgo-label'), true),
((select id from drug where name = 'delgocitinib'), 'EU', 'EMA', (select id from condition where code = 'CHRONIC_HAND_ECZEMA'), 'APPROVED', 2024, 216, 'MODERATE,SEVERE',
 'European Commission approval Sep 2024: adults with moderate-to-severe chronic hand eczema for whom topical corticosteroids are inadequate or inappropriate; stop if no improvement after 12 weeks of continuous treatment.',
 (select id from source where key = 'ema-anzupgo-epar'), true),
((select id from drug where name = 'delgocitinib'), 'UK', 'MHRA', (select id from condition where code = 'CHRONIC_HAND_ECZEMA'), 'APPROVED', 2024, 216, 'MODERATE,SEVERE',
 'MHRA authorisation Dec 2024 with the same indication as the EU (adults; topical corticosteroids inadequate or inappropriate).',
 (select id from source where key = 'emc-anzupgo-smpc'), true);

insert into adverse_effect (drug_id, name, frequency, serious, notes, source_id, verified) values
((select id from drug where name = 'delgocitinib'), 'application site reactions', 'COMMON', false,
 'Reported as the most common adverse events, mostly mild; frequency category not re-checked in the label table.', (select id from source where key = 'ema-anzupgo-epar'), false),
((select id from drug where name = 'delgocitinib'), 'serious infection (eczema herpeticum)', 'UNCOMMON', true,
 'US label 5.1: eczema herpeticum observed in one subject; avoid use with active or serious infection. Frequency category inferred, not stated.', (select id from source where key = 'fda-anzupgo-label'), false),
((select id from drug where name = 'delgocitinib'), 'non-melanoma skin cancer (including basal cell carcinoma)', 'NOT_KNOWN', true,
 'Reported in subjects treated with Anzupgo (US label 5.2); periodic skin examination recommended.', (select id from source where key = 'fda-anzupgo-label'), true);

insert into monitoring_requirement (drug_id, lab_test_id, phase, timing, rationale, source_id, verified) values
((select id from drug where name = 'delgocitinib'), (select id from lab_test where code = 'SKIN_EXAM'), 'FOLLOW_UP', 'periodically, at the application site, for all patients (particularly with skin-cancer risk factors)', 'non-melanoma skin cancer', (select id from source where key = 'ema-anzupgo-epar'), true);
