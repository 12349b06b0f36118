-- V3_3: biologics for atopic dermatitis (anti-IL-4Rα, anti-IL-13, anti-IL-31RA antibodies).
-- Drugs: dupilumab, tralokinumab, lebrikizumab, nemolizumab. Curated 2026-11-22 against the current US labels
-- (DailyMed / openFDA), EMA product information and, where stated, UK (MHRA) and Japanese (Maruho/MHLW) announcements.
-- None of these four products carries a US boxed warning and none requires routine laboratory monitoring,
-- so this file has no boxed_warning and no monitoring_requirement rows.

-- ---------------------------------------------------------------------------------------------------------------
-- Sources
-- ---------------------------------------------------------------------------------------------------------------
insert into source (key, title, publisher, kind, url, published_on, accessed_on) values
('fda-dupixent-label',
 'DUPIXENT (dupilumab) injection, for subcutaneous use: US prescribing information (revision with 04/2026 indication changes)',
 'Sanofi-Aventis U.S. LLC / Regeneron Pharmaceuticals (DailyMed, US National Library of Medicine)', 'LABEL',
 'https://dailymed.nlm.nih.gov/dailymed/search.cfm?adv=1&labeltype=all&query=dupixent', '2026-04-01', '2026-11-22'),
('ema-dupixent-epar',
 'Dupixent (dupilumab): EPAR product information (SmPC); atopic dermatitis indication extended to children from 6 months by EC decision of March 2023',
 'European Medicines Agency', 'LABEL',
 'https://www.ema.europa.eu/en/medicines/human/EPAR/dupixent', '2023-03-21', '2026-11-22'),
('fda-adbry-label',
 'ADBRY (tralokinumab-ldrm) injection, for subcutaneous use: US prescribing information (revision adding patients 12 years and older, December 2023)',
 'LEO Pharma Inc. (DailyMed, US National Library of Medicine)', 'LABEL',
 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=d8020b69-3001-44e2-9b5d-5f93d9aaf6e1', '2023-12-01', '2026-11-22'),
('ema-adtralza-epar',
 'Adtralza (tralokinumab): EPAR product information (SmPC); adolescents 12-17 years added by EC decision of October 2022',
 'European Medicines Agency', 'LABEL',
 'https://www.ema.europa.eu/en/medicines/human/EPAR/adtralza', '2022-10-20', '2026-11-22'),
('fda-ebglyss-label',
 'EBGLYSS (lebrikizumab-lbkz) injection, for subcutaneous use: US prescribing information (revision of 10/2025)',
 'Eli Lilly and Company (DailyMed, US National Library of Medicine)', 'LABEL',
 'https://dailymed.nlm.nih.gov/dailymed/search.cfm?labeltype=all&query=ebglyss', '2025-10-01', '2026-11-22'),
('ema-ebglyss-epar',
 'Ebglyss (lebrikizumab): EPAR product information (SmPC); initial EC marketing authorisation November 2023',
 'European Medicines Agency', 'LABEL',
 'https://www.ema.europa.eu/en/medicines/human/EPAR/ebglyss', '2023-11-17', '2026-11-22'),
('fda-nemluvio-label',
 'NEMLUVIO (nemolizumab-ilto) for injection, for subcutaneous use: US prescribing information (SPL version 5)',
 'Galderma Laboratories, L.P. (DailyMed, US National Library of Medicine)', 'LABEL',
 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=e9229ef1-ac60-4c24-afb6-009d3c781687', '2025-06-26', '2026-11-22'),
('ema-nemluvio-epar',
 'Nemluvio (nemolizumab): EPAR product information (SmPC); initial EC marketing authorisation February 2025',
 'European Medicines Agency', 'LABEL',
 'https://www.ema.europa.eu/en/medicines/human/EPAR/nemluvio', '2025-02-14', '2026-11-22'),
('mhra-nemluvio-2025-approval',
 'MHRA approves nemolizumab (Nemluvio) for prurigo nodularis and atopic dermatitis (press release of 17 February 2025, Access Consortium work-sharing procedure)',
 'Medicines and Healthcare products Regulatory Agency (as republished by Mirage News)', 'ARTICLE',
 'https://miragenews.com/nemolizumab-gets-uk-nod-for-skin-conditions-1409832', '2025-02-17', '2026-11-22'),
('maruho-mitchga-2022',
 'Maruho acquires manufacturing and marketing approval in Japan for Mitchga Subcutaneous Injection 60 mg Syringes for itching associated with atopic dermatitis',
 'Maruho Co., Ltd.', 'ARTICLE',
 'https://www.maruho.co.jp/english/information/20220328.html', '2022-03-28', '2026-11-22'),
('maruho-mitchga-2024',
 'Maruho acquires approval in Japan for Mitchga Subcutaneous Injection 30 mg Vials for pruritus associated with atopic dermatitis (children 6 to <13 years) and prurigo nodularis',
 'Maruho Co., Ltd.', 'ARTICLE',
 'https://www.maruho.co.jp/english/information/20240326.html', '2024-03-26', '2026-11-22');

-- ---------------------------------------------------------------------------------------------------------------
-- dupilumab (Dupixent): anti-IL-4Rα antibody
-- ---------------------------------------------------------------------------------------------------------------
insert into drug (name, drug_class_id, modality, mechanism, last_reviewed) values
('dupilumab', (select id from drug_class where name = 'anti-IL-4Rα antibodies'), 'MONOCLONAL_ANTIBODY',
 'Human IgG4 monoclonal antibody that binds the IL-4 receptor alpha subunit (IL-4Rα), which is shared by the type I and type II receptors, and so blocks signalling of both IL-4 and IL-13. Damping these two type 2 cytokines reduces skin inflammation, itch and barrier dysfunction. It is not a broad immunosuppressant.',
 '2026-11-22');

insert into brand (drug_id, name, region, source_id) values
((select id from drug where name = 'dupilumab'), 'Dupixent', 'US', (select id from source where key = 'fda-dupixent-label')),
((select id from drug where name = 'dupilumab'), 'Dupixent', 'EU', (select id from source where key = 'ema-dupixent-epar'));

insert into drug_route (drug_id, route, source_id) values
((select id from drug where name = 'dupilumab'), 'SUBCUTANEOUS', (select id from source where key = 'fda-dupixent-label'));

insert into drug_target (drug_id, target_id, action, source_id) values
((select id from drug where name = 'dupilumab'), (select id from target where symbol = 'IL4R'), 'ANTAGONIST',
 (select id from source where key = 'fda-dupixent-label'));

insert into approval (drug_id, region, agency, condition_id, status, year, minimum_age_months, severity, notes, source_id) values
((select id from drug where name = 'dupilumab'), 'US', 'FDA', (select id from condition where code = 'ATOPIC_DERMATITIS'),
 'APPROVED', 2017, 6, 'MODERATE,SEVERE',
 'Adults and children from 6 months whose moderate-to-severe AD is not adequately controlled with topical prescription therapies or when those are not advisable; with or without topical corticosteroids. First approved in 2017 for adults only; the age limit was lowered stepwise, to 6 months in June 2022. Seed documents say the 2017 approval was "for severe eczema": the label says moderate-to-severe.',
 (select id from source where key = 'fda-dupixent-label')),
((select id from drug where name = 'dupilumab'), 'EU', 'EMA', (select id from condition where code = 'ATOPIC_DERMATITIS'),
 'APPROVED', 2017, 6, 'MODERATE,SEVERE',
 'Moderate-to-severe AD in adults and adolescents 12 years and older who are candidates for systemic therapy; in children 6 months to 11 years only SEVERE AD in candidates for systemic therapy. Adults 2017; adolescents 2019; children 6-11 years added later; children 6 months to 5 years added by EC decision of 21 March 2023.',
 (select id from source where key = 'ema-dupixent-epar')),
((select id from drug where name = 'dupilumab'), 'US', 'FDA', (select id from condition where code = 'PRURIGO_NODULARIS'),
 'APPROVED', 2022, 216, '',
 'Adults with prurigo nodularis (approved 28 September 2022); the first medicine with a US prurigo nodularis indication.',
 (select id from source where key = 'fda-dupixent-label')),
((select id from drug where name = 'dupilumab'), 'EU', 'EMA', (select id from condition where code = 'PRURIGO_NODULARIS'),
 'APPROVED', 2022, 216, 'MODERATE,SEVERE',
 'Adults with moderate-to-severe prurigo nodularis who are candidates for systemic therapy (EC decision December 2022).',
 (select id from source where key = 'ema-dupixent-epar'));

-- Frequencies: EU SmPC section 4.8 categories (checked against the GB/Ireland SmPC table; the GB table now lists
-- injection site reactions as common, older versions as very common).
insert into adverse_effect (drug_id, name, frequency, serious, notes, source_id) values
((select id from drug where name = 'dupilumab'), 'injection site reactions', 'COMMON', false,
 'Erythema, oedema, pruritus, pain and swelling at the injection site. Listed first among the most common reactions (>=1%) in the US label.',
 (select id from source where key = 'ema-dupixent-epar')),
((select id from drug where name = 'dupilumab'), 'conjunctivitis', 'COMMON', false,
 'Occurs mainly in atopic dermatitis trials; patients should report new or worsening eye symptoms (US Warnings and Precautions: conjunctivitis and keratitis).',
 (select id from source where key = 'ema-dupixent-epar')),
((select id from drug where name = 'dupilumab'), 'allergic conjunctivitis', 'COMMON', false, null,
 (select id from source where key = 'ema-dupixent-epar')),
((select id from drug where name = 'dupilumab'), 'oral herpes', 'COMMON', false, null,
 (select id from source where key = 'ema-dupixent-epar')),
((select id from drug where name = 'dupilumab'), 'eosinophilia', 'COMMON', false,
 'Usually transient rises in blood eosinophils; no routine monitoring is required by the label.',
 (select id from source where key = 'ema-dupixent-epar')),
((select id from drug where name = 'dupilumab'), 'arthralgia', 'COMMON', false, null,
 (select id from source where key = 'ema-dupixent-epar')),
((select id from drug where name = 'dupilumab'), 'keratitis', 'UNCOMMON', false,
 'Eye pruritus, blepharitis and dry eye are also listed as uncommon.',
 (select id from source where key = 'ema-dupixent-epar')),
((select id from drug where name = 'dupilumab'), 'ulcerative keratitis', 'RARE', true, null,
 (select id from source where key = 'ema-dupixent-epar')),
((select id from drug where name = 'dupilumab'), 'anaphylactic reaction', 'RARE', true,
 'Hypersensitivity reactions (anaphylaxis, serum sickness, angioedema [uncommon], generalized urticaria, erythema nodosum, erythema multiforme) are a US Warning and Precaution: discontinue if clinically significant.',
 (select id from source where key = 'ema-dupixent-epar')),
((select id from drug where name = 'dupilumab'), 'serum sickness or serum sickness-like reaction', 'RARE', true, null,
 (select id from source where key = 'ema-dupixent-epar'));

-- ---------------------------------------------------------------------------------------------------------------
-- tralokinumab (Adbry in the US, Adtralza in the EU): anti-IL-13 antibody
-- ---------------------------------------------------------------------------------------------------------------
insert into drug (name, drug_class_id, modality, mechanism, last_reviewed) values
('tralokinumab', (select id from drug_class where name = 'anti-IL-13 antibodies'), 'MONOCLONAL_ANTIBODY',
 'Human IgG4 monoclonal antibody that binds interleukin-13 and stops it from engaging its receptors, neutralising IL-13 signalling. IL-13 is the dominant type 2 cytokine in atopic dermatitis skin; IL-4 signalling is left untouched.',
 '2026-11-22');

insert into drug_synonym (drug_id, name, source_id) values
((select id from drug where name = 'tralokinumab'), 'tralokinumab-ldrm', (select id from source where key = 'fda-adbry-label'));

insert into brand (drug_id, name, region, source_id) values
((select id from drug where name = 'tralokinumab'), 'Adbry', 'US', (select id from source where key = 'fda-adbry-label')),
((select id from drug where name = 'tralokinumab'), 'Adtralza', 'EU', (select id from source where key = 'ema-adtralza-epar'));

insert into drug_route (drug_id, route, source_id) values
((select id from drug where name = 'tralokinumab'), 'SUBCUTANEOUS', (select id from source where key = 'fda-adbry-label'));

insert into drug_target (drug_id, target_id, action, source_id) values
((select id from drug where name = 'tralokinumab'), (select id from target where symbol = 'IL13'), 'ANTAGONIST',
 (select id from source where key = 'fda-adbry-label'));

insert into approval (drug_id, region, agency, condition_id, status, year, minimum_age_months, severity, notes, source_id) values
((select id from drug where name = 'tralokinumab'), 'US', 'FDA', (select id from condition where code = 'ATOPIC_DERMATITIS'),
 'APPROVED', 2021, 144, 'MODERATE,SEVERE',
 'Adults and children 12 years and older whose moderate-to-severe AD is not adequately controlled with topical prescription therapies or when those are not advisable; with or without topical corticosteroids. Approved for adults in December 2021; patients 12-17 years added in December 2023. Seed document said "FDA-approved for moderate-to-severe AD in adults": outdated, the current label includes adolescents from 12 years.',
 (select id from source where key = 'fda-adbry-label')),
((select id from drug where name = 'tralokinumab'), 'EU', 'EMA', (select id from condition where code = 'ATOPIC_DERMATITIS'),
 'APPROVED', 2021, 144, 'MODERATE,SEVERE',
 'Adults and adolescents 12 years and older who are candidates for systemic therapy. Adults: EC decision of 17 June 2021; adolescents 12-17 years added in October 2022 (the same extension was granted by the MHRA in the UK). Seed document''s "adults only" is outdated.',
 (select id from source where key = 'ema-adtralza-epar'));

-- The four most common reactions are named in the US label (upper respiratory tract infections, conjunctivitis,
-- injection site reactions, eosinophilia); their EU frequency categories could not be re-read from the SmPC table.
insert into adverse_effect (drug_id, name, frequency, serious, notes, source_id, verified) values
((select id from drug where name = 'tralokinumab'), 'upper respiratory tract infections', 'VERY_COMMON', false,
 'Most frequent adverse reaction (mainly common colds). Frequency category from the SmPC not re-checked in this curation.',
 (select id from source where key = 'ema-adtralza-epar'), false),
((select id from drug where name = 'tralokinumab'), 'conjunctivitis', 'COMMON', false,
 'US Warning and Precaution: conjunctivitis and keratitis; patients should report new or worsening eye symptoms. Frequency category not re-checked.',
 (select id from source where key = 'ema-adtralza-epar'), false),
((select id from drug where name = 'tralokinumab'), 'allergic conjunctivitis', 'COMMON', false,
 'Frequency category not re-checked.',
 (select id from source where key = 'ema-adtralza-epar'), false),
((select id from drug where name = 'tralokinumab'), 'injection site reactions', 'COMMON', false,
 'Pain, redness and swelling at the injection site. Frequency category not re-checked.',
 (select id from source where key = 'ema-adtralza-epar'), false),
((select id from drug where name = 'tralokinumab'), 'eosinophilia', 'COMMON', false,
 'Frequency category not re-checked.',
 (select id from source where key = 'ema-adtralza-epar'), false),
((select id from drug where name = 'tralokinumab'), 'keratitis', 'UNCOMMON', false,
 'Frequency category not re-checked.',
 (select id from source where key = 'ema-adtralza-epar'), false),
((select id from drug where name = 'tralokinumab'), 'hypersensitivity reactions including anaphylaxis and angioedema', 'NOT_KNOWN', true,
 'US Warning and Precaution: hypersensitivity reactions, including anaphylaxis and angioedema, have occurred; discontinue in the event of a hypersensitivity reaction. Frequency not verified.',
 (select id from source where key = 'fda-adbry-label'), false);

-- ---------------------------------------------------------------------------------------------------------------
-- lebrikizumab (Ebglyss): anti-IL-13 antibody
-- ---------------------------------------------------------------------------------------------------------------
insert into drug (name, drug_class_id, modality, mechanism, last_reviewed) values
('lebrikizumab', (select id from drug_class where name = 'anti-IL-13 antibodies'), 'MONOCLONAL_ANTIBODY',
 'Monoclonal antibody that binds interleukin-13 with high affinity and prevents formation of the IL-13Rα1/IL-4Rα signalling complex, thereby blocking the effects of IL-13 on inflammation, barrier dysfunction and itch. Maintenance dosing is monthly.',
 '2026-11-22');

insert into drug_synonym (drug_id, name, source_id) values
((select id from drug where name = 'lebrikizumab'), 'lebrikizumab-lbkz', (select id from source where key = 'fda-ebglyss-label'));

insert into brand (drug_id, name, region, source_id) values
((select id from drug where name = 'lebrikizumab'), 'Ebglyss', 'US', (select id from source where key = 'fda-ebglyss-label')),
((select id from drug where name = 'lebrikizumab'), 'Ebglyss', 'EU', (select id from source where key = 'ema-ebglyss-epar'));

insert into drug_route (drug_id, route, source_id) values
((select id from drug where name = 'lebrikizumab'), 'SUBCUTANEOUS', (select id from source where key = 'fda-ebglyss-label'));

insert into drug_target (drug_id, target_id, action, source_id) values
((select id from drug where name = 'lebrikizumab'), (select id from target where symbol = 'IL13'), 'ANTAGONIST',
 (select id from source where key = 'fda-ebglyss-label'));

insert into approval (drug_id, region, agency, condition_id, status, year, minimum_age_months, severity, notes, source_id) values
((select id from drug where name = 'lebrikizumab'), 'US', 'FDA', (select id from condition where code = 'ATOPIC_DERMATITIS'),
 'APPROVED', 2024, 144, 'MODERATE,SEVERE',
 'Adults and children 12 years and older weighing at least 40 kg whose moderate-to-severe AD is not adequately controlled with topical prescription therapies or when those are not advisable; with or without topical corticosteroids. Approved September 2024 (FDA had declined approval in 2023 over inspection findings at a contract manufacturer). Not mentioned in the seed documents.',
 (select id from source where key = 'fda-ebglyss-label')),
((select id from drug where name = 'lebrikizumab'), 'EU', 'EMA', (select id from condition where code = 'ATOPIC_DERMATITIS'),
 'APPROVED', 2023, 144, 'MODERATE,SEVERE',
 'Adults and adolescents 12 years and older with a body weight of at least 40 kg who are candidates for systemic therapy (EC approval November 2023; marketed by Almirall in Europe).',
 (select id from source where key = 'ema-ebglyss-epar'));

-- Most common reactions: EU (conjunctivitis, injection site reactions, allergic conjunctivitis, dry eye) and
-- US label (>=1%: conjunctivitis, injection site reactions, herpes zoster). The SmPC frequency table itself could not be
-- re-read, so every category is verified = false.
insert into adverse_effect (drug_id, name, frequency, serious, notes, source_id, verified) values
((select id from drug where name = 'lebrikizumab'), 'conjunctivitis', 'COMMON', false,
 'Most frequent adverse reaction; US Warning and Precaution: conjunctivitis and keratitis. Exact SmPC category (common vs very common) not re-checked.',
 (select id from source where key = 'ema-ebglyss-epar'), false),
((select id from drug where name = 'lebrikizumab'), 'injection site reactions', 'COMMON', false, 'Named among the most common reactions in the EU; frequency category not re-checked.',
 (select id from source where key = 'ema-ebglyss-epar'), false),
((select id from drug where name = 'lebrikizumab'), 'allergic conjunctivitis', 'COMMON', false, 'Named among the most common reactions in the EU; frequency category not re-checked.',
 (select id from source where key = 'ema-ebglyss-epar'), false),
((select id from drug where name = 'lebrikizumab'), 'dry eye', 'COMMON', false, 'Named among the most common reactions in the EU; frequency category not re-checked.',
 (select id from source where key = 'ema-ebglyss-epar'), false),
((select id from drug where name = 'lebrikizumab'), 'herpes zoster', 'UNCOMMON', false,
 'Listed among the most common reactions (>=1%) in the US label; the EU category is not re-checked.',
 (select id from source where key = 'fda-ebglyss-label'), false),
((select id from drug where name = 'lebrikizumab'), 'eosinophilia', 'UNCOMMON', false,
 'Frequency category not re-checked.',
 (select id from source where key = 'ema-ebglyss-epar'), false),
((select id from drug where name = 'lebrikizumab'), 'keratitis', 'UNCOMMON', false,
 'Frequency category not re-checked.',
 (select id from source where key = 'ema-ebglyss-epar'), false),
((select id from drug where name = 'lebrikizumab'), 'hypersensitivity reactions including angioedema and urticaria', 'NOT_KNOWN', true,
 'US Warning and Precaution: discontinue if a hypersensitivity reaction occurs. Frequency not verified.',
 (select id from source where key = 'fda-ebglyss-label'), false);

-- ---------------------------------------------------------------------------------------------------------------
-- nemolizumab (Nemluvio; Mitchga in Japan): anti-IL-31RA antibody
-- ---------------------------------------------------------------------------------------------------------------
insert into drug (name, drug_class_id, modality, mechanism, last_reviewed) values
('nemolizumab', (select id from drug_class where name = 'anti-IL-31RA antibodies'), 'MONOCLONAL_ANTIBODY',
 'Humanised monoclonal antibody against the IL-31 receptor alpha (IL-31RA) that competitively blocks IL-31 from binding its receptor. IL-31 is a neuroimmune cytokine that drives itch and contributes to inflammation and barrier dysfunction (and fibrosis in prurigo nodularis). It blocks the receptor, not IL-31 itself.',
 '2026-11-22');

insert into drug_synonym (drug_id, name, source_id) values
((select id from drug where name = 'nemolizumab'), 'nemolizumab-ilto', (select id from source where key = 'fda-nemluvio-label'));

insert into brand (drug_id, name, region, source_id) values
((select id from drug where name = 'nemolizumab'), 'Nemluvio', 'US', (select id from source where key = 'fda-nemluvio-label')),
((select id from drug where name = 'nemolizumab'), 'Nemluvio', 'EU', (select id from source where key = 'ema-nemluvio-epar')),
((select id from drug where name = 'nemolizumab'), 'Nemluvio', 'UK', (select id from source where key = 'mhra-nemluvio-2025-approval')),
((select id from drug where name = 'nemolizumab'), 'Mitchga', 'JP', (select id from source where key = 'maruho-mitchga-2024'));

insert into drug_route (drug_id, route, source_id) values
((select id from drug where name = 'nemolizumab'), 'SUBCUTANEOUS', (select id from source where key = 'fda-nemluvio-label'));

insert into drug_target (drug_id, target_id, action, source_id) values
((select id from drug where name = 'nemolizumab'), (select id from target where symbol = 'IL31RA'), 'ANTAGONIST',
 (select id from source where key = 'fda-nemluvio-label'));

insert into approval (drug_id, region, agency, condition_id, status, year, minimum_age_months, severity, notes, source_id) values
((select id from drug where name = 'nemolizumab'), 'US', 'FDA', (select id from condition where code = 'ATOPIC_DERMATITIS'),
 'APPROVED', 2024, 144, 'MODERATE,SEVERE',
 'Adults and children 12 years and older with moderate-to-severe AD, in combination with topical corticosteroids and/or calcineurin inhibitors, when disease is not adequately controlled with topical prescription therapies. Approved December 2024; the AD indication and dosing sections were revised again in 06/2025. Seed document said nemolizumab is "in development for AD": outdated.',
 (select id from source where key = 'fda-nemluvio-label')),
((select id from drug where name = 'nemolizumab'), 'US', 'FDA', (select id from condition where code = 'PRURIGO_NODULARIS'),
 'APPROVED', 2024, 216, '',
 'Adults with prurigo nodularis (approved August 2024, the first US indication of nemolizumab). Dose depends on body weight (below or from 90 kg).',
 (select id from source where key = 'fda-nemluvio-label')),
((select id from drug where name = 'nemolizumab'), 'EU', 'EMA', (select id from condition where code = 'ATOPIC_DERMATITIS'),
 'APPROVED', 2025, 144, 'MODERATE,SEVERE',
 'Patients 12 years and older who are candidates for systemic therapy, in combination with topical corticosteroids and/or calcineurin inhibitors (EC decision February 2025). The UK label adds a minimum body weight of 30 kg for adolescents; the EU weight criterion was not re-checked. Seed document''s "in development for AD" is outdated.',
 (select id from source where key = 'ema-nemluvio-epar')),
((select id from drug where name = 'nemolizumab'), 'EU', 'EMA', (select id from condition where code = 'PRURIGO_NODULARIS'),
 'APPROVED', 2025, 216, 'MODERATE,SEVERE',
 'Adults with moderate-to-severe prurigo nodularis who are candidates for systemic therapy (EC decision February 2025).',
 (select id from source where key = 'ema-nemluvio-epar')),
((select id from drug where name = 'nemolizumab'), 'UK', 'MHRA', (select id from condition where code = 'ATOPIC_DERMATITIS'),
 'APPROVED', 2025, 144, 'MODERATE,SEVERE',
 'Adults and adolescents from 12 years with a body weight of at least 30 kg, in combination with topical therapy when AD is not well controlled by topical therapies alone (MHRA approval 17 February 2025).',
 (select id from source where key = 'mhra-nemluvio-2025-approval')),
((select id from drug where name = 'nemolizumab'), 'UK', 'MHRA', (select id from condition where code = 'PRURIGO_NODULARIS'),
 'APPROVED', 2025, 216, 'MODERATE,SEVERE',
 'Adults 18 years and older with moderate-to-severe prurigo nodularis (MHRA approval 17 February 2025).',
 (select id from source where key = 'mhra-nemluvio-2025-approval')),
((select id from drug where name = 'nemolizumab'), 'JP', 'PMDA', (select id from condition where code = 'ATOPIC_DERMATITIS'),
 'APPROVED', 2022, 72, '',
 'Japan (Mitchga): indicated for pruritus (itch) associated with atopic dermatitis only when existing treatment is insufficiently effective, not for AD lesions as such. World-first approval 28 March 2022 for patients 13 years and older (60 mg syringes); children 6 to <13 years added 26 March 2024 (30 mg vials).',
 (select id from source where key = 'maruho-mitchga-2024')),
((select id from drug where name = 'nemolizumab'), 'JP', 'PMDA', (select id from condition where code = 'PRURIGO_NODULARIS'),
 'APPROVED', 2024, 156, '',
 'Japan (Mitchga 30 mg vials): prurigo nodularis in adults and children 13 years and older, only when existing treatment is insufficiently effective (approved 26 March 2024).',
 (select id from source where key = 'maruho-mitchga-2024'));

-- US label: most common reactions (>=1%) are headache, atopic dermatitis, eczema and nummular eczema in prurigo
-- nodularis, and headache, arthralgia, urticaria and myalgia in atopic dermatitis. 'COMMON' is inferred from that
-- >=1% listing; the exact percentages and SmPC categories were not re-read, hence verified = false.
insert into adverse_effect (drug_id, name, frequency, serious, notes, source_id, verified) values
((select id from drug where name = 'nemolizumab'), 'headache', 'COMMON', false,
 'Among the most common reactions in both prurigo nodularis and atopic dermatitis trials.',
 (select id from source where key = 'fda-nemluvio-label'), false),
((select id from drug where name = 'nemolizumab'), 'atopic dermatitis (new or worsening) in prurigo nodularis patients', 'COMMON', false,
 'Eczematous reactions (atopic dermatitis, eczema) were among the most common reactions in prurigo nodularis trials.',
 (select id from source where key = 'fda-nemluvio-label'), false),
((select id from drug where name = 'nemolizumab'), 'nummular eczema', 'COMMON', false,
 'Reported in prurigo nodularis trials.',
 (select id from source where key = 'fda-nemluvio-label'), false),
((select id from drug where name = 'nemolizumab'), 'arthralgia', 'COMMON', false,
 'Reported in atopic dermatitis trials.',
 (select id from source where key = 'fda-nemluvio-label'), false),
((select id from drug where name = 'nemolizumab'), 'urticaria', 'COMMON', false,
 'Reported in atopic dermatitis trials.',
 (select id from source where key = 'fda-nemluvio-label'), false),
((select id from drug where name = 'nemolizumab'), 'myalgia', 'COMMON', false,
 'Reported in atopic dermatitis trials.',
 (select id from source where key = 'fda-nemluvio-label'), false),
((select id from drug where name = 'nemolizumab'), 'injection site reactions', 'COMMON', false,
 'Named by the MHRA with hypersensitivity as the most common side effects of Nemluvio; SmPC frequency category not re-checked.',
 (select id from source where key = 'ema-nemluvio-epar'), false),
((select id from drug where name = 'nemolizumab'), 'hypersensitivity reactions including angioedema', 'NOT_KNOWN', true,
 'US and EU warning: type 1 hypersensitivity including angioedema has been reported; discontinue immediately if a systemic reaction occurs. Frequency category not verified.',
 (select id from source where key = 'ema-nemluvio-epar'), false),
((select id from drug where name = 'nemolizumab'), 'worsening of asthma', 'NOT_KNOWN', false,
 'EU warning: mild to moderate worsening of asthma reported in prurigo nodularis patients with pre-existing asthma, more often with the 60 mg dose in patients over 90 kg. Frequency category not verified.',
 (select id from source where key = 'ema-nemluvio-epar'), false);
