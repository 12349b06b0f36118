-- V3_2: topical non-steroidal anti-inflammatory medicines for atopic dermatitis.
-- tacrolimus ointment (Protopic), pimecrolimus cream (Elidel), crisaborole ointment (Eucrisa; EU Staquis),
-- roflumilast cream (Zoryve), tapinarof cream (Vtama).
-- Curated 2026-11-22. No routine laboratory monitoring is required by any of these labels: no monitoring rows.
-- Where a label revision date could only be established to the month, the first of that month is used.

-- =====================================================================================================
-- Sources
-- =====================================================================================================
insert into source (key, title, publisher, kind, url, published_on, accessed_on) values
('fda-protopic-label', 'PROTOPIC (tacrolimus) ointment 0.03% and 0.1%, prescribing information (NDA 050777, supplement 018)', 'U.S. Food and Drug Administration (Drugs@FDA)', 'LABEL', 'https://www.accessdata.fda.gov/drugsatfda_docs/label/2011/050777s018lbl.pdf', '2011-11-17', '2026-11-22'),
('ema-protopic-epar', 'Protopic (tacrolimus) 0.03% and 0.1% ointment: EPAR, product information (EU/1/02/201)', 'European Medicines Agency', 'LABEL', 'https://www.ema.europa.eu/en/medicines/human/EPAR/protopic', '2002-02-28', '2026-11-22'),
('fda-elidel-label', 'ELIDEL (pimecrolimus) cream 1%, prescribing information (NDA 021302, supplement 014)', 'U.S. Food and Drug Administration (Drugs@FDA)', 'LABEL', 'https://www.accessdata.fda.gov/drugsatfda_docs/label/2010/021302s014lbl.pdf', '2010-07-22', '2026-11-22'),
('mhra-elidel-smpc', 'Elidel 10 mg/g cream: Summary of Product Characteristics (UK national licence, Mylan)', 'electronic medicines compendium (emc), UK', 'LABEL', 'https://www.medicines.org.uk/emc/product/4966/smpc', '2022-03-02', '2026-11-22'),
('fda-eucrisa-label', 'EUCRISA (crisaborole) ointment 2%, prescribing information (NDA 207695, supplements 007/009/010)', 'U.S. Food and Drug Administration (Drugs@FDA)', 'LABEL', 'https://www.accessdata.fda.gov/drugsatfda_docs/label/2020/207695s007s009s010lbl.pdf', '2020-03-24', '2026-11-22'),
('ema-staquis-epar', 'Staquis (crisaborole) 20 mg/g ointment: EPAR, product information (marketing authorisation since withdrawn)', 'European Medicines Agency', 'LABEL', 'https://www.ema.europa.eu/en/medicines/human/EPAR/staquis', '2020-03-27', '2026-11-22'),
('pharmaletter-2022-staquis', 'BRIEF: Staquis authorization withdrawn in Europe', 'The Pharma Letter', 'ARTICLE', 'https://thepharmaletter.com/biotechnology/brief-staquis-authorization-withdrawn-in-europe', '2022-03-08', '2026-11-22'),
('zane-2016-crisaborole', 'Zane LT, Kircik L, Call R, et al. Crisaborole topical ointment, 2% in patients ages 2 to 17 years with atopic dermatitis: a phase 1b, open-label, maximal-use systemic exposure study. Pediatr Dermatol 2016;33(4):380-387', 'Pediatric Dermatology', 'ARTICLE', 'https://doi.org/10.1111/pde.12872', '2016-05-18', '2026-11-22'),
('fda-zoryve-label', 'ZORYVE (roflumilast) cream 0.3%, 0.15% and 0.05%, prescribing information', 'U.S. National Library of Medicine (DailyMed)', 'LABEL', 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=ec1bb0d1-f38a-4080-831a-68791d1d1fdb', '2026-06-01', '2026-11-22'),
('fda-vtama-label', 'VTAMA (tapinarof) cream 1%, prescribing information', 'U.S. National Library of Medicine (DailyMed)', 'LABEL', 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=9309d20f-8cd4-4c96-93fa-7f730e83c7ab', '2024-12-01', '2026-11-22'),
('hoy-2025-tapinarof', 'Hoy SM. Tapinarof cream 1%: pediatric first approval. Pediatric Drugs 2025 (Adis Drug Review)', 'Adis / Springer Nature', 'ARTICLE', 'https://adisjournals.figshare.com/articles/online_resource/Tapinarof_Cream_1_Pediatric_First_Approval/28426571', '2025-03-02', '2026-11-22'),
('spencer-2023-tapinarof', 'Spencer RK, Jin JQ, Elhage KG, et al. Management of plaque psoriasis in adults: clinical utility of tapinarof cream. Psoriasis (Auckl) 2023;13:59-69', 'Psoriasis: Targets and Therapy (Dove Medical Press)', 'ARTICLE', 'https://doi.org/10.2147/PTT.S393997', '2023-10-25', '2026-11-22'),
('ema-medicines-database', 'EMA medicines database: centrally authorised human medicines', 'European Medicines Agency', 'REGISTRY', 'https://www.ema.europa.eu/en/medicines', '2026-11-22', '2026-11-22');

-- =====================================================================================================
-- tacrolimus (ointment: Protopic)
-- =====================================================================================================
insert into drug (name, drug_class_id, modality, mechanism, last_reviewed) values
('tacrolimus', (select id from drug_class where name = 'topical calcineurin inhibitors'), 'SMALL_MOLECULE',
 'Macrolide immunosuppressant that binds the intracellular protein FKBP-12; the complex inhibits the phosphatase calcineurin, so NFAT is not activated and T cells do not switch on IL-2, IL-4 and other inflammatory cytokines. Applied as an ointment it acts locally in the skin, without causing skin atrophy.',
 '2026-11-22');

insert into drug_synonym (drug_id, name, source_id) values
((select id from drug where name = 'tacrolimus'), 'tacrolimus monohydrate', (select id from source where key = 'ema-protopic-epar'));

insert into brand (drug_id, name, region, source_id) values
((select id from drug where name = 'tacrolimus'), 'Protopic', 'US', (select id from source where key = 'fda-protopic-label')),
((select id from drug where name = 'tacrolimus'), 'Protopic', 'EU', (select id from source where key = 'ema-protopic-epar'));

insert into drug_route (drug_id, route, source_id) values
((select id from drug where name = 'tacrolimus'), 'TOPICAL', (select id from source where key = 'fda-protopic-label'));

insert into drug_target (drug_id, target_id, action, source_id) values
((select id from drug where name = 'tacrolimus'), (select id from target where symbol = 'FKBP1A'), 'BINDING_AGENT', (select id from source where key = 'fda-protopic-label')),
((select id from drug where name = 'tacrolimus'), (select id from target where symbol = 'PPP3CA'), 'INHIBITOR', (select id from source where key = 'fda-protopic-label'));

insert into approval (drug_id, region, agency, condition_id, status, year, minimum_age_months, severity, notes, source_id) values
((select id from drug where name = 'tacrolimus'), 'US', 'FDA', (select id from condition where code = 'ATOPIC_DERMATITIS'), 'APPROVED', 2000, 24, 'MODERATE,SEVERE',
 'Second-line therapy: short-term and non-continuous chronic treatment of moderate to severe atopic dermatitis in non-immunocompromised patients when other topical prescription treatments have failed or are not advisable. Ages 2-15 years: 0.03% ointment only; 16 years and older: 0.03% or 0.1%. Not indicated under 2 years (boxed warning, since 2006).',
 (select id from source where key = 'fda-protopic-label')),
((select id from drug where name = 'tacrolimus'), 'EU', 'EMA', (select id from condition where code = 'ATOPIC_DERMATITIS'), 'APPROVED', 2002, 24, 'MODERATE,SEVERE',
 'Centralised authorisation 28 February 2002. Flare treatment in adults and adolescents from 16 years not adequately responsive to or intolerant of conventional therapy such as topical corticosteroids (0.03% or 0.1%), and in children from 2 years who failed conventional therapy (0.03% only). Also maintenance treatment (twice weekly) for patients with 4 or more flares a year. To be initiated by physicians experienced in atopic dermatitis.',
 (select id from source where key = 'ema-protopic-epar'));

insert into boxed_warning (drug_id, region, topics, text, source_id) values
((select id from drug where name = 'tacrolimus'), 'US', 'MALIGNANCY',
 'Long-term safety of topical calcineurin inhibitors has not been established. Although a causal relationship has not been established, rare cases of malignancy (e.g. skin cancer and lymphoma) have been reported in patients treated with topical calcineurin inhibitors, including Protopic ointment. Continuous long-term use in any age group should therefore be avoided and application limited to areas of involvement with atopic dermatitis; Protopic is not indicated in children under 2 years.',
 (select id from source where key = 'fda-protopic-label'));

insert into adverse_effect (drug_id, name, frequency, serious, notes, source_id, verified) values
((select id from drug where name = 'tacrolimus'), 'application site burning', 'VERY_COMMON', false, 'Burning sensation, stinging or soreness; mostly mild to moderate, in the first days of treatment, improving as lesions heal.', (select id from source where key = 'ema-protopic-epar'), true),
((select id from drug where name = 'tacrolimus'), 'application site pruritus', 'VERY_COMMON', false, 'Usually transient, in the first days of treatment.', (select id from source where key = 'ema-protopic-epar'), true),
((select id from drug where name = 'tacrolimus'), 'folliculitis', 'COMMON', false, 'Local skin infection.', (select id from source where key = 'ema-protopic-epar'), true),
((select id from drug where name = 'tacrolimus'), 'herpes simplex infection including eczema herpeticum', 'COMMON', true, 'Cold sores, herpes simplex dermatitis and eczema herpeticum (Kaposi''s varicelliform eruption); eczema herpeticum can be severe.', (select id from source where key = 'ema-protopic-epar'), true),
((select id from drug where name = 'tacrolimus'), 'alcohol intolerance', 'COMMON', false, 'Facial flushing or skin irritation after drinking alcohol.', (select id from source where key = 'ema-protopic-epar'), true),
((select id from drug where name = 'tacrolimus'), 'hyperaesthesia and paraesthesia', 'COMMON', false, 'Tingling or increased skin sensitivity, especially to heat and cold.', (select id from source where key = 'ema-protopic-epar'), true),
((select id from drug where name = 'tacrolimus'), 'acne', 'COMMON', false, 'Listed as common in an older version of the product information; the category in the current EU SmPC was not re-checked.', (select id from source where key = 'ema-protopic-epar'), false),
((select id from drug where name = 'tacrolimus'), 'malignancy (lymphoma, skin cancer)', 'NOT_KNOWN', true, 'Post-marketing reports of lymphomas, basal cell and squamous cell carcinoma and malignant melanoma; causal relationship not established (US boxed warning).', (select id from source where key = 'fda-protopic-label'), true);

-- =====================================================================================================
-- pimecrolimus (cream: Elidel)
-- =====================================================================================================
insert into drug (name, drug_class_id, modality, mechanism, last_reviewed) values
('pimecrolimus', (select id from drug_class where name = 'topical calcineurin inhibitors'), 'SMALL_MOLECULE',
 'Ascomycin macrolactam derivative that binds FKBP-12 (macrophilin-12) and inhibits the calcium-dependent phosphatase calcineurin, blocking transcription of early T-cell cytokines (IL-2, interferon gamma, IL-4, IL-10). It also prevents release of inflammatory mediators from mast cells. Used as a 1% cream for mild to moderate disease.',
 '2026-11-22');

insert into brand (drug_id, name, region, source_id) values
((select id from drug where name = 'pimecrolimus'), 'Elidel', 'US', (select id from source where key = 'fda-elidel-label')),
((select id from drug where name = 'pimecrolimus'), 'Elidel', 'EU', (select id from source where key = 'mhra-elidel-smpc')),
((select id from drug where name = 'pimecrolimus'), 'Elidel', 'UK', (select id from source where key = 'mhra-elidel-smpc'));

insert into drug_route (drug_id, route, source_id) values
((select id from drug where name = 'pimecrolimus'), 'TOPICAL', (select id from source where key = 'fda-elidel-label'));

insert into drug_target (drug_id, target_id, action, source_id) values
((select id from drug where name = 'pimecrolimus'), (select id from target where symbol = 'FKBP1A'), 'BINDING_AGENT', (select id from source where key = 'fda-elidel-label')),
((select id from drug where name = 'pimecrolimus'), (select id from target where symbol = 'PPP3CA'), 'INHIBITOR', (select id from source where key = 'fda-elidel-label'));

insert into approval (drug_id, region, agency, condition_id, status, year, minimum_age_months, severity, notes, source_id) values
((select id from drug where name = 'pimecrolimus'), 'US', 'FDA', (select id from condition where code = 'ATOPIC_DERMATITIS'), 'APPROVED', 2001, 24, 'MILD,MODERATE',
 'Second-line therapy: short-term and non-continuous chronic treatment of mild to moderate atopic dermatitis in non-immunocompromised adults and children 2 years and older who failed to respond adequately to other topical prescription treatments, or when those are not advisable. Not indicated under 2 years (boxed warning). Re-evaluate if symptoms persist beyond 6 weeks.',
 (select id from source where key = 'fda-elidel-label')),
((select id from drug where name = 'pimecrolimus'), 'EU', 'national', (select id from condition where code = 'ATOPIC_DERMATITIS'), 'APPROVED', null, 3, 'MILD,MODERATE',
 'Not centrally authorised: licensed nationally in EU member states; the UK national SmPC is cited as the reference text (EU national patient leaflets, e.g. Poland, state the same indication from 3 months). For patients 3 months and older where topical corticosteroids are inadvisable or not possible (intolerance, lack of effect, face and neck). Intermittent, short-term use; stop if no improvement after 6 weeks. The minimum age differs from the US label (2 years) and from older SmPCs (2 years, e.g. UK 2019). Year of first EU national licence not verified.',
 (select id from source where key = 'mhra-elidel-smpc')),
((select id from drug where name = 'pimecrolimus'), 'UK', 'MHRA', (select id from condition where code = 'ATOPIC_DERMATITIS'), 'APPROVED', null, 3, 'MILD,MODERATE',
 'National licence (SmPC updated 2 March 2022): patients 3 months of age and older with mild or moderate atopic dermatitis where topical corticosteroids are inadvisable or not possible. The 2019 UK SmPC still said 2 years and over. Year of first UK licence not verified.',
 (select id from source where key = 'mhra-elidel-smpc'));

insert into boxed_warning (drug_id, region, topics, text, source_id) values
((select id from drug where name = 'pimecrolimus'), 'US', 'MALIGNANCY',
 'Long-term safety of topical calcineurin inhibitors has not been established. Although a causal relationship has not been established, rare cases of malignancy (e.g. skin and lymphoma) have been reported in patients treated with topical calcineurin inhibitors, including Elidel cream. Continuous long-term use in any age group should therefore be avoided and application limited to areas of involvement with atopic dermatitis; Elidel is not indicated in children under 2 years.',
 (select id from source where key = 'fda-elidel-label'));

insert into adverse_effect (drug_id, name, frequency, serious, notes, source_id, verified) values
((select id from drug where name = 'pimecrolimus'), 'application site burning', 'VERY_COMMON', false, 'Usually early in treatment, mild to moderate and short-lived. Frequency categories as in the harmonised EU national SmPC text (checked in the Italian SmPC).', (select id from source where key = 'mhra-elidel-smpc'), true),
((select id from drug where name = 'pimecrolimus'), 'application site reactions (irritation, pruritus, erythema)', 'COMMON', false, null, (select id from source where key = 'mhra-elidel-smpc'), true),
((select id from drug where name = 'pimecrolimus'), 'skin infections (folliculitis)', 'COMMON', false, null, (select id from source where key = 'mhra-elidel-smpc'), true),
((select id from drug where name = 'pimecrolimus'), 'herpes simplex, herpes zoster and eczema herpeticum', 'UNCOMMON', true, 'Eczema herpeticum (herpes simplex dermatitis) can be severe.', (select id from source where key = 'mhra-elidel-smpc'), true),
((select id from drug where name = 'pimecrolimus'), 'furuncle and impetigo', 'UNCOMMON', false, null, (select id from source where key = 'mhra-elidel-smpc'), true),
((select id from drug where name = 'pimecrolimus'), 'molluscum contagiosum', 'UNCOMMON', false, null, (select id from source where key = 'mhra-elidel-smpc'), true),
((select id from drug where name = 'pimecrolimus'), 'alcohol intolerance', 'RARE', false, 'Flushing, rash, burning, itching or swelling soon after drinking alcohol.', (select id from source where key = 'mhra-elidel-smpc'), true),
((select id from drug where name = 'pimecrolimus'), 'anaphylactic reactions', 'VERY_RARE', true, 'Including severe forms.', (select id from source where key = 'mhra-elidel-smpc'), true),
((select id from drug where name = 'pimecrolimus'), 'malignancy (skin cancer, lymphoma)', 'NOT_KNOWN', true, 'Rare reports in patients treated with topical calcineurin inhibitors; causal relationship not established (US boxed warning).', (select id from source where key = 'fda-elidel-label'), true);

-- =====================================================================================================
-- crisaborole (ointment: Eucrisa; EU Staquis, withdrawn)
-- =====================================================================================================
insert into drug (name, drug_class_id, modality, mechanism, last_reviewed) values
('crisaborole', (select id from drug_class where name = 'topical PDE4 inhibitors'), 'SMALL_MOLECULE',
 'Boron-containing (benzoxaborole) inhibitor of phosphodiesterase 4 applied as a 2% ointment. Blocking PDE4 raises cyclic AMP in skin immune cells, which is thought to reduce the release of inflammatory cytokines; the exact mechanism in atopic dermatitis is not well defined.',
 '2026-11-22');

insert into drug_synonym (drug_id, name, source_id) values
((select id from drug where name = 'crisaborole'), 'AN2728', (select id from source where key = 'zane-2016-crisaborole'));

insert into brand (drug_id, name, region, source_id) values
((select id from drug where name = 'crisaborole'), 'Eucrisa', 'US', (select id from source where key = 'fda-eucrisa-label')),
((select id from drug where name = 'crisaborole'), 'Staquis', 'EU', (select id from source where key = 'ema-staquis-epar'));

insert into drug_route (drug_id, route, source_id) values
((select id from drug where name = 'crisaborole'), 'TOPICAL', (select id from source where key = 'fda-eucrisa-label'));

insert into drug_target (drug_id, target_id, action, source_id) values
((select id from drug where name = 'crisaborole'), (select id from target where symbol = 'PDE4B'), 'INHIBITOR', (select id from source where key = 'fda-eucrisa-label')),
((select id from drug where name = 'crisaborole'), (select id from target where symbol = 'PDE4D'), 'INHIBITOR', (select id from source where key = 'fda-eucrisa-label'));

insert into approval (drug_id, region, agency, condition_id, status, year, minimum_age_months, severity, notes, source_id) values
((select id from drug where name = 'crisaborole'), 'US', 'FDA', (select id from condition where code = 'ATOPIC_DERMATITIS'), 'APPROVED', 2016, 3, 'MILD,MODERATE',
 'Topical treatment of mild to moderate atopic dermatitis in adults and children 3 months and older, twice daily. First approved December 2016 for patients 2 years and older; lowered to 3 months in March 2020.',
 (select id from source where key = 'fda-eucrisa-label')),
((select id from drug where name = 'crisaborole'), 'EU', 'EMA', (select id from condition where code = 'ATOPIC_DERMATITIS'), 'WITHDRAWN', 2020, null, '',
 'Staquis was authorised in March 2020 for mild to moderate atopic dermatitis in adults and children from 2 years with less than 40% body surface area affected. It was never launched in the EU (reimbursement not obtained) and the marketing authorisation was withdrawn in 2022.',
 (select id from source where key = 'pharmaletter-2022-staquis'));

insert into adverse_effect (drug_id, name, frequency, serious, notes, source_id, verified) values
((select id from drug where name = 'crisaborole'), 'application site pain (burning or stinging)', 'COMMON', false, 'US label: 4% vs 1% with vehicle over 4 weeks. The EU Staquis SmPC classed application site reactions as very common.', (select id from source where key = 'fda-eucrisa-label'), true),
((select id from drug where name = 'crisaborole'), 'contact urticaria (hypersensitivity)', 'UNCOMMON', false, 'Under 1% in trials; hypersensitivity (severe pruritus, swelling, erythema at or away from the application site) is a label warning: stop treatment if suspected.', (select id from source where key = 'fda-eucrisa-label'), true),
((select id from drug where name = 'crisaborole'), 'allergic contact dermatitis', 'NOT_KNOWN', false, 'Post-marketing report. The label lists no other adverse reactions at 1% or more.', (select id from source where key = 'fda-eucrisa-label'), true);

-- =====================================================================================================
-- roflumilast (cream: Zoryve)
-- =====================================================================================================
insert into drug (name, drug_class_id, modality, mechanism, last_reviewed) values
('roflumilast', (select id from drug_class where name = 'topical PDE4 inhibitors'), 'SMALL_MOLECULE',
 'Selective phosphodiesterase 4 inhibitor; roflumilast and its active metabolite roflumilast N-oxide block the breakdown of cyclic AMP, which lowers inflammatory cytokine production. For atopic dermatitis it is used as a once-daily cream (0.15%, and 0.05% for young children); the oral tablet is a COPD medicine.',
 '2026-11-22');

insert into brand (drug_id, name, region, source_id) values
((select id from drug where name = 'roflumilast'), 'Zoryve', 'US', (select id from source where key = 'fda-zoryve-label'));

insert into drug_route (drug_id, route, source_id) values
((select id from drug where name = 'roflumilast'), 'TOPICAL', (select id from source where key = 'fda-zoryve-label'));

insert into drug_target (drug_id, target_id, action, source_id) values
((select id from drug where name = 'roflumilast'), (select id from target where symbol = 'PDE4B'), 'INHIBITOR', (select id from source where key = 'fda-zoryve-label')),
((select id from drug where name = 'roflumilast'), (select id from target where symbol = 'PDE4D'), 'INHIBITOR', (select id from source where key = 'fda-zoryve-label'));

insert into approval (drug_id, region, agency, condition_id, status, year, minimum_age_months, severity, notes, source_id, verified) values
((select id from drug where name = 'roflumilast'), 'US', 'FDA', (select id from condition where code = 'ATOPIC_DERMATITIS'), 'APPROVED', 2024, 24, 'MILD,MODERATE',
 'Cream 0.15% approved 9 July 2024 for mild to moderate atopic dermatitis in patients 6 years and older; cream 0.05% approved October 2025 for children 2 to 5 years. Once daily, no label limit on duration or body area. Contraindicated in moderate to severe hepatic impairment (Child-Pugh B or C). The 0.3% cream and foam are for psoriasis and seborrhoeic dermatitis, not atopic dermatitis.',
 (select id from source where key = 'fda-zoryve-label'), true),
((select id from drug where name = 'roflumilast'), 'EU', 'EMA', (select id from condition where code = 'ATOPIC_DERMATITIS'), 'NOT_APPROVED', null, null, '',
 'No EU marketing authorisation for topical roflumilast in atopic dermatitis was found; the absence could not be confirmed directly against the EMA database with the tools available.',
 (select id from source where key = 'ema-medicines-database'), false);

insert into adverse_effect (drug_id, name, frequency, serious, notes, source_id, verified) values
((select id from drug where name = 'roflumilast'), 'headache', 'COMMON', false, '2.9% in the atopic dermatitis trials of cream 0.15%.', (select id from source where key = 'fda-zoryve-label'), true),
((select id from drug where name = 'roflumilast'), 'nausea', 'COMMON', false, '1.9% in the atopic dermatitis trials of cream 0.15%.', (select id from source where key = 'fda-zoryve-label'), true),
((select id from drug where name = 'roflumilast'), 'application site pain', 'COMMON', false, '1.5% in the atopic dermatitis trials of cream 0.15%.', (select id from source where key = 'fda-zoryve-label'), true),
((select id from drug where name = 'roflumilast'), 'diarrhoea', 'COMMON', false, '1.5% in the atopic dermatitis trials of cream 0.15%; 3.1% in the plaque psoriasis trials of cream 0.3%.', (select id from source where key = 'fda-zoryve-label'), true),
((select id from drug where name = 'roflumilast'), 'vomiting', 'COMMON', false, '1.5% in the atopic dermatitis trials of cream 0.15%.', (select id from source where key = 'fda-zoryve-label'), true),
((select id from drug where name = 'roflumilast'), 'insomnia', 'COMMON', false, '1.4% in the plaque psoriasis trials of cream 0.3%.', (select id from source where key = 'fda-zoryve-label'), true);

-- =====================================================================================================
-- tapinarof (cream: Vtama)
-- =====================================================================================================
insert into drug (name, drug_class_id, modality, mechanism, last_reviewed) values
('tapinarof', (select id from drug_class where name = 'aryl hydrocarbon receptor agonists'), 'SMALL_MOLECULE',
 'Naturally derived small molecule that binds and activates the aryl hydrocarbon receptor (AhR) in skin cells. AhR activation lowers Th2 and Th17 cytokines, increases skin barrier proteins and has antioxidant effects. Used as a once-daily 1% cream.',
 '2026-11-22');

insert into drug_synonym (drug_id, name, source_id) values
((select id from drug where name = 'tapinarof'), 'GSK2894512', (select id from source where key = 'spencer-2023-tapinarof')),
((select id from drug where name = 'tapinarof'), 'DMVT-505', (select id from source where key = 'spencer-2023-tapinarof'));

insert into brand (drug_id, name, region, source_id) values
((select id from drug where name = 'tapinarof'), 'Vtama', 'US', (select id from source where key = 'fda-vtama-label')),
((select id from drug where name = 'tapinarof'), 'Vtama', 'JP', (select id from source where key = 'hoy-2025-tapinarof'));

insert into drug_route (drug_id, route, source_id) values
((select id from drug where name = 'tapinarof'), 'TOPICAL', (select id from source where key = 'fda-vtama-label'));

insert into drug_target (drug_id, target_id, action, source_id) values
((select id from drug where name = 'tapinarof'), (select id from target where symbol = 'AHR'), 'AGONIST', (select id from source where key = 'fda-vtama-label'));

insert into approval (drug_id, region, agency, condition_id, status, year, minimum_age_months, severity, notes, source_id, verified) values
((select id from drug where name = 'tapinarof'), 'US', 'FDA', (select id from condition where code = 'ATOPIC_DERMATITIS'), 'APPROVED', 2024, 24, '',
 'Approved December 2024 for topical treatment of atopic dermatitis in adults and children 2 years and older, once daily. The indication does not state a severity (the pivotal ADORING trials enrolled moderate to severe disease) and sets no limit on duration or body surface area. First approved in 2022 for plaque psoriasis in adults.',
 (select id from source where key = 'fda-vtama-label'), true),
((select id from drug where name = 'tapinarof'), 'EU', 'EMA', (select id from condition where code = 'ATOPIC_DERMATITIS'), 'NOT_APPROVED', null, null, '',
 'No EU marketing authorisation for tapinarof was found; the absence could not be confirmed directly against the EMA database with the tools available.',
 (select id from source where key = 'ema-medicines-database'), false),
((select id from drug where name = 'tapinarof'), 'JP', 'PMDA', (select id from condition where code = 'ATOPIC_DERMATITIS'), 'APPROVED', 2024, 144, '',
 'Approved in Japan in June 2024 for atopic dermatitis in adults and children 12 years and older (and plaque psoriasis in adults), per the 2025 Adis review. The current Japanese label (any later change in minimum age) was not checked.',
 (select id from source where key = 'hoy-2025-tapinarof'), false);

insert into adverse_effect (drug_id, name, frequency, serious, notes, source_id, verified) values
((select id from drug where name = 'tapinarof'), 'upper respiratory tract infection', 'VERY_COMMON', false, '12% in the atopic dermatitis trials.', (select id from source where key = 'fda-vtama-label'), true),
((select id from drug where name = 'tapinarof'), 'folliculitis', 'COMMON', false, '9% in the atopic dermatitis trials (red raised bumps around hair follicles); also among the most common reactions in the plaque psoriasis trials.', (select id from source where key = 'fda-vtama-label'), true),
((select id from drug where name = 'tapinarof'), 'lower respiratory tract infection', 'COMMON', false, 'Among the reactions at 1% or more in the atopic dermatitis trials; exact percentage not re-checked.', (select id from source where key = 'fda-vtama-label'), true),
((select id from drug where name = 'tapinarof'), 'contact dermatitis', 'COMMON', false, 'Among the most common reactions in the plaque psoriasis trials; exact label percentage not verified.', (select id from source where key = 'fda-vtama-label'), false),
((select id from drug where name = 'tapinarof'), 'headache', 'COMMON', false, 'Among the most common reactions in the plaque psoriasis trials; exact label percentage not verified.', (select id from source where key = 'fda-vtama-label'), false);
