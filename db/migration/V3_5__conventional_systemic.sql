-- V3_5: conventional systemic immunosuppressants used in atopic dermatitis
--   cyclosporine, methotrexate, azathioprine, mycophenolate mofetil, prednisone
-- Curated 2026-11-22. Conventions of this file:
--   * US label sources: DailyMed; where the SPL revision date was not visible to the curator, published_on is the
--     date of the openFDA record of that label (stated in the report).
--   * verified = false marks facts that could not be re-checked with the search tools (reason in notes where the
--     table has notes; adverse-effect frequencies are the EU SmPC categories recalled by the curator).

-- ============================================================================================================
-- Sources
-- ============================================================================================================
insert into source (key, title, publisher, kind, url, published_on, accessed_on) values
('fda-neoral-label', 'Neoral (cyclosporine) soft gelatin capsules and oral solution, USP [MODIFIED]: US prescribing information', 'Novartis Pharmaceuticals Corporation', 'LABEL', 'https://dailymed.nlm.nih.gov/dailymed/search.cfm?labeltype=all&query=Neoral', '2026-09-09', '2026-11-22'),
('fda-sandimmune-label', 'Sandimmune (cyclosporine) capsules, oral solution and injection: US prescribing information', 'Novartis Pharmaceuticals Corporation', 'LABEL', 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=5e5926a7-1de0-4b54-a5c0-286b6200ff82', '2026-10-02', '2026-11-22'),
('ema-sandimmun-neoral-referral', 'Sandimmun Neoral and associated names (ciclosporin): Article 30 referral EMEA/H/A-30/1300, harmonised EU product information (Annex III), Commission decision 31 October 2013', 'European Medicines Agency', 'LABEL', 'https://www.ema.europa.eu/en/medicines/human/referrals/sandimmun-neoral-associated-names', '2013-12-20', '2026-11-22'),
('mhra-neoral-smpc', 'Neoral soft gelatin capsules (ciclosporin): Summary of Product Characteristics (UK)', 'Novartis Pharmaceuticals UK Ltd (electronic medicines compendium)', 'LABEL', 'https://www.medicines.org.uk/emc/product/1034/smpc', '2017-01-01', '2026-11-22'),
('fda-methotrexate-tablets-label', 'Methotrexate tablets, USP: US prescribing information (PLR format; boxed warning on embryo-fetal toxicity, hypersensitivity, severe adverse reactions and medication errors)', 'Teva Pharmaceuticals USA', 'LABEL', 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=757d6cef-6696-7a1c-8074-01258aaa8bdd', '2026-09-22', '2026-11-22'),
('fda-trexall-label', 'Trexall (methotrexate) tablets: US prescribing information', 'Teva Women''s Health', 'LABEL', 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=e942f8db-510f-44d6-acb5-b822196f5e8c', '2026-09-22', '2026-11-22'),
('fda-xatmep-label', 'Xatmep (methotrexate) oral solution: US prescribing information', 'Azurity Pharmaceuticals', 'LABEL', 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=aec9984e-34c5-481b-b6bf-9bb5caf1daf8', '2026-05-01', '2026-11-22'),
('fda-otrexup-label', 'Otrexup (methotrexate) injection for subcutaneous use: US prescribing information', 'Antares Pharma', 'LABEL', 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=9ab8ce16-f7de-41d4-a4c8-1c742621b6d5', '2026-09-18', '2026-11-22'),
('fda-rasuvo-label', 'Rasuvo (methotrexate) injection for subcutaneous use: US prescribing information', 'Medexus Pharma', 'LABEL', 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=d0075461-0e7e-4967-9c9b-d6440e912c0e', '2026-09-23', '2026-11-22'),
('fda-imuran-label', 'Imuran (azathioprine) tablets: US prescribing information', 'Sebela Pharmaceuticals', 'LABEL', 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=606101a0-6244-7eff-e053-2a91aa0acadd', '2026-10-13', '2026-11-22'),
('fda-azasan-label', 'Azasan (azathioprine) tablets: US prescribing information', 'Salix Pharmaceuticals', 'LABEL', 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=9050af7a-19c6-4670-937a-9445605de995', '2026-09-16', '2026-11-22'),
('fda-cellcept-label', 'CellCept (mycophenolate mofetil) capsules, tablets, oral suspension and intravenous: US prescribing information', 'Genentech', 'LABEL', 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=37241e87-4af4-4dc3-a1aa-ea6f20d8dc40', '2026-09-22', '2026-11-22'),
('ema-cellcept-epar', 'CellCept (mycophenolate mofetil): EPAR product information', 'European Medicines Agency', 'LABEL', 'https://www.ema.europa.eu/en/medicines/human/EPAR/cellcept', '1996-02-14', '2026-11-22'),
('fda-prednisone-label', 'PredniSONE tablets, oral solution and PredniSONE Intensol (concentrate): US prescribing information', 'Hikma Pharmaceuticals USA', 'LABEL', 'https://dailymed.nlm.nih.gov/dailymed/search.cfm?labeltype=all&query=prednisone+intensol', '2026-08-11', '2026-11-22'),
('aad-2014-systemic', 'Sidbury R, Davis DM, Cohen DE, et al. Guidelines of care for the management of atopic dermatitis: section 3. Management and treatment with phototherapy and systemic agents. J Am Acad Dermatol 2014;71(2):327-349', 'American Academy of Dermatology', 'GUIDELINE', 'https://doi.org/10.1016/j.jaad.2014.03.030', '2014-05-09', '2026-11-22'),
('euroguiderm-2022', 'Wollenberg A, Kinberger M, Arents B, et al. European guideline (EuroGuiDerm) on atopic eczema: part I - systemic therapy. J Eur Acad Dermatol Venereol 2022;36(9)', 'European Dermatology Forum / European Academy of Dermatology and Venereology', 'GUIDELINE', 'https://doi.org/10.1111/jdv.18345', '2022-09-01', '2026-11-22');

-- ============================================================================================================
-- cyclosporine (ciclosporin): systemic calcineurin inhibitor
-- ============================================================================================================
insert into drug (name, drug_class_id, modality, mechanism, last_reviewed) values
('cyclosporine', (select id from drug_class where name = 'systemic calcineurin inhibitors'), 'SMALL_MOLECULE',
 'Cyclic peptide that binds cyclophilin inside T cells; the complex blocks calcineurin, so NFAT is not activated and IL-2 and other T-cell cytokines are not produced. This dampens T-cell driven skin inflammation.',
 '2026-11-22');

insert into drug_synonym (drug_id, name, source_id) values
((select id from drug where name = 'cyclosporine'), 'ciclosporin', (select id from source where key = 'mhra-neoral-smpc')),
((select id from drug where name = 'cyclosporine'), 'cyclosporin A', (select id from source where key = 'ema-sandimmun-neoral-referral'));

insert into brand (drug_id, name, region, source_id) values
((select id from drug where name = 'cyclosporine'), 'Neoral', 'US', (select id from source where key = 'fda-neoral-label')),
((select id from drug where name = 'cyclosporine'), 'Sandimmune', 'US', (select id from source where key = 'fda-sandimmune-label')),
((select id from drug where name = 'cyclosporine'), 'Sandimmun Neoral', 'EU', (select id from source where key = 'ema-sandimmun-neoral-referral')),
((select id from drug where name = 'cyclosporine'), 'Neoral', 'EU', (select id from source where key = 'ema-sandimmun-neoral-referral')),
((select id from drug where name = 'cyclosporine'), 'Sandimmun', 'EU', (select id from source where key = 'ema-sandimmun-neoral-referral')),
((select id from drug where name = 'cyclosporine'), 'Neoral', 'UK', (select id from source where key = 'mhra-neoral-smpc'));

insert into drug_route (drug_id, route, source_id) values
((select id from drug where name = 'cyclosporine'), 'ORAL', (select id from source where key = 'fda-neoral-label'));

insert into drug_target (drug_id, target_id, action, source_id, verified) values
((select id from drug where name = 'cyclosporine'), (select id from target where symbol = 'PPIA'), 'BINDING_AGENT', (select id from source where key = 'weidinger-novak-2016'), false),
((select id from drug where name = 'cyclosporine'), (select id from target where symbol = 'PPP3CA'), 'INHIBITOR', (select id from source where key = 'weidinger-novak-2016'), false);

insert into approval (drug_id, region, agency, condition_id, status, year, minimum_age_months, severity, notes, source_id, verified) values
((select id from drug where name = 'cyclosporine'), 'US', 'FDA', (select id from condition where code = 'ATOPIC_DERMATITIS'), 'OFF_LABEL', null, null, 'SEVERE',
 'US labels (Neoral/Gengraf, modified cyclosporine) are approved for organ transplantation, rheumatoid arthritis and psoriasis only; Sandimmune (non-modified) for transplantation only. Used off-label for AD refractory to topical therapy (AAD 2023: conditional recommendation). Seed documents name Sandimmune as the AD product: the dermatology products are the modified formulations, which are not bioequivalent to Sandimmune.',
 (select id from source where key = 'aad-2023-systemic'), true),
((select id from drug where name = 'cyclosporine'), 'EU', 'national', (select id from condition where code = 'ATOPIC_DERMATITIS'), 'APPROVED', null, null, 'SEVERE',
 'Nationally authorised (no centralised EU licence); the Article 30 referral (Commission decision 31 Oct 2013) harmonised the Sandimmun Neoral product information, which includes patients with severe atopic dermatitis when systemic therapy is required. Year of first AD licence and the paediatric age limit for non-transplant indications were not verified.',
 (select id from source where key = 'ema-sandimmun-neoral-referral'), true),
((select id from drug where name = 'cyclosporine'), 'UK', 'MHRA', (select id from condition where code = 'ATOPIC_DERMATITIS'), 'APPROVED', null, null, 'SEVERE',
 'UK SmPC: indicated in patients with severe atopic dermatitis when systemic therapy is required; dose 2.5-5 mg/kg/day in two divided doses, usually for up to 8 weeks. Year of first AD licence and paediatric age limit not verified.',
 (select id from source where key = 'mhra-neoral-smpc'), true);

insert into boxed_warning (drug_id, region, topics, text, source_id, verified) values
((select id from drug where name = 'cyclosporine'), 'US', 'SPECIALIST_SUPERVISION,SERIOUS_INFECTIONS,MALIGNANCY,HYPERTENSION,NEPHROTOXICITY',
 'Only physicians experienced in systemic immunosuppressive therapy for the indicated disease should prescribe Neoral, in facilities with adequate laboratory and supportive resources. Neoral and Sandimmune are not bioequivalent and cannot be interchanged without supervision. Immunosuppression increases susceptibility to infection and the possible development of neoplasia, including lymphoma; psoriasis patients previously treated with PUVA, methotrexate, other immunosuppressants, UVB, coal tar or radiation have an increased risk of skin malignancies. Cyclosporine can cause systemic hypertension and nephrotoxicity; the risk increases with dose and duration.',
 (select id from source where key = 'fda-neoral-label'), true);

insert into adverse_effect (drug_id, name, frequency, serious, notes, source_id, verified) values
((select id from drug where name = 'cyclosporine'), 'renal dysfunction (rise in serum creatinine)', 'VERY_COMMON', true, 'Dose-related, usually reversible; structural kidney damage with long-term use. Frequency category per UK SmPC 4.8, not re-checked with the tools.', (select id from source where key = 'mhra-neoral-smpc'), false),
((select id from drug where name = 'cyclosporine'), 'hypertension', 'VERY_COMMON', true, 'Frequency category per UK SmPC 4.8, not re-checked with the tools.', (select id from source where key = 'mhra-neoral-smpc'), false),
((select id from drug where name = 'cyclosporine'), 'tremor', 'VERY_COMMON', false, 'Frequency category per UK SmPC 4.8, not re-checked with the tools.', (select id from source where key = 'mhra-neoral-smpc'), false),
((select id from drug where name = 'cyclosporine'), 'headache', 'VERY_COMMON', false, 'Frequency category per UK SmPC 4.8, not re-checked with the tools.', (select id from source where key = 'mhra-neoral-smpc'), false),
((select id from drug where name = 'cyclosporine'), 'hyperlipidaemia', 'VERY_COMMON', false, 'Frequency category per UK SmPC 4.8, not re-checked with the tools.', (select id from source where key = 'mhra-neoral-smpc'), false),
((select id from drug where name = 'cyclosporine'), 'hirsutism', 'COMMON', false, 'Frequency category per UK SmPC 4.8, not re-checked with the tools.', (select id from source where key = 'mhra-neoral-smpc'), false),
((select id from drug where name = 'cyclosporine'), 'gingival hyperplasia', 'COMMON', false, 'Frequency category per UK SmPC 4.8, not re-checked with the tools.', (select id from source where key = 'mhra-neoral-smpc'), false),
((select id from drug where name = 'cyclosporine'), 'hyperkalaemia and hypomagnesaemia', 'COMMON', false, 'Frequency category per UK SmPC 4.8, not re-checked with the tools.', (select id from source where key = 'mhra-neoral-smpc'), false),
((select id from drug where name = 'cyclosporine'), 'malignancies (lymphoma, skin cancer)', 'NOT_KNOWN', true, 'In the US boxed warning; frequency not stated for dermatology use.', (select id from source where key = 'fda-neoral-label'), true),
((select id from drug where name = 'cyclosporine'), 'serious infections', 'NOT_KNOWN', true, 'In the US boxed warning (increased susceptibility to infection).', (select id from source where key = 'fda-neoral-label'), true);

insert into monitoring_requirement (drug_id, lab_test_id, phase, timing, rationale, source_id, verified) values
((select id from drug where name = 'cyclosporine'), (select id from lab_test where code = 'BLOOD_PRESSURE'), 'BASELINE', 'before starting, on at least two occasions', 'hypertension', (select id from source where key = 'fda-neoral-label'), true),
((select id from drug where name = 'cyclosporine'), (select id from lab_test where code = 'BLOOD_PRESSURE'), 'FOLLOW_UP', 'at every visit', 'hypertension', (select id from source where key = 'aad-2014-systemic'), true),
((select id from drug where name = 'cyclosporine'), (select id from lab_test where code = 'RENAL_FUNCTION'), 'BASELINE', 'serum creatinine on two occasions and BUN before starting', 'nephrotoxicity', (select id from source where key = 'fda-neoral-label'), true),
((select id from drug where name = 'cyclosporine'), (select id from lab_test where code = 'RENAL_FUNCTION'), 'FOLLOW_UP', 'serum creatinine and BUN every 2 weeks during the first 3 months, then monthly if stable; reduce dose if creatinine rises 25% or more above baseline', 'nephrotoxicity', (select id from source where key = 'fda-neoral-label'), true),
((select id from drug where name = 'cyclosporine'), (select id from lab_test where code = 'CBC'), 'BASELINE', 'before starting', 'haematological changes during immunosuppression', (select id from source where key = 'fda-neoral-label'), true),
((select id from drug where name = 'cyclosporine'), (select id from lab_test where code = 'CBC'), 'FOLLOW_UP', 'every 2 weeks for 2-3 months, then monthly', 'haematological changes during immunosuppression', (select id from source where key = 'aad-2014-systemic'), true),
((select id from drug where name = 'cyclosporine'), (select id from lab_test where code = 'ELECTROLYTES'), 'BASELINE', 'serum potassium and magnesium before starting', 'hyperkalaemia and hypomagnesaemia', (select id from source where key = 'fda-neoral-label'), true),
((select id from drug where name = 'cyclosporine'), (select id from lab_test where code = 'ELECTROLYTES'), 'FOLLOW_UP', 'every 2 weeks for 2-3 months, then monthly', 'hyperkalaemia and hypomagnesaemia', (select id from source where key = 'aad-2014-systemic'), true),
((select id from drug where name = 'cyclosporine'), (select id from lab_test where code = 'URIC_ACID'), 'BASELINE', 'before starting', 'hyperuricaemia', (select id from source where key = 'fda-neoral-label'), true),
((select id from drug where name = 'cyclosporine'), (select id from lab_test where code = 'URIC_ACID'), 'FOLLOW_UP', 'every 2 weeks for 2-3 months, then monthly', 'hyperuricaemia', (select id from source where key = 'aad-2014-systemic'), true),
((select id from drug where name = 'cyclosporine'), (select id from lab_test where code = 'LIPID_PANEL'), 'BASELINE', 'fasting lipids before starting', 'hyperlipidaemia', (select id from source where key = 'fda-neoral-label'), true),
((select id from drug where name = 'cyclosporine'), (select id from lab_test where code = 'LIPID_PANEL'), 'FOLLOW_UP', 'every 2 weeks for 2-3 months, then monthly', 'hyperlipidaemia', (select id from source where key = 'aad-2014-systemic'), true),
((select id from drug where name = 'cyclosporine'), (select id from lab_test where code = 'LIVER_FUNCTION'), 'BASELINE', 'before starting', 'hepatotoxicity', (select id from source where key = 'aad-2014-systemic'), true),
((select id from drug where name = 'cyclosporine'), (select id from lab_test where code = 'LIVER_FUNCTION'), 'FOLLOW_UP', 'every 2 weeks for 2-3 months, then monthly', 'hepatotoxicity', (select id from source where key = 'aad-2014-systemic'), true),
((select id from drug where name = 'cyclosporine'), (select id from lab_test where code = 'URINALYSIS'), 'BASELINE', 'urinalysis with microscopy before starting', 'kidney disease', (select id from source where key = 'aad-2014-systemic'), true),
((select id from drug where name = 'cyclosporine'), (select id from lab_test where code = 'TB_SCREENING'), 'BASELINE', 'before starting, then annually', 'latent tuberculosis reactivation under immunosuppression', (select id from source where key = 'aad-2014-systemic'), true),
((select id from drug where name = 'cyclosporine'), (select id from lab_test where code = 'HIV'), 'AS_INDICATED', 'before starting, if indicated by risk', 'undiagnosed HIV infection before immunosuppression', (select id from source where key = 'aad-2014-systemic'), true),
((select id from drug where name = 'cyclosporine'), (select id from lab_test where code = 'PREGNANCY_TEST'), 'AS_INDICATED', 'before starting and during treatment if indicated', 'pregnancy exposure', (select id from source where key = 'aad-2014-systemic'), true);

-- ============================================================================================================
-- methotrexate: antimetabolite immunosuppressant (folate antagonist)
-- ============================================================================================================
insert into drug (name, drug_class_id, modality, mechanism, last_reviewed) values
('methotrexate', (select id from drug_class where name = 'antimetabolite immunosuppressants'), 'SMALL_MOLECULE',
 'Folate analogue that inhibits dihydrofolate reductase and so the synthesis of nucleotides needed by dividing lymphocytes. At the low weekly doses used in inflammatory disease it also raises anti-inflammatory adenosine.',
 '2026-11-22');

insert into brand (drug_id, name, region, source_id) values
((select id from drug where name = 'methotrexate'), 'Trexall', 'US', (select id from source where key = 'fda-trexall-label')),
((select id from drug where name = 'methotrexate'), 'Xatmep', 'US', (select id from source where key = 'fda-xatmep-label')),
((select id from drug where name = 'methotrexate'), 'Otrexup', 'US', (select id from source where key = 'fda-otrexup-label')),
((select id from drug where name = 'methotrexate'), 'Rasuvo', 'US', (select id from source where key = 'fda-rasuvo-label'));

insert into drug_route (drug_id, route, source_id) values
((select id from drug where name = 'methotrexate'), 'ORAL', (select id from source where key = 'fda-methotrexate-tablets-label')),
((select id from drug where name = 'methotrexate'), 'SUBCUTANEOUS', (select id from source where key = 'fda-otrexup-label'));

insert into drug_target (drug_id, target_id, action, source_id, verified) values
((select id from drug where name = 'methotrexate'), (select id from target where symbol = 'DHFR'), 'INHIBITOR', (select id from source where key = 'fda-methotrexate-tablets-label'), false);

insert into approval (drug_id, region, agency, condition_id, status, year, minimum_age_months, severity, notes, source_id, verified) values
((select id from drug where name = 'methotrexate'), 'US', 'FDA', (select id from condition where code = 'ATOPIC_DERMATITIS'), 'OFF_LABEL', null, null, 'MODERATE,SEVERE',
 'US labels cover neoplastic diseases, rheumatoid arthritis, polyarticular juvenile idiopathic arthritis and psoriasis, not AD. Used off-label (weekly oral or subcutaneous) for moderate-to-severe AD; AAD 2023: conditional recommendation.',
 (select id from source where key = 'aad-2023-systemic'), true),
((select id from drug where name = 'methotrexate'), 'EU', 'EMA', (select id from condition where code = 'ATOPIC_DERMATITIS'), 'OFF_LABEL', null, null, 'MODERATE,SEVERE',
 'No EU marketing authorisation (centralised or national) for atopic eczema is known to the curator; discussed as an off-label conventional systemic option in the EuroGuiDerm guideline.',
 (select id from source where key = 'euroguiderm-2022'), true);

insert into boxed_warning (drug_id, region, topics, text, source_id, verified) values
((select id from drug where name = 'methotrexate'), 'US', 'EMBRYO_FETAL_TOXICITY,SERIOUS_TOXIC_REACTIONS,MORTALITY,BONE_MARROW_SUPPRESSION,GASTROINTESTINAL_TOXICITY,HEPATOTOXICITY,PULMONARY_TOXICITY,DERMATOLOGIC_REACTIONS,NEPHROTOXICITY',
 'Methotrexate can cause embryo-fetal toxicity, including fetal death, and is contraindicated in pregnancy for non-neoplastic diseases. It is contraindicated after severe hypersensitivity reactions, including anaphylaxis. Serious adverse reactions, including death, have been reported: monitor closely for adverse reactions of the bone marrow, gastrointestinal tract, liver, lungs, skin and kidneys, and withhold or discontinue as appropriate. Current tablet labels add a risk of medication errors (fatal toxicity from daily instead of weekly dosing). Older-format labels (e.g. Otrexup) carry the equivalent box "severe toxic reactions, including embryo-fetal toxicity and death".',
 (select id from source where key = 'fda-methotrexate-tablets-label'), true);

insert into adverse_effect (drug_id, name, frequency, serious, notes, source_id, verified) values
((select id from drug where name = 'methotrexate'), 'nausea', 'VERY_COMMON', false, 'Frequency category per EU SmPCs of low-dose methotrexate, not re-checked with the tools.', (select id from source where key = 'fda-methotrexate-tablets-label'), false),
((select id from drug where name = 'methotrexate'), 'stomatitis', 'VERY_COMMON', false, 'Frequency category per EU SmPCs of low-dose methotrexate, not re-checked with the tools.', (select id from source where key = 'fda-methotrexate-tablets-label'), false),
((select id from drug where name = 'methotrexate'), 'elevated liver transaminases', 'VERY_COMMON', false, 'Frequency category per EU SmPCs of low-dose methotrexate, not re-checked with the tools.', (select id from source where key = 'fda-methotrexate-tablets-label'), false),
((select id from drug where name = 'methotrexate'), 'myelosuppression (leukopenia, thrombocytopenia, anaemia)', 'COMMON', true, 'In the US boxed warning (bone marrow). Frequency category not re-checked with the tools.', (select id from source where key = 'fda-methotrexate-tablets-label'), false),
((select id from drug where name = 'methotrexate'), 'interstitial pneumonitis', 'UNCOMMON', true, 'In the US boxed warning (lungs). Frequency category not re-checked with the tools.', (select id from source where key = 'fda-methotrexate-tablets-label'), false),
((select id from drug where name = 'methotrexate'), 'hepatotoxicity (fibrosis, cirrhosis)', 'NOT_KNOWN', true, 'In the US boxed warning (liver).', (select id from source where key = 'fda-methotrexate-tablets-label'), true),
((select id from drug where name = 'methotrexate'), 'serious skin reactions', 'NOT_KNOWN', true, 'In the US boxed warning (skin).', (select id from source where key = 'fda-methotrexate-tablets-label'), true),
((select id from drug where name = 'methotrexate'), 'embryo-fetal toxicity', 'NOT_KNOWN', true, 'In the US boxed warning; contraindicated in pregnancy for non-neoplastic disease.', (select id from source where key = 'fda-methotrexate-tablets-label'), true);

insert into monitoring_requirement (drug_id, lab_test_id, phase, timing, rationale, source_id, verified) values
((select id from drug where name = 'methotrexate'), (select id from lab_test where code = 'CBC'), 'BASELINE', 'before starting', 'bone marrow suppression', (select id from source where key = 'aad-2014-systemic'), true),
((select id from drug where name = 'methotrexate'), (select id from lab_test where code = 'CBC'), 'FOLLOW_UP', 'closely during treatment, more often in the first weeks and after dose increases', 'bone marrow suppression', (select id from source where key = 'fda-methotrexate-tablets-label'), false),
((select id from drug where name = 'methotrexate'), (select id from lab_test where code = 'LIVER_FUNCTION'), 'BASELINE', 'before starting', 'hepatotoxicity', (select id from source where key = 'aad-2014-systemic'), true),
((select id from drug where name = 'methotrexate'), (select id from lab_test where code = 'LIVER_FUNCTION'), 'FOLLOW_UP', 'regularly during treatment', 'hepatotoxicity', (select id from source where key = 'fda-methotrexate-tablets-label'), false),
((select id from drug where name = 'methotrexate'), (select id from lab_test where code = 'RENAL_FUNCTION'), 'BASELINE', 'before starting', 'reduced methotrexate clearance and toxicity in renal impairment', (select id from source where key = 'aad-2014-systemic'), true),
((select id from drug where name = 'methotrexate'), (select id from lab_test where code = 'RENAL_FUNCTION'), 'FOLLOW_UP', 'regularly during treatment', 'nephrotoxicity and reduced methotrexate clearance', (select id from source where key = 'fda-methotrexate-tablets-label'), false),
((select id from drug where name = 'methotrexate'), (select id from lab_test where code = 'HEPATITIS_B'), 'BASELINE', 'before starting', 'hepatotoxicity and viral reactivation', (select id from source where key = 'aad-2014-systemic'), true),
((select id from drug where name = 'methotrexate'), (select id from lab_test where code = 'HEPATITIS_C'), 'BASELINE', 'before starting', 'hepatotoxicity in chronic hepatitis C', (select id from source where key = 'aad-2014-systemic'), true),
((select id from drug where name = 'methotrexate'), (select id from lab_test where code = 'TB_SCREENING'), 'BASELINE', 'before starting', 'latent tuberculosis reactivation under immunosuppression', (select id from source where key = 'aad-2014-systemic'), true),
((select id from drug where name = 'methotrexate'), (select id from lab_test where code = 'HIV'), 'AS_INDICATED', 'before starting, if indicated by risk', 'undiagnosed HIV infection before immunosuppression', (select id from source where key = 'aad-2014-systemic'), true),
((select id from drug where name = 'methotrexate'), (select id from lab_test where code = 'PREGNANCY_TEST'), 'BASELINE', 'verify pregnancy status before starting in people who can become pregnant', 'embryo-fetal toxicity (contraindicated in pregnancy for non-neoplastic disease)', (select id from source where key = 'fda-methotrexate-tablets-label'), false);

-- ============================================================================================================
-- azathioprine: antimetabolite immunosuppressant (thiopurine)
-- ============================================================================================================
insert into drug (name, drug_class_id, modality, mechanism, last_reviewed) values
('azathioprine', (select id from drug_class where name = 'antimetabolite immunosuppressants'), 'SMALL_MOLECULE',
 'Prodrug converted to 6-mercaptopurine and thioguanine nucleotides, which block de novo purine synthesis and are built into DNA, so activated T and B cells cannot proliferate. TPMT and NUDT15 inactivate these metabolites; people with low activity accumulate them.',
 '2026-11-22');

insert into brand (drug_id, name, region, source_id) values
((select id from drug where name = 'azathioprine'), 'Imuran', 'US', (select id from source where key = 'fda-imuran-label')),
((select id from drug where name = 'azathioprine'), 'Azasan', 'US', (select id from source where key = 'fda-azasan-label'));

insert into drug_route (drug_id, route, source_id) values
((select id from drug where name = 'azathioprine'), 'ORAL', (select id from source where key = 'fda-imuran-label'));

insert into drug_target (drug_id, target_id, action, source_id, verified) values
((select id from drug where name = 'azathioprine'), (select id from target where symbol = 'PPAT'), 'INHIBITOR', (select id from source where key = 'fda-imuran-label'), false);

insert into approval (drug_id, region, agency, condition_id, status, year, minimum_age_months, severity, notes, source_id, verified) values
((select id from drug where name = 'azathioprine'), 'US', 'FDA', (select id from condition where code = 'ATOPIC_DERMATITIS'), 'OFF_LABEL', null, null, 'MODERATE,SEVERE',
 'US label (Imuran, Azasan): renal transplantation and rheumatoid arthritis only. Used off-label for AD; AAD 2023: conditional recommendation.',
 (select id from source where key = 'aad-2023-systemic'), true),
((select id from drug where name = 'azathioprine'), 'EU', 'national', (select id from condition where code = 'ATOPIC_DERMATITIS'), 'OFF_LABEL', null, null, 'MODERATE,SEVERE',
 'Azathioprine is nationally authorised in the EU (e.g. Imurel, Imuran) without an atopic eczema indication known to the curator; discussed as an off-label option in the EuroGuiDerm guideline.',
 (select id from source where key = 'euroguiderm-2022'), true);

insert into boxed_warning (drug_id, region, topics, text, source_id, verified) values
((select id from drug where name = 'azathioprine'), 'US', 'MALIGNANCY',
 'Malignancy: chronic immunosuppression with this purine antimetabolite increases the risk of malignancy, including post-transplant lymphoma and hepatosplenic T-cell lymphoma in inflammatory bowel disease. Physicians should be familiar with this risk, the mutagenic potential to men and women and possible haematological toxicities, and should inform patients of the malignancy risk.',
 (select id from source where key = 'fda-imuran-label'), true);

insert into adverse_effect (drug_id, name, frequency, serious, notes, source_id, verified) values
((select id from drug where name = 'azathioprine'), 'leukopenia', 'VERY_COMMON', true, 'Dose-related bone marrow suppression; severe in TPMT or NUDT15 deficiency. Frequency category per EU SmPC, not re-checked with the tools.', (select id from source where key = 'fda-imuran-label'), false),
((select id from drug where name = 'azathioprine'), 'nausea and vomiting', 'COMMON', false, 'Frequency category not re-checked with the tools.', (select id from source where key = 'fda-imuran-label'), false),
((select id from drug where name = 'azathioprine'), 'thrombocytopenia', 'COMMON', true, 'Frequency category not re-checked with the tools.', (select id from source where key = 'fda-imuran-label'), false),
((select id from drug where name = 'azathioprine'), 'serious infections', 'NOT_KNOWN', true, 'Bacterial, viral, fungal and opportunistic infections under immunosuppression.', (select id from source where key = 'fda-imuran-label'), false),
((select id from drug where name = 'azathioprine'), 'hepatotoxicity', 'UNCOMMON', true, 'Cholestasis; rarely veno-occlusive liver disease. Frequency category not re-checked with the tools.', (select id from source where key = 'fda-imuran-label'), false),
((select id from drug where name = 'azathioprine'), 'pancreatitis', 'UNCOMMON', true, 'Frequency category not re-checked with the tools.', (select id from source where key = 'fda-imuran-label'), false),
((select id from drug where name = 'azathioprine'), 'malignancy (lymphoma, skin cancer)', 'RARE', true, 'In the US boxed warning; frequency category not re-checked with the tools.', (select id from source where key = 'fda-imuran-label'), false);

insert into monitoring_requirement (drug_id, lab_test_id, phase, timing, rationale, source_id, verified) values
((select id from drug where name = 'azathioprine'), (select id from lab_test where code = 'TPMT'), 'BASELINE', 'TPMT activity before starting; dosing may be guided by it', 'life-threatening myelosuppression in TPMT deficiency', (select id from source where key = 'aad-2014-systemic'), true),
((select id from drug where name = 'azathioprine'), (select id from lab_test where code = 'TPMT'), 'AS_INDICATED', 'consider TPMT genotyping or phenotyping and NUDT15 genotyping, especially in patients with severe myelosuppression', 'TPMT or NUDT15 deficiency', (select id from source where key = 'fda-imuran-label'), true),
((select id from drug where name = 'azathioprine'), (select id from lab_test where code = 'CBC'), 'BASELINE', 'with platelets, before starting', 'bone marrow suppression', (select id from source where key = 'aad-2014-systemic'), true),
((select id from drug where name = 'azathioprine'), (select id from lab_test where code = 'CBC'), 'FOLLOW_UP', 'with platelets weekly during the first month, twice monthly in the second and third months, then monthly or more often after dose changes', 'bone marrow suppression', (select id from source where key = 'fda-imuran-label'), true),
((select id from drug where name = 'azathioprine'), (select id from lab_test where code = 'LIVER_FUNCTION'), 'BASELINE', 'before starting', 'hepatotoxicity', (select id from source where key = 'aad-2014-systemic'), true),
((select id from drug where name = 'azathioprine'), (select id from lab_test where code = 'LIVER_FUNCTION'), 'FOLLOW_UP', 'twice a month for 2 months, monthly for 4 months, then every other month and after dose increases', 'hepatotoxicity', (select id from source where key = 'aad-2014-systemic'), true),
((select id from drug where name = 'azathioprine'), (select id from lab_test where code = 'RENAL_FUNCTION'), 'BASELINE', 'before starting', 'dose adjustment in renal impairment', (select id from source where key = 'aad-2014-systemic'), true),
((select id from drug where name = 'azathioprine'), (select id from lab_test where code = 'HEPATITIS_B'), 'BASELINE', 'before starting', 'viral reactivation under immunosuppression', (select id from source where key = 'aad-2014-systemic'), true),
((select id from drug where name = 'azathioprine'), (select id from lab_test where code = 'HEPATITIS_C'), 'BASELINE', 'before starting', 'chronic hepatitis C before immunosuppression', (select id from source where key = 'aad-2014-systemic'), true),
((select id from drug where name = 'azathioprine'), (select id from lab_test where code = 'TB_SCREENING'), 'BASELINE', 'before starting, then annually', 'latent tuberculosis reactivation under immunosuppression', (select id from source where key = 'aad-2014-systemic'), true),
((select id from drug where name = 'azathioprine'), (select id from lab_test where code = 'HIV'), 'AS_INDICATED', 'before starting, if indicated by risk', 'undiagnosed HIV infection before immunosuppression', (select id from source where key = 'aad-2014-systemic'), true),
((select id from drug where name = 'azathioprine'), (select id from lab_test where code = 'PREGNANCY_TEST'), 'AS_INDICATED', 'before starting and during treatment if indicated', 'pregnancy exposure', (select id from source where key = 'aad-2014-systemic'), true);

-- ============================================================================================================
-- mycophenolate mofetil: antimetabolite immunosuppressant (IMPDH inhibitor)
-- ============================================================================================================
insert into drug (name, drug_class_id, modality, mechanism, last_reviewed) values
('mycophenolate mofetil', (select id from drug_class where name = 'antimetabolite immunosuppressants'), 'SMALL_MOLECULE',
 'Prodrug of mycophenolic acid, a reversible inhibitor of inosine monophosphate dehydrogenase (mainly the type II isoform induced in activated lymphocytes). T and B cells depend on this enzyme for guanine nucleotide synthesis, so their proliferation is blocked.',
 '2026-11-22');

insert into brand (drug_id, name, region, source_id) values
((select id from drug where name = 'mycophenolate mofetil'), 'CellCept', 'US', (select id from source where key = 'fda-cellcept-label')),
((select id from drug where name = 'mycophenolate mofetil'), 'CellCept', 'EU', (select id from source where key = 'ema-cellcept-epar'));

insert into drug_route (drug_id, route, source_id) values
((select id from drug where name = 'mycophenolate mofetil'), 'ORAL', (select id from source where key = 'fda-cellcept-label'));

insert into drug_target (drug_id, target_id, action, source_id, verified) values
((select id from drug where name = 'mycophenolate mofetil'), (select id from target where symbol = 'IMPDH2'), 'INHIBITOR', (select id from source where key = 'fda-cellcept-label'), false),
((select id from drug where name = 'mycophenolate mofetil'), (select id from target where symbol = 'IMPDH1'), 'INHIBITOR', (select id from source where key = 'fda-cellcept-label'), false);

insert into approval (drug_id, region, agency, condition_id, status, year, minimum_age_months, severity, notes, source_id, verified) values
((select id from drug where name = 'mycophenolate mofetil'), 'US', 'FDA', (select id from condition where code = 'ATOPIC_DERMATITIS'), 'OFF_LABEL', null, null, 'MODERATE,SEVERE',
 'US label: prophylaxis of organ rejection (kidney, heart, liver transplantation) only. Used off-label for AD; AAD 2023: conditional recommendation. Mycophenolate REMS applies to all US prescriptions.',
 (select id from source where key = 'aad-2023-systemic'), true),
((select id from drug where name = 'mycophenolate mofetil'), 'EU', 'EMA', (select id from condition where code = 'ATOPIC_DERMATITIS'), 'OFF_LABEL', null, null, 'MODERATE,SEVERE',
 'EU (centralised CellCept): prophylaxis of acute transplant rejection only. Discussed as an off-label option in the EuroGuiDerm guideline.',
 (select id from source where key = 'euroguiderm-2022'), true);

insert into boxed_warning (drug_id, region, topics, text, source_id, verified) values
((select id from drug where name = 'mycophenolate mofetil'), 'US', 'EMBRYO_FETAL_TOXICITY,MALIGNANCY,SERIOUS_INFECTIONS',
 'Embryofetal toxicity, malignancies and serious infections: use in pregnancy is associated with increased first-trimester pregnancy loss and congenital malformations (avoid if safer options exist; counsel females of reproductive potential on pregnancy prevention and planning); increased risk of lymphoma and other malignancies, particularly of the skin; increased susceptibility to bacterial, viral, fungal and protozoal infections, including opportunistic infections and viral reactivation of hepatitis B and C, which may lead to hospitalisation and death.',
 (select id from source where key = 'fda-cellcept-label'), true);

insert into adverse_effect (drug_id, name, frequency, serious, notes, source_id, verified) values
((select id from drug where name = 'mycophenolate mofetil'), 'diarrhoea', 'VERY_COMMON', false, 'Frequencies from transplant studies (EU SmPC 4.8), not re-checked with the tools.', (select id from source where key = 'ema-cellcept-epar'), false),
((select id from drug where name = 'mycophenolate mofetil'), 'nausea and vomiting', 'VERY_COMMON', false, 'Frequencies from transplant studies (EU SmPC 4.8), not re-checked with the tools.', (select id from source where key = 'ema-cellcept-epar'), false),
((select id from drug where name = 'mycophenolate mofetil'), 'abdominal pain', 'VERY_COMMON', false, 'Frequencies from transplant studies (EU SmPC 4.8), not re-checked with the tools.', (select id from source where key = 'ema-cellcept-epar'), false),
((select id from drug where name = 'mycophenolate mofetil'), 'leukopenia and anaemia', 'VERY_COMMON', true, 'Neutropenia can be severe. Frequencies from transplant studies, not re-checked with the tools.', (select id from source where key = 'ema-cellcept-epar'), false),
((select id from drug where name = 'mycophenolate mofetil'), 'herpes simplex and herpes zoster infections', 'VERY_COMMON', false, 'Frequencies from transplant studies, not re-checked with the tools.', (select id from source where key = 'ema-cellcept-epar'), false),
((select id from drug where name = 'mycophenolate mofetil'), 'serious and opportunistic infections', 'NOT_KNOWN', true, 'In the US boxed warning, including viral reactivation of hepatitis B and C.', (select id from source where key = 'fda-cellcept-label'), true),
((select id from drug where name = 'mycophenolate mofetil'), 'lymphoma and skin cancer', 'NOT_KNOWN', true, 'In the US boxed warning.', (select id from source where key = 'fda-cellcept-label'), true),
((select id from drug where name = 'mycophenolate mofetil'), 'first-trimester pregnancy loss and congenital malformations', 'NOT_KNOWN', true, 'In the US boxed warning.', (select id from source where key = 'fda-cellcept-label'), true);

insert into monitoring_requirement (drug_id, lab_test_id, phase, timing, rationale, source_id, verified) values
((select id from drug where name = 'mycophenolate mofetil'), (select id from lab_test where code = 'PREGNANCY_TEST'), 'BASELINE', 'two tests of at least 25 mIU/mL sensitivity: immediately before starting and 8-10 days later', 'embryofetal toxicity', (select id from source where key = 'fda-cellcept-label'), true),
((select id from drug where name = 'mycophenolate mofetil'), (select id from lab_test where code = 'PREGNANCY_TEST'), 'FOLLOW_UP', 'repeat at routine follow-up visits', 'embryofetal toxicity', (select id from source where key = 'fda-cellcept-label'), false),
((select id from drug where name = 'mycophenolate mofetil'), (select id from lab_test where code = 'CBC'), 'FOLLOW_UP', 'weekly during the first month, twice monthly in the second and third months, then monthly through the first year', 'neutropenia and other cytopenias', (select id from source where key = 'fda-cellcept-label'), true),
((select id from drug where name = 'mycophenolate mofetil'), (select id from lab_test where code = 'HEPATITIS_B'), 'AS_INDICATED', 'in patients with hepatitis B infection: clinical and laboratory signs of active infection during treatment', 'hepatitis B reactivation', (select id from source where key = 'fda-cellcept-label'), true),
((select id from drug where name = 'mycophenolate mofetil'), (select id from lab_test where code = 'HEPATITIS_C'), 'AS_INDICATED', 'in patients with hepatitis C infection: clinical and laboratory signs of active infection during treatment', 'hepatitis C reactivation', (select id from source where key = 'fda-cellcept-label'), true);

-- ============================================================================================================
-- prednisone: systemic corticosteroid
-- ============================================================================================================
insert into drug (name, drug_class_id, modality, mechanism, last_reviewed) values
('prednisone', (select id from drug_class where name = 'systemic corticosteroids'), 'SMALL_MOLECULE',
 'Oral glucocorticoid prodrug converted in the liver to prednisolone, which activates the glucocorticoid receptor and broadly represses inflammatory gene expression in many immune cells.',
 '2026-11-22');

insert into brand (drug_id, name, region, source_id) values
((select id from drug where name = 'prednisone'), 'PredniSONE Intensol', 'US', (select id from source where key = 'fda-prednisone-label'));

insert into drug_route (drug_id, route, source_id) values
((select id from drug where name = 'prednisone'), 'ORAL', (select id from source where key = 'fda-prednisone-label'));

insert into drug_target (drug_id, target_id, action, source_id, verified) values
((select id from drug where name = 'prednisone'), (select id from target where symbol = 'NR3C1'), 'AGONIST', (select id from source where key = 'fda-prednisone-label'), false);

insert into approval (drug_id, region, agency, condition_id, status, year, minimum_age_months, severity, notes, source_id, verified) values
((select id from drug where name = 'prednisone'), 'US', 'FDA', (select id from condition where code = 'ATOPIC_DERMATITIS'), 'APPROVED', null, null, 'SEVERE',
 'US prednisone labels list atopic dermatitis under "allergic states": control of severe or incapacitating allergic conditions intractable to adequate trials of conventional treatment. No minimum age in the label; first year of this indication not verified. Unverified: the search tools showed this wording only on a sister corticosteroid label (dexamethasone tablets), not the prednisone section itself. The AAD 2023 guideline recommends against systemic corticosteroids for AD (conditional), reserving them for short-term bridging at most.',
 (select id from source where key = 'fda-prednisone-label'), false),
((select id from drug where name = 'prednisone'), 'EU', 'national', (select id from condition where code = 'ATOPIC_DERMATITIS'), 'APPROVED', null, null, 'SEVERE',
 'Prednisone/prednisolone are nationally authorised in EU countries for diseases needing systemic glucocorticoids; German SmPCs (e.g. Decortin, for adults and children of all ages) are believed to list eczematous diseases including atopic eczema under dermatology, but that section could not be displayed with the search tools. EuroGuiDerm advises against (long-term) systemic glucocorticosteroids for atopic eczema, at most short courses for acute flares.',
 (select id from source where key = 'euroguiderm-2022'), false);

insert into adverse_effect (drug_id, name, frequency, serious, notes, source_id, verified) values
((select id from drug where name = 'prednisone'), 'fluid and sodium retention, hypertension', 'NOT_KNOWN', false, 'The US label lists adverse reactions without frequencies.', (select id from source where key = 'fda-prednisone-label'), false),
((select id from drug where name = 'prednisone'), 'hyperglycaemia and new or worsened diabetes', 'NOT_KNOWN', false, 'The US label lists adverse reactions without frequencies.', (select id from source where key = 'fda-prednisone-label'), false),
((select id from drug where name = 'prednisone'), 'increased risk of infection', 'NOT_KNOWN', true, 'Dose- and duration-dependent; the US label lists adverse reactions without frequencies.', (select id from source where key = 'fda-prednisone-label'), false),
((select id from drug where name = 'prednisone'), 'adrenal (HPA-axis) suppression', 'NOT_KNOWN', true, 'After prolonged use; withdraw gradually. No frequency in the US label.', (select id from source where key = 'fda-prednisone-label'), false),
((select id from drug where name = 'prednisone'), 'osteoporosis', 'NOT_KNOWN', true, 'With prolonged use; no frequency in the US label.', (select id from source where key = 'fda-prednisone-label'), false),
((select id from drug where name = 'prednisone'), 'mood changes and psychiatric disturbances', 'NOT_KNOWN', false, 'No frequency in the US label.', (select id from source where key = 'fda-prednisone-label'), false),
((select id from drug where name = 'prednisone'), 'cataract and glaucoma', 'NOT_KNOWN', false, 'With prolonged use; no frequency in the US label.', (select id from source where key = 'fda-prednisone-label'), false);
-- prednisone: no routine laboratory monitoring requirement in the label or the guidelines consulted; no rows.
