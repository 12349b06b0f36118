-- V14_4: safety-in-use curation of the targeted drugs (group "targeted").
-- Biologics (V3_3): dupilumab, tralokinumab, lebrikizumab, nemolizumab.
-- JAK inhibitors (V3_4): upadacitinib, abrocitinib, baricitinib (oral); ruxolitinib cream, delgocitinib (topical).
-- Curated 2026-11-27 (accessed_on of every new source) into the V13 evidence tables: dosing_regimen, dose_adjustment,
-- use_limit, contraindication, reproductive_safety, vaccination_advice, drug_interaction, risk_program; plus approval
-- updates (line_of_therapy, minimum_weight_kg, indication), research codes (drug_synonym) and a missing brand.
--
-- How verified is used in this file
--   verified = true : the fact was read in this curation in the label text itself or in a verbatim copy of the cited
--                     label section (US label: DailyMed/Drugs.com/Medscape/prescriber-site reproductions; EU SmPC:
--                     RxReasoner "Source: EMA" copies, medicines.org.uk / GB SmPC, Italian SmPC copies), or in the
--                     primary document cited.
--   verified = false: the fact could not be re-read in the cited document in this curation (the stored search copies
--                     expose only parts of each label), or it was read only in another country's label that reproduces
--                     the SmPC wording (MIMS copies of Asian labels, Swiss Fachinformation); the text/notes column says
--                     which. Nothing here is computed or inferred beyond the label.
--
-- Label revisions checked (what changed and what this file does about it)
--   * OPZELURA (ruxolitinib cream), NDA 215309: labeling supplement S-009 approved 30 Jun 2026 (Drugs@FDA letter of
--     2 Jul 2026, label PDF 215309s009 of 10 Jul 2026). The source row fda-opzelura-label is moved from the Sep 2025
--     revision (S-007) to this revision (published_on, title, url). The changed sections of the S-009 text could not be
--     read in any stored copy (only the Drugs@FDA submission record and pre-June 2026 SPL copies were available), so no
--     fact was changed because of it; the facts below reflect the Sep 2025 wording (patients 2 years and older,
--     <=20% BSA, <=60 g/week) and should be re-read against the S-009 PDF.
--   * CIBINQO (abrocitinib), NDA 213871: labeling supplement S-005 approved 30 Jun 2026 (letter of 2 Jul 2026). main
--     already dated fda-cibinqo-label 2026-06-30 but its title did not say which revision; the title is updated. The
--     changed sections could not be read (no post-June SPL copy stored): no fact changed.
--   * OLUMIANT (baricitinib): the current SPL (openFDA record last updated 2026-09-18) lists the recent major change
--     "Warnings and Precautions (5.8) 06/2026". The content of the new 5.8 could not be read; it is NOT inferred from
--     the June 2026 changes seen in other JAK inhibitor labels (tofacitinib labels list a new "Hypoglycemia in Patients
--     with Diabetes (5.8) 06/2026"). Title updated; published_on stays 2026-06-01 (only the month is known).
--     Baricitinib has no US atopic dermatitis indication, so no US AD dosing rows exist for it.
--
-- Corrections of main's data
--   * delgocitinib JP approval (Corectim ointment, Japan Tobacco / Torii): year 2020 (first approval 23 Jan 2020,
--     adults; Dhillon, Drugs 2020), brand Corectim (JP) added, indication and notes filled. The brief's "children from
--     6 months in 2021" is not what the sources say: the May 2021 Japanese label revision added children from 2 years
--     (0.25% ointment); use from 6 months of age is stated only by Japanese clinic/pharmacy pages, not by a package
--     insert read here. minimum_age_months is set to 6 and the row stays verified = false for that reason.
--   * fda-opzelura-label pointed at the superseded Sep 2025 label (see above).
--
-- Left out (could not be sourced in this curation)
--   * Research codes added: REGN668 and SAR231893 (dupilumab; stated together as "dupilumab (REGN668/SAR231893)" in the
--     ClinicalTrials.gov record NCT01859988), PF-04965842 (abrocitinib; NCT03575871), CIM331 (nemolizumab; Ruzicka,
--     NEJM 2017), ABT-494 (upadacitinib; Parmentier, BMC Rheumatol 2018). INCB028050 (baricitinib) and JTE-052
--     (delgocitinib) already existed. Left out: LY3650150 / TNX-650 / RG3637 (lebrikizumab), CAT-354 (tralokinumab),
--     LY3009104 (baricitinib), INCB018424 (ruxolitinib) and LEO 124249 (delgocitinib): no text naming them was found in
--     this curation.
--   * Dupilumab and other biologics' non-AD regimens (asthma, CRSwNP ...): outside this knowledge base.
--   * Baricitinib US dose adjustments (RA/alopecia doses): not an AD label; only pregnancy/lactation/vaccination rows.
--   * Delgocitinib cream US lactation wording (not found), nemolizumab EU prurigo nodularis regimen details and the
--     adolescent weight band of the EU abrocitinib SmPC: not re-read; left out or flagged unverified as stated per row.
--   * The AIFA republication of the EMA/PRAC JAK inhibitor recommendation carries no visible date; published_on
--     2022-10-28 is the date of the PRAC recommendation (announced Friday 28 October 2022; CHMP endorsement November
--     2022, EC decision 2023). Dhillon 2020 is dated to its journal issue (April 2020); its online date was not seen.
--
-- Noticed in main's data, not changed here (could not be settled against the current EU SmPC)
--   * abrocitinib EU approval note: "100 mg starting dose for adolescents and people 65 and older; 200 mg for most
--     adults" is the pre-2023 GB/EU wording; copies of later labels choose 100 or 200 mg on individual risk (100 mg for
--     patients at higher risk of VTE/MACE/malignancy). See the dosing_regimen rows.
--   * ruxolitinib US approval note and use limits: the 60 g/week and 20% BSA limits were read in the label for patients
--     12 and older; the 2-11 years dosing subsection (Sep 2025) and the June 2026 revision were not read.
--   * EU restriction rows (Article 20) are not added for ruxolitinib cream or delgocitinib: the 2023 EU measures cover
--     systemic JAK inhibitors for chronic inflammatory disorders.

-- ---------------------------------------------------------------------------------------------------------------
-- Sources: label revisions
-- ---------------------------------------------------------------------------------------------------------------
update source
set published_on = date '2026-06-30',
    title = 'OPZELURA (ruxolitinib) cream 1.5% prescribing information (revision approved 30 June 2026, NDA 215309 labeling supplement S-009)',
    url = 'https://www.accessdata.fda.gov/drugsatfda_docs/label/2026/215309s009sdn953lbl.pdf',
    accessed_on = date '2026-11-27'
where key = 'fda-opzelura-label';

update source
set title = 'CIBINQO (abrocitinib) prescribing information (revision approved 30 June 2026, NDA 213871 labeling supplement S-005)',
    published_on = date '2026-06-30',
    accessed_on = date '2026-11-27'
where key = 'fda-cibinqo-label';

update source
set title = 'OLUMIANT (baricitinib) prescribing information (revision 06/2026: Warnings and Precautions 5.8)',
    accessed_on = date '2026-11-27'
where key = 'fda-olumiant-label';

-- ---------------------------------------------------------------------------------------------------------------
-- Sources: new
-- ---------------------------------------------------------------------------------------------------------------
insert into source (key, title, publisher, kind, url, published_on, accessed_on) values
('ema-jak-inhibitors-article20',
 'EMA recommends measures to minimise risk of serious side effects with Janus kinase inhibitors for chronic inflammatory disorders (PRAC recommendation, Article 20 review of Xeljanz, Cibinqo, Olumiant, Rinvoq and Jyseleca; endorsed by the CHMP in November 2022, EC decision 2023)',
 'European Medicines Agency (as republished by the Agenzia Italiana del Farmaco)', 'ARTICLE',
 'https://www.aifa.gov.it/en/-/l-ema-raccomanda-misure-per-minimizzare-il-rischio-di-gravi-effetti-collaterali-con-farmaci-inibitori-della-janus-chinasi-usati-per-disturbi-infiammatori-cronici/1000',
 '2022-10-28', '2026-11-27'),
('ctgov-nct01859988',
 'Study of Dupilumab Administered to Adult Patients With Moderate-to-Severe Atopic Dermatitis (NCT01859988; exclusion criterion: prior treatment with dupilumab (REGN668/SAR231893))',
 'ClinicalTrials.gov, U.S. National Library of Medicine (sponsor Regeneron Pharmaceuticals, collaborator Sanofi)', 'REGISTRY',
 'https://clinicaltrials.gov/ct2/show/results/NCT01859988', '2017-08-28', '2026-11-27'),
('ctgov-nct03575871',
 'Study Evaluating Efficacy and Safety of PF-04965842 in Subjects Aged 12 Years And Older With Moderate to Severe Atopic Dermatitis (NCT03575871, JADE MONO-2; arms "PF-04965842 (abrocitinib) 100 mg / 200 mg")',
 'ClinicalTrials.gov, U.S. National Library of Medicine (sponsor Pfizer)', 'REGISTRY',
 'https://clinicaltrials.gov/study/NCT03575871', '2020-04-21', '2026-11-27'),
('ruzicka-2017-nemolizumab',
 'Ruzicka T, Hanifin JM, Furue M, et al. Anti-Interleukin-31 Receptor A Antibody for Atopic Dermatitis [nemolizumab (CIM331)]. N Engl J Med 2017;376(9):826-835',
 'New England Journal of Medicine', 'ARTICLE', 'https://doi.org/10.1056/NEJMoa1606490', '2017-03-02', '2026-11-27'),
('parmentier-2018-upadacitinib',
 'Parmentier JM, Voss J, Graff C, et al. In vitro and in vivo characterization of the JAK1 selectivity of upadacitinib (ABT-494). BMC Rheumatol 2018;2:23',
 'BMC Rheumatology (BioMed Central)', 'ARTICLE', 'https://doi.org/10.1186/s41927-018-0031-x', '2018-08-28', '2026-11-27'),
('dhillon-2020-delgocitinib',
 'Dhillon S. Delgocitinib: First Approval. Drugs 2020;80(6):609-615 (first approval in Japan on 23 January 2020, adults with atopic dermatitis)',
 'Drugs (Adis / Springer)', 'ARTICLE', 'https://doi.org/10.1007/s40265-020-01291-2', '2020-04-01', '2026-11-27'),
('pharmic-corectim-2021-revision',
 'Corectim Ointment 0.25% / 0.5% (delgocitinib): Japanese package insert revision of May 2021 adding paediatric dosage (children from 2 years; previously 16 years and older)',
 'Pharmic group, package-insert revision notes for pharmacists', 'ARTICLE',
 'https://pharmic.co.jp/di2/tenpu.php?ID=rd-2105corectim', '2021-05-01', '2026-11-27'),
('jp-corectim-package-insert',
 'Corectim Ointment 0.5% (delgocitinib): Japanese package insert, adult version (dosage, pregnancy, lactation, contraindications) as reproduced by m3.com',
 'Japan Tobacco Inc. / Torii Pharmaceutical Co., Ltd. (m3.com drug information)', 'LABEL',
 'https://di.m3.com/medicines/18148', '2020-01-23', '2026-11-27'),
('radar-corectim-leaflet',
 'Corectim Ointment 0.5% (CORECTIM Ointment 0.5%): kusuri-no-shiori patient information sheet, revised April 2024',
 'RAD-AR Council, Japan (via myHealthbox); marketed by Torii Pharmaceutical Co., Ltd.', 'LABEL',
 'https://myhealthbox.eu/sv/%E3%82%B3%E3%83%AC%E3%82%AF%E3%83%81%E3%83%A0%E8%BB%9F%E8%86%8F05/6999363', '2024-04-01', '2026-11-27');

-- ---------------------------------------------------------------------------------------------------------------
-- Research codes and brands
-- ---------------------------------------------------------------------------------------------------------------
insert into drug_synonym (drug_id, name, source_id) values
((select id from drug where name = 'dupilumab'), 'REGN668', (select id from source where key = 'ctgov-nct01859988')),
((select id from drug where name = 'dupilumab'), 'SAR231893', (select id from source where key = 'ctgov-nct01859988')),
((select id from drug where name = 'abrocitinib'), 'PF-04965842', (select id from source where key = 'ctgov-nct03575871')),
((select id from drug where name = 'nemolizumab'), 'CIM331', (select id from source where key = 'ruzicka-2017-nemolizumab')),
((select id from drug where name = 'upadacitinib'), 'ABT-494', (select id from source where key = 'parmentier-2018-upadacitinib'));

insert into brand (drug_id, name, region, source_id) values
((select id from drug where name = 'delgocitinib'), 'Corectim', 'JP', (select id from source where key = 'radar-corectim-leaflet'));

-- ---------------------------------------------------------------------------------------------------------------
-- Approvals: line of therapy, minimum weight, indication sentence
-- ---------------------------------------------------------------------------------------------------------------
-- dupilumab
update approval set line_of_therapy = 'AFTER_TOPICAL_THERAPY', minimum_weight_kg = 5,
    indication = 'DUPIXENT is indicated for the treatment of adult and pediatric patients aged 6 months and older with moderate-to-severe atopic dermatitis (AD) whose disease is not adequately controlled with topical prescription therapies or when those therapies are not advisable. DUPIXENT can be used with or without topical corticosteroids.'
where drug_id = (select id from drug where name = 'dupilumab') and region = 'US'
  and condition_id = (select id from condition where code = 'ATOPIC_DERMATITIS');
update approval set line_of_therapy = 'SYSTEMIC_CANDIDATE', minimum_weight_kg = 5,
    indication = 'Dupixent is indicated for the treatment of moderate-to-severe atopic dermatitis in adults and adolescents 12 years and older who are candidates for systemic therapy, and of severe atopic dermatitis in children 6 months to 11 years old who are candidates for systemic therapy.'
where drug_id = (select id from drug where name = 'dupilumab') and region = 'EU'
  and condition_id = (select id from condition where code = 'ATOPIC_DERMATITIS');
update approval set indication = 'DUPIXENT is indicated for the treatment of adult patients with prurigo nodularis (PN).'
where drug_id = (select id from drug where name = 'dupilumab') and region = 'US'
  and condition_id = (select id from condition where code = 'PRURIGO_NODULARIS');
update approval set line_of_therapy = 'SYSTEMIC_CANDIDATE',
    indication = 'Dupixent is indicated for the treatment of adults with moderate-to-severe prurigo nodularis (PN) who are candidates for systemic therapy.'
where drug_id = (select id from drug where name = 'dupilumab') and region = 'EU'
  and condition_id = (select id from condition where code = 'PRURIGO_NODULARIS');

-- tralokinumab
update approval set line_of_therapy = 'AFTER_TOPICAL_THERAPY',
    indication = 'ADBRY is indicated for the treatment of moderate-to-severe atopic dermatitis in adults and pediatric patients 12 years of age and older whose disease is not adequately controlled with topical prescription therapies or when those therapies are not advisable. ADBRY can be used with or without topical corticosteroids.'
where drug_id = (select id from drug where name = 'tralokinumab') and region = 'US'
  and condition_id = (select id from condition where code = 'ATOPIC_DERMATITIS');
update approval set line_of_therapy = 'SYSTEMIC_CANDIDATE',
    indication = 'Adtralza is indicated for the treatment of moderate-to-severe atopic dermatitis in adult and adolescent patients 12 years and older who are candidates for systemic therapy.'
where drug_id = (select id from drug where name = 'tralokinumab') and region = 'EU'
  and condition_id = (select id from condition where code = 'ATOPIC_DERMATITIS');

-- lebrikizumab
update approval set line_of_therapy = 'AFTER_TOPICAL_THERAPY', minimum_weight_kg = 40,
    indication = 'EBGLYSS is indicated for the treatment of adults and pediatric patients 12 years of age and older who weigh at least 40 kg with moderate-to-severe atopic dermatitis whose disease is not adequately controlled with topical prescription therapies or when those therapies are not advisable. EBGLYSS can be used with or without topical corticosteroids.'
where drug_id = (select id from drug where name = 'lebrikizumab') and region = 'US'
  and condition_id = (select id from condition where code = 'ATOPIC_DERMATITIS');
update approval set line_of_therapy = 'SYSTEMIC_CANDIDATE', minimum_weight_kg = 40,
    indication = 'Ebglyss is indicated for the treatment of moderate-to-severe atopic dermatitis in adults and adolescents 12 years and older with a body weight of at least 40 kg who are candidates for systemic therapy.'
where drug_id = (select id from drug where name = 'lebrikizumab') and region = 'EU'
  and condition_id = (select id from condition where code = 'ATOPIC_DERMATITIS');

-- nemolizumab
update approval set line_of_therapy = 'AFTER_TOPICAL_THERAPY',
    indication = 'NEMLUVIO is indicated for the treatment of adults and pediatric patients 12 years of age and older with moderate-to-severe atopic dermatitis in combination with topical corticosteroids and/or calcineurin inhibitors when the disease is not adequately controlled with topical prescription therapies.'
where drug_id = (select id from drug where name = 'nemolizumab') and region = 'US'
  and condition_id = (select id from condition where code = 'ATOPIC_DERMATITIS');
update approval set indication = 'NEMLUVIO is indicated for the treatment of adults with prurigo nodularis.'
where drug_id = (select id from drug where name = 'nemolizumab') and region = 'US'
  and condition_id = (select id from condition where code = 'PRURIGO_NODULARIS');
update approval set line_of_therapy = 'SYSTEMIC_CANDIDATE',
    indication = 'Nemluvio is indicated for the treatment of moderate-to-severe atopic dermatitis in patients aged 12 years and older who are candidates for systemic therapy.'
where drug_id = (select id from drug where name = 'nemolizumab') and region = 'EU'
  and condition_id = (select id from condition where code = 'ATOPIC_DERMATITIS');
update approval set line_of_therapy = 'SYSTEMIC_CANDIDATE'
where drug_id = (select id from drug where name = 'nemolizumab') and region = 'EU'
  and condition_id = (select id from condition where code = 'PRURIGO_NODULARIS');
update approval set line_of_therapy = 'AFTER_TOPICAL_THERAPY', minimum_weight_kg = 30
where drug_id = (select id from drug where name = 'nemolizumab') and region = 'UK'
  and condition_id = (select id from condition where code = 'ATOPIC_DERMATITIS');

-- upadacitinib
update approval set line_of_therapy = 'AFTER_OTHER_SYSTEMIC_THERAPY', minimum_weight_kg = 40,
    indication = 'RINVOQ is indicated for the treatment of adults and pediatric patients 12 years of age and older with refractory, moderate to severe atopic dermatitis whose disease is not adequately controlled with other systemic drug products, including biologics, or when use of those therapies are inadvisable. Limitations of use: not recommended in combination with other JAK inhibitors, biologic immunomodulators, or with other immunosuppressants.'
where drug_id = (select id from drug where name = 'upadacitinib') and region = 'US'
  and condition_id = (select id from condition where code = 'ATOPIC_DERMATITIS');
update approval set line_of_therapy = 'SYSTEMIC_CANDIDATE', minimum_weight_kg = 30,
    indication = 'RINVOQ is indicated for the treatment of moderate to severe atopic dermatitis in adults and adolescents 12 years and older who are candidates for systemic therapy.'
where drug_id = (select id from drug where name = 'upadacitinib') and region = 'EU'
  and condition_id = (select id from condition where code = 'ATOPIC_DERMATITIS');

-- abrocitinib
update approval set line_of_therapy = 'AFTER_OTHER_SYSTEMIC_THERAPY',
    indication = 'CIBINQO is indicated for the treatment of adults and pediatric patients 12 years of age and older with refractory, moderate-to-severe atopic dermatitis whose disease is not adequately controlled with other systemic drug products, including biologics, or when use of those therapies is inadvisable. Limitations of use: not recommended for use in combination with other JAK inhibitors, biologic immunomodulators, or with other immunosuppressants.'
where drug_id = (select id from drug where name = 'abrocitinib') and region = 'US'
  and condition_id = (select id from condition where code = 'ATOPIC_DERMATITIS');
update approval set line_of_therapy = 'SYSTEMIC_CANDIDATE',
    indication = 'Cibinqo is indicated for the treatment of moderate-to-severe atopic dermatitis in adults and adolescents 12 years and older who are candidates for systemic therapy.'
where drug_id = (select id from drug where name = 'abrocitinib') and region in ('EU', 'UK')
  and condition_id = (select id from condition where code = 'ATOPIC_DERMATITIS');

-- baricitinib (EU only: no US atopic dermatitis indication)
update approval set line_of_therapy = 'SYSTEMIC_CANDIDATE',
    indication = 'Olumiant is indicated for the treatment of moderate to severe atopic dermatitis in adult and paediatric patients 2 years of age and older who are candidates for systemic therapy.'
where drug_id = (select id from drug where name = 'baricitinib') and region = 'EU'
  and condition_id = (select id from condition where code = 'ATOPIC_DERMATITIS');

-- ruxolitinib cream (US only for atopic dermatitis)
update approval set line_of_therapy = 'AFTER_TOPICAL_THERAPY',
    indication = 'OPZELURA is indicated for the topical short-term and non-continuous chronic treatment of mild to moderate atopic dermatitis in non-immunocompromised adult and pediatric patients 2 years of age and older whose disease is not adequately controlled with topical prescription therapies or when those therapies are not advisable. Limitation of use: use in combination with therapeutic biologics, other JAK inhibitors or potent immunosuppressants such as azathioprine or cyclosporine is not recommended.',
    notes = notes || ' Label revised again on 30 Jun 2026 (labeling supplement S-009); the changed sections could not be read in this curation, the indication text is the Sep 2025 wording.'
where drug_id = (select id from drug where name = 'ruxolitinib') and region = 'US'
  and condition_id = (select id from condition where code = 'ATOPIC_DERMATITIS');

-- delgocitinib: Japanese atopic dermatitis approval (Corectim ointment)
update approval set year = 2020, minimum_age_months = 6,
    source_id = (select id from source where key = 'dhillon-2020-delgocitinib'),
    indication = 'アトピー性皮膚炎 (atopic dermatitis)',
    notes = 'Corectim (delgocitinib) ointment 0.5%, Japan Tobacco / Torii Pharmaceutical: first approval in Japan on 23 January 2020, for adults (the first Japanese label version reads "usually, for adults, apply twice daily, up to 5 g per application"; the package-insert revision note says it was usable from 16 years). The May 2021 revision added paediatric dosage (0.25% ointment, 0.5% as symptoms require) and use from 2 years of age. Use from 6 months of age (infants) is stated by Japanese clinic and pharmacy pages and by a 2026 report that the ointment "is now also usable in infants", but the package insert with that wording was not read: minimum age 6 months unverified, hence verified = false. The brief''s claim of an extension to 6 months in 2021 is not supported: 2021 brought children from 2 years.',
    verified = false
where drug_id = (select id from drug where name = 'delgocitinib') and region = 'JP'
  and condition_id = (select id from condition where code = 'ATOPIC_DERMATITIS');

-- delgocitinib cream: chronic hand eczema
update approval set line_of_therapy = 'AFTER_TOPICAL_CORTICOSTEROIDS',
    indication = 'ANZUPGO is indicated for the topical treatment of moderate to severe chronic hand eczema (CHE) in adults who have had an inadequate response to, or for whom topical corticosteroids are not advisable.'
where drug_id = (select id from drug where name = 'delgocitinib') and region = 'US'
  and condition_id = (select id from condition where code = 'CHRONIC_HAND_ECZEMA');
update approval set line_of_therapy = 'AFTER_TOPICAL_CORTICOSTEROIDS',
    indication = 'Anzupgo is indicated for the treatment of moderate to severe chronic hand eczema (CHE) in adults for whom topical corticosteroids are inadequate or inappropriate.'
where drug_id = (select id from drug where name = 'delgocitinib') and region in ('EU', 'UK')
  and condition_id = (select id from condition where code = 'CHRONIC_HAND_ECZEMA');

-- ---------------------------------------------------------------------------------------------------------------
-- Dosing regimens
-- ---------------------------------------------------------------------------------------------------------------
insert into dosing_regimen (drug_id, region, condition_id, population, minimum_age_months, maximum_age_months,
                            minimum_weight_kg, maximum_weight_kg, loading_dose, dose, frequency, maintenance_options,
                            notes, source_id, verified)
select (select id from drug where name = v.drug), v.region, (select id from condition where code = v.cond), v.population,
       v.min_age, v.max_age, v.min_wt, v.max_wt, v.loading, v.dose, v.freq, v.maint, v.notes,
       (select id from source where key = v.src), v.verified
from (values
-- dupilumab, US (label Table: pediatric 6-17 years by weight; 6 months-5 years without loading dose)
('dupilumab', 'US', 'ATOPIC_DERMATITIS', 'adults', 216, null, null::numeric, null::numeric,
 '600 mg (two 300 mg injections)', '300 mg', 'every other week', null,
 'Subcutaneous; with or without topical corticosteroids.', 'fda-dupixent-label', true),
('dupilumab', 'US', 'ATOPIC_DERMATITIS', 'pediatric patients 6 to 17 years, 15 to <30 kg', 72, 215, 15, 30,
 '600 mg (two 300 mg injections)', '300 mg', 'every 4 weeks', null, null, 'fda-dupixent-label', true),
('dupilumab', 'US', 'ATOPIC_DERMATITIS', 'pediatric patients 6 to 17 years, 30 to <60 kg', 72, 215, 30, 60,
 '400 mg (two 200 mg injections)', '200 mg', 'every other week', null, null, 'fda-dupixent-label', true),
('dupilumab', 'US', 'ATOPIC_DERMATITIS', 'pediatric patients 6 to 17 years, 60 kg or more', 72, 215, 60, null,
 '600 mg (two 300 mg injections)', '300 mg', 'every other week', null, null, 'fda-dupixent-label', true),
('dupilumab', 'US', 'ATOPIC_DERMATITIS', 'pediatric patients 6 months to 5 years, 5 to <15 kg', 6, 71, 5, 15,
 null, '200 mg', 'every 4 weeks', null, 'No initial loading dose in this age group.', 'fda-dupixent-label', true),
('dupilumab', 'US', 'ATOPIC_DERMATITIS', 'pediatric patients 6 months to 5 years, 15 to <30 kg', 6, 71, 15, 30,
 null, '300 mg', 'every 4 weeks', null, 'No initial loading dose in this age group.', 'fda-dupixent-label', true),
-- dupilumab, EU
('dupilumab', 'EU', 'ATOPIC_DERMATITIS', 'adults', 216, null, null, null,
 '600 mg (two 300 mg injections)', '300 mg', 'every other week', null,
 'Consider stopping if no response after 16 weeks; some partial responders improve with continued treatment beyond 16 weeks. Dose for adults and adolescents >=60 kg not re-read in the SmPC in this curation (UK HCP dosing page shows every-other-week dosing for adults and adolescents).',
 'ema-dupixent-epar', false),
('dupilumab', 'EU', 'ATOPIC_DERMATITIS', 'adolescents 12 to 17 years, <60 kg', 144, 215, null, 60,
 '400 mg (two 200 mg injections)', '200 mg', 'every other week', null, 'SmPC table not re-read in this curation.', 'ema-dupixent-epar', false),
('dupilumab', 'EU', 'ATOPIC_DERMATITIS', 'adolescents 12 to 17 years, 60 kg or more', 144, 215, 60, null,
 '600 mg (two 300 mg injections)', '300 mg', 'every other week', null, 'SmPC table not re-read in this curation.', 'ema-dupixent-epar', false),
('dupilumab', 'EU', 'ATOPIC_DERMATITIS', 'children 6 to 11 years (severe AD), 15 to <60 kg', 72, 143, 15, 60,
 '300 mg on day 1 followed by 300 mg on day 15', '300 mg', 'every 4 weeks, starting 4 weeks after the day-15 dose', null,
 'The dose may be increased to 200 mg every other week based on the physician''s assessment (seen on the UK HCP dosing page); the day-1/day-15 initial scheme is not re-read in the SmPC.',
 'ema-dupixent-epar', false),
('dupilumab', 'EU', 'ATOPIC_DERMATITIS', 'children 6 to 11 years (severe AD), 60 kg or more', 72, 143, 60, null,
 '600 mg (two 300 mg injections)', '300 mg', 'every other week', null, 'SmPC table not re-read in this curation.', 'ema-dupixent-epar', false),
('dupilumab', 'EU', 'ATOPIC_DERMATITIS', 'children 6 months to 5 years (severe AD), 5 to <15 kg', 6, 71, 5, 15,
 null, '200 mg', 'every 4 weeks', null, 'No loading dose. SmPC table not re-read in this curation.', 'ema-dupixent-epar', false),
('dupilumab', 'EU', 'ATOPIC_DERMATITIS', 'children 6 months to 5 years (severe AD), 15 to <30 kg', 6, 71, 15, 30,
 null, '300 mg', 'every 4 weeks', null, 'No loading dose. SmPC table not re-read in this curation.', 'ema-dupixent-epar', false),
('dupilumab', 'US', 'PRURIGO_NODULARIS', 'adults', 216, null, null, null,
 '600 mg (two 300 mg injections)', '300 mg', 'every other week', null, 'Label section not re-read in this curation.', 'fda-dupixent-label', false),
-- tralokinumab
('tralokinumab', 'US', 'ATOPIC_DERMATITIS', 'adults', 216, null, null, null,
 '600 mg (four 150 mg injections)', '300 mg (two 150 mg injections)', 'every other week',
 'After 16 weeks of treatment, for patients with body weight below 100 kg who achieve clear or almost clear skin, 300 mg every 4 weeks may be considered.',
 'With or without topical corticosteroids; topical calcineurin inhibitors reserved for problem areas (face, neck, intertriginous and genital areas).', 'fda-adbry-label', true),
('tralokinumab', 'US', 'ATOPIC_DERMATITIS', 'pediatric patients 12 to 17 years', 144, 215, null, null,
 '300 mg (two 150 mg injections)', '150 mg', 'every other week', null,
 'Paediatric regimen added with the December 2023 extension; not re-read in this curation.', 'fda-adbry-label', false),
('tralokinumab', 'EU', 'ATOPIC_DERMATITIS', 'adults and adolescents 12 years and older', 144, null, null, null,
 '600 mg (four 150 mg injections)', '300 mg (two 150 mg injections)', 'every other week',
 'Every fourth week dosing may be considered for patients who achieve clear or almost clear skin after 16 weeks of treatment; it may not be appropriate for patients weighing over 100 kg.',
 'Consider discontinuing if no response after 16 weeks. Same regimen for adolescents as for adults.', 'ema-adtralza-epar', true),
-- lebrikizumab
('lebrikizumab', 'US', 'ATOPIC_DERMATITIS', 'adults and pediatric patients 12 years and older weighing at least 40 kg', 144, null, 40, null,
 '500 mg (two 250 mg injections) at week 0 and week 2', '250 mg', 'every two weeks until week 16 or later, when adequate clinical response is achieved',
 'Maintenance: 250 mg every four weeks once adequate clinical response is achieved.', null, 'fda-ebglyss-label', true),
('lebrikizumab', 'EU', 'ATOPIC_DERMATITIS', 'adults and adolescents 12 years and older weighing at least 40 kg', 144, null, 40, null,
 '500 mg (two 250 mg injections) at week 0 and week 2', '250 mg', 'every other week up to week 16',
 'Once clinical response is achieved, the recommended maintenance dose is 250 mg every fourth week.',
 'Consider discontinuing if no clinical response after 16 weeks; some patients with initial partial response may improve with continued every-other-week treatment up to week 24. No dose adjustment for elderly, renal or hepatic impairment or body weight.',
 'ema-ebglyss-epar', true),
-- nemolizumab
('nemolizumab', 'US', 'ATOPIC_DERMATITIS', 'adults and pediatric patients 12 years and older', 144, null, null, null,
 '60 mg (two 30 mg injections)', '30 mg', 'every 4 weeks',
 'After 16 weeks of treatment, for patients who achieve clear or almost clear skin, 30 mg every 8 weeks is recommended.',
 'Used with topical corticosteroids and/or topical calcineurin inhibitors; topical therapies are discontinued when the disease has sufficiently improved.', 'fda-nemluvio-label', true),
('nemolizumab', 'EU', 'ATOPIC_DERMATITIS', 'adults and adolescents 12 years and older', 144, null, null, null,
 '60 mg', '30 mg', 'every 4 weeks',
 'After 16 weeks of treatment, for patients who achieve clinical response, the recommended maintenance dose is 30 mg every 8 weeks.',
 'Consider discontinuing if no response after 16 weeks; some partial responders improve beyond 16 weeks. Topical corticosteroids/calcineurin inhibitors may be used and are tapered when the disease has improved.',
 'ema-nemluvio-epar', true),
('nemolizumab', 'US', 'PRURIGO_NODULARIS', 'adults weighing less than 90 kg', 216, null, null, 90,
 '60 mg (two 30 mg injections)', '30 mg', 'every 4 weeks', null, null, 'fda-nemluvio-label', true),
('nemolizumab', 'US', 'PRURIGO_NODULARIS', 'adults weighing 90 kg or more', 216, null, 90, null,
 '60 mg (two 30 mg injections)', '60 mg', 'every 4 weeks', null, null, 'fda-nemluvio-label', true),
('nemolizumab', 'EU', 'PRURIGO_NODULARIS', 'adults weighing less than 90 kg', 216, null, null, 90,
 '60 mg', '30 mg', 'every 4 weeks', null, 'Weight-based regimen as in the US; EU wording not re-read in this curation.', 'ema-nemluvio-epar', false),
('nemolizumab', 'EU', 'PRURIGO_NODULARIS', 'adults weighing 90 kg or more', 216, null, 90, null,
 '60 mg', '60 mg', 'every 4 weeks', null, 'Weight-based regimen as in the US; EU wording not re-read in this curation.', 'ema-nemluvio-epar', false),
-- upadacitinib
('upadacitinib', 'US', 'ATOPIC_DERMATITIS', 'adults younger than 65 years', 216, 779, null, null,
 null, '15 mg', 'once daily', null,
 'If an adequate response is not achieved, consider increasing to 30 mg once daily; discontinue if an adequate response is not achieved with 30 mg. Use the lowest effective dose needed to maintain response.',
 'fda-rinvoq-label', true),
('upadacitinib', 'US', 'ATOPIC_DERMATITIS', 'adults 65 years and older', 780, null, null, null,
 null, '15 mg', 'once daily', null, 'The 30 mg dose is not recommended at 65 and older (existing approval note). Label section not re-read in this curation.', 'fda-rinvoq-label', false),
('upadacitinib', 'US', 'ATOPIC_DERMATITIS', 'pediatric patients 12 years and older weighing at least 40 kg', 144, 215, 40, null,
 null, '15 mg', 'once daily', null, 'Same regimen as adults younger than 65: may be increased to 30 mg once daily if an adequate response is not achieved.', 'fda-rinvoq-label', true),
('upadacitinib', 'EU', 'ATOPIC_DERMATITIS', 'adults younger than 65 years', 216, 779, null, null,
 null, '15 mg or 30 mg', 'once daily', null,
 '15 mg for patients at higher risk of VTE, MACE and malignancy; 30 mg may be appropriate for patients with high disease burden not at higher risk or with inadequate response to 15 mg. Lowest effective dose for maintenance. Consider discontinuing if no benefit after 12 weeks. Wording read in an Asian label copy that mirrors the post-2023 EU SmPC, not in the EU SmPC itself.',
 'ema-rinvoq-epar', false),
('upadacitinib', 'EU', 'ATOPIC_DERMATITIS', 'adults 65 years and older', 780, null, null, null,
 null, '15 mg', 'once daily', null, 'Recommended dose for patients 65 years of age and older (read in Asian label copies that mirror the EU SmPC, not in the EU SmPC itself).', 'ema-rinvoq-epar', false),
('upadacitinib', 'EU', 'ATOPIC_DERMATITIS', 'adolescents 12 to 17 years weighing at least 30 kg', 144, 215, 30, null,
 null, '15 mg', 'once daily', null, 'Read in Asian label copies that mirror the EU SmPC, not in the EU SmPC itself.', 'ema-rinvoq-epar', false),
-- abrocitinib
('abrocitinib', 'US', 'ATOPIC_DERMATITIS', 'adults and pediatric patients 12 years and older', 144, null, null, null,
 null, '100 mg', 'once daily', null,
 'If an adequate response is not achieved with 100 mg after 12 weeks, consider increasing to 200 mg once daily; discontinue if adequate response is not achieved after the dose increase. With or without topical corticosteroids.',
 'fda-cibinqo-label', true),
('abrocitinib', 'EU', 'ATOPIC_DERMATITIS', 'adults younger than 65 years', 216, 779, null, null,
 null, '100 mg or 200 mg', 'once daily', null,
 'Starting dose chosen on individual characteristics: 100 mg for patients at higher risk of VTE, MACE and malignancy; 200 mg may be appropriate for patients not at higher risk with high disease burden or inadequate response to 100 mg; after disease control the dose should be decreased to 100 mg. Consider discontinuing if no benefit after 24 weeks. Wording read in an Asian label copy mirroring the post-2023 EU SmPC, not in the EU SmPC itself (older GB text: 200 mg for most patients).',
 'ema-cibinqo-epar', false),
('abrocitinib', 'EU', 'ATOPIC_DERMATITIS', 'adults 65 years and older', 780, null, null, null,
 null, '100 mg', 'once daily', null, '100 mg is the recommended starting dose for patients older than 65 years (GB SmPC text).', 'ema-cibinqo-epar', true),
('abrocitinib', 'EU', 'ATOPIC_DERMATITIS', 'adolescents 12 to 17 years', 144, 215, null, null,
 null, '100 mg', 'once daily', null,
 '100 mg is the recommended starting dose for adolescents (GB SmPC). A later label text seen in an Asian copy splits adolescents by weight (25 to <59 kg: start 100 mg, may increase to 200 mg; >=59 kg: 100 or 200 mg); that split is not confirmed for the EU SmPC.',
 'ema-cibinqo-epar', true),
-- baricitinib (EU only for atopic dermatitis)
('baricitinib', 'EU', 'ATOPIC_DERMATITIS', 'adults', 216, null, null, null,
 null, '4 mg', 'once daily',
 'A dose of 2 mg once daily should be considered for patients who have achieved sustained control of disease activity with 4 mg once daily and are eligible for dose tapering.',
 '2 mg once daily is recommended for patients at higher risk of VTE, MACE and malignancy, for patients aged 65 and older and for patients with a history of chronic or recurrent infections; 4 mg may be considered if 2 mg does not control the disease. Consider discontinuing if no benefit after 8 weeks. Post-2023 wording read in an Asian label copy mirroring the EU SmPC.',
 'ema-olumiant-epar', false),
('baricitinib', 'EU', 'ATOPIC_DERMATITIS', 'children 2 years and older, 10 to <30 kg', 24, 215, 10, 30,
 null, '2 mg', 'once daily', null, 'Paediatric weight bands (shared with juvenile idiopathic arthritis) not re-read in the SmPC in this curation.', 'ema-olumiant-epar', false),
('baricitinib', 'EU', 'ATOPIC_DERMATITIS', 'children 2 years and older, 30 kg or more', 24, 215, 30, null,
 null, '4 mg', 'once daily', null, 'Paediatric weight bands not re-read in the SmPC in this curation.', 'ema-olumiant-epar', false),
-- ruxolitinib cream (US)
('ruxolitinib', 'US', 'ATOPIC_DERMATITIS', 'adults and pediatric patients 2 years and older (non-immunocompromised)', 24, null, null, null,
 null, 'thin layer of 1.5% cream to affected areas of up to 20% body surface area', 'twice daily', null,
 'Do not use more than 60 grams per week. Stop using when signs and symptoms (itch, rash, redness) resolve; re-examine if they do not improve within 8 weeks. Sep 2025 wording (the 60 g/week limit was read in the 12-and-older label); the 30 Jun 2026 revision could not be read.',
 'fda-opzelura-label', false),
-- delgocitinib
('delgocitinib', 'JP', 'ATOPIC_DERMATITIS', 'adults', 216, null, null, null,
 null, 'appropriate amount of 0.5% ointment to the affected area, up to 5 g per application', 'twice daily', null, null,
 'jp-corectim-package-insert', true),
('delgocitinib', 'JP', 'ATOPIC_DERMATITIS', 'children', 24, 215, null, null,
 null, 'appropriate amount of 0.25% ointment; 0.5% may be used depending on symptoms; up to 5 g per application, taking body size into account', 'twice daily', null,
 'Paediatric dosage added in May 2021 (children from 2 years). The later extension to infants from 6 months was not read in a package insert.',
 'pharmic-corectim-2021-revision', true),
('delgocitinib', 'US', 'CHRONIC_HAND_ECZEMA', 'adults', 216, null, null, null,
 null, 'thin layer of 2% cream to affected skin of the hands and wrists', 'twice daily', null,
 'Do not use more than 30 grams per 2 weeks or 60 grams per month.', 'fda-anzupgo-label', true),
('delgocitinib', 'EU', 'CHRONIC_HAND_ECZEMA', 'adults', 216, null, null, null,
 null, 'thin layer of 20 mg/g cream to the affected skin of the hands and wrists', 'twice daily', null,
 'Applied until the skin is clear or almost clear, about 12 hours apart; re-initiated twice daily for flares; discontinued if no improvement after 12 weeks of continuous treatment.', 'ema-anzupgo-epar', true)
) as v(drug, region, cond, population, min_age, max_age, min_wt, max_wt, loading, dose, freq, maint, notes, src, verified);

-- ---------------------------------------------------------------------------------------------------------------
-- Dose adjustments
-- ---------------------------------------------------------------------------------------------------------------
insert into dose_adjustment (drug_id, region, circumstance, adjustment, source_id, verified)
select (select id from drug where name = v.drug), v.region, v.circ, v.adj, (select id from source where key = v.src), v.verified
from (values
-- dupilumab
('dupilumab', 'EU', 'INADEQUATE_RESPONSE',
 'Children 6 to 11 years, 15 to <60 kg, on 300 mg every 4 weeks: the dose may be increased to 200 mg every other week based on the physician''s assessment.', 'ema-dupixent-epar', true),
-- upadacitinib
('upadacitinib', 'US', 'STRONG_CYP3A4_INHIBITORS',
 'Atopic dermatitis: 15 mg once daily with strong CYP3A4 inhibitors (e.g. ketoconazole). Label section not re-read in this curation.', 'fda-rinvoq-label', false),
('upadacitinib', 'EU', 'STRONG_CYP3A4_INHIBITORS',
 'Atopic dermatitis: 15 mg once daily for patients receiving strong CYP3A4 inhibitors (e.g. ketoconazole, itraconazole, posaconazole, voriconazole, clarithromycin). SmPC section not re-read in this curation.', 'ema-rinvoq-epar', false),
('upadacitinib', 'US', 'RENAL_IMPAIRMENT',
 'Atopic dermatitis: severe renal impairment (eGFR 15 to <30 mL/min/1.73 m2): 15 mg once daily; end-stage renal disease (eGFR <15): not recommended. Label section not re-read in this curation.', 'fda-rinvoq-label', false),
('upadacitinib', 'EU', 'RENAL_IMPAIRMENT',
 'Severe renal impairment: 15 mg once daily for atopic dermatitis; use in end-stage renal disease not studied/not recommended. SmPC section not re-read in this curation.', 'ema-rinvoq-epar', false),
('upadacitinib', 'US', 'HEPATIC_IMPAIRMENT',
 'Initiation is not recommended in patients with severe hepatic impairment (Child-Pugh C).', 'fda-rinvoq-label', true),
('upadacitinib', 'US', 'OLDER_ADULTS',
 'Patients 65 years and older: 15 mg once daily; the 30 mg dose is not recommended.', 'fda-rinvoq-label', true),
('upadacitinib', 'EU', 'OLDER_ADULTS',
 'Patients 65 years of age and older: recommended dose 15 mg once daily (EU measures for JAK inhibitors).', 'ema-rinvoq-epar', false),
('upadacitinib', 'US', 'INADEQUATE_RESPONSE',
 'Adults younger than 65 and pediatric patients 12 years and older (>=40 kg): if 15 mg does not give an adequate response, consider increasing to 30 mg once daily; discontinue if 30 mg is inadequate.', 'fda-rinvoq-label', true),
('upadacitinib', 'US', 'LAB_ABNORMALITY',
 'Initiation is not recommended with absolute lymphocyte count <500 cells/mm3, absolute neutrophil count <1000 cells/mm3 or haemoglobin <8 g/dL; treatment is interrupted for these values during therapy and may restart when they recover or when drug-induced liver injury is excluded.', 'fda-rinvoq-label', true),
-- abrocitinib
('abrocitinib', 'US', 'STRONG_CYP2C19_INHIBITORS',
 'Coadministration with strong CYP2C19 inhibitors: 50 mg once daily; if an adequate response is not achieved after 12 weeks, increase to 100 mg once daily; discontinue if inadequate after the increase.', 'fda-cibinqo-label', true),
('abrocitinib', 'US', 'OTHER',
 'CYP2C19 poor metabolizers: 50 mg once daily; may increase to 100 mg once daily if an adequate response is not achieved after 12 weeks.', 'fda-cibinqo-label', true),
('abrocitinib', 'US', 'RENAL_IMPAIRMENT',
 'Mild (eGFR 60-89 mL/min): no adjustment. Moderate (eGFR 30-59 mL/min): 50 mg once daily, may double if adequate response is not achieved after 12 weeks. Severe (eGFR <30) or end-stage renal disease, including renal replacement therapy: not recommended.', 'fda-cibinqo-label', true),
('abrocitinib', 'US', 'HEPATIC_IMPAIRMENT',
 'Mild or moderate (Child-Pugh A or B): no adjustment. Severe (Child-Pugh C): not recommended.', 'fda-cibinqo-label', true),
('abrocitinib', 'US', 'CYP_INDUCERS',
 'Avoid coadministration with strong inducers of CYP2C19 and CYP2C9 (rifampin reduced abrocitinib active-moiety exposure by about 56%).', 'fda-cibinqo-label', false),
('abrocitinib', 'US', 'INADEQUATE_RESPONSE',
 'If an adequate response is not achieved with 100 mg after 12 weeks, consider increasing to 200 mg once daily; discontinue if inadequate after the increase.', 'fda-cibinqo-label', true),
('abrocitinib', 'US', 'LAB_ABNORMALITY',
 'Platelets <50,000/mm3: discontinue and monitor until >100,000/mm3. Absolute lymphocyte count <500/mm3, absolute neutrophil count <1000/mm3 or haemoglobin <8 g/dL: interrupt until above these values.', 'fda-cibinqo-label', true),
('abrocitinib', 'EU', 'STRONG_CYP2C19_INHIBITORS',
 'With strong CYP2C19 inhibitors (e.g. fluvoxamine, fluconazole, fluoxetine, ticlopidine) the dose should be reduced by half (200 mg to 100 mg, or 100 mg to 50 mg once daily). SmPC wording not re-read; the halving is stated in the interaction studies and in Asian label copies.', 'ema-cibinqo-epar', false),
('abrocitinib', 'EU', 'RENAL_IMPAIRMENT',
 'Moderate renal impairment (eGFR 30 to <60 mL/min): dose reduced by half (100 mg or 50 mg once daily). Severe renal impairment (eGFR <30 mL/min): 50 mg once daily. End-stage renal disease: not studied. SmPC wording not re-read in this curation.', 'ema-cibinqo-epar', false),
('abrocitinib', 'EU', 'HEPATIC_IMPAIRMENT',
 'Severe hepatic impairment (Child-Pugh C) is a contraindication; no adjustment in mild or moderate impairment.', 'ema-cibinqo-epar', true),
('abrocitinib', 'EU', 'OLDER_ADULTS',
 'Patients older than 65 years: 100 mg once daily is the recommended starting dose.', 'ema-cibinqo-epar', true),
('abrocitinib', 'EU', 'CONTROLLED_DISEASE',
 'Upon disease control the dose should be decreased to 100 mg once daily; if control is not maintained, re-treatment with 200 mg once daily can be considered. Read in an Asian label copy mirroring the post-2023 EU SmPC.', 'ema-cibinqo-epar', false),
('abrocitinib', 'EU', 'LAB_ABNORMALITY',
 'Do not start with platelets <150 x 10^3/mm3, absolute lymphocyte count <0.5 x 10^3/mm3, absolute neutrophil count <1.2 x 10^3/mm3 or haemoglobin <10 g/dL. Read in an Asian label copy mirroring the EU SmPC.', 'ema-cibinqo-epar', false),
-- baricitinib (EU, atopic dermatitis)
('baricitinib', 'EU', 'RENAL_IMPAIRMENT',
 'Creatinine clearance 30 to 60 mL/min: 2 mg once daily. Creatinine clearance <30 mL/min: not recommended. Read in Asian label copies (MIMS) that reproduce the EU SmPC wording, not in the EU SmPC itself.', 'ema-olumiant-epar', false),
('baricitinib', 'EU', 'OAT3_INHIBITORS',
 'Patients taking OAT3 inhibitors with a strong inhibition potential, such as probenecid: 2 mg once daily. Read in Asian label copies (MIMS) that reproduce the EU SmPC wording, not in the EU SmPC itself.', 'ema-olumiant-epar', false),
('baricitinib', 'EU', 'HEPATIC_IMPAIRMENT',
 'No adjustment in mild or moderate hepatic impairment; not recommended in severe hepatic impairment. Read in Asian label copies (MIMS) that reproduce the EU SmPC wording, not in the EU SmPC itself.', 'ema-olumiant-epar', false),
('baricitinib', 'EU', 'OLDER_ADULTS',
 '2 mg once daily is recommended for patients aged 65 years and older (post-2023 EU wording, read in an Asian label copy mirroring the SmPC; older versions named patients 75 and older).', 'ema-olumiant-epar', false),
('baricitinib', 'EU', 'CONTROLLED_DISEASE',
 'A dose of 2 mg once daily should be considered for patients who have achieved sustained control of disease activity with 4 mg once daily and are eligible for dose tapering. Read in Asian label copies (MIMS) that reproduce the EU SmPC wording, not in the EU SmPC itself.', 'ema-olumiant-epar', false),
('baricitinib', 'EU', 'LAB_ABNORMALITY',
 'Do not start with absolute lymphocyte count <0.5 x 10^9 cells/L, absolute neutrophil count <1 x 10^9 cells/L or haemoglobin <8 g/dL; treatment may start once values have improved above these limits. Read in Asian label copies (MIMS) that reproduce the EU SmPC wording, not in the EU SmPC itself.', 'ema-olumiant-epar', false)
) as v(drug, region, circ, adj, src, verified);

-- ---------------------------------------------------------------------------------------------------------------
-- Limits of use
-- ---------------------------------------------------------------------------------------------------------------
insert into use_limit (drug_id, region, kind, value, unit, description, source_id, verified)
select (select id from drug where name = v.drug), v.region, v.kind, v.value, v.unit, v.descr, (select id from source where key = v.src), v.verified
from (values
('ruxolitinib', 'US', 'MAX_AMOUNT', 60::numeric, 'GRAMS_PER_WEEK', 'Do not use more than 60 grams per week.', 'fda-opzelura-label', true),
('ruxolitinib', 'US', 'MAX_BODY_SURFACE_AREA', 20, 'PERCENT_BSA', 'Apply to affected areas of up to 20% body surface area.', 'fda-opzelura-label', true),
('ruxolitinib', 'US', 'TREATMENT_COURSE', null, null,
 'Short-term and non-continuous chronic treatment: stop using when signs and symptoms (itch, rash, redness) resolve; if they do not improve within 8 weeks, patients should be re-examined.', 'fda-opzelura-label', false),
('ruxolitinib', 'US', 'SITE', null, null, 'For topical use only; not for ophthalmic, oral or intravaginal use.', 'fda-opzelura-label', true),
('delgocitinib', 'JP', 'MAX_AMOUNT', null, null, 'Up to 5 g per application (twice daily); in children the amount also takes body size into account.', 'jp-corectim-package-insert', true),
('delgocitinib', 'JP', 'SITE', null, null, 'Avoid application to mucous membranes, ulcers and obvious erosions; avoid infected skin areas.', 'jp-corectim-package-insert', true),
('delgocitinib', 'US', 'MAX_AMOUNT', null, null, 'Do not use more than 30 grams per 2 weeks or 60 grams per month.', 'fda-anzupgo-label', true),
('delgocitinib', 'US', 'SITE', null, null, 'Apply only to the affected skin of the hands and wrists; for topical use only, not for oral, ophthalmic or intravaginal use.', 'fda-anzupgo-label', true),
('delgocitinib', 'EU', 'TREATMENT_COURSE', 12, 'WEEKS', 'Stop treatment if there is no improvement after 12 weeks of continuous treatment.', 'ema-anzupgo-epar', true),
('delgocitinib', 'EU', 'SITE', null, null, 'Thin layer applied to the affected skin of the hands and wrists; co-application of other topical products on the same skin area is not recommended.', 'ema-anzupgo-epar', true),
('dupilumab', 'EU', 'TREATMENT_COURSE', 16, 'WEEKS', 'Consider discontinuing treatment in patients who have shown no response after 16 weeks of treatment for atopic dermatitis. SmPC wording not re-read.', 'ema-dupixent-epar', false),
('tralokinumab', 'EU', 'TREATMENT_COURSE', 16, 'WEEKS', 'Consider discontinuation of treatment in patients who show no response after 16 weeks of treatment.', 'ema-adtralza-epar', true),
('lebrikizumab', 'EU', 'TREATMENT_COURSE', 16, 'WEEKS', 'Consider discontinuing treatment in patients who have shown no clinical response after 16 weeks; some partial responders may improve with continued every-other-week treatment up to week 24.', 'ema-ebglyss-epar', true),
('nemolizumab', 'EU', 'TREATMENT_COURSE', 16, 'WEEKS', 'Consider discontinuing treatment in patients who have shown no response after 16 weeks of treatment for atopic dermatitis.', 'ema-nemluvio-epar', true),
('upadacitinib', 'EU', 'TREATMENT_COURSE', 12, 'WEEKS', 'Consider discontinuing in any patient who shows no evidence of therapeutic benefit after 12 weeks of treatment (atopic dermatitis).', 'ema-rinvoq-epar', false),
('abrocitinib', 'EU', 'TREATMENT_COURSE', 24, 'WEEKS', 'Consider discontinuation in patients who show no evidence of therapeutic benefit after 24 weeks.', 'ema-cibinqo-epar', false),
('baricitinib', 'EU', 'TREATMENT_COURSE', 8, 'WEEKS', 'Consider discontinuing treatment in patients who show no evidence of therapeutic benefit after 8 weeks of treatment (atopic dermatitis). Read in Asian label copies (MIMS) that reproduce the EU SmPC wording, not in the EU SmPC itself.', 'ema-olumiant-epar', false)
) as v(drug, region, kind, value, unit, descr, src, verified);

-- ---------------------------------------------------------------------------------------------------------------
-- Contraindications (and "not recommended" populations) per region
-- ---------------------------------------------------------------------------------------------------------------
insert into contraindication (drug_id, region, population, severity, description, source_id, verified)
select (select id from drug where name = v.drug), v.region, v.pop, v.sev, v.descr, (select id from source where key = v.src), v.verified
from (values
('dupilumab', 'US', 'HYPERSENSITIVITY', 'CONTRAINDICATED', 'Known hypersensitivity to dupilumab or any of its excipients. Label section not re-read in this curation.', 'fda-dupixent-label', false),
('dupilumab', 'EU', 'HYPERSENSITIVITY', 'CONTRAINDICATED', 'Hypersensitivity to the active substance or to any of the excipients. SmPC section not re-read in this curation.', 'ema-dupixent-epar', false),
('tralokinumab', 'US', 'HYPERSENSITIVITY', 'CONTRAINDICATED', 'Known hypersensitivity to tralokinumab-ldrm or any excipients (the only contraindication).', 'fda-adbry-label', true),
('tralokinumab', 'EU', 'HYPERSENSITIVITY', 'CONTRAINDICATED', 'Hypersensitivity to the active substance or to any of the excipients. SmPC section not re-read in this curation.', 'ema-adtralza-epar', false),
('lebrikizumab', 'US', 'HYPERSENSITIVITY', 'CONTRAINDICATED', 'Known hypersensitivity to lebrikizumab-lbkz or any excipients. Label section not re-read in this curation.', 'fda-ebglyss-label', false),
('lebrikizumab', 'EU', 'HYPERSENSITIVITY', 'CONTRAINDICATED', 'Hypersensitivity to the active substance or to any of the excipients (the only contraindication).', 'ema-ebglyss-epar', true),
('nemolizumab', 'US', 'HYPERSENSITIVITY', 'CONTRAINDICATED', 'Known hypersensitivity to nemolizumab-ilto or any excipients.', 'fda-nemluvio-label', true),
('nemolizumab', 'EU', 'HYPERSENSITIVITY', 'CONTRAINDICATED', 'Hypersensitivity to the active substance or to any of the excipients. SmPC section not re-read in this curation.', 'ema-nemluvio-epar', false),
-- upadacitinib
('upadacitinib', 'US', 'HYPERSENSITIVITY', 'CONTRAINDICATED', 'Known hypersensitivity to upadacitinib or any of its excipients. Label section not re-read in this curation.', 'fda-rinvoq-label', false),
('upadacitinib', 'US', 'ACTIVE_INFECTION', 'NOT_RECOMMENDED', 'Avoid use in patients with an active, serious infection, including localized infections; interrupt if a serious or opportunistic infection develops.', 'fda-rinvoq-label', true),
('upadacitinib', 'US', 'TUBERCULOSIS', 'NOT_RECOMMENDED', 'Should not be given to patients with active tuberculosis; screen before starting and consider anti-TB therapy for untreated latent TB.', 'fda-rinvoq-label', true),
('upadacitinib', 'US', 'HEPATIC_IMPAIRMENT', 'NOT_RECOMMENDED', 'Initiation is not recommended in patients with severe hepatic impairment (Child-Pugh C).', 'fda-rinvoq-label', true),
('upadacitinib', 'EU', 'HYPERSENSITIVITY', 'CONTRAINDICATED', 'Hypersensitivity to the active substance or to any of the excipients.', 'ema-rinvoq-epar', true),
('upadacitinib', 'EU', 'TUBERCULOSIS', 'CONTRAINDICATED', 'Active tuberculosis.', 'ema-rinvoq-epar', true),
('upadacitinib', 'EU', 'ACTIVE_INFECTION', 'CONTRAINDICATED', 'Active serious infections.', 'ema-rinvoq-epar', true),
('upadacitinib', 'EU', 'HEPATIC_IMPAIRMENT', 'CONTRAINDICATED', 'Severe hepatic impairment.', 'ema-rinvoq-epar', true),
('upadacitinib', 'EU', 'PREGNANCY', 'CONTRAINDICATED', 'Pregnancy.', 'ema-rinvoq-epar', true),
('upadacitinib', 'EU', 'OLDER_ADULTS', 'CAUTION', 'Patients 65 years and older (and those with cardiovascular or malignancy risk factors or who are current or past long-time smokers): use only if no suitable treatment alternatives are available (EU measures for JAK inhibitors).', 'ema-jak-inhibitors-article20', true),
-- abrocitinib
('abrocitinib', 'US', 'INTERACTING_DRUG', 'CONTRAINDICATED', 'Antiplatelet therapies, except low-dose aspirin (<=81 mg daily), during the first 3 months of treatment. Label section not re-read in this curation.', 'fda-cibinqo-label', false),
('abrocitinib', 'US', 'ACTIVE_INFECTION', 'NOT_RECOMMENDED', 'Avoid use in patients with an active, serious infection, including localized infections.', 'fda-cibinqo-label', true),
('abrocitinib', 'US', 'RENAL_IMPAIRMENT', 'NOT_RECOMMENDED', 'Severe renal impairment (eGFR <30 mL/min), end-stage renal disease and renal replacement therapy: not recommended.', 'fda-cibinqo-label', true),
('abrocitinib', 'US', 'HEPATIC_IMPAIRMENT', 'NOT_RECOMMENDED', 'Severe hepatic impairment (Child-Pugh C): not recommended.', 'fda-cibinqo-label', true),
('abrocitinib', 'EU', 'HYPERSENSITIVITY', 'CONTRAINDICATED', 'Hypersensitivity to the active substance or to any of the excipients.', 'ema-cibinqo-epar', true),
('abrocitinib', 'EU', 'ACTIVE_INFECTION', 'CONTRAINDICATED', 'Active serious systemic infections, including tuberculosis.', 'ema-cibinqo-epar', true),
('abrocitinib', 'EU', 'HEPATIC_IMPAIRMENT', 'CONTRAINDICATED', 'Severe hepatic impairment.', 'ema-cibinqo-epar', true),
('abrocitinib', 'EU', 'PREGNANCY', 'CONTRAINDICATED', 'Pregnancy.', 'ema-cibinqo-epar', true),
('abrocitinib', 'EU', 'BREASTFEEDING', 'CONTRAINDICATED', 'Breast-feeding.', 'ema-cibinqo-epar', true),
('abrocitinib', 'EU', 'OLDER_ADULTS', 'CAUTION', 'Patients 65 years and older (and those with cardiovascular or malignancy risk factors or who are current or past long-time smokers): use only if no suitable treatment alternatives are available (EU measures for JAK inhibitors).', 'ema-jak-inhibitors-article20', true),
-- baricitinib
('baricitinib', 'EU', 'HYPERSENSITIVITY', 'CONTRAINDICATED', 'Hypersensitivity to the active substance or to any of the excipients. SmPC section 4.3 not re-read in this curation.', 'ema-olumiant-epar', false),
('baricitinib', 'EU', 'PREGNANCY', 'CONTRAINDICATED', 'Olumiant is contraindicated during pregnancy.', 'ema-olumiant-epar', true),
('baricitinib', 'EU', 'RENAL_IMPAIRMENT', 'NOT_RECOMMENDED', 'Creatinine clearance <30 mL/min: not recommended. Read in Asian label copies that reproduce the EU SmPC wording.', 'ema-olumiant-epar', false),
('baricitinib', 'EU', 'HEPATIC_IMPAIRMENT', 'NOT_RECOMMENDED', 'Severe hepatic impairment: not recommended. Read in Asian label copies that reproduce the EU SmPC wording.', 'ema-olumiant-epar', false),
('baricitinib', 'EU', 'OLDER_ADULTS', 'CAUTION', 'Patients 65 years and older (and those with cardiovascular or malignancy risk factors or who are current or past long-time smokers): use only if no suitable treatment alternatives are available (EU measures for JAK inhibitors).', 'ema-jak-inhibitors-article20', true),
('baricitinib', 'US', 'ACTIVE_INFECTION', 'NOT_RECOMMENDED', 'Avoid use in patients with an active, serious infection, including localized infections (US label; baricitinib is not US-approved for atopic dermatitis).', 'fda-olumiant-label', true),
-- ruxolitinib cream
('ruxolitinib', 'US', 'ACTIVE_INFECTION', 'NOT_RECOMMENDED', 'Avoid use of OPZELURA in patients with an active, serious infection, including localized infections; interrupt if a serious infection develops.', 'fda-opzelura-label', true),
('ruxolitinib', 'US', 'IMMUNODEFICIENCY', 'NOT_RECOMMENDED', 'Indicated only for non-immunocompromised patients.', 'fda-opzelura-label', true),
('ruxolitinib', 'EU', 'PREGNANCY', 'CONTRAINDICATED', 'Pregnancy (EU product, authorised for vitiligo only). Read in the Swiss product information; EU SmPC 4.3 not re-read in this curation.', 'ema-opzelura-epar', false),
('ruxolitinib', 'EU', 'BREASTFEEDING', 'CONTRAINDICATED', 'Breast-feeding; treatment is stopped about 4 weeks before breast-feeding starts (EU product, authorised for vitiligo only). Read in the Swiss product information; EU SmPC not re-read.', 'ema-opzelura-epar', false),
-- delgocitinib
('delgocitinib', 'JP', 'HYPERSENSITIVITY', 'CONTRAINDICATED', 'Patients with a history of hypersensitivity to any component of the product.', 'jp-corectim-package-insert', true),
('delgocitinib', 'JP', 'ACTIVE_INFECTION', 'CAUTION', 'Skin infection: avoid the infected areas; if use is unavoidable, treat the infection first with appropriate antibacterial, antiviral or antifungal agents or use them concomitantly.', 'jp-corectim-package-insert', true),
('delgocitinib', 'EU', 'HYPERSENSITIVITY', 'CONTRAINDICATED', 'Hypersensitivity to the active substance or to any of the excipients.', 'ema-anzupgo-epar', true),
('delgocitinib', 'US', 'ACTIVE_INFECTION', 'NOT_RECOMMENDED', 'No contraindications in the US label; avoid use in patients with an active or serious infection and discontinue if a serious infection develops (eczema herpeticum was observed in one subject).', 'fda-anzupgo-label', true)
) as v(drug, region, pop, sev, descr, src, verified);

-- ---------------------------------------------------------------------------------------------------------------
-- Pregnancy, breastfeeding, contraception
-- ---------------------------------------------------------------------------------------------------------------
insert into reproductive_safety (drug_id, region, topic, guidance, text, registry, source_id, verified)
select (select id from drug where name = v.drug), v.region, v.topic, v.guidance, v.txt, v.registry, (select id from source where key = v.src), v.verified
from (values
-- dupilumab
('dupilumab', 'US', 'PREGNANCY', 'INSUFFICIENT_DATA', 'Available data on use in pregnant women have not identified a drug-associated risk; human IgG crosses the placenta, so dupilumab may be transmitted to the fetus. Pregnancy exposure registry: 1-877-311-8972 (MotherToBaby).', true, 'fda-dupixent-label', true),
('dupilumab', 'US', 'BREASTFEEDING', 'INSUFFICIENT_DATA', 'No data on presence in human milk; the benefits of breastfeeding are weighed against the mother''s need for treatment. Not re-read in this curation.', false, 'fda-dupixent-label', false),
('dupilumab', 'EU', 'PREGNANCY', 'USE_ONLY_IF_CLEARLY_NEEDED', 'Limited data; should be used during pregnancy only if the potential benefit justifies the potential risk to the foetus. Not re-read in this curation.', false, 'ema-dupixent-epar', false),
('dupilumab', 'EU', 'BREASTFEEDING', 'INSUFFICIENT_DATA', 'Unknown whether excreted in human milk; a decision is made whether to discontinue breast-feeding or therapy. Not re-read in this curation.', false, 'ema-dupixent-epar', false),
-- tralokinumab
('tralokinumab', 'US', 'PREGNANCY', 'INSUFFICIENT_DATA', 'Limited data in pregnant women; human IgG antibodies cross the placenta, so tralokinumab may be transmitted to the fetus. No embryofetal toxicity in monkeys.', false, 'fda-adbry-label', true),
('tralokinumab', 'US', 'BREASTFEEDING', 'INSUFFICIENT_DATA', 'No information on presence in human milk or effects on the breastfed infant or milk production.', false, 'fda-adbry-label', true),
('tralokinumab', 'EU', 'PREGNANCY', 'AVOID', 'Limited data; as a precautionary measure, it is preferable to avoid the use of tralokinumab during pregnancy.', false, 'ema-adtralza-epar', true),
('tralokinumab', 'EU', 'BREASTFEEDING', 'INSUFFICIENT_DATA', 'A decision should be made to discontinue breast-feeding or discontinue therapy, considering the benefit of breast-feeding for the child and of therapy for the woman.', false, 'ema-adtralza-epar', true),
-- lebrikizumab
('lebrikizumab', 'US', 'PREGNANCY', 'INSUFFICIENT_DATA', 'Available data are insufficient to evaluate a drug-associated risk; the label names a pregnancy exposure registry. Not re-read in this curation.', true, 'fda-ebglyss-label', false),
('lebrikizumab', 'US', 'BREASTFEEDING', 'INSUFFICIENT_DATA', 'No data on presence in human milk or effects on the breastfed infant. Not re-read in this curation.', false, 'fda-ebglyss-label', false),
('lebrikizumab', 'EU', 'PREGNANCY', 'AVOID', 'Limited data; animal studies do not indicate harmful effects; as a precautionary measure, it is preferable to avoid the use of lebrikizumab during pregnancy (the Swiss text instead reads "only if the potential benefit outweighs the risk").', false, 'ema-ebglyss-epar', true),
('lebrikizumab', 'EU', 'BREASTFEEDING', 'INSUFFICIENT_DATA', 'Unknown whether excreted in human milk; maternal IgG is present in human milk and a risk to newborns/infants cannot be excluded; a decision must be made whether to discontinue breast-feeding or therapy.', false, 'ema-ebglyss-epar', true),
-- nemolizumab
('nemolizumab', 'US', 'PREGNANCY', 'INSUFFICIENT_DATA', 'Available data are insufficient to evaluate a drug-associated risk of major birth defects, miscarriage or other adverse outcomes; IgG transport across the placenta increases in the third trimester. For infants exposed in utero, risks and benefits are weighed before live vaccines (a delay of at least 3 months after birth is described, based on the half-life).', false, 'fda-nemluvio-label', true),
('nemolizumab', 'US', 'BREASTFEEDING', 'INSUFFICIENT_DATA', 'No data on presence in human milk. Not re-read in this curation.', false, 'fda-nemluvio-label', false),
('nemolizumab', 'EU', 'PREGNANCY', 'AVOID', 'Very limited data; as a precautionary measure, it is preferable to avoid the use of nemolizumab during pregnancy (read in the Swiss product information; EU SmPC not re-read).', false, 'ema-nemluvio-epar', false),
('nemolizumab', 'EU', 'BREASTFEEDING', 'INSUFFICIENT_DATA', 'Unknown whether excreted in human milk; IgG passes into milk in the first days after birth, when a risk to the breast-fed child cannot be excluded (Swiss product information; EU SmPC not re-read).', false, 'ema-nemluvio-epar', false),
-- upadacitinib
('upadacitinib', 'US', 'PREGNANCY', 'AVOID', 'Based on animal studies, upadacitinib may cause fetal harm (skeletal and cardiovascular malformations, post-implantation loss); verify pregnancy status before starting. The label names a pregnancy exposure registry (registry statement not re-read in this curation).', true, 'fda-rinvoq-label', false),
('upadacitinib', 'US', 'CONTRACEPTION', 'REQUIRED', 'Females of reproductive potential: effective contraception during treatment and for 4 weeks after the final dose.', false, 'fda-rinvoq-label', true),
('upadacitinib', 'US', 'BREASTFEEDING', 'AVOID', 'Breastfeeding is not recommended during treatment and for 6 days after the last dose. Not re-read in this curation.', false, 'fda-rinvoq-label', false),
('upadacitinib', 'EU', 'PREGNANCY', 'CONTRAINDICATED', 'Contraindicated during pregnancy.', false, 'ema-rinvoq-epar', true),
('upadacitinib', 'EU', 'CONTRACEPTION', 'REQUIRED', 'Women of childbearing potential: effective contraception during treatment and for 4 weeks after the final dose. SmPC wording not re-read in this curation.', false, 'ema-rinvoq-epar', false),
('upadacitinib', 'EU', 'BREASTFEEDING', 'AVOID', 'Should not be used during breast-feeding. SmPC wording not re-read in this curation.', false, 'ema-rinvoq-epar', false),
-- abrocitinib
('abrocitinib', 'US', 'PREGNANCY', 'INSUFFICIENT_DATA', 'Data from pregnancies in clinical trials are insufficient to establish a drug-associated risk; animal studies showed dystocia and skeletal variations in rats. The label names a pregnancy exposure registry (1-877-311-3770).', true, 'fda-cibinqo-label', true),
('abrocitinib', 'US', 'BREASTFEEDING', 'AVOID', 'Breastfeeding is not recommended during treatment and for one day after the last dose. Not re-read in this curation.', false, 'fda-cibinqo-label', false),
('abrocitinib', 'US', 'FERTILITY', 'INSUFFICIENT_DATA', 'Based on findings in rats, abrocitinib may impair female fertility; the effect in rats was reversible 1 month after stopping.', false, 'fda-cibinqo-label', true),
('abrocitinib', 'EU', 'PREGNANCY', 'CONTRAINDICATED', 'Contraindicated during pregnancy.', false, 'ema-cibinqo-epar', true),
('abrocitinib', 'EU', 'BREASTFEEDING', 'CONTRAINDICATED', 'Contraindicated during breast-feeding.', false, 'ema-cibinqo-epar', true),
('abrocitinib', 'EU', 'CONTRACEPTION', 'REQUIRED', 'Women of childbearing potential: effective contraception during treatment and for 1 month after the final dose.', false, 'ema-cibinqo-epar', true),
-- baricitinib
('baricitinib', 'EU', 'PREGNANCY', 'CONTRAINDICATED', 'Olumiant is contraindicated during pregnancy; if a patient becomes pregnant the parents should be informed of the potential risk to the foetus.', false, 'ema-olumiant-epar', true),
('baricitinib', 'EU', 'CONTRACEPTION', 'REQUIRED', 'Women of childbearing potential have to use effective contraception during treatment and for at least 1 week after treatment.', false, 'ema-olumiant-epar', true),
('baricitinib', 'EU', 'BREASTFEEDING', 'AVOID', 'A risk to newborns/infants cannot be excluded and Olumiant should not be used during breast-feeding; a decision is made whether to discontinue breast-feeding or therapy.', false, 'ema-olumiant-epar', true),
('baricitinib', 'US', 'PREGNANCY', 'INSUFFICIENT_DATA', 'Based on animal data baricitinib may cause fetal harm; human data are insufficient to inform a drug-associated risk (US label for its non-AD indications).', false, 'fda-olumiant-label', true),
('baricitinib', 'US', 'BREASTFEEDING', 'AVOID', 'Breastfeeding is not recommended during treatment and for 4 days after the last dose (US label for its non-AD indications). Not re-read in this curation.', false, 'fda-olumiant-label', false),
-- ruxolitinib cream
('ruxolitinib', 'US', 'PREGNANCY', 'INSUFFICIENT_DATA', 'No data on use in pregnant women to inform a drug-associated risk; oral ruxolitinib caused developmental effects in animals at maternally toxic doses. A pregnancy exposure registry has been established.', true, 'fda-opzelura-label', true),
('ruxolitinib', 'US', 'BREASTFEEDING', 'AVOID', 'Breastfeeding is not recommended during treatment and for approximately 4 weeks after the last dose.', false, 'fda-opzelura-label', true),
('ruxolitinib', 'EU', 'PREGNANCY', 'CONTRAINDICATED', 'Contraindicated during pregnancy (EU product for vitiligo). Read in the Swiss product information; EU SmPC not re-read.', false, 'ema-opzelura-epar', false),
('ruxolitinib', 'EU', 'CONTRACEPTION', 'REQUIRED', 'Women of childbearing potential: reliable contraception during treatment and for up to 4 weeks after stopping (read in the Swiss product information; EU SmPC not re-read).', false, 'ema-opzelura-epar', false),
('ruxolitinib', 'EU', 'BREASTFEEDING', 'CONTRAINDICATED', 'Contraindicated during breast-feeding; treatment is stopped about 4 weeks before breast-feeding (Swiss product information; EU SmPC not re-read).', false, 'ema-opzelura-epar', false),
-- delgocitinib
('delgocitinib', 'JP', 'PREGNANCY', 'USE_ONLY_IF_CLEARLY_NEEDED', 'Use in pregnant women or women who may be pregnant only if the therapeutic benefit is judged to outweigh the risk (oral delgocitinib crossed to the foetus in rats and increased embryo-foetal death in rats and rabbits at high exposures).', false, 'jp-corectim-package-insert', true),
('delgocitinib', 'JP', 'BREASTFEEDING', 'INSUFFICIENT_DATA', 'Consider continuing or stopping breastfeeding taking into account the therapeutic benefit and the benefit of breast milk (excreted into milk in rats).', false, 'jp-corectim-package-insert', true),
('delgocitinib', 'EU', 'PREGNANCY', 'AVOID', 'No or limited data (less than 300 pregnancy outcomes); animal studies do not indicate harmful effects; as a precautionary measure, it is preferable to avoid the use of Anzupgo during pregnancy.', false, 'ema-anzupgo-epar', true),
('delgocitinib', 'EU', 'BREASTFEEDING', 'NO_KNOWN_RISK', 'No effects on the breastfed newborn/infant are anticipated since systemic exposure of the breast-feeding woman is negligible; Anzupgo can be used during breast-feeding, avoiding direct contact of the treated hands/wrists with the nipple area and, as a precaution, with the infant''s skin immediately after application. (The Swiss product information is stricter: not recommended during breast-feeding.)', false, 'ema-anzupgo-epar', true),
('delgocitinib', 'US', 'PREGNANCY', 'INSUFFICIENT_DATA', 'Insufficient data on use in pregnant women to inform a drug-associated risk; oral delgocitinib caused no embryofetal toxicity in rats and rabbits at 120 and 193 times the maximum recommended human dose, with post-implantation loss and skeletal variations only at much higher exposures.', false, 'fda-anzupgo-label', true)
) as v(drug, region, topic, guidance, txt, registry, src, verified);

-- ---------------------------------------------------------------------------------------------------------------
-- Vaccination
-- ---------------------------------------------------------------------------------------------------------------
insert into vaccination_advice (drug_id, region, kind, text, source_id, verified)
select (select id from drug where name = v.drug), v.region, v.kind, v.txt, (select id from source where key = v.src), v.verified
from (values
('dupilumab', 'US', 'COMPLETE_BEFORE_START', 'Consider completing all age-appropriate vaccinations as recommended by current immunization guidelines prior to initiating treatment.', 'fda-dupixent-label', true),
('dupilumab', 'US', 'AVOID_LIVE_VACCINES', 'Avoid use of live vaccines in patients treated with DUPIXENT; it is unknown whether live vaccines given during treatment affect their safety or effectiveness.', 'fda-dupixent-label', true),
('dupilumab', 'US', 'NON_LIVE_VACCINES_ALLOWED', 'In adults with atopic dermatitis given 300 mg weekly, antibody responses to a Tdap vaccine and a meningococcal polysaccharide vaccine were similar to placebo.', 'fda-dupixent-label', true),
('dupilumab', 'EU', 'AVOID_LIVE_VACCINES', 'Live and live attenuated vaccines should not be given concurrently with Dupixent. Not re-read in this curation.', 'ema-dupixent-epar', false),
('tralokinumab', 'US', 'COMPLETE_BEFORE_START', 'Complete all age-appropriate vaccinations as recommended by current immunization guidelines prior to initiating treatment.', 'fda-adbry-label', true),
('tralokinumab', 'US', 'AVOID_LIVE_VACCINES', 'Avoid use of live vaccines during treatment.', 'fda-adbry-label', true),
('tralokinumab', 'EU', 'AVOID_LIVE_VACCINES', 'Live and live attenuated vaccines should not be given concurrently with tralokinumab. Not re-read in this curation.', 'ema-adtralza-epar', false),
('lebrikizumab', 'US', 'COMPLETE_BEFORE_START', 'Complete all age-appropriate vaccinations according to current immunization guidelines before starting. Not re-read in this curation.', 'fda-ebglyss-label', false),
('lebrikizumab', 'US', 'AVOID_LIVE_VACCINES', 'Avoid use of live vaccines in patients treated with EBGLYSS.', 'fda-ebglyss-label', true),
('lebrikizumab', 'EU', 'AVOID_LIVE_VACCINES', 'Live and live attenuated vaccines should not be given concurrently with lebrikizumab as clinical safety and efficacy has not been established.', 'ema-ebglyss-epar', true),
('lebrikizumab', 'EU', 'COMPLETE_BEFORE_START', 'Before starting, patients should be brought up to date with all age-appropriate immunisations according to current immunisation guidelines.', 'ema-ebglyss-epar', true),
('lebrikizumab', 'EU', 'NON_LIVE_VACCINES_ALLOWED', 'Immune responses to non-live vaccines were assessed with a TdaP vaccine and a meningococcal polysaccharide vaccine (SmPC 4.5).', 'ema-ebglyss-epar', true),
('nemolizumab', 'US', 'COMPLETE_BEFORE_START', 'Complete all age-appropriate vaccinations as recommended by current immunization guidelines prior to treatment.', 'fda-nemluvio-label', true),
('nemolizumab', 'US', 'AVOID_LIVE_VACCINES', 'Avoid use of live vaccines during treatment. Not re-read in the label itself in this curation.', 'fda-nemluvio-label', false),
('nemolizumab', 'EU', 'AVOID_LIVE_VACCINES', 'Live vaccines should not be given concurrently with nemolizumab. Not re-read in this curation.', 'ema-nemluvio-epar', false),
('upadacitinib', 'US', 'COMPLETE_BEFORE_START', 'Update immunizations according to current immunization guidelines prior to treatment initiation.', 'fda-rinvoq-label', true),
('upadacitinib', 'US', 'AVOID_LIVE_VACCINES', 'Avoid live vaccines immediately prior to, during and immediately after treatment. Not re-read in this curation.', 'fda-rinvoq-label', false),
('upadacitinib', 'EU', 'AVOID_LIVE_VACCINES', 'Use of live, attenuated vaccines during or immediately prior to therapy is not recommended; immunisations should be brought up to date (including herpes zoster) before starting. Not re-read in this curation.', 'ema-rinvoq-epar', false),
('abrocitinib', 'US', 'COMPLETE_BEFORE_START', 'Complete all age-appropriate vaccinations, including prophylactic herpes zoster vaccinations, before starting. Not re-read in this curation.', 'fda-cibinqo-label', false),
('abrocitinib', 'US', 'AVOID_LIVE_VACCINES', 'Avoid vaccination with live vaccines immediately prior to, during and immediately after treatment. Not re-read in this curation.', 'fda-cibinqo-label', false),
('abrocitinib', 'EU', 'AVOID_LIVE_VACCINES', 'Avoid use of live attenuated vaccines during or immediately prior to treatment (read in an Asian label copy reproducing the SmPC wording).', 'ema-cibinqo-epar', false),
('baricitinib', 'US', 'COMPLETE_BEFORE_START', 'In rheumatoid arthritis and alopecia areata, update immunizations in agreement with current immunization guidelines before starting (US label; no US AD indication).', 'fda-olumiant-label', true),
('delgocitinib', 'US', 'COMPLETE_BEFORE_START', 'Complete any necessary immunizations, including herpes zoster vaccinations, according to current immunization guidelines before starting.', 'fda-anzupgo-label', true),
('delgocitinib', 'US', 'AVOID_LIVE_VACCINES', 'Avoid live vaccines immediately prior to, during and immediately after treatment.', 'fda-anzupgo-label', true),
('baricitinib', 'EU', 'AVOID_LIVE_VACCINES', 'Use of live, attenuated vaccines during or immediately prior to therapy is not recommended; immunisations should be brought up to date before starting. SmPC wording not re-read in this curation.', 'ema-olumiant-epar', false)
) as v(drug, region, kind, txt, src, verified);

-- ---------------------------------------------------------------------------------------------------------------
-- Drug interactions
-- ---------------------------------------------------------------------------------------------------------------
insert into drug_interaction (drug_id, region, interacting, interacting_drug_id, effect, management, text, source_id, verified)
select (select id from drug where name = v.drug), v.region, v.interacting,
       (select id from drug where name = v.other), v.effect, v.mgmt, v.txt, (select id from source where key = v.src), v.verified
from (values
-- upadacitinib
('upadacitinib', 'US', 'strong CYP3A4 inhibitors (e.g. ketoconazole)', null, 'increased upadacitinib exposure', 'ADJUST_DOSE',
 'Atopic dermatitis: 15 mg once daily with strong CYP3A4 inhibitors. Not re-read in this curation.', 'fda-rinvoq-label', false),
('upadacitinib', 'US', 'strong CYP3A4 inducers (e.g. rifampin)', null, 'decreased upadacitinib exposure (about half)', 'AVOID',
 'Coadministration with strong CYP3A4 inducers is not recommended. Not re-read in this curation.', 'fda-rinvoq-label', false),
('upadacitinib', 'US', 'cyclosporine (potent immunosuppressant)', 'cyclosporine', 'additive immunosuppression', 'AVOID',
 'Not recommended in combination with other JAK inhibitors, biologic immunomodulators or other immunosuppressants (limitation of use). Not re-read in this curation.', 'fda-rinvoq-label', false),
('upadacitinib', 'US', 'azathioprine (potent immunosuppressant)', 'azathioprine', 'additive immunosuppression', 'AVOID',
 'Not recommended in combination with other JAK inhibitors, biologic immunomodulators or other immunosuppressants (limitation of use). Not re-read in this curation.', 'fda-rinvoq-label', false),
('upadacitinib', 'EU', 'strong CYP3A4 inhibitors (e.g. ketoconazole, itraconazole, posaconazole, voriconazole, clarithromycin)', null, 'increased upadacitinib exposure', 'ADJUST_DOSE',
 'Atopic dermatitis: 15 mg once daily; caution with long-term use of strong CYP3A4 inhibitors. Not re-read in this curation.', 'ema-rinvoq-epar', false),
('upadacitinib', 'EU', 'strong CYP3A4 inducers (e.g. rifampicin, phenytoin)', null, 'decreased upadacitinib exposure', 'MONITOR',
 'May decrease efficacy; monitor for changes in disease activity. Not re-read in this curation.', 'ema-rinvoq-epar', false),
-- abrocitinib
('abrocitinib', 'US', 'strong CYP2C19 inhibitors (e.g. fluvoxamine, fluconazole)', null, 'increased abrocitinib active-moiety exposure (by 91% with fluvoxamine and 155% with fluconazole)', 'ADJUST_DOSE',
 '50 mg once daily, may increase to 100 mg after 12 weeks if response is inadequate.', 'fda-cibinqo-label', true),
('abrocitinib', 'US', 'strong CYP2C19 and CYP2C9 inducers (e.g. rifampin)', null, 'decreased abrocitinib active-moiety exposure (about 56% with rifampin)', 'AVOID',
 'Avoid coadministration.', 'fda-cibinqo-label', false),
('abrocitinib', 'US', 'antiplatelet therapies other than low-dose aspirin (<=81 mg daily)', null, 'risk of bleeding with treatment-related thrombocytopenia', 'CONTRAINDICATED',
 'Contraindicated during the first 3 months of treatment. Not re-read in this curation.', 'fda-cibinqo-label', false),
('abrocitinib', 'US', 'P-gp substrates with a narrow therapeutic index (e.g. digoxin, dabigatran)', null, 'increased P-gp substrate exposure (dabigatran AUC increased after a single 200 mg abrocitinib dose)', 'MONITOR',
 'Monitor appropriately or titrate the dose of the P-gp substrate. Not re-read in this curation.', 'fda-cibinqo-label', false),
('abrocitinib', 'US', 'other JAK inhibitors, biologic immunomodulators or other immunosuppressants', null, 'additive immunosuppression', 'AVOID',
 'Not recommended for use in combination (limitation of use).', 'fda-cibinqo-label', true),
('abrocitinib', 'EU', 'strong CYP2C19 inhibitors (e.g. fluvoxamine, fluconazole, fluoxetine, ticlopidine)', null, 'increased abrocitinib active-moiety exposure', 'ADJUST_DOSE',
 'Reduce the dose by half (read in an Asian label copy reproducing the SmPC; EU wording not re-read).', 'ema-cibinqo-epar', false),
('abrocitinib', 'EU', 'strong CYP2C19/CYP2C9 inducers (e.g. rifampicin)', null, 'decreased abrocitinib exposure', 'AVOID',
 'Concomitant use is not recommended (read in an Asian label copy reproducing the SmPC; EU wording not re-read).', 'ema-cibinqo-epar', false),
('abrocitinib', 'EU', 'ciclosporin and other potent immunosuppressants, biologic immunomodulators, other JAK inhibitors', 'cyclosporine', 'additive immunosuppression', 'AVOID',
 'Concomitant use is not recommended (read in an Asian label copy reproducing the SmPC; EU wording not re-read).', 'ema-cibinqo-epar', false),
-- baricitinib
('baricitinib', 'EU', 'OAT3 inhibitors with a strong inhibition potential (e.g. probenecid)', null, 'increased baricitinib exposure', 'ADJUST_DOSE',
 'Recommended dose 2 mg once daily. Read in Asian label copies reproducing the EU SmPC wording.', 'ema-olumiant-epar', false),
('baricitinib', 'EU', 'ciclosporin, biological immunomodulators, other JAK inhibitors or other potent immunosuppressants', 'cyclosporine', 'additive immunosuppression', 'AVOID',
 'In atopic dermatitis, combination with ciclosporin or other potent immunosuppressants has not been studied and is not recommended (read in the Swiss product information; EU wording not re-read).', 'ema-olumiant-epar', false),
-- ruxolitinib cream
('ruxolitinib', 'US', 'azathioprine (potent immunosuppressant)', 'azathioprine', 'additive immunosuppression', 'AVOID',
 'Use in combination with therapeutic biologics, other JAK inhibitors or potent immunosuppressants such as azathioprine or cyclosporine is not recommended (limitation of use).', 'fda-opzelura-label', true),
('ruxolitinib', 'US', 'cyclosporine (potent immunosuppressant)', 'cyclosporine', 'additive immunosuppression', 'AVOID',
 'Use in combination with therapeutic biologics, other JAK inhibitors or potent immunosuppressants such as azathioprine or cyclosporine is not recommended (limitation of use).', 'fda-opzelura-label', true),
('ruxolitinib', 'US', 'therapeutic biologics and other JAK inhibitors', null, 'additive immunosuppression', 'AVOID',
 'Use in combination is not recommended (limitation of use).', 'fda-opzelura-label', true),
('ruxolitinib', 'US', 'CYP3A4 inhibitors and inducers', null, 'CYP3A4 inhibitors may increase and inducers may decrease systemic ruxolitinib concentrations', 'CAUTION',
 'Drug interaction studies with the cream have not been conducted; ruxolitinib is a CYP3A4 substrate.', 'fda-opzelura-label', true),
-- delgocitinib cream
('delgocitinib', 'US', 'other JAK inhibitors or potent immunosuppressants', null, 'additive immunosuppression', 'AVOID',
 'Use of ANZUPGO in combination with other JAK inhibitors or potent immunosuppressants is not recommended (limitation of use).', 'fda-anzupgo-label', true)
) as v(drug, region, interacting, other, effect, mgmt, txt, src, verified);

-- ---------------------------------------------------------------------------------------------------------------
-- Risk programmes and EU restrictions
-- ---------------------------------------------------------------------------------------------------------------
insert into risk_program (drug_id, region, kind, name, description, source_id, verified)
select (select id from drug where name = v.drug), 'EU', v.kind, v.name, v.descr, (select id from source where key = v.src), v.verified
from (values
('upadacitinib', 'RESTRICTED_USE', 'EU measures for JAK inhibitors (Article 20 review, 2022-2023)',
 'In patients aged 65 years or above, at increased risk of major cardiovascular problems (such as heart attack or stroke), who smoke or have done so for a long time in the past, or at increased risk of cancer, JAK inhibitors should be used only if no suitable treatment alternatives are available; use with caution in patients with other risk factors for venous thromboembolism; lower doses in some patient groups.',
 'ema-jak-inhibitors-article20', true),
('abrocitinib', 'RESTRICTED_USE', 'EU measures for JAK inhibitors (Article 20 review, 2022-2023)',
 'In patients aged 65 years or above, at increased risk of major cardiovascular problems (such as heart attack or stroke), who smoke or have done so for a long time in the past, or at increased risk of cancer, JAK inhibitors should be used only if no suitable treatment alternatives are available; use with caution in patients with other risk factors for venous thromboembolism; lower doses in some patient groups.',
 'ema-jak-inhibitors-article20', true),
('baricitinib', 'RESTRICTED_USE', 'EU measures for JAK inhibitors (Article 20 review, 2022-2023)',
 'In patients aged 65 years or above, at increased risk of major cardiovascular problems (such as heart attack or stroke), who smoke or have done so for a long time in the past, or at increased risk of cancer, JAK inhibitors should be used only if no suitable treatment alternatives are available; use with caution in patients with other risk factors for venous thromboembolism; lower doses in some patient groups. The review drew on the tofacitinib safety trial and preliminary findings of an observational study of Olumiant.',
 'ema-jak-inhibitors-article20', true),
('abrocitinib', 'PATIENT_CARD', 'Cibinqo patient card',
 'The package leaflet states that the doctor will give the patient a patient card with important safety information to keep with them.', 'ema-cibinqo-epar', true),
('upadacitinib', 'PATIENT_CARD', 'Rinvoq patient card',
 'EU additional risk-minimisation: patient card for patients on Rinvoq (risk materials listed with the GB/NI SmPC). Card content not re-read in this curation.', 'ema-rinvoq-epar', false),
('baricitinib', 'PATIENT_CARD', 'Olumiant patient alert card',
 'EU additional risk-minimisation: patient alert card. Not re-read in this curation.', 'ema-olumiant-epar', false)
) as v(drug, kind, name, descr, src, verified);

-- ---------------------------------------------------------------------------------------------------------------
-- Review stamp
-- ---------------------------------------------------------------------------------------------------------------
update drug set last_reviewed = date '2026-11-27'
where name in ('dupilumab', 'tralokinumab', 'lebrikizumab', 'nemolizumab', 'upadacitinib', 'abrocitinib', 'baricitinib', 'ruxolitinib', 'delgocitinib');

-- Data version: this curation's sources were accessed on 2026-11-27, so the review date moves there.
update data_version
set version = '2026.11.27', reviewed_on = date '2026-11-27',
    notes = notes || ' | 2026-11-27 V14_4 (biologics and JAK inhibitors): dosing per region and population, dose adjustments, limits of use, contraindications, pregnancy/breastfeeding/contraception, vaccination, interactions, EU JAK restrictions; approval line of therapy and indication; research codes; Opzelura/Cibinqo/Olumiant June 2026 US label revisions recorded; delgocitinib Japanese approval (Corectim) completed.'
where id = 1;
