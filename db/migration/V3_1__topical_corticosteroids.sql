-- V3_1: topical corticosteroids across the potency ladder.
--   clobetasol propionate      -> super-high-potency (US class 1 / European group IV)
--   betamethasone dipropionate -> high-potency (plain 0.05%; augmented vehicles are stronger)
--   mometasone furoate         -> medium-potency in US tables (European group III, potent)
--   triamcinolone acetonide    -> medium-potency (0.1%)
--   hydrocortisone             -> low-potency (1% / 2.5%)
-- Topical corticosteroids are authorised nationally in Europe (no EMA EPAR): EU rows use agency 'national' and cite a
-- national SmPC or package leaflet; UK rows use agency 'MHRA'. US labels are for "corticosteroid-responsive dermatoses".
-- None has a boxed warning. Curated 2026-11-22.
--
-- Source dates: published_on is the label revision / update date shown by the document. For copies that show no date
-- the title says "(undated copy)" and published_on holds the access date; for labels found through the openFDA index
-- published_on is the index date. Sources are copies of the regulatory text where the primary page was not reachable.

-- ---------------------------------------------------------------------------------------------------------------------
-- Lab test used below (HPA-axis testing "as indicated" per the labels)
-- ---------------------------------------------------------------------------------------------------------------------
insert into lab_test (code, name, measures) values
('HPA_AXIS', 'HPA-axis (adrenal) function tests', 'Hypothalamic-pituitary-adrenal axis function: ACTH (cosyntropin) stimulation test, morning plasma cortisol or urinary free cortisol.')
on conflict (code) do nothing;

-- ---------------------------------------------------------------------------------------------------------------------
-- Sources
-- ---------------------------------------------------------------------------------------------------------------------
insert into source (key, title, publisher, kind, url, published_on, accessed_on) values
-- clobetasol propionate
('fda-clobetasol-emollient-cream-label', 'Clobetasol propionate cream USP, 0.05% (emollient) - US prescribing information (generic of Temovate E); SPL as indexed by openFDA 2026-10-02', 'U.S. Food and Drug Administration (DailyMed SPL)', 'LABEL', 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=26ccb1d8-c466-e238-e063-6394a90a0069', '2026-10-02', '2026-11-22'),
('fda-clobex-lotion-label', 'CLOBEX (clobetasol propionate) Lotion, 0.05% - US prescribing information, precautions incl. HPA-axis comparison with Temovate E (undated copy at GlobalRPh)', 'Galderma Laboratories / U.S. FDA label text', 'LABEL', 'https://globalrph.com/rx-list/clobex-lotion-drug', '2026-11-22', '2026-11-22'),
('fda-clobetasol-lotion-label', 'Clobetasol propionate lotion, 0.05% (Viona Pharmaceuticals) - US prescribing information, section 6 Adverse Reactions (copy at Medthority; marketing start 2024-12-23)', 'U.S. Food and Drug Administration label text (Viona Pharmaceuticals)', 'LABEL', 'https://medthority.com/fda/c/clobetasol-propionate/clobetasol-propionate-clobetasol-propionate-2.05-g100ml-viona-pharmaceuticals-inc', '2024-12-23', '2026-11-22'),
('mt-dermovate-cream-pil', 'Dermovate Cream (clobetasol propionate 0.05%) - package leaflet, UK text approved 18/10/2017; national authorisation record of the Malta Medicines Authority (authorised 2005-11-15)', 'Glaxo Wellcome UK Ltd / Malta Medicines Authority', 'LABEL', 'https://myhealthbox.eu/fr/dermovate-cream/2693355', '2017-10-18', '2026-11-22'),
('mhra-dermovate-scalp-smpc', 'Dermovate Scalp Application (clobetasol propionate) - UK Summary of Product Characteristics, revision year 2021 (day and month not shown)', 'GlaxoSmithKline UK / MHRA (via RxReasoner)', 'LABEL', 'https://rxreasoner.com/monographs/dermovate-scalp/precautions', '2021-01-01', '2026-11-22'),
('pmda-dermovate-ointment-kusuri-no-shiori', 'Dermovate Ointment 0.05% - Drug Information Sheet (Kusuri-no-Shiori) based on the Japanese approval, revised 06/2023', 'RAD-AR Council Japan (Japanese approval by MHLW/PMDA)', 'LABEL', 'https://cdn.shopify.com/s/files/1/0011/1689/7343/files/Dermovate_Ointment_0.05.pdf', '2023-06-01', '2026-11-22'),
-- betamethasone dipropionate
('fda-betamethasone-dipropionate-ointment-label', 'Betamethasone dipropionate ointment USP, 0.05% (non-augmented; Viona Pharmaceuticals) - US prescribing information, DailyMed, updated August 7, 2023', 'U.S. Food and Drug Administration (DailyMed SPL)', 'LABEL', 'https://dailymed.nlm.nih.gov/dailymed/search.cfm?query=72578009301', '2023-08-07', '2026-11-22'),
('fda-betamethasone-dipropionate-cream-label', 'Betamethasone dipropionate cream USP, 0.05% (non-augmented) - US prescribing information (undated copy at PrescriberPoint)', 'U.S. Food and Drug Administration label text', 'LABEL', 'https://prescriberpoint.com/therapies/betamethasone-dipropionate-bc12c82', '2026-11-22', '2026-11-22'),
('fda-betamethasone-dipropionate-augmented-cream-label', 'Betamethasone dipropionate cream (augmented), 0.05% - US prescribing information incl. 5.1 Effects on Endocrine System (undated copy at PrescriberPoint)', 'U.S. Food and Drug Administration label text', 'LABEL', 'https://prescriberpoint.com/therapies/betamethasone-dipropionate-7bd2646', '2026-11-22', '2026-11-22'),
('fda-betamethasone-dipropionate-augmented-ointment-label', 'Betamethasone dipropionate ointment USP (augmented), 0.05% (Lupin) - US prescribing information, DailyMed, updated February 21, 2025 (Initial U.S. Approval: 1983)', 'U.S. Food and Drug Administration (DailyMed SPL)', 'LABEL', 'https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=216d5b7f-4236-4882-b899-be17cb1a1584&version=8', '2025-02-21', '2026-11-22'),
('fda-diprolene-af-label', 'DIPROLENE AF (augmented betamethasone dipropionate) Cream 0.05% - US label, Adverse Reactions (undated copy)', 'Merck Sharp & Dohme / U.S. FDA label text', 'LABEL', 'https://au.edu.sy/faculties/pharmacy-faculty/drug-encyclopedia/1636-d/7538-diprolene-af-betamethasone', '2026-11-22', '2026-11-22'),
('mhra-diprosone-cream-smpc', 'Diprosone 0.05% w/w Cream (betamethasone dipropionate) - UK Summary of Product Characteristics (undated copy)', 'Organon Pharma (UK) Ltd / MHRA', 'LABEL', 'https://patient-info.co.uk/diprosone-0-05-procent-w-w-cream-85816/summary-of-medicine-characteristics', '2026-11-22', '2026-11-22'),
('es-diproderm-cream-pil', 'Diproderm 0.5 mg/g crema (betamethasone dipropionate) - Spanish package leaflet, national authorisation (undated English translation at OlaDoctor)', 'Organon / AEMPS (Spain)', 'LABEL', 'https://oladoctor.com/uk/medicines/spain/diproderm-05-mgg-crema', '2026-11-22', '2026-11-22'),
-- mometasone furoate
('fda-mometasone-furoate-cream-label', 'Mometasone furoate cream, 0.1% (Northstar Rx) - US prescribing information, Initial U.S. Approval: 1987 (undated copy of the DailyMed SPL at myHealthbox)', 'U.S. Food and Drug Administration label text (Northstar Rx LLC)', 'LABEL', 'https://myhealthbox.eu/en/mometasone-furoate-mometasone-furoate-cream/4951656', '2026-11-22', '2026-11-22'),
('fda-elocon-cream-label', 'ELOCON (mometasone furoate) Cream 0.1% - US label, Adverse Reactions (undated copy at DrugLib)', 'Merck Sharp & Dohme / U.S. FDA label text', 'LABEL', 'http://www.druglib.com/druginfo/elocon/side-effects_adverse-reactions/', '2026-11-22', '2026-11-22'),
('mhra-elocon-cream-smpc', 'Elocon Cream 0.1% (mometasone furoate) - UK Summary of Product Characteristics, revision year 2019 (day and month not shown)', 'Merck Sharp & Dohme Ltd / MHRA (via RxReasoner)', 'LABEL', 'https://www.rxreasoner.com/monographs/elocon/usage', '2019-01-01', '2026-11-22'),
('pl-elocom-cream-pil', 'Elocom krem 1 mg/g (mometasone furoate) - Polish package leaflet, national authorisation (undated English translation at OlaDoctor)', 'Organon / URPL (Poland)', 'LABEL', 'https://oladoctor.com/en/medicines/poland/elocom-krem-1-mg-g-3', '2026-11-22', '2026-11-22'),
-- triamcinolone acetonide
('fda-triamcinolone-acetonide-cream-label', 'Triamcinolone acetonide cream USP 0.025%, 0.1%, 0.5% - US prescribing information: indications and adverse reactions (undated copy)', 'U.S. Food and Drug Administration label text', 'LABEL', 'https://scholarsinmedicine.com/resources/drugs/161', '2026-11-22', '2026-11-22'),
('fda-triamcinolone-acetonide-ointment-label', 'Triamcinolone acetonide ointment - US prescribing information: precautions and laboratory tests (undated copy at GlobalRPh)', 'U.S. Food and Drug Administration label text', 'LABEL', 'https://globalrph.com/rx-list/triamcinolone-ointment-drug', '2026-11-22', '2026-11-22'),
('fda-trilona-label', 'Trilona (triamcinolone acetonide cream USP, 0.1%) - US SPL as indexed by openFDA 2026-06-01', 'U.S. Food and Drug Administration (openFDA)', 'LABEL', 'https://api.fda.gov/drug/label.json?search=openfda.generic_name%3A%22triamcinolone+acetonide%22', '2026-06-01', '2026-11-22'),
('de-triamcreme-lichtenstein-smpc', 'TriamCreme Lichtenstein (triamcinolone acetonide 0.1%) - German Fachinformation (SmPC), national authorisation (undated copy)', 'Winthrop Arzneimittel GmbH / BfArM (Germany)', 'LABEL', 'https://imedikament.de/triamcreme-lichtenstein/fachinformation?doc=1', '2026-11-22', '2026-11-22'),
-- hydrocortisone
('fda-hydrocortisone-cream-2-5-label', 'Hydrocortisone cream USP, 2.5% (Rx; repackaged from Fougera NDC 0168-0080) - US prescribing information, DailyMed, updated May 29, 2025', 'U.S. Food and Drug Administration (DailyMed SPL)', 'LABEL', 'https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=364af43e-c1a9-3f03-e063-6294a90a14f5&version=1', '2025-05-29', '2026-11-22'),
('fda-hydrocortisone-1-otc-label', 'Hydrocortisone cream 1% (OTC anti-itch) - Drug Facts, DailyMed, updated October 24, 2023', 'U.S. Food and Drug Administration (DailyMed SPL)', 'LABEL', 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=b3bdff5e-37fe-442a-a370-7b19799ea781', '2023-10-24', '2026-11-22'),
('mhra-hydrocortisone-1-cream-smpc', 'Hydrocortisone 1% w/w Cream (Pinewood Healthcare) - UK Summary of Product Characteristics, updated 19-Dec-2024', 'Pinewood Healthcare / MHRA (electronic medicines compendium)', 'LABEL', 'https://www.medicines.org.uk/emc/product/100335/smpc', '2024-12-19', '2026-11-22'),
('mhra-derma-care-hydrocortisone-smpc', 'Hydrocortisone 1% w/w Cream / Derma Care 1% w/w Cream (pharmacy product) - UK Summary of Product Characteristics, updated 17-Jul-2024', 'Pinewood Healthcare / MHRA (electronic medicines compendium)', 'LABEL', 'https://www.medicines.org.uk/emc/product/4600/smpc', '2024-07-17', '2026-11-22'),
('de-hydrocutan-1-smpc', 'Hydrocutan Creme 1% (hydrocortisone) - German Fachinformation summary, national authorisation (undated copy at Diagnosia)', 'Dermapharm AG / BfArM (Germany)', 'LABEL', 'https://info.diagnosia.com/de-de/p/382863/hydrocutan-creme-1', '2026-11-22', '2026-11-22'),
('de-hydrocutan-0-25-pil', 'Hydrocutan Creme 0,25% (hydrocortisone) - German package leaflet, undesirable effects with frequencies (undated copy)', 'Dermapharm AG / BfArM (Germany)', 'LABEL', 'https://www.medizinklick.de/produktinformationen/hydrocutan-creme-025-50g-pzn-01138723', '2026-11-22', '2026-11-22');

-- =====================================================================================================================
-- clobetasol propionate (super-high potency)
-- =====================================================================================================================
insert into drug (name, drug_class_id, modality, mechanism, last_reviewed) values
('clobetasol propionate', (select id from drug_class where name = 'super-high-potency topical corticosteroids'), 'SMALL_MOLECULE',
 'Synthetic fluorinated glucocorticoid that activates the glucocorticoid receptor in skin cells and switches off inflammatory gene expression (anti-inflammatory, antipruritic and vasoconstrictive effects). At 0.05% it is the reference super-high-potency steroid (US class 1, European group IV "very potent"); absorption, HPA-axis effect and labelled age limits still differ by vehicle (cream, ointment, lotion, foam, spray, shampoo).',
 '2026-11-22');

insert into drug_synonym (drug_id, name, source_id) values
((select id from drug where name = 'clobetasol propionate'), 'clobetasol', (select id from source where key = 'fda-clobetasol-emollient-cream-label'));

insert into brand (drug_id, name, region, source_id) values
((select id from drug where name = 'clobetasol propionate'), 'Temovate E', 'US', (select id from source where key = 'fda-clobex-lotion-label')),
((select id from drug where name = 'clobetasol propionate'), 'Clobex', 'US', (select id from source where key = 'fda-clobex-lotion-label')),
((select id from drug where name = 'clobetasol propionate'), 'Dermovate', 'EU', (select id from source where key = 'mt-dermovate-cream-pil')),
((select id from drug where name = 'clobetasol propionate'), 'Dermovate', 'UK', (select id from source where key = 'mt-dermovate-cream-pil')),
((select id from drug where name = 'clobetasol propionate'), 'Dermovate', 'JP', (select id from source where key = 'pmda-dermovate-ointment-kusuri-no-shiori'));

insert into drug_route (drug_id, route, source_id) values
((select id from drug where name = 'clobetasol propionate'), 'TOPICAL', (select id from source where key = 'fda-clobetasol-emollient-cream-label'));

insert into drug_target (drug_id, target_id, action, source_id) values
((select id from drug where name = 'clobetasol propionate'), (select id from target where symbol = 'NR3C1'), 'AGONIST', (select id from source where key = 'weidinger-novak-2016'));

insert into approval (drug_id, region, agency, condition_id, status, year, minimum_age_months, severity, notes, source_id, verified) values
((select id from drug where name = 'clobetasol propionate'), 'US', 'FDA', (select id from condition where code = 'ATOPIC_DERMATITIS'), 'APPROVED', null, 144, '',
 'Label indication is "corticosteroid-responsive dermatoses" (which includes atopic dermatitis/eczema; the disease is not named separately). Cream/ointment/emollient cream: 12 years and older; lotion and spray: 18 years and older. Limit treatment to 2 consecutive weeks and at most 50 g per week; not on face, groin or axillae. First US approval year not verified. Seed documents call clobetasol "high-potency" and describe 1-2 week courses: the label classes it as super-high potency with a 2-week, 50 g/week limit.',
 (select id from source where key = 'fda-clobetasol-emollient-cream-label'), true),
((select id from drug where name = 'clobetasol propionate'), 'EU', 'national', (select id from condition where code = 'ATOPIC_DERMATITIS'), 'APPROVED', null, 12, '',
 'Nationally authorised (no EMA procedure); cited record: Dermovate Cream, Malta Medicines Authority. Indicated for frequently relapsing/recalcitrant eczema and other dermatoses not responding to less potent steroids (second-line, short courses); not for children under 1 year. UK/EU SmPCs advise considering a less potent steroid if treatment beyond 4 weeks is needed. Year of first EU national approval not verified.',
 (select id from source where key = 'mt-dermovate-cream-pil'), true),
((select id from drug where name = 'clobetasol propionate'), 'UK', 'MHRA', (select id from condition where code = 'ATOPIC_DERMATITIS'), 'APPROVED', null, 12, '',
 'Dermovate Cream (UK leaflet text approved 2017): frequently relapsing eczema and dermatitis not responding to milder steroids; not for children under 1 year. Contraindicated in dermatoses of children under 1 year (UK SmPC). Year not verified.',
 (select id from source where key = 'mt-dermovate-cream-pil'), true),
((select id from drug where name = 'clobetasol propionate'), 'JP', 'PMDA', (select id from condition where code = 'ATOPIC_DERMATITIS'), 'APPROVED', null, null, '',
 'Japanese approval of Dermovate Ointment 0.05% covers eczema/dermatitis (also psoriasis, alopecia areata) per the Kusuri-no-Shiori sheet; atopic dermatitis is not named separately. Year and age limits not verified.',
 (select id from source where key = 'pmda-dermovate-ointment-kusuri-no-shiori'), true);

insert into adverse_effect (drug_id, name, frequency, serious, notes, source_id) values
((select id from drug where name = 'clobetasol propionate'), 'skin atrophy', 'COMMON', false, '4.2% in pooled psoriasis and atopic dermatitis trials of clobetasol propionate lotion 0.05%; rate depends on vehicle, site and duration.', (select id from source where key = 'fda-clobetasol-lotion-label')),
((select id from drug where name = 'clobetasol propionate'), 'telangiectasia', 'COMMON', false, '3.2% in pooled trials of the lotion.', (select id from source where key = 'fda-clobetasol-lotion-label')),
((select id from drug where name = 'clobetasol propionate'), 'skin discomfort (burning/stinging)', 'COMMON', false, '1.3% with the lotion; burning/stinging reported in controlled trials.', (select id from source where key = 'fda-clobetasol-lotion-label')),
((select id from drug where name = 'clobetasol propionate'), 'skin dryness', 'COMMON', false, '1% with the lotion.', (select id from source where key = 'fda-clobetasol-lotion-label')),
((select id from drug where name = 'clobetasol propionate'), 'folliculitis', 'NOT_KNOWN', false, 'Reported in controlled trials of the lotion at an incidence below 1%.', (select id from source where key = 'fda-clobetasol-lotion-label')),
((select id from drug where name = 'clobetasol propionate'), 'HPA-axis suppression', 'NOT_KNOWN', true, 'Adrenal suppression in 4 of 9 adults with moderate-to-severe atopic dermatitis after 2 weeks of the emollient cream (Temovate E) and 5 of 9 with the lotion; more likely with large areas, occlusion, more than 50 g/week and in children.', (select id from source where key = 'fda-clobex-lotion-label')),
((select id from drug where name = 'clobetasol propionate'), 'Cushing''s syndrome, hyperglycaemia and glucosuria', 'NOT_KNOWN', true, 'From systemic absorption in some patients.', (select id from source where key = 'fda-clobex-lotion-label')),
((select id from drug where name = 'clobetasol propionate'), 'osteonecrosis, serious infections and systemic immunosuppression', 'NOT_KNOWN', true, 'Reported with long-term use beyond recommended doses, sometimes with other potent corticosteroids or immunosuppressants (UK SmPC warning).', (select id from source where key = 'mhra-dermovate-scalp-smpc'));

insert into monitoring_requirement (drug_id, lab_test_id, phase, timing, rationale, source_id, verified) values
((select id from drug where name = 'clobetasol propionate'), (select id from lab_test where code = 'HPA_AXIS'), 'AS_INDICATED',
 'periodically in patients applying it to large areas or under occlusion; no routine testing',
 'Adrenal (HPA-axis) suppression, which can occur at low doses of this super-high-potency steroid; if found, withdraw, reduce frequency or switch to a less potent steroid.',
 (select id from source where key = 'fda-clobex-lotion-label'), true);

-- =====================================================================================================================
-- betamethasone dipropionate (high potency; plain 0.05%)
-- =====================================================================================================================
insert into drug (name, drug_class_id, modality, mechanism, last_reviewed) values
('betamethasone dipropionate', (select id from drug_class where name = 'high-potency topical corticosteroids'), 'SMALL_MOLECULE',
 'Fluorinated glucocorticoid (the 17,21-dipropionate ester of betamethasone) that acts as a glucocorticoid-receptor agonist to suppress skin inflammation and itch. Potency depends on the vehicle: the plain 0.05% ointment/cream is classed as potent (European group III; US class 2-3), although the US plain-cream label itself says "medium potency", while the augmented (optimised-vehicle) products are stronger: the augmented cream is labelled high potency and the augmented ointment and lotion are ranked super-high potency.',
 '2026-11-22');

insert into drug_synonym (drug_id, name, source_id) values
((select id from drug where name = 'betamethasone dipropionate'), 'betamethasone 17,21-dipropionate', (select id from source where key = 'fda-betamethasone-dipropionate-cream-label'));

insert into brand (drug_id, name, region, source_id) values
((select id from drug where name = 'betamethasone dipropionate'), 'Diprolene AF', 'US', (select id from source where key = 'fda-diprolene-af-label')),
((select id from drug where name = 'betamethasone dipropionate'), 'Diprosone', 'UK', (select id from source where key = 'mhra-diprosone-cream-smpc')),
((select id from drug where name = 'betamethasone dipropionate'), 'Diproderm', 'EU', (select id from source where key = 'es-diproderm-cream-pil'));

insert into drug_route (drug_id, route, source_id) values
((select id from drug where name = 'betamethasone dipropionate'), 'TOPICAL', (select id from source where key = 'fda-betamethasone-dipropionate-ointment-label'));

insert into drug_target (drug_id, target_id, action, source_id) values
((select id from drug where name = 'betamethasone dipropionate'), (select id from target where symbol = 'NR3C1'), 'AGONIST', (select id from source where key = 'weidinger-novak-2016'));

insert into approval (drug_id, region, agency, condition_id, status, year, minimum_age_months, severity, notes, source_id, verified) values
((select id from drug where name = 'betamethasone dipropionate'), 'US', 'FDA', (select id from condition where code = 'ATOPIC_DERMATITIS'), 'APPROVED', null, 156, '',
 'Label indication is "corticosteroid-responsive dermatoses" (includes atopic dermatitis/eczema, not named separately). Plain 0.05% cream: 13 years and older, labelled medium potency; plain 0.05% ointment label states no age limit. Augmented (Diprolene-type) cream/ointment/lotion: 13 years and older, no more than 2 consecutive weeks and 50 g per week. Initial US approval of the augmented ointment was 1983; the first approval year of the plain product was not verified.',
 (select id from source where key = 'fda-betamethasone-dipropionate-cream-label'), true),
((select id from drug where name = 'betamethasone dipropionate'), 'EU', 'national', (select id from condition where code = 'ATOPIC_DERMATITIS'), 'APPROVED', null, 144, '',
 'Nationally authorised (no EMA procedure); cited: Diproderm 0.5 mg/g cream, Spain, which names atopic dermatitis among corticosteroid-responsive dermatoses; adults and children over 12 years; contraindicated under 1 year. Year not verified.',
 (select id from source where key = 'es-diproderm-cream-pil'), true),
((select id from drug where name = 'betamethasone dipropionate'), 'UK', 'MHRA', (select id from condition where code = 'ATOPIC_DERMATITIS'), 'APPROVED', null, null, '',
 'Diprosone 0.05% Cream: eczema and dermatitis of all types including atopic eczema, adults and children (no lower age stated); in children or on the face courses limited to 5 days, no occlusion. Year not verified.',
 (select id from source where key = 'mhra-diprosone-cream-smpc'), true),
((select id from drug where name = 'betamethasone dipropionate'), 'UK', 'MHRA', (select id from condition where code = 'PRURIGO_NODULARIS'), 'APPROVED', null, null, '',
 'Prurigo nodularis is named in the Diprosone 0.05% Cream indications. Year not verified.',
 (select id from source where key = 'mhra-diprosone-cream-smpc'), true);

insert into adverse_effect (drug_id, name, frequency, serious, notes, source_id) values
((select id from drug where name = 'betamethasone dipropionate'), 'application-site stinging', 'UNCOMMON', false, '1 of 242 (0.4%) in adult controlled trials of the augmented cream (Diprolene AF).', (select id from source where key = 'fda-diprolene-af-label')),
((select id from drug where name = 'betamethasone dipropionate'), 'skin atrophy in children (telangiectasia, bruising, shininess)', 'VERY_COMMON', false, '7 of 67 (10%) in a paediatric study (3 months to 12 years) of the augmented cream, which is not indicated under 13 years.', (select id from source where key = 'fda-diprolene-af-label')),
((select id from drug where name = 'betamethasone dipropionate'), 'allergic contact dermatitis', 'NOT_KNOWN', false, 'Listed among local reactions reported infrequently with topical corticosteroids.', (select id from source where key = 'fda-diprolene-af-label')),
((select id from drug where name = 'betamethasone dipropionate'), 'striae', 'NOT_KNOWN', false, 'Listed among local reactions reported infrequently; more likely with occlusion.', (select id from source where key = 'fda-diprolene-af-label')),
((select id from drug where name = 'betamethasone dipropionate'), 'secondary infection', 'NOT_KNOWN', false, 'Listed among local reactions reported infrequently.', (select id from source where key = 'fda-diprolene-af-label')),
((select id from drug where name = 'betamethasone dipropionate'), 'HPA-axis suppression', 'NOT_KNOWN', true, '19 of 60 children (3 months to 12 years) in an open-label study of the augmented cream; 7 g/day for 1 week lowered adrenal secretion in adults with psoriasis or atopic dermatitis.', (select id from source where key = 'fda-betamethasone-dipropionate-augmented-cream-label')),
((select id from drug where name = 'betamethasone dipropionate'), 'Cushing''s syndrome, hyperglycaemia and glucosuria', 'NOT_KNOWN', true, 'From systemic absorption in some patients.', (select id from source where key = 'fda-diprolene-af-label'));

insert into monitoring_requirement (drug_id, lab_test_id, phase, timing, rationale, source_id, verified) values
((select id from drug where name = 'betamethasone dipropionate'), (select id from lab_test where code = 'HPA_AXIS'), 'AS_INDICATED',
 'when HPA-axis suppression is suspected (high potency, large areas, prolonged use, occlusion, young age); no routine testing',
 'Reversible HPA-axis suppression with risk of glucocorticoid insufficiency; the label names the ACTH stimulation test (augmented-formulation label).',
 (select id from source where key = 'fda-betamethasone-dipropionate-augmented-cream-label'), true);

-- =====================================================================================================================
-- mometasone furoate (medium potency in US tables; potent, group III, in Europe)
-- =====================================================================================================================
insert into drug (name, drug_class_id, modality, mechanism, last_reviewed) values
('mometasone furoate', (select id from drug_class where name = 'medium-potency topical corticosteroids'), 'SMALL_MOLECULE',
 'Synthetic glucocorticoid (17-furoate ester) that activates the glucocorticoid receptor to dampen inflammatory cytokine production in the skin; applied once daily. Its rank differs between systems: the 0.1% cream is medium potency in US tables (class 4), whereas European classification puts mometasone furoate 0.1% in group III (potent); the ointment ranks higher than the cream.',
 '2026-11-22');

insert into drug_synonym (drug_id, name, source_id) values
((select id from drug where name = 'mometasone furoate'), 'mometasone', (select id from source where key = 'mhra-elocon-cream-smpc'));

insert into brand (drug_id, name, region, source_id) values
((select id from drug where name = 'mometasone furoate'), 'Elocon', 'US', (select id from source where key = 'fda-elocon-cream-label')),
((select id from drug where name = 'mometasone furoate'), 'Elocon', 'UK', (select id from source where key = 'mhra-elocon-cream-smpc')),
((select id from drug where name = 'mometasone furoate'), 'Elocom', 'EU', (select id from source where key = 'pl-elocom-cream-pil'));

insert into drug_route (drug_id, route, source_id) values
((select id from drug where name = 'mometasone furoate'), 'TOPICAL', (select id from source where key = 'fda-mometasone-furoate-cream-label'));

insert into drug_target (drug_id, target_id, action, source_id) values
((select id from drug where name = 'mometasone furoate'), (select id from target where symbol = 'NR3C1'), 'AGONIST', (select id from source where key = 'weidinger-novak-2016'));

insert into approval (drug_id, region, agency, condition_id, status, year, minimum_age_months, severity, notes, source_id, verified) values
((select id from drug where name = 'mometasone furoate'), 'US', 'FDA', (select id from condition where code = 'ATOPIC_DERMATITIS'), 'APPROVED', 1987, 24, '',
 'Label indication is "corticosteroid-responsive dermatoses" (includes atopic dermatitis/eczema, not named separately). Cream and ointment: 2 years and older (use under 2 years not recommended); topical solution: 12 years and older. Year = initial US approval of topical mometasone furoate (1987). Potency: medium (class 4) for the cream in US tables vs potent (group III) in Europe.',
 (select id from source where key = 'fda-mometasone-furoate-cream-label'), true),
((select id from drug where name = 'mometasone furoate'), 'EU', 'national', (select id from condition where code = 'ATOPIC_DERMATITIS'), 'APPROVED', null, null, '',
 'Nationally authorised (no EMA procedure); cited: Elocom cream 1 mg/g, Poland, indicated for psoriasis and atopic dermatitis; classed as a strong (potent) corticosteroid; face and children: shortest duration (face no more than 5 days). Minimum age and year not verified.',
 (select id from source where key = 'pl-elocom-cream-pil'), true),
((select id from drug where name = 'mometasone furoate'), 'UK', 'MHRA', (select id from condition where code = 'ATOPIC_DERMATITIS'), 'APPROVED', null, null, '',
 'Elocon Cream: psoriasis (excluding widespread plaque psoriasis) and atopic dermatitis, adults and children; in children or on the face no more than 5 days. No minimum age stated in the section read; year not verified.',
 (select id from source where key = 'mhra-elocon-cream-smpc'), true);

insert into adverse_effect (drug_id, name, frequency, serious, notes, source_id) values
((select id from drug where name = 'mometasone furoate'), 'application-site burning', 'NOT_KNOWN', false, 'Overall adverse-reaction incidence 1.6% in controlled trials of the cream (n=319): burning, pruritus, skin atrophy.', (select id from source where key = 'fda-elocon-cream-label')),
((select id from drug where name = 'mometasone furoate'), 'pruritus', 'NOT_KNOWN', false, 'Part of the 1.6% overall incidence in adult trials; also reported in children 2-12 years.', (select id from source where key = 'fda-elocon-cream-label')),
((select id from drug where name = 'mometasone furoate'), 'skin atrophy (shininess, telangiectasia, loss of elasticity)', 'NOT_KNOWN', false, 'Part of the 1.6% overall incidence; atrophy signs recorded in a dedicated trial.', (select id from source where key = 'fda-elocon-cream-label')),
((select id from drug where name = 'mometasone furoate'), 'rosacea', 'NOT_KNOWN', false, 'Reports received with the cream.', (select id from source where key = 'fda-elocon-cream-label')),
((select id from drug where name = 'mometasone furoate'), 'stinging and furunculosis in children', 'NOT_KNOWN', false, 'About 7% adverse experiences in 74 children aged 2-12 years (stinging, pruritus, furunculosis).', (select id from source where key = 'fda-elocon-cream-label')),
((select id from drug where name = 'mometasone furoate'), 'paraesthesia', 'NOT_KNOWN', false, '2 of 182 children aged 6 months to 2 years.', (select id from source where key = 'fda-elocon-cream-label')),
((select id from drug where name = 'mometasone furoate'), 'perioral dermatitis', 'NOT_KNOWN', false, 'Listed among local reactions reported with topical corticosteroids, more often under occlusion.', (select id from source where key = 'fda-elocon-cream-label')),
((select id from drug where name = 'mometasone furoate'), 'striae', 'NOT_KNOWN', false, 'Listed among local reactions reported with topical corticosteroids.', (select id from source where key = 'fda-elocon-cream-label')),
((select id from drug where name = 'mometasone furoate'), 'HPA-axis suppression (decreased glucocorticoid levels)', 'NOT_KNOWN', true, 'Decreased glucocorticoid levels in 2 of 182 children aged 6 months to 2 years; risk with large areas, occlusion and in children.', (select id from source where key = 'fda-elocon-cream-label')),
((select id from drug where name = 'mometasone furoate'), 'Cushing''s syndrome, hyperglycaemia and glucosuria', 'NOT_KNOWN', true, 'From systemic absorption in some patients (UK SmPC).', (select id from source where key = 'mhra-elocon-cream-smpc'));

insert into monitoring_requirement (drug_id, lab_test_id, phase, timing, rationale, source_id, verified) values
((select id from drug where name = 'mometasone furoate'), (select id from lab_test where code = 'HPA_AXIS'), 'AS_INDICATED',
 'periodically in patients applying it to a large surface area or under occlusion; no routine testing',
 'Reversible HPA-axis suppression with possible glucocorticoid insufficiency after withdrawal.',
 (select id from source where key = 'mhra-elocon-cream-smpc'), true);

-- =====================================================================================================================
-- triamcinolone acetonide (medium potency, 0.1%)
-- =====================================================================================================================
insert into drug (name, drug_class_id, modality, mechanism, last_reviewed) values
('triamcinolone acetonide', (select id from drug_class where name = 'medium-potency topical corticosteroids'), 'SMALL_MOLECULE',
 'Fluorinated glucocorticoid (16,17-acetonide) and glucocorticoid-receptor agonist with anti-inflammatory, antipruritic and vasoconstrictive effects. The 0.1% cream is a medium-potency topical corticosteroid (German SmPCs: "moderately potent"); potency rises with concentration (0.025%, 0.1%, 0.5%) and with an ointment rather than a cream base.',
 '2026-11-22');

insert into drug_synonym (drug_id, name, source_id) values
((select id from drug where name = 'triamcinolone acetonide'), 'Triamcinolonacetonid', (select id from source where key = 'de-triamcreme-lichtenstein-smpc'));

insert into brand (drug_id, name, region, source_id) values
((select id from drug where name = 'triamcinolone acetonide'), 'Trilona', 'US', (select id from source where key = 'fda-trilona-label')),
((select id from drug where name = 'triamcinolone acetonide'), 'TriamCreme Lichtenstein', 'EU', (select id from source where key = 'de-triamcreme-lichtenstein-smpc'));

insert into drug_route (drug_id, route, source_id) values
((select id from drug where name = 'triamcinolone acetonide'), 'TOPICAL', (select id from source where key = 'fda-triamcinolone-acetonide-cream-label'));

insert into drug_target (drug_id, target_id, action, source_id) values
((select id from drug where name = 'triamcinolone acetonide'), (select id from target where symbol = 'NR3C1'), 'AGONIST', (select id from source where key = 'weidinger-novak-2016'));

insert into approval (drug_id, region, agency, condition_id, status, year, minimum_age_months, severity, notes, source_id, verified) values
((select id from drug where name = 'triamcinolone acetonide'), 'US', 'FDA', (select id from condition where code = 'ATOPIC_DERMATITIS'), 'APPROVED', null, null, '',
 'Older-format label: "topical corticosteroids are indicated for the relief of the inflammatory and pruritic manifestations of corticosteroid-responsive dermatoses" (includes atopic dermatitis/eczema, not named separately); no minimum age stated, children more susceptible to systemic toxicity. First approval year not verified.',
 (select id from source where key = 'fda-triamcinolone-acetonide-cream-label'), true),
((select id from drug where name = 'triamcinolone acetonide'), 'EU', 'national', (select id from condition where code = 'ATOPIC_DERMATITIS'), 'APPROVED', null, null, '',
 'Nationally authorised (Germany, TriamCreme Lichtenstein 0.1%): "inflammatory skin diseases for which moderately potent glucocorticoids are indicated"; atopic dermatitis is not named, hence unverified for this condition. Avoid more than 4 weeks or more than 20% of body surface; children only short-term (under 2 weeks) on under 10% of body surface. No UK product was verified.',
 (select id from source where key = 'de-triamcreme-lichtenstein-smpc'), false);

insert into adverse_effect (drug_id, name, frequency, serious, notes, source_id) values
((select id from drug where name = 'triamcinolone acetonide'), 'burning', 'NOT_KNOWN', false, 'Local reactions are "reported infrequently" (listed first in approximate decreasing order); more frequent under occlusion.', (select id from source where key = 'fda-triamcinolone-acetonide-cream-label')),
((select id from drug where name = 'triamcinolone acetonide'), 'itching', 'NOT_KNOWN', false, 'Reported infrequently.', (select id from source where key = 'fda-triamcinolone-acetonide-cream-label')),
((select id from drug where name = 'triamcinolone acetonide'), 'irritation and dryness', 'NOT_KNOWN', false, 'Reported infrequently.', (select id from source where key = 'fda-triamcinolone-acetonide-cream-label')),
((select id from drug where name = 'triamcinolone acetonide'), 'folliculitis', 'NOT_KNOWN', false, 'Reported infrequently.', (select id from source where key = 'fda-triamcinolone-acetonide-cream-label')),
((select id from drug where name = 'triamcinolone acetonide'), 'hypopigmentation', 'NOT_KNOWN', false, 'Reported infrequently.', (select id from source where key = 'fda-triamcinolone-acetonide-cream-label')),
((select id from drug where name = 'triamcinolone acetonide'), 'perioral dermatitis', 'NOT_KNOWN', false, 'Reported infrequently.', (select id from source where key = 'fda-triamcinolone-acetonide-cream-label')),
((select id from drug where name = 'triamcinolone acetonide'), 'skin atrophy and striae', 'NOT_KNOWN', false, 'Reported infrequently; more likely with prolonged use, occlusion, face and skin folds.', (select id from source where key = 'fda-triamcinolone-acetonide-cream-label')),
((select id from drug where name = 'triamcinolone acetonide'), 'HPA-axis suppression', 'NOT_KNOWN', true, 'Reversible; from systemic absorption with large doses, large areas, prolonged use or occlusion; children more susceptible.', (select id from source where key = 'fda-triamcinolone-acetonide-ointment-label')),
((select id from drug where name = 'triamcinolone acetonide'), 'Cushing''s syndrome, hyperglycaemia and glucosuria', 'NOT_KNOWN', true, 'From systemic absorption in some patients.', (select id from source where key = 'fda-triamcinolone-acetonide-ointment-label'));

insert into monitoring_requirement (drug_id, lab_test_id, phase, timing, rationale, source_id, verified) values
((select id from drug where name = 'triamcinolone acetonide'), (select id from lab_test where code = 'HPA_AXIS'), 'AS_INDICATED',
 'periodically in patients receiving large doses on large areas or under occlusion; no routine testing',
 'HPA-axis suppression; the label names the urinary free cortisol and ACTH stimulation tests.',
 (select id from source where key = 'fda-triamcinolone-acetonide-ointment-label'), true);

-- =====================================================================================================================
-- hydrocortisone (low potency, 1% / 2.5%)
-- =====================================================================================================================
insert into drug (name, drug_class_id, modality, mechanism, last_reviewed) values
('hydrocortisone', (select id from drug_class where name = 'low-potency topical corticosteroids'), 'SMALL_MOLECULE',
 'Hydrocortisone (cortisol) is the body''s own glucocorticoid; applied to the skin it activates the glucocorticoid receptor and calms mild inflammation and itch. At 1% and 2.5% it is a low-potency topical corticosteroid (US class 7, European group I "mild"); hydrocortisone esters such as the butyrate or valerate are stronger, separate products.',
 '2026-11-22');

insert into drug_synonym (drug_id, name, source_id) values
((select id from drug where name = 'hydrocortisone'), 'Hydrocortison', (select id from source where key = 'de-hydrocutan-1-smpc'));

insert into brand (drug_id, name, region, source_id) values
((select id from drug where name = 'hydrocortisone'), 'Hydrocutan', 'EU', (select id from source where key = 'de-hydrocutan-1-smpc')),
((select id from drug where name = 'hydrocortisone'), 'Derma Care', 'UK', (select id from source where key = 'mhra-derma-care-hydrocortisone-smpc'));

insert into drug_route (drug_id, route, source_id) values
((select id from drug where name = 'hydrocortisone'), 'TOPICAL', (select id from source where key = 'fda-hydrocortisone-cream-2-5-label'));

insert into drug_target (drug_id, target_id, action, source_id) values
((select id from drug where name = 'hydrocortisone'), (select id from target where symbol = 'NR3C1'), 'AGONIST', (select id from source where key = 'weidinger-novak-2016'));

insert into approval (drug_id, region, agency, condition_id, status, year, minimum_age_months, severity, notes, source_id, verified) values
((select id from drug where name = 'hydrocortisone'), 'US', 'FDA', (select id from condition where code = 'ATOPIC_DERMATITIS'), 'APPROVED', null, null, '',
 'Rx 2.5% (and 1%) cream/ointment: "corticosteroid-responsive dermatoses" (includes atopic dermatitis/eczema, not named separately), no minimum age stated. OTC 1% (monograph Drug Facts): temporary relief of itching from rashes due to eczema, adults and children 2 years and older (under 2: ask a doctor). First approval year not verified.',
 (select id from source where key = 'fda-hydrocortisone-cream-2-5-label'), true),
((select id from drug where name = 'hydrocortisone'), 'EU', 'national', (select id from condition where code = 'ATOPIC_DERMATITIS'), 'APPROVED', null, null, '',
 'Nationally authorised (Germany, Hydrocutan Creme 1%): inflammatory skin diseases for which weak topical glucocorticoids are indicated; atopic dermatitis is not named, hence unverified for this condition. Children under 6 years only on prescription; at most 4 weeks and no more than one tenth of the body surface.',
 (select id from source where key = 'de-hydrocutan-1-smpc'), false),
((select id from drug where name = 'hydrocortisone'), 'UK', 'MHRA', (select id from condition where code = 'ATOPIC_DERMATITIS'), 'APPROVED', null, null, '',
 'Hydrocortisone 1% cream (prescription SmPC): eczema and dermatitis of all types including atopic eczema; no minimum age stated. Pharmacy (P) 1% products such as Derma Care are limited to mild-to-moderate eczema, a maximum of one week, and not for children under 10 years without medical advice. Year not verified.',
 (select id from source where key = 'mhra-hydrocortisone-1-cream-smpc'), true),
((select id from drug where name = 'hydrocortisone'), 'UK', 'MHRA', (select id from condition where code = 'PRURIGO_NODULARIS'), 'APPROVED', null, null, '',
 'Prurigo nodularis is named in the UK hydrocortisone 1% cream SmPC indications. Year not verified.',
 (select id from source where key = 'mhra-hydrocortisone-1-cream-smpc'), true);

insert into adverse_effect (drug_id, name, frequency, serious, notes, source_id) values
((select id from drug where name = 'hydrocortisone'), 'skin irritation', 'UNCOMMON', false, 'German Hydrocutan 0.25% cream leaflet.', (select id from source where key = 'de-hydrocutan-0-25-pil')),
((select id from drug where name = 'hydrocortisone'), 'allergic skin reactions', 'UNCOMMON', false, 'German Hydrocutan 0.25% cream leaflet.', (select id from source where key = 'de-hydrocutan-0-25-pil')),
((select id from drug where name = 'hydrocortisone'), 'epidermal atrophy', 'NOT_KNOWN', false, 'Mainly with use longer than 2-3 weeks.', (select id from source where key = 'de-hydrocutan-0-25-pil')),
((select id from drug where name = 'hydrocortisone'), 'telangiectasia', 'NOT_KNOWN', false, 'Mainly with prolonged use.', (select id from source where key = 'de-hydrocutan-0-25-pil')),
((select id from drug where name = 'hydrocortisone'), 'striae', 'NOT_KNOWN', false, 'Steroid striae, especially in adolescents, with prolonged use.', (select id from source where key = 'de-hydrocutan-0-25-pil')),
((select id from drug where name = 'hydrocortisone'), 'perioral dermatitis', 'NOT_KNOWN', false, 'With prolonged use.', (select id from source where key = 'de-hydrocutan-0-25-pil')),
((select id from drug where name = 'hydrocortisone'), 'steroid acne', 'NOT_KNOWN', false, 'With prolonged use.', (select id from source where key = 'de-hydrocutan-0-25-pil')),
((select id from drug where name = 'hydrocortisone'), 'secondary skin infection', 'NOT_KNOWN', false, 'Bacterial, viral or fungal.', (select id from source where key = 'de-hydrocutan-0-25-pil')),
((select id from drug where name = 'hydrocortisone'), 'systemic corticosteroid effects including adrenal suppression', 'NOT_KNOWN', true, 'Only with long-term use of large amounts, on large or damaged areas or under occlusion; unlikely at usual low-potency use.', (select id from source where key = 'de-hydrocutan-0-25-pil'));

insert into monitoring_requirement (drug_id, lab_test_id, phase, timing, rationale, source_id, verified) values
((select id from drug where name = 'hydrocortisone'), (select id from lab_test where code = 'HPA_AXIS'), 'AS_INDICATED',
 'only if large areas are treated for long periods or under occlusion; no routine testing',
 'HPA-axis suppression from systemic absorption (class labelling of the Rx label; the laboratory-test wording was not read in full for this product).',
 (select id from source where key = 'fda-hydrocortisone-cream-2-5-label'), false);
