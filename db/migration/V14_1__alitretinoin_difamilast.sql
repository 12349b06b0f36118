-- V14_1: two products the knowledge base was missing.
--   * alitretinoin (oral; Toctino): licensed nationally in EU countries and the UK for severe chronic hand eczema
--     unresponsive to potent topical corticosteroids; no oral alitretinoin is approved in the US.
--   * difamilast (topical PDE4 inhibitor; Moizerto ointment 0.3% / 1%): approved in Japan only (September 2021).
-- Curated 2026-11-27. Applies before V14_2 (guidelines) and V14_3..V14_5, which may refer to these drugs by name.
-- data_version is left alone (a later migration bumps it).
--
-- Added: drug classes 'retinoids' (root) and 'oral retinoids' (child); targets RARA, RARB, RARG, RXRA, RXRB, RXRG
-- (kind NUCLEAR_RECEPTOR) and PDE4A, PDE4C (kind ENZYME; linked to the existing PDE4_CAMP pathway); the two drugs
-- with synonyms, brands, routes, targets, approvals, adverse effects, monitoring and the V13 evidence rows.
--
-- Conventions and what is left out or unverified, and why:
--   * UK SmPC of Toctino: only the copy reproduced by RxReasoner (MHRA SmPC, "Revision Year: 2020", GlaxoSmithKline
--     UK trading as Stiefel) could be read, and only sections 4.1-4.3 and the start of 4.4 (pregnancy prevention
--     programme). published_on is 2020-01-01 because only the revision year is shown. Facts of sections 4.4 (lipid,
--     liver, thyroid monitoring details), 4.5 (CYP interactions), 4.8 (frequency table) and 5.1 were not displayed:
--     they are inserted with verified = false where corroborated by other alitretinoin product information seen
--     (Swiss professional information, Swissmedic 2016 safety note, EU patient leaflets), or left out.
--   * No EU-level (centralised) product information exists for Toctino: it was authorised through a decentralised
--     procedure (2008) and a repeat-use procedure (2009). EU rows cite the German approval report (2008) for the
--     indication, dose and year, the 2018 EMA Article 31 retinoid referral for pregnancy prevention, and otherwise the
--     UK SmPC as the reference text of the procedure (the current texts of individual member states were not read).
--   * UK year of first licence (2008): the Pharmabiz report of the MHRA approval ("first national regulatory approval
--     in the UK") was seen only as an undated copy that precedes the dated 10 Oct 2008 German report; the UK row is
--     therefore verified = false.
--   * Alitretinoin US: no US label exists for oral alitretinoin; the only US alitretinoin label is Panretin gel
--     (Kaposi's sarcoma), cited as the evidence for NOT_APPROVED. Panretin is NOT added as a brand or route (it is a
--     different product for a different disease). No US dosing, contraindication or reproductive rows for either drug,
--     because neither has a US (or EU, for difamilast) label.
--   * Left out: alitretinoin research code (none sourced), thyroid-function monitoring (no lab test 'thyroid function'
--     exists and its SmPC wording was not displayed), methotrexate as a contraindicated combination (listed in the
--     Swiss leaflet only, not in the UK SmPC 4.3 list seen), Canadian approval (2009; not needed for coverage),
--     vaccination rows (neither label says anything about vaccines), difamilast Japanese risk management plan (an
--     approval condition, not a patient-facing programme).
--   * Source URLs: the Pharmabiz article was stored at http://test.pharmabiz.com; it is cited with https (the https
--     copy itself was not re-fetched), as V10 did for an http source.
--   * difamilast minimum age: approved in 2021 for patients 2 years and older (Otsuka); the package insert was
--     revised in December 2023 after a trial in infants aged 3 to <24 months, and clinics describe use from 3 months.
--     Section 9.7 of the current insert (6th edition, October 2024) was not displayed: minimum age 3 months is
--     unverified (approval row verified = false).
--   * difamilast adverse-effect categories: the Japanese insert gives bands (>=0.5%, <0.5%, frequency unknown), not EU
--     categories; the mapping of the bands to UNCOMMON is an inference (verified = false), except pigmentation
--     disorder (1.1%, COMMON) and the frequency-unknown reactions.

-- ============================================================================================================
-- Sources
-- ============================================================================================================
insert into source (key, title, publisher, kind, url, published_on, accessed_on) values
('mhra-toctino-smpc',
 'Toctino 10 mg and 30 mg capsules, soft (alitretinoin): Summary of Product Characteristics (Great Britain), revision 2020, as reproduced by RxReasoner',
 'GlaxoSmithKline UK Limited trading as Stiefel (MHRA-authorised SmPC; RxReasoner copy)', 'LABEL',
 'https://www.rxreasoner.com/monographs/2476/usage', '2020-01-01', '2026-11-27'),
('pharmabiz-toctino-germany-2008',
 'Basilea''s alitretinoin receives marketing approval in Germany (Toctino approved by BfArM after the European decentralised procedure), Pharmabiz, 10 October 2008',
 'Pharmabiz (Saffron Media)', 'ARTICLE',
 'https://test.pharmabiz.com/PrintArticle.aspx?aid=47074', '2008-10-10', '2026-11-27'),
('ema-retinoids-referral',
 'Retinoid-containing medicinal products: Article 31 referral EMEA/H/A-31/1446 (updated pregnancy prevention measures, neuropsychiatric warning for oral retinoids); European Commission decision 21 June 2018',
 'European Medicines Agency', 'LABEL',
 'https://www.ema.europa.eu/en/medicines/human/referrals/retinoid-containing-medicinal-products', '2018-06-21', '2026-11-27'),
('petersen-jemec-2009-alitretinoin',
 'Petersen B, Jemec GBE. Alitretinoin - its use in intractable hand eczema and other potential indications. Drug Des Devel Ther 2009;3:51-57',
 'Drug Design, Development and Therapy (Dove Medical Press)', 'ARTICLE',
 'https://doi.org/10.2147/DDDT.S3178', '2009-02-05', '2026-11-27'),
('fda-panretin-label',
 'Panretin (alitretinoin) gel: US prescribing information (openFDA label record; the only US label returned for alitretinoin)',
 'U.S. Food and Drug Administration (openFDA)', 'LABEL',
 'https://api.fda.gov/drug/label.json?search=openfda.generic_name:%22Alitretinoin%22', '2026-06-02', '2026-11-27'),
('pmda-moizerto-label',
 'Moizerto ointment 0.3% / Moizerto ointment 1% (difamilast): Japanese package insert, 6th edition (revised October 2024)',
 'Otsuka Pharmaceutical Co., Ltd. (PMDA prescription drug information)', 'LABEL',
 'https://www.pmda.go.jp/PmdaSearch/iyakuDetail/180078_2699715M1023_1_05', '2024-10-01', '2026-11-27'),
('otsuka-moizerto-jp-2021',
 'Otsuka''s Moizerto Ointment granted approval in Japan as a treatment for atopic dermatitis (press release, 27 September 2021)',
 'Otsuka Pharmaceutical Co., Ltd.', 'ARTICLE',
 'https://www.otsuka.co.jp/en/company/newsreleases/2021/20210927_1.html', '2021-09-27', '2026-11-27'),
('otsuka-difamilast-filing-2020',
 'Otsuka has filed an application in Japan for approval of difamilast (OPA-15406) as an atopic dermatitis drug (press release, 28 September 2020)',
 'Otsuka Pharmaceutical Co., Ltd.', 'ARTICLE',
 'https://www.otsuka.co.jp/en/company/newsreleases/2020/20200928_1.html', '2020-09-28', '2026-11-27'),
('practicaldermatology-mm36-2020',
 'Medimetriks streamlines MM36 (difamilast) atopic dermatitis development program (single US pivotal trial planned after FDA meeting), Practical Dermatology, 18 September 2020',
 'Practical Dermatology (Bryn Mawr Communications)', 'ARTICLE',
 'https://practicaldermatology.com/news/medimetriks-streamlines-mm36-ad-development-program/2460532/', '2020-09-18', '2026-11-27');

-- ============================================================================================================
-- Reference data: class, targets
-- ============================================================================================================
insert into drug_class (name, description, parent_id, rank) values
('retinoids', 'Vitamin A derivatives that act through the nuclear retinoic acid receptors (RAR) and retinoid X receptors (RXR), regulating skin cell growth and differentiation and dampening inflammation. All systemic retinoids are teratogenic.', null, null);

insert into drug_class (name, description, parent_id, rank) values
('oral retinoids', 'Retinoids taken by mouth (alitretinoin, acitretin, isotretinoin); in the EU used under a pregnancy prevention programme.',
 (select id from drug_class where name = 'retinoids'), null);

insert into target (symbol, name, uniprot_id, kind, description) values
('RARA', 'retinoic acid receptor alpha', 'P10276', 'NUCLEAR_RECEPTOR', 'Retinoic acid receptor alpha (NR1B1): ligand-activated transcription factor that pairs with RXR and regulates genes of cell growth, differentiation and inflammation.'),
('RARB', 'retinoic acid receptor beta', 'P10826', 'NUCLEAR_RECEPTOR', 'Retinoic acid receptor beta (NR1B2): retinoid-activated transcription factor.'),
('RARG', 'retinoic acid receptor gamma', 'P13631', 'NUCLEAR_RECEPTOR', 'Retinoic acid receptor gamma (NR1B3): the main RAR of the epidermis; retinoid-activated transcription factor.'),
('RXRA', 'retinoid X receptor alpha', 'P19793', 'NUCLEAR_RECEPTOR', 'Retinoid X receptor alpha (NR2B1): binds 9-cis-retinoic acid; partner (heterodimer) of RAR and other nuclear receptors; the main RXR of the skin.'),
('RXRB', 'retinoid X receptor beta', 'P28702', 'NUCLEAR_RECEPTOR', 'Retinoid X receptor beta (NR2B2): 9-cis-retinoic acid receptor and heterodimer partner of other nuclear receptors.'),
('RXRG', 'retinoid X receptor gamma', 'P48443', 'NUCLEAR_RECEPTOR', 'Retinoid X receptor gamma (NR2B3): 9-cis-retinoic acid receptor and heterodimer partner of other nuclear receptors.'),
('PDE4A', 'phosphodiesterase 4A', 'P27815', 'ENZYME', 'cAMP-degrading enzyme of the PDE4 family expressed in immune cells.'),
('PDE4C', 'phosphodiesterase 4C', 'Q08493', 'ENZYME', 'cAMP-degrading enzyme of the PDE4 family; little expressed in immune cells.');

insert into target_alias (target_id, alias)
select t.id, a.alias
from (values
  ('RARA', 'RARα'), ('RARA', 'RAR-alpha'), ('RARA', 'NR1B1'), ('RARA', 'retinoic acid receptor'), ('RARA', 'RAR'),
  ('RARB', 'RARβ'), ('RARB', 'RAR-beta'), ('RARB', 'NR1B2'), ('RARB', 'retinoic acid receptor'), ('RARB', 'RAR'),
  ('RARG', 'RARγ'), ('RARG', 'RAR-gamma'), ('RARG', 'NR1B3'), ('RARG', 'retinoic acid receptor'), ('RARG', 'RAR'),
  ('RXRA', 'RXRα'), ('RXRA', 'RXR-alpha'), ('RXRA', 'NR2B1'), ('RXRA', 'retinoid X receptor'), ('RXRA', 'RXR'),
  ('RXRB', 'RXRβ'), ('RXRB', 'RXR-beta'), ('RXRB', 'NR2B2'), ('RXRB', 'retinoid X receptor'), ('RXRB', 'RXR'),
  ('RXRG', 'RXRγ'), ('RXRG', 'RXR-gamma'), ('RXRG', 'NR2B3'), ('RXRG', 'retinoid X receptor'), ('RXRG', 'RXR'),
  ('PDE4A', 'PDE4'), ('PDE4C', 'PDE4')
) as a (symbol, alias)
join target t on t.symbol = a.symbol;

insert into pathway_target (pathway_id, target_id)
select p.id, t.id
from (values ('PDE4_CAMP', 'PDE4A'), ('PDE4_CAMP', 'PDE4C')) as pt (pathway, symbol)
join pathway p on p.code = pt.pathway
join target t on t.symbol = pt.symbol;

-- ============================================================================================================
-- alitretinoin (Toctino): oral retinoid
-- ============================================================================================================
insert into drug (name, drug_class_id, modality, mechanism, last_reviewed) values
('alitretinoin', (select id from drug_class where name = 'oral retinoids'), 'SMALL_MOLECULE',
 'A capsule form of 9-cis-retinoic acid, a natural vitamin A derivative. It binds and switches on both families of retinoid receptors (RAR and RXR) inside cells, which act as transcription factors controlling skin cell growth and differentiation; it also has anti-inflammatory and immune-modulating effects. How it clears chronic hand eczema is not fully understood.',
 '2026-11-27');

insert into drug_synonym (drug_id, name, source_id) values
((select id from drug where name = 'alitretinoin'), '9-cis-retinoic acid', (select id from source where key = 'petersen-jemec-2009-alitretinoin'));

insert into brand (drug_id, name, region, source_id) values
((select id from drug where name = 'alitretinoin'), 'Toctino', 'UK', (select id from source where key = 'mhra-toctino-smpc')),
((select id from drug where name = 'alitretinoin'), 'Toctino', 'EU', (select id from source where key = 'pharmabiz-toctino-germany-2008'));

insert into drug_route (drug_id, route, source_id) values
((select id from drug where name = 'alitretinoin'), 'ORAL', (select id from source where key = 'mhra-toctino-smpc'));

-- Pan-agonist of all six retinoid receptors (review); the SmPC 5.1 text was not displayed.
insert into drug_target (drug_id, target_id, action, source_id, verified) values
((select id from drug where name = 'alitretinoin'), (select id from target where symbol = 'RARA'), 'AGONIST', (select id from source where key = 'petersen-jemec-2009-alitretinoin'), true),
((select id from drug where name = 'alitretinoin'), (select id from target where symbol = 'RARB'), 'AGONIST', (select id from source where key = 'petersen-jemec-2009-alitretinoin'), true),
((select id from drug where name = 'alitretinoin'), (select id from target where symbol = 'RARG'), 'AGONIST', (select id from source where key = 'petersen-jemec-2009-alitretinoin'), true),
((select id from drug where name = 'alitretinoin'), (select id from target where symbol = 'RXRA'), 'AGONIST', (select id from source where key = 'petersen-jemec-2009-alitretinoin'), true),
((select id from drug where name = 'alitretinoin'), (select id from target where symbol = 'RXRB'), 'AGONIST', (select id from source where key = 'petersen-jemec-2009-alitretinoin'), true),
((select id from drug where name = 'alitretinoin'), (select id from target where symbol = 'RXRG'), 'AGONIST', (select id from source where key = 'petersen-jemec-2009-alitretinoin'), true);

insert into approval (drug_id, region, agency, condition_id, status, year, minimum_age_months, severity, notes, source_id, verified,
                      line_of_therapy, minimum_weight_kg, indication) values
((select id from drug where name = 'alitretinoin'), 'US', 'FDA', (select id from condition where code = 'ATOPIC_DERMATITIS'), 'NOT_APPROVED', null, null, '',
 'No oral alitretinoin is approved in the US (Toctino was never licensed there). The only US alitretinoin label is Panretin gel for cutaneous lesions of AIDS-related Kaposi''s sarcoma.',
 (select id from source where key = 'fda-panretin-label'), true, null, null, null),
((select id from drug where name = 'alitretinoin'), 'EU', 'national', (select id from condition where code = 'ATOPIC_DERMATITIS'), 'NOT_APPROVED', null, null, '',
 'Toctino is licensed in EU countries only for severe chronic hand eczema unresponsive to potent topical corticosteroids (hand eczema of any origin, including atopic); it has no licence for atopic dermatitis as such.',
 (select id from source where key = 'pharmabiz-toctino-germany-2008'), true, null, null, null),
((select id from drug where name = 'alitretinoin'), 'US', 'FDA', (select id from condition where code = 'CHRONIC_HAND_ECZEMA'), 'NOT_APPROVED', null, null, '',
 'Not approved in the US; the only US alitretinoin product is Panretin gel (Kaposi''s sarcoma). The first FDA-approved chronic hand eczema treatment is delgocitinib cream (2025).',
 (select id from source where key = 'fda-panretin-label'), true, null, null, null),
((select id from drug where name = 'alitretinoin'), 'EU', 'national', (select id from condition where code = 'CHRONIC_HAND_ECZEMA'), 'APPROVED', 2008, 216, 'SEVERE',
 'Nationally authorised (no centralised EU licence): after the European decentralised procedure, Germany (BfArM) approved Toctino in 2008 for adults with severe chronic hand eczema unresponsive to potent topical corticosteroids; patients with predominantly hyperkeratotic (fissured, thick scaly) eczema respond better than those with mainly vesicular eczema. Starting dose 30 mg once daily with food, course up to 24 weeks. To be prescribed by dermatologists or physicians experienced with systemic retinoids, under the pregnancy prevention programme.',
 (select id from source where key = 'pharmabiz-toctino-germany-2008'), true,
 'AFTER_TOPICAL_CORTICOSTEROIDS', null, 'For use in adults who have severe chronic hand eczema that is unresponsive to treatment with potent topical corticosteroids.'),
((select id from drug where name = 'alitretinoin'), 'UK', 'MHRA', (select id from condition where code = 'CHRONIC_HAND_ECZEMA'), 'APPROVED', 2008, 216, 'SEVERE',
 'UK SmPC: adults with severe chronic hand eczema unresponsive to potent topical corticosteroids; hyperkeratotic eczema is more likely to respond than pompholyx. Only dermatologists or physicians experienced with systemic retinoids may prescribe. Year 2008 (the UK was the first national approval after the decentralised procedure) is taken from an undated copy of a Pharmabiz report that precedes the 10 Oct 2008 German approval report; the SmPC date of first authorisation was not displayed, hence verified = false.',
 (select id from source where key = 'mhra-toctino-smpc'), false,
 'AFTER_TOPICAL_CORTICOSTEROIDS', null, 'Toctino is indicated for use in adults who have severe chronic hand eczema that is unresponsive to treatment with potent topical corticosteroids.');

-- Adverse effects: the UK SmPC 4.8 table was not displayed. Categories below are those of the Swiss professional
-- information and EU/UK-style patient leaflets of alitretinoin (same clinical-trial data), hence verified = false
-- unless stated.
insert into adverse_effect (drug_id, name, frequency, serious, notes, source_id, verified) values
((select id from drug where name = 'alitretinoin'), 'headache', 'VERY_COMMON', false, 'Dose-dependent (about 24% with 30 mg, 11% with 10 mg in the trials); may reduce with the 10 mg dose. Category as in the Swiss professional information; UK SmPC table not displayed.', (select id from source where key = 'mhra-toctino-smpc'), false),
((select id from drug where name = 'alitretinoin'), 'raised triglycerides and cholesterol, lowered HDL cholesterol', 'VERY_COMMON', false, 'Triglycerides raised in about 35%, cholesterol in 28% with 30 mg; dose-dependent. Category as in the Swiss professional information; UK SmPC table not displayed.', (select id from source where key = 'mhra-toctino-smpc'), false),
((select id from drug where name = 'alitretinoin'), 'decreased thyroid hormones (TSH and free T4 decreased)', 'COMMON', false, 'Reversible central hypothyroid changes. Category as in the Swiss professional information.', (select id from source where key = 'mhra-toctino-smpc'), false),
((select id from drug where name = 'alitretinoin'), 'anaemia, decreased monocytes, raised platelet count', 'COMMON', false, 'Category as in the Swiss professional information and patient leaflets.', (select id from source where key = 'mhra-toctino-smpc'), false),
((select id from drug where name = 'alitretinoin'), 'depression', 'COMMON', true, 'Depression is common; mood changes and suicidal thoughts are reported (frequency not known). Since the 2018 EU retinoid review all oral retinoids carry a warning on possible neuropsychiatric disorders (depression, anxiety, mood changes).', (select id from source where key = 'ema-retinoids-referral'), false),
((select id from drug where name = 'alitretinoin'), 'dizziness', 'COMMON', false, 'Category as in the Swiss professional information and patient leaflets.', (select id from source where key = 'mhra-toctino-smpc'), false),
((select id from drug where name = 'alitretinoin'), 'conjunctivitis, dry and irritated eyes', 'COMMON', false, 'Contact lenses may become uncomfortable. Category as in patient leaflets.', (select id from source where key = 'mhra-toctino-smpc'), false),
((select id from drug where name = 'alitretinoin'), 'tinnitus', 'COMMON', false, 'Category as in patient leaflets.', (select id from source where key = 'mhra-toctino-smpc'), false),
((select id from drug where name = 'alitretinoin'), 'flushing and hypertension', 'COMMON', false, 'Category as in patient leaflets.', (select id from source where key = 'mhra-toctino-smpc'), false),
((select id from drug where name = 'alitretinoin'), 'nausea, vomiting, dry mouth', 'COMMON', false, 'Category as in patient leaflets.', (select id from source where key = 'mhra-toctino-smpc'), false),
((select id from drug where name = 'alitretinoin'), 'muscle and joint pain, fatigue, raised creatine kinase', 'COMMON', false, 'Creatine kinase may rise after vigorous exercise. Category as in patient leaflets.', (select id from source where key = 'mhra-toctino-smpc'), false),
((select id from drug where name = 'alitretinoin'), 'dry skin, dry and inflamed lips, erythema, hair loss', 'COMMON', false, 'Category as in patient leaflets.', (select id from source where key = 'mhra-toctino-smpc'), false),
((select id from drug where name = 'alitretinoin'), 'raised liver enzymes (transaminases)', 'COMMON', false, 'Category as in patient leaflets.', (select id from source where key = 'mhra-toctino-smpc'), false),
((select id from drug where name = 'alitretinoin'), 'blurred vision, cataract, corneal opacity', 'UNCOMMON', true, 'Stop treatment if vision is affected (patient leaflet). Category as in patient leaflets.', (select id from source where key = 'mhra-toctino-smpc'), false),
((select id from drug where name = 'alitretinoin'), 'benign intracranial hypertension', 'RARE', true, 'Risk increased with tetracyclines, which are contraindicated with alitretinoin. Category as in the Swiss professional information.', (select id from source where key = 'mhra-toctino-smpc'), false),
((select id from drug where name = 'alitretinoin'), 'anaphylactic and other hypersensitivity reactions', 'NOT_KNOWN', true, 'Post-marketing; contraindicated in allergy to alitretinoin, other retinoids, peanut or soya (the capsules contain soya oil).', (select id from source where key = 'mhra-toctino-smpc'), false),
((select id from drug where name = 'alitretinoin'), 'severe birth defects (teratogenicity)', 'NOT_KNOWN', true, 'Toctino is a powerful human teratogen inducing a high frequency of severe and life-threatening birth defects; the risk persists until about one month after the end of treatment.', (select id from source where key = 'mhra-toctino-smpc'), true);

-- Monitoring: pregnancy tests are part of the PPP (verified for the prescribing cycle); the lipid and liver checks
-- are required by the SmPC 4.4 (section not displayed) and by other alitretinoin information seen: verified = false.
insert into monitoring_requirement (drug_id, lab_test_id, phase, timing, rationale, source_id, verified) values
((select id from drug where name = 'alitretinoin'), (select id from lab_test where code = 'PREGNANCY_TEST'), 'BASELINE',
 'women of childbearing potential: medically supervised negative pregnancy test before the first prescription, after at least one month of effective contraception',
 'teratogenicity (pregnancy prevention programme)', (select id from source where key = 'ema-retinoids-referral'), true),
((select id from drug where name = 'alitretinoin'), (select id from lab_test where code = 'PREGNANCY_TEST'), 'FOLLOW_UP',
 'women of childbearing potential: monthly; prescriptions are limited to 30 days and ideally pregnancy testing, prescribing and dispensing happen on the same day',
 'teratogenicity (pregnancy prevention programme)', (select id from source where key = 'mhra-toctino-smpc'), true),
((select id from drug where name = 'alitretinoin'), (select id from lab_test where code = 'PREGNANCY_TEST'), 'AS_INDICATED',
 'women of childbearing potential: a final test one month after stopping treatment (harmonised 2018 retinoid PPP; the SmPC sentence was not displayed)',
 'teratogenicity: the risk persists for one month after the last dose', (select id from source where key = 'ema-retinoids-referral'), false),
((select id from drug where name = 'alitretinoin'), (select id from lab_test where code = 'LIPID_PANEL'), 'BASELINE',
 'fasting cholesterol and triglycerides before starting', 'hypertriglyceridaemia and hypercholesterolaemia; uncontrolled hyperlipidaemia is a contraindication', (select id from source where key = 'mhra-toctino-smpc'), false),
((select id from drug where name = 'alitretinoin'), (select id from lab_test where code = 'LIPID_PANEL'), 'FOLLOW_UP',
 'fasting cholesterol and triglycerides during treatment (interval not displayed); stop if hypertriglyceridaemia cannot be controlled or pancreatitis symptoms occur',
 'hypertriglyceridaemia (pancreatitis risk) and hypercholesterolaemia', (select id from source where key = 'mhra-toctino-smpc'), false),
((select id from drug where name = 'alitretinoin'), (select id from lab_test where code = 'LIVER_FUNCTION'), 'BASELINE',
 'hepatic transaminases before starting', 'hepatic impairment is a contraindication; transaminase rises', (select id from source where key = 'mhra-toctino-smpc'), false),
((select id from drug where name = 'alitretinoin'), (select id from lab_test where code = 'LIVER_FUNCTION'), 'FOLLOW_UP',
 'hepatic transaminases during treatment (interval not displayed); lower the dose or stop if elevations persist',
 'transaminase rises', (select id from source where key = 'mhra-toctino-smpc'), false);

-- ---------------------------------------------------------------------------------------------------------------
-- alitretinoin: evidence tables (V13)
-- ---------------------------------------------------------------------------------------------------------------
insert into dosing_regimen (drug_id, region, condition_id, population, minimum_age_months, maximum_age_months, minimum_weight_kg, maximum_weight_kg,
                            loading_dose, dose, frequency, maintenance_options, notes, source_id, verified) values
((select id from drug where name = 'alitretinoin'), 'UK', (select id from condition where code = 'CHRONIC_HAND_ECZEMA'), 'adults', 216, null, null, null,
 null, '30 mg (starting dose); 10 mg if 30 mg causes unacceptable adverse reactions', 'once daily, with a main meal, preferably at the same time each day',
 'A course lasts 12 to 24 weeks depending on response; patients who relapse may benefit from further courses.',
 'Both doses cleared disease in the trials; 30 mg acted faster with a higher response rate, 10 mg caused fewer adverse events. Stop when hands are clear or almost clear (even before 24 weeks); consider stopping if the disease is still severe after the first 12 weeks of continuous treatment. Not to be prescribed if the eczema can be controlled with standard measures (skin protection, avoidance of allergens and irritants, potent topical corticosteroids).',
 (select id from source where key = 'mhra-toctino-smpc'), true),
((select id from drug where name = 'alitretinoin'), 'EU', (select id from condition where code = 'CHRONIC_HAND_ECZEMA'), 'adults', 216, null, null, null,
 null, '30 mg (recommended starting dose in most patients); 10 mg possible', 'once daily, with food',
 'A treatment course lasts up to 24 weeks depending on response.',
 'As approved through the European decentralised procedure (German approval report, 2008). The full posology of current member-state SmPCs was not read; the UK SmPC (same procedure) gives 10 mg for intolerance of 30 mg and further courses after relapse.',
 (select id from source where key = 'pharmabiz-toctino-germany-2008'), true);

insert into dose_adjustment (drug_id, region, circumstance, adjustment, source_id, verified) values
((select id from drug where name = 'alitretinoin'), 'UK', 'OTHER',
 'Unacceptable adverse reactions with 30 mg: a dose reduction to 10 mg once daily may be considered.', (select id from source where key = 'mhra-toctino-smpc'), true),
((select id from drug where name = 'alitretinoin'), 'UK', 'CONTROLLED_DISEASE',
 'Discontinue when clear or almost clear hands are reached earlier than 24 weeks; further courses may be given after relapse.', (select id from source where key = 'mhra-toctino-smpc'), true),
((select id from drug where name = 'alitretinoin'), 'UK', 'INADEQUATE_RESPONSE',
 'Consider discontinuation if the disease is still severe after the first 12 weeks of continuous treatment.', (select id from source where key = 'mhra-toctino-smpc'), true),
((select id from drug where name = 'alitretinoin'), 'UK', 'STRONG_CYP3A4_INHIBITORS',
 'Ketoconazole (strong CYP3A4 inhibitor) raises alitretinoin levels; a dose reduction to 10 mg should be considered if adverse events occur. Wording of the Swiss professional information; UK SmPC 4.5 not displayed.', (select id from source where key = 'mhra-toctino-smpc'), false),
((select id from drug where name = 'alitretinoin'), 'UK', 'OTHER',
 'Potent CYP2C9 inhibitors (e.g. fluconazole, miconazole, oxandrolone) or potent CYP2C8 inhibitors (e.g. gemfibrozil): consider a dose reduction to 10 mg. Swissmedic 2016 safety note; UK SmPC 4.5 not displayed.', (select id from source where key = 'mhra-toctino-smpc'), false),
((select id from drug where name = 'alitretinoin'), 'UK', 'RENAL_IMPAIRMENT',
 'Contraindicated in severe renal insufficiency (SmPC 4.3). Mild renal impairment: no adjustment; moderate: not recommended (Swissmedic 2016 note; not displayed in the UK SmPC copy).', (select id from source where key = 'mhra-toctino-smpc'), false),
((select id from drug where name = 'alitretinoin'), 'UK', 'HEPATIC_IMPAIRMENT',
 'Contraindicated in hepatic insufficiency: no dose adjustment applies.', (select id from source where key = 'mhra-toctino-smpc'), true);

insert into use_limit (drug_id, region, kind, value, unit, description, source_id, verified) values
((select id from drug where name = 'alitretinoin'), 'UK', 'MAX_DURATION', 24, 'WEEKS',
 'A treatment course may be given for 12 to 24 weeks depending on response.', (select id from source where key = 'mhra-toctino-smpc'), true),
((select id from drug where name = 'alitretinoin'), 'UK', 'TREATMENT_COURSE', null, null,
 'In the event of relapse, patients may benefit from further treatment courses.', (select id from source where key = 'mhra-toctino-smpc'), true),
((select id from drug where name = 'alitretinoin'), 'EU', 'MAX_DURATION', 24, 'WEEKS',
 'A treatment course lasts up to 24 weeks depending on response.', (select id from source where key = 'pharmabiz-toctino-germany-2008'), true);

insert into contraindication (drug_id, region, population, severity, description, source_id, verified) values
((select id from drug where name = 'alitretinoin'), 'UK', 'PREGNANCY', 'CONTRAINDICATED',
 'Pregnancy is an absolute contraindication. Contraindicated in women of childbearing potential unless all conditions of the Pregnancy Prevention Programme are met.', (select id from source where key = 'mhra-toctino-smpc'), true),
((select id from drug where name = 'alitretinoin'), 'UK', 'BREASTFEEDING', 'CONTRAINDICATED', 'Contraindicated in nursing mothers.', (select id from source where key = 'mhra-toctino-smpc'), true),
((select id from drug where name = 'alitretinoin'), 'UK', 'HEPATIC_IMPAIRMENT', 'CONTRAINDICATED', 'Contraindicated in hepatic insufficiency.', (select id from source where key = 'mhra-toctino-smpc'), true),
((select id from drug where name = 'alitretinoin'), 'UK', 'RENAL_IMPAIRMENT', 'CONTRAINDICATED', 'Contraindicated in severe renal insufficiency.', (select id from source where key = 'mhra-toctino-smpc'), true),
((select id from drug where name = 'alitretinoin'), 'UK', 'RENAL_IMPAIRMENT', 'NOT_RECOMMENDED', 'Not recommended in moderate renal impairment (Swissmedic 2016 safety note; the UK SmPC sentence was not displayed).', (select id from source where key = 'mhra-toctino-smpc'), false),
((select id from drug where name = 'alitretinoin'), 'UK', 'OTHER', 'CONTRAINDICATED', 'Uncontrolled hypercholesterolaemia or uncontrolled hypertriglyceridaemia.', (select id from source where key = 'mhra-toctino-smpc'), true),
((select id from drug where name = 'alitretinoin'), 'UK', 'OTHER', 'CONTRAINDICATED', 'Uncontrolled hypothyroidism.', (select id from source where key = 'mhra-toctino-smpc'), true),
((select id from drug where name = 'alitretinoin'), 'UK', 'OTHER', 'CONTRAINDICATED', 'Hypervitaminosis A.', (select id from source where key = 'mhra-toctino-smpc'), true),
((select id from drug where name = 'alitretinoin'), 'UK', 'HYPERSENSITIVITY', 'CONTRAINDICATED', 'Hypersensitivity to alitretinoin, to other retinoids or to any excipient, in particular allergy to peanut or soya (the capsules contain soya oil).', (select id from source where key = 'mhra-toctino-smpc'), true),
((select id from drug where name = 'alitretinoin'), 'UK', 'OTHER', 'CONTRAINDICATED', 'Rare hereditary fructose intolerance (the capsules contain sorbitol).', (select id from source where key = 'mhra-toctino-smpc'), true),
((select id from drug where name = 'alitretinoin'), 'UK', 'INTERACTING_DRUG', 'CONTRAINDICATED', 'Concomitant treatment with tetracyclines.', (select id from source where key = 'mhra-toctino-smpc'), true),
((select id from drug where name = 'alitretinoin'), 'UK', 'CHILDREN', 'NOT_RECOMMENDED', 'Indicated for adults only; not for patients under 18 years (the paediatric sentence of the UK SmPC 4.2 was not displayed; the Swiss leaflet says it must not be given to children or adolescents under 18).', (select id from source where key = 'mhra-toctino-smpc'), false),
-- EU: oral retinoids must not be used in pregnancy (2018 referral); the other EU rows use the UK SmPC as the
-- reference text of the decentralised procedure (the same list appears in the Spanish, Polish and Finnish leaflets seen).
((select id from drug where name = 'alitretinoin'), 'EU', 'PREGNANCY', 'CONTRAINDICATED',
 'Oral retinoids can harm the unborn child and must not be used during pregnancy; women able to have children may take alitretinoin only under the conditions of the pregnancy prevention programme.', (select id from source where key = 'ema-retinoids-referral'), true),
((select id from drug where name = 'alitretinoin'), 'EU', 'BREASTFEEDING', 'CONTRAINDICATED', 'Contraindicated in breastfeeding (decentralised-procedure text as in the UK SmPC; also in the Spanish and Swiss leaflets).', (select id from source where key = 'mhra-toctino-smpc'), true),
((select id from drug where name = 'alitretinoin'), 'EU', 'HEPATIC_IMPAIRMENT', 'CONTRAINDICATED', 'Contraindicated in hepatic insufficiency (decentralised-procedure text as in the UK SmPC; leaflets: liver disease).', (select id from source where key = 'mhra-toctino-smpc'), true),
((select id from drug where name = 'alitretinoin'), 'EU', 'RENAL_IMPAIRMENT', 'CONTRAINDICATED', 'Contraindicated in severe renal insufficiency (decentralised-procedure text as in the UK SmPC; leaflets: severe kidney disease).', (select id from source where key = 'mhra-toctino-smpc'), true),
((select id from drug where name = 'alitretinoin'), 'EU', 'OTHER', 'CONTRAINDICATED', 'Uncontrolled hypercholesterolaemia or hypertriglyceridaemia, uncontrolled hypothyroidism, hypervitaminosis A, hereditary fructose intolerance (decentralised-procedure text as in the UK SmPC).', (select id from source where key = 'mhra-toctino-smpc'), true),
((select id from drug where name = 'alitretinoin'), 'EU', 'HYPERSENSITIVITY', 'CONTRAINDICATED', 'Hypersensitivity to alitretinoin, other retinoids or excipients, including peanut or soya allergy (decentralised-procedure text as in the UK SmPC).', (select id from source where key = 'mhra-toctino-smpc'), true),
((select id from drug where name = 'alitretinoin'), 'EU', 'INTERACTING_DRUG', 'CONTRAINDICATED', 'Concomitant treatment with tetracyclines (decentralised-procedure text as in the UK SmPC).', (select id from source where key = 'mhra-toctino-smpc'), true);

insert into reproductive_safety (drug_id, region, topic, guidance, text, registry, source_id, verified) values
((select id from drug where name = 'alitretinoin'), 'UK', 'PREGNANCY', 'CONTRAINDICATED',
 'Absolute contraindication: a powerful human teratogen with a high frequency of severe, life-threatening birth defects. If pregnancy occurs, stop treatment and refer to a teratology specialist. The risk persists until the drug is eliminated, within one month after the end of treatment.', false, (select id from source where key = 'mhra-toctino-smpc'), true),
((select id from drug where name = 'alitretinoin'), 'UK', 'BREASTFEEDING', 'CONTRAINDICATED', 'Contraindicated in nursing mothers.', false, (select id from source where key = 'mhra-toctino-smpc'), true),
((select id from drug where name = 'alitretinoin'), 'UK', 'CONTRACEPTION', 'REQUIRED',
 'Women of childbearing potential (including those not currently sexually active, unless the prescriber sees compelling reasons that there is no risk of pregnancy) must use effective contraception from one month before, throughout, and for one month after treatment, with pregnancy testing, under the Pregnancy Prevention Programme.', false, (select id from source where key = 'mhra-toctino-smpc'), true),
((select id from drug where name = 'alitretinoin'), 'EU', 'PREGNANCY', 'CONTRAINDICATED',
 'Oral retinoids can harm the unborn child and must not be used during pregnancy (EU retinoid review, 2018).', false, (select id from source where key = 'ema-retinoids-referral'), true),
((select id from drug where name = 'alitretinoin'), 'EU', 'BREASTFEEDING', 'CONTRAINDICATED', 'Contraindicated in breastfeeding (decentralised-procedure text as in the UK SmPC; also in EU patient leaflets).', false, (select id from source where key = 'mhra-toctino-smpc'), true),
((select id from drug where name = 'alitretinoin'), 'EU', 'CONTRACEPTION', 'REQUIRED',
 'Women able to have children must follow the harmonised pregnancy prevention programme: effective contraception before, during and after treatment (one month each side of treatment for alitretinoin), pregnancy testing, and an acknowledgement form.', false, (select id from source where key = 'ema-retinoids-referral'), true);

insert into drug_interaction (drug_id, region, interacting, interacting_drug_id, effect, management, text, source_id, verified) values
((select id from drug where name = 'alitretinoin'), 'UK', 'tetracyclines (e.g. doxycycline, minocycline)', null,
 'increased risk of benign intracranial hypertension', 'CONTRAINDICATED',
 'Concomitant treatment with tetracyclines is contraindicated.', (select id from source where key = 'mhra-toctino-smpc'), true),
((select id from drug where name = 'alitretinoin'), 'EU', 'tetracyclines', null,
 'increased risk of benign intracranial hypertension', 'CONTRAINDICATED',
 'Concomitant treatment with tetracyclines is contraindicated (decentralised-procedure text as in the UK SmPC).', (select id from source where key = 'mhra-toctino-smpc'), true),
((select id from drug where name = 'alitretinoin'), 'UK', 'vitamin A and other retinoids', null,
 'hypervitaminosis A', 'AVOID',
 'Vitamin A or other retinoids should not be taken at the same time (hypervitaminosis A is a contraindication). The 4.5 sentence was not displayed.', (select id from source where key = 'mhra-toctino-smpc'), false),
((select id from drug where name = 'alitretinoin'), 'UK', 'strong CYP3A4 inhibitors (e.g. ketoconazole)', null,
 'increased alitretinoin exposure', 'ADJUST_DOSE',
 'Consider reducing the dose to 10 mg if adverse events occur (Swiss professional information; UK SmPC 4.5 not displayed).', (select id from source where key = 'mhra-toctino-smpc'), false),
((select id from drug where name = 'alitretinoin'), 'UK', 'potent CYP2C9 inhibitors (fluconazole, miconazole, oxandrolone) and CYP2C8 inhibitors (gemfibrozil)', null,
 'increased alitretinoin exposure', 'ADJUST_DOSE',
 'Consider reducing the dose to 10 mg (Swissmedic 2016 safety note; UK SmPC 4.5 not displayed).', (select id from source where key = 'mhra-toctino-smpc'), false),
((select id from drug where name = 'alitretinoin'), 'UK', 'amiodarone and other CYP2C8 substrates (paclitaxel, rosiglitazone, repaglinide)', null,
 'increased exposure to the CYP2C8 substrate', 'AVOID',
 'Co-administration with amiodarone (long half-life, narrow therapeutic index) is not recommended; caution with other CYP2C8 substrates (Swissmedic 2016 safety note; UK SmPC 4.5 not displayed).', (select id from source where key = 'mhra-toctino-smpc'), false);

insert into risk_program (drug_id, region, kind, name, description, source_id, verified) values
((select id from drug where name = 'alitretinoin'), 'UK', 'PREGNANCY_PREVENTION_PROGRAMME', 'Toctino Pregnancy Prevention Programme',
 'Contraindicated in women of childbearing potential unless all conditions are met: counselling on the teratogenic risk, effective contraception from one month before to one month after treatment, medically supervised pregnancy tests, prescriptions limited to 30 days with a new prescription for continuation, ideally pregnancy test, prescription and dispensing on the same day.',
 (select id from source where key = 'mhra-toctino-smpc'), true),
((select id from drug where name = 'alitretinoin'), 'UK', 'RESTRICTED_USE', 'Specialist prescribing',
 'Only dermatologists, or physicians experienced in systemic retinoids who fully understand the risks and monitoring requirements, should prescribe Toctino.',
 (select id from source where key = 'mhra-toctino-smpc'), true),
((select id from drug where name = 'alitretinoin'), 'EU', 'PREGNANCY_PREVENTION_PROGRAMME', 'EU pregnancy prevention programme for oral retinoids (2018)',
 'Harmonised after the 2018 Article 31 review of retinoids: acitretin, alitretinoin and isotretinoin must not be taken by women able to have children unless the programme is followed: assessment of the likelihood of pregnancy, pregnancy testing and effective contraception before, during and after treatment, and an acknowledgement form signed with the prescriber.',
 (select id from source where key = 'ema-retinoids-referral'), true),
((select id from drug where name = 'alitretinoin'), 'EU', 'EDUCATIONAL_MATERIALS', 'Oral retinoid educational materials and patient reminder card',
 'Educational materials for doctors and pharmacists and a reminder card for patients support the pregnancy prevention programme; prescribing information also warns of possible neuropsychiatric disorders.',
 (select id from source where key = 'ema-retinoids-referral'), true);

-- ============================================================================================================
-- difamilast (Moizerto ointment): topical PDE4 inhibitor, Japan only
-- ============================================================================================================
insert into drug (name, drug_class_id, modality, mechanism, last_reviewed) values
('difamilast', (select id from drug_class where name = 'topical PDE4 inhibitors'), 'SMALL_MOLECULE',
 'An ointment that blocks phosphodiesterase 4 (all four PDE4 subtypes, most strongly PDE4B) in skin immune cells. This raises cyclic AMP inside the cells, which reduces their production of inflammatory cytokines and chemokines and so calms skin inflammation and itch. It is not a steroid.',
 '2026-11-27');

insert into drug_synonym (drug_id, name, source_id) values
((select id from drug where name = 'difamilast'), 'OPA-15406', (select id from source where key = 'otsuka-difamilast-filing-2020')),
((select id from drug where name = 'difamilast'), 'MM36', (select id from source where key = 'practicaldermatology-mm36-2020'));

insert into brand (drug_id, name, region, source_id) values
((select id from drug where name = 'difamilast'), 'Moizerto', 'JP', (select id from source where key = 'pmda-moizerto-label'));

insert into drug_route (drug_id, route, source_id) values
((select id from drug where name = 'difamilast'), 'TOPICAL', (select id from source where key = 'pmda-moizerto-label'));

-- Package insert 18.1: inhibits PDE4A, PDE4B, PDE4C and PDE4D, most strongly PDE4B (read as quoted by a
-- pharmacist's summary of the insert).
insert into drug_target (drug_id, target_id, action, source_id, verified) values
((select id from drug where name = 'difamilast'), (select id from target where symbol = 'PDE4B'), 'INHIBITOR', (select id from source where key = 'pmda-moizerto-label'), true),
((select id from drug where name = 'difamilast'), (select id from target where symbol = 'PDE4A'), 'INHIBITOR', (select id from source where key = 'pmda-moizerto-label'), true),
((select id from drug where name = 'difamilast'), (select id from target where symbol = 'PDE4C'), 'INHIBITOR', (select id from source where key = 'pmda-moizerto-label'), true),
((select id from drug where name = 'difamilast'), (select id from target where symbol = 'PDE4D'), 'INHIBITOR', (select id from source where key = 'pmda-moizerto-label'), true);

insert into approval (drug_id, region, agency, condition_id, status, year, minimum_age_months, severity, notes, source_id, verified,
                      line_of_therapy, minimum_weight_kg, indication) values
((select id from drug where name = 'difamilast'), 'JP', 'PMDA', (select id from condition where code = 'ATOPIC_DERMATITIS'), 'APPROVED', 2021, 3, '',
 'Approved 27 September 2021 (MHLW, after PMDA review) for atopic dermatitis in adults and children 2 years and older; launched June 2022. Adults use the 1% ointment, children the 0.3% ointment (1% according to symptoms). The indication carries no severity restriction (the Japanese trials enrolled mild to moderate disease in children). The package insert was revised in December 2023 after a trial in infants aged 3 to <24 months; minimum age 3 months is taken from that revision as described by clinics, because section 9.7 of the current insert was not displayed, hence verified = false.',
 (select id from source where key = 'otsuka-moizerto-jp-2021'), false,
 null, null, 'Atopic dermatitis (効能又は効果: アトピー性皮膚炎).'),
((select id from drug where name = 'difamilast'), 'US', 'FDA', (select id from condition where code = 'ATOPIC_DERMATITIS'), 'NOT_APPROVED', null, null, '',
 'Not approved in the US. US rights are licensed to Medimetriks (MM36); after an FDA meeting in 2020 it planned a single US pivotal trial. No FDA approval was found; the current US development status was not checked.',
 (select id from source where key = 'practicaldermatology-mm36-2020'), true, null, null, null),
((select id from drug where name = 'difamilast'), 'EU', 'EMA', (select id from condition where code = 'ATOPIC_DERMATITIS'), 'NOT_APPROVED', null, null, '',
 'No EU marketing authorisation; difamilast is approved only in Japan. The absence could not be confirmed directly against the EMA database with the tools available.',
 (select id from source where key = 'ema-medicines-database'), false, null, null, null);

insert into adverse_effect (drug_id, name, frequency, serious, notes, source_id, verified) values
((select id from drug where name = 'difamilast'), 'application site pigmentation disorder', 'COMMON', false,
 '1.1% in the Japanese clinical trials (package insert 11.2). No serious adverse reactions are listed in the insert.', (select id from source where key = 'pmda-moizerto-label'), true),
((select id from drug where name = 'difamilast'), 'application site folliculitis', 'UNCOMMON', false,
 'Insert band: 0.5% or more (exact rate not stated; mapped to uncommon).', (select id from source where key = 'pmda-moizerto-label'), false),
((select id from drug where name = 'difamilast'), 'pruritus', 'UNCOMMON', false,
 'Insert band: 0.5% or more (exact rate not stated; mapped to uncommon).', (select id from source where key = 'pmda-moizerto-label'), false),
((select id from drug where name = 'difamilast'), 'application site impetigo', 'UNCOMMON', false,
 'Insert band: less than 0.5% (could be rare; mapped to uncommon).', (select id from source where key = 'pmda-moizerto-label'), false),
((select id from drug where name = 'difamilast'), 'application site acne', 'UNCOMMON', false,
 'Insert band: less than 0.5% (could be rare; mapped to uncommon).', (select id from source where key = 'pmda-moizerto-label'), false),
((select id from drug where name = 'difamilast'), 'contact dermatitis', 'UNCOMMON', false,
 'Insert band: less than 0.5% (could be rare; mapped to uncommon).', (select id from source where key = 'pmda-moizerto-label'), false),
((select id from drug where name = 'difamilast'), 'application site erythema, irritation and swelling', 'NOT_KNOWN', false,
 'Frequency unknown in the insert (post-marketing).', (select id from source where key = 'pmda-moizerto-label'), true);
-- difamilast: no laboratory monitoring in the package insert; no monitoring rows.

insert into dosing_regimen (drug_id, region, condition_id, population, minimum_age_months, maximum_age_months, minimum_weight_kg, maximum_weight_kg,
                            loading_dose, dose, frequency, maintenance_options, notes, source_id, verified) values
((select id from drug where name = 'difamilast'), 'JP', (select id from condition where code = 'ATOPIC_DERMATITIS'), 'adults', null, null, null, null,
 null, '1% ointment, an appropriate amount on affected skin (guide: about 1 g per 0.1 m² of lesions)', 'twice daily', null,
 'Stop if there is no improvement within 4 weeks of starting the 1% ointment. When symptoms improve, review the need to continue; do not use aimlessly for long periods.',
 (select id from source where key = 'pmda-moizerto-label'), true),
((select id from drug where name = 'difamilast'), 'JP', (select id from condition where code = 'ATOPIC_DERMATITIS'), 'children', 3, null, null, null,
 null, '0.3% ointment, an appropriate amount on affected skin (guide: about 1 g per 0.1 m² of lesions); 1% ointment according to symptoms', 'twice daily',
 'If a child using the 1% ointment improves, consider switching to the 0.3% ointment.',
 'Japanese labels do not define an upper age for "children". Lower age 3 months reflects the December 2023 insert revision (infant trial 3 to <24 months) as described by clinics; section 9.7 of the current insert was not displayed, hence verified = false. At approval (2021) use was from 2 years.',
 (select id from source where key = 'pmda-moizerto-label'), false);

insert into dose_adjustment (drug_id, region, circumstance, adjustment, source_id, verified) values
((select id from drug where name = 'difamilast'), 'JP', 'INADEQUATE_RESPONSE',
 'If symptoms do not improve within 4 weeks of starting the 1% ointment, stop using it.', (select id from source where key = 'pmda-moizerto-label'), true),
((select id from drug where name = 'difamilast'), 'JP', 'CONTROLLED_DISEASE',
 'When symptoms improve, review the need for continued use and do not use it aimlessly over a long period; children improving on the 1% ointment should be considered for a switch to 0.3%.', (select id from source where key = 'pmda-moizerto-label'), true);

insert into use_limit (drug_id, region, kind, value, unit, description, source_id, verified) values
((select id from drug where name = 'difamilast'), 'JP', 'SITE', null, null,
 'Do not apply to mucous membranes, ulcers or clearly erosive plaques; if it gets into the eyes, rinse with water immediately.', (select id from source where key = 'pmda-moizerto-label'), true),
((select id from drug where name = 'difamilast'), 'JP', 'SITE', null, null,
 'Avoid skin sites with infection; if use is unavoidable, treat the infection first with suitable antibacterial, antiviral or antifungal agents or use them together.', (select id from source where key = 'pmda-moizerto-label'), true);

insert into contraindication (drug_id, region, population, severity, description, source_id, verified) values
((select id from drug where name = 'difamilast'), 'JP', 'HYPERSENSITIVITY', 'CONTRAINDICATED',
 'Patients with a history of hypersensitivity to any ingredient (the only contraindication in the insert).', (select id from source where key = 'pmda-moizerto-label'), true),
((select id from drug where name = 'difamilast'), 'JP', 'ACTIVE_INFECTION', 'CAUTION',
 'Patients with skin infection: avoid infected sites; if use is unavoidable, treat the infection first or concomitantly.', (select id from source where key = 'pmda-moizerto-label'), true),
((select id from drug where name = 'difamilast'), 'JP', 'PREGNANCY', 'NOT_RECOMMENDED',
 'It is desirable not to use it in pregnant women or women who may be pregnant.', (select id from source where key = 'pmda-moizerto-label'), true);

insert into reproductive_safety (drug_id, region, topic, guidance, text, registry, source_id, verified) values
((select id from drug where name = 'difamilast'), 'JP', 'PREGNANCY', 'AVOID',
 'Preferably not used in pregnant women or women who may be pregnant: in rats (subcutaneous), exposure 263 times the clinical exposure caused higher embryo-fetal mortality and fetal membranous ventricular septal defects.', false, (select id from source where key = 'pmda-moizerto-label'), true),
((select id from drug where name = 'difamilast'), 'JP', 'BREASTFEEDING', 'INSUFFICIENT_DATA',
 'Decide whether to continue or stop breastfeeding considering the benefit of treatment and of breastfeeding; transfer into milk was shown in rats. No human data in the insert.', false, (select id from source where key = 'pmda-moizerto-label'), true),
((select id from drug where name = 'difamilast'), 'JP', 'CONTRACEPTION', 'REQUIRED',
 'Women of childbearing potential should be instructed to use appropriate contraception during treatment and for a certain period after the end of treatment (duration not specified).', false, (select id from source where key = 'pmda-moizerto-label'), true),
((select id from drug where name = 'difamilast'), 'JP', 'FERTILITY', 'INSUFFICIENT_DATA',
 'Rat studies: in males at 116 times the clinical exposure, atrophy of epididymis, seminal vesicles and prostate, lower sperm count and motility and reduced fertility; in females at 263 times, lower mating and fertility rates. No human data.', false, (select id from source where key = 'pmda-moizerto-label'), true);
-- difamilast: no vaccination, interaction or risk-programme statements in the insert; no rows.
