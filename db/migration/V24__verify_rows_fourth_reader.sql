-- V24: fourth reading (2026-12-06) of the rows still verified = false after V19-V22 (issue 23, "Verified").
--
-- Method (the rules of V19/V20/V22, unchanged): for every unverified row only the row and its cited source were
-- looked at, and the primary document was searched for with the stored search tools (search excerpts show the
-- opening of a stored page; a section no excerpt displayed counts as not read). A row is set verified only where
-- the primary document's own text, or a verbatim copy of the same or a newer revision, was read stating the fact as
-- the row has it. Where nothing primary could be read the row stays unverified and unverified_reason says what this
-- fourth reading read and what it could not read.
--
-- Note on search_alias: none of the 75 unverified search words is a brand name or a development code; they are
-- clinical words, lab-test words and abbreviations. Their cited documents (guideline full texts, label sections
-- after the highlights, glossary pages) were again not displayed beyond their openings, or do not contain the word.
-- Where a lab-test word was read, in the meaning the row gives it, in a public-health body's, a health service's or
-- a laboratory-medicine reference page, the row is verified and repointed to that page (a new source row each);
-- otherwise the reason is made more precise or left as it was. (Brand names and codes live in drug_synonym and
-- brand, which carry no verified flag.)
--
-- Rows are addressed by natural keys and only while still unverified, so a row a colleague's migration already
-- settled is left alone.

-- ---------------------------------------------------------------------------------------------------------------
-- approval: tapinarof JP, verified against the PMDA package insert
-- ---------------------------------------------------------------------------------------------------------------
-- PMDA 医療用医薬品 詳細表示, ブイタマークリーム1% (VTAMA cream 1%), 添付文書番号 2699717N1028_1_01: "作成又は改訂年月
-- 2024年8月改訂(第2版) 2024年6月作成" (first issued June 2024, the month of approval), 承認番号 30600AMX00148000,
-- 販売開始 2024年10月, 薬効分類名 "アトピー性皮膚炎治療剤 尋常性乾癬治療剤". Sections 4 and 6 of the same edition read in the
-- shirobon.net copy ("添付文書情報2024年08月改定(第2版)"): 効能・効果 "1). アトピー性皮膚炎。2). 尋常性乾癬。";
-- 用法・用量 "〈アトピー性皮膚炎〉通常、成人及び12歳以上の小児には、1日1回、適量を患部に塗布する。" Status APPROVED, year 2024 and
-- minimum age 12 years (144 months) as the row has them. A report of an application for children 2 to <12 years
-- (0.5% cream; Medical Tribune) was seen; no later insert edition was displayed, so the row states the August 2024
-- edition. The row cited the Adis review (a secondary article); it now cites the package insert.
insert into source (key, title, publisher, kind, url, published_on, accessed_on) values
('pmda-vtama-cream-jp-insert-2024', 'ブイタマークリーム1% (VTAMA cream 1%, tapinarof): Japanese package insert (添付文書), 2nd edition revised August 2024 (first issued June 2024)', 'Japan Tobacco Inc. / Pharmaceuticals and Medical Devices Agency (PMDA)', 'LABEL', 'https://www.pmda.go.jp/PmdaSearch/iyakuDetail/530614_2699717N1028_1_01', '2024-08-01', '2026-12-06')
on conflict (key) do nothing;
update approval set verified = true, unverified_reason = null,
       source_id = (select id from source where key = 'pmda-vtama-cream-jp-insert-2024'),
       indication = 'Atopic dermatitis (効能又は効果: アトピー性皮膚炎); adults and children 12 years and older, once daily (用法及び用量: 成人及び12歳以上の小児には、1日1回).',
       notes = 'Japanese package insert of VTAMA cream 1% (PMDA, 2nd edition August 2024, first issued June 2024): atopic dermatitis in adults and children 12 years and older and plaque psoriasis in adults, applied once daily. A later edition (an application for children 2 to <12 years with a 0.5% cream was reported) was not read.'
 where drug_id = (select id from drug where name = 'tapinarof') and region = 'JP'
   and condition_id = (select id from condition where code = 'ATOPIC_DERMATITIS')
   and status = 'APPROVED' and year = 2024 and minimum_age_months = 144 and not verified;

-- ---------------------------------------------------------------------------------------------------------------
-- approval: reasons made precise
-- ---------------------------------------------------------------------------------------------------------------
update approval set unverified_reason = 'The PMDA page of the current Moizerto insert (6th edition, October 2024) displayed only up to the approval numbers (30300AMX00436/00437), and a copy of the same edition (shirobon.net) displays 用法・用量 ("通常、小児には0.3%製剤を1日2回...") with no age; section 9.7 stating use from 3 months of age was not displayed, and the approval date is not on the displayed part.'
 where drug_id = (select id from drug where name = 'difamilast') and region = 'JP' and not verified;
update approval set unverified_reason = 'No Corectim package insert stating use from 6 months of age was read: the only insert copy displayed (di.m3.com, edition not shown) gives adult dosing only and 9.7 "小児等を対象とした有効性及び安全性を指標とした臨床試験は実施していない", i.e. an edition before the paediatric extension; the current edition was not displayed.'
 where drug_id = (select id from drug where name = 'delgocitinib') and region = 'JP' and not verified;
update approval set unverified_reason = 'The EU product information displayed (EMA news item on the atopic dermatitis extension; myhealthbox listing of SmPC revision 8, 15-12-2020) states only "adult patients who are candidates for systemic therapy"; the paediatric indication (from 2 years) and the date of the EU extension were read only in the Great Britain SmPC (July 2024), not in a newer EU revision.'
 where drug_id = (select id from drug where name = 'baricitinib') and region = 'EU' and not verified;

-- ---------------------------------------------------------------------------------------------------------------
-- search_alias: reasons made precise
-- ---------------------------------------------------------------------------------------------------------------
-- nemolizumab US: section 1 of the cited label read in the openFDA copy (label.json, last updated 2026-05-26, with
-- the 06/2025 recent major changes of SPL version 5): "NEMLUVIO is an interleukin-31 receptor antagonist indicated
-- for: Prurigo Nodularis The treatment of adults with prurigo nodularis. (1.1) ...". The abbreviation is not used
-- there; the later sections were not displayed.
update search_alias set unverified_reason = 'Section 1 of the cited NEMLUVIO label (openFDA copy of SPL version 5) was read: it spells out "prurigo nodularis" and does not use the abbreviation PN; the sections after the indications (clinical studies) were not displayed.'
 where not verified and source_id = (select id from source where key = 'fda-nemluvio-label') and term = 'PN';
-- azathioprine: openFDA copy of the cited Imuran SPL (set id 606101a0-..., last updated 2026-10-13) displayed the
-- boxed warning and the start of DESCRIPTION only.
update search_alias set unverified_reason = 'The openFDA copy of the cited Imuran label (same set id, updated 2026-10-13) displayed only the boxed warning and the start of DESCRIPTION; the WARNINGS/DOSAGE paragraphs on TPMT were not displayed, so the spelled-out name was not read in it.'
 where not verified and source_id = (select id from source where key = 'fda-imuran-label') and term = 'thiopurine methyltransferase';
-- cyclosporine: the Neoral label copies displayed (pdfslide, RxDrugNews "official labeling in effect July 2005")
-- show only the boxed WARNING; "Serum creatinine and BUN should be evaluated every 2 weeks during the initial 3
-- months of therapy" was read only in a copy of the Gengraf label (another manufacturer's cyclosporine), which is
-- not used. BUN, creatinine, serum creatinine and kidney function are verified below in a health-library page;
-- urea and lipid profile stay unverified with this reason.
update search_alias set unverified_reason = 'The Neoral label copies displayed (pdfslide; RxDrugNews, labeling of July 2005) show only the boxed WARNING; the monitoring paragraphs ("serum creatinine ... BUN ... lipids") were read only in a copy of the Gengraf label (another manufacturer), and this exact word was not read in a document that uses it in this meaning.'
 where not verified and source_id = (select id from source where key = 'fda-neoral-label')
   and term in ('urea', 'lipid profile');  -- lipid profile is verified below in Lab Tests Online UK
-- abrocitinib EU: the platelet monitoring and thrombocytopenia wording was displayed only in GB material.
update search_alias set unverified_reason = 'The EU Cibinqo SmPC section on laboratory monitoring was not displayed; platelet-count monitoring was read only in the Great Britain SmPC copy (patient-info, sections 4.1-4.2) and Pfizer''s UK professional site, which do not verify the EU source, and the word "thrombocytopenia" itself was not read in either.'
 where not verified and source_id = (select id from source where key = 'ema-cibinqo-epar') and term = 'thrombocytopenia';

-- ---------------------------------------------------------------------------------------------------------------
-- search_alias: lab-test words verified in a document that uses them, and repointed to it
-- ---------------------------------------------------------------------------------------------------------------
-- The cited glossary pages (Canadian Cancer Society, HIVinfo, Minnesota Department of Health) do not contain these
-- words (V19-V22). Each word below was read, in the meaning the row gives it, in a public-health or laboratory-
-- medicine reference page; the row now cites that page (a new source row each, undated pages dated by access as
-- earlier migrations do; pages displayed at an http:// address are cited at the same address over https, as the
-- data tests require). "white cell count" was not read in this exact form ("White count", "white blood cell
-- count" were) and stays unverified.
insert into source (key, title, publisher, kind, url, published_on, accessed_on) values
('labtestsonline-uk-full-blood-count', 'Lab Tests Online UK: Full blood count (FBC) - numbers and types of red blood cells, white blood cells and platelets (undated)', 'Lab Tests Online UK (Association for Laboratory Medicine)', 'ARTICLE', 'https://labtestsonline.org.uk/tests/full-blood-count-fbc', '2026-12-06', '2026-12-06'),
('labtestsonline-uk-white-blood-cell-count', 'Lab Tests Online UK: White Blood Cell Count (also known as WBC, leucocyte count, white count; done as part of a full blood count) (undated)', 'Lab Tests Online UK (Association for Laboratory Medicine)', 'ARTICLE', 'https://labtestsonline.org.uk/understanding/analytes/wbc/tab/glance/', '2026-12-06', '2026-12-06'),
('nhs-wales-red-blood-cell-count', 'NHS 111 Wales health A-Z: Red blood cell count (RBC count, usually carried out as part of a full blood count), last updated 5 May 2021', 'NHS Wales (111 Wales), adapted from NHS website content', 'ARTICLE', 'https://111.wales.nhs.uk/encyclopaedia/r/article/redbloodcellcount/', '2021-05-05', '2026-12-06'),
('merck-manual-liver-function-tests', 'Merck Manual lab tests: Liver function tests (other names: liver panel, liver function panel, liver profile, hepatic function panel, LFT) (undated)', 'Merck Manuals (Merck & Co., Inc.)', 'ARTICLE', 'https://www.merckmanuals.com/iframe/manual/labtests/liverfunctiontests.html', '2026-12-06', '2026-12-06'),
('iowa-idph-tb-testing', 'Iowa Department of Public Health: TB testing - Mantoux tuberculin skin test and interferon-gamma release assays (QuantiFERON-TB Gold, QuantiFERON-TB Gold In-Tube, T-SPOT.TB) (undated)', 'Iowa Department of Public Health', 'ARTICLE', 'https://idph.iowa.gov/immtb/tb/testing', '2026-12-06', '2026-12-06')
on conflict (key) do nothing;

-- Lab Tests Online UK, "Full blood count (FBC)": "This test measures the numbers and types of cells in your blood,
-- including red blood cells, white blood cells, and platelets ... how much haemoglobin ... the different types of
-- white blood cells (neutrophils, lymphocytes, ...)" - the CBC with differential of the lab_test row.
update search_alias set verified = true, unverified_reason = null,
       source_id = (select id from source where key = 'labtestsonline-uk-full-blood-count')
 where not verified and term = 'full blood count' and lab_test_id = (select id from lab_test where code = 'CBC');
-- Lab Tests Online UK, "White Blood Cell Count. Also known as: WBC; Leucocyte count; White count. Related tests:
-- Full blood count ... When to Get Tested? As part of a full blood count (FBC)".
update search_alias set verified = true, unverified_reason = null,
       source_id = (select id from source where key = 'labtestsonline-uk-white-blood-cell-count')
 where not verified and term = 'WBC' and lab_test_id = (select id from lab_test where code = 'CBC');
-- NHS 111 Wales, "Red blood cell count" (last updated 05/05/2021): "A red blood cell (RBC) count is a blood test
-- that tells you how many red blood cells you have ... A RBC count is usually carried out as part of a full blood
-- cell (FBC) count."
update search_alias set verified = true, unverified_reason = null,
       source_id = (select id from source where key = 'nhs-wales-red-blood-cell-count')
 where not verified and term = 'RBC' and lab_test_id = (select id from lab_test where code = 'CBC');
update search_alias set unverified_reason = 'Not in the cited Canadian Cancer Society glossary entry; the laboratory pages read say "White Blood Cell Count" and "White count" (Lab Tests Online UK) and "white blood cell count" (medic8), not this exact word.'
 where not verified and term = 'white cell count' and lab_test_id = (select id from lab_test where code = 'CBC');
-- Merck Manual lab tests, "Liver function tests": "... The most common liver function tests measure: Albumin ...
-- ALP ..., ALT ..., AST ..., and GGT ... Bilirubin ... Other names: liver panel, liver function panel, liver
-- profile hepatic function panel, LFT".
update search_alias set verified = true, unverified_reason = null,
       source_id = (select id from source where key = 'merck-manual-liver-function-tests')
 where not verified and term = 'LFT' and lab_test_id = (select id from lab_test where code = 'LIVER_FUNCTION');
-- Iowa Department of Public Health, TB testing: "There are two kinds of tests that can be used to help detect TB
-- infection - the TB skin test (TST) and TB blood tests or Interferon-Gamma Release Assays (IGRAS) (i.e.,
-- QuantiFERON-TB Gold test (QFT-G), QuantiFERON-TB Gold In-Tube test (GFT-GIT) and T-SPOT.TB test)" and "The TB
-- skin test (Mantoux tuberculin skin test) is performed by injecting a small amount of fluid (called tuberculin)".
update search_alias set verified = true, unverified_reason = null,
       source_id = (select id from source where key = 'iowa-idph-tb-testing')
 where not verified and term in ('Mantoux', 'QuantiFERON') and lab_test_id = (select id from lab_test where code = 'TB_SCREENING');

-- Kidney words (cited: the Neoral label, whose monitoring paragraphs were not displayed; the same sentences were read
-- only in another manufacturer's cyclosporine label, see above). Baylor Scott & White Health library, "Kidney
-- Function Tests": "Blood tests show whether the kidneys are failing to remove wastes ... Serum creatinine.
-- Creatinine is a waste product ... Higher levels may be a sign that the kidneys are not working properly ... Blood
-- urea nitrogen (BUN) ... As kidney function decreases, the BUN level increases." "urea" alone (the UK "serum urea")
-- is not read there and stays unverified.
insert into source (key, title, publisher, kind, url, published_on, accessed_on) values
('bswhealth-library-kidney-function-tests', 'Health library: Kidney Function Tests - serum creatinine, blood urea nitrogen (BUN), creatinine clearance (undated)', 'Baylor Scott & White Health (Scott & White health library)', 'ARTICLE', 'https://www.sw.org/HealthLibrary?page=Kidney%20Function%20Tests', '2026-12-06', '2026-12-06')
on conflict (key) do nothing;
update search_alias set verified = true, unverified_reason = null,
       source_id = (select id from source where key = 'bswhealth-library-kidney-function-tests')
 where not verified and source_id = (select id from source where key = 'fda-neoral-label')
   and term in ('BUN', 'serum creatinine', 'creatinine', 'kidney function')
   and lab_test_id = (select id from lab_test where code = 'RENAL_FUNCTION');

-- Lab-test words citing the RINVOQ US label (whose warnings, laboratory and specific-population sections no stored
-- copy displays) and the lipid word citing the Neoral label: read in public-health and laboratory references.
insert into source (key, title, publisher, kind, url, published_on, accessed_on) values
('niddk-estimating-gfr', 'Estimating Glomerular Filtration Rate (GFR): estimated GFR (eGFR) calculated from serum creatinine (health professionals, laboratory evaluation) (undated)', 'National Institute of Diabetes and Digestive and Kidney Diseases (NIDDK), NIH', 'ARTICLE', 'https://www2.niddk.nih.gov/health-information/professionals/clinical-tools-patient-management/kidney-disease/laboratory-evaluation/glomerular-filtration-rate/estimating', '2026-12-06', '2026-12-06'),
('cdc-mmwr-2020-hcv-screening', 'Schillie S, Wester C, Osborne M, et al. CDC Recommendations for Hepatitis C Screening Among Adults - United States, 2020. MMWR Recomm Rep 2020;69(No. RR-2):1-17', 'Centers for Disease Control and Prevention (MMWR)', 'GUIDELINE', 'https://www.cdc.gov/mmwr/volumes/69/rr/rr6902a1.htm', '2020-04-10', '2026-12-06'),
('cdc-mmwr-2023-hbv-screening', 'Conners EE, Panagiotakopoulos L, Hofmeister MG, et al. Screening and Testing for Hepatitis B Virus Infection: CDC Recommendations - United States, 2023. MMWR Recomm Rep 2023;72(No. RR-1):1-25', 'Centers for Disease Control and Prevention (MMWR)', 'GUIDELINE', 'https://doi.org/10.15585/mmwr.rr7201a1', '2023-03-10', '2026-12-06'),
('cdc-dear-colleague-2023-hbv-screening', 'Dear Colleague letter: Significant Update to Hepatitis B Screening and Testing Recommendations (triple panel: HBsAg, anti-HBs, total anti-HBc), 10 March 2023', 'Centers for Disease Control and Prevention, NCHHSTP', 'ARTICLE', 'https://www.cdc.gov/nchhstp/dear_colleague/2023/hepatitis-B-screening-and-testing.html', '2023-03-10', '2026-12-06'),
('rcht-pathology-lipids', 'Pathology test directory: cholesterol and triglycerides (alias Chol, Trig, HDL and LDL), last updated 30 April 2024', 'Royal Cornwall Hospitals NHS Trust, Pathology', 'ARTICLE', 'https://pathology.royalcornwallhospitals.nhs.uk/viewTest.php?ID=220', '2024-04-30', '2026-12-06'),
('labtestsonline-uk-lipid-profile', 'Lab Tests Online UK: Lipid Profile (also known as lipid panel, lipids) (undated)', 'Lab Tests Online UK (Association for Laboratory Medicine)', 'ARTICLE', 'https://labtestsonline.org.uk/tests/lipid-profile', '2026-12-06', '2026-12-06')
on conflict (key) do nothing;

-- NIDDK, "Estimating Glomerular Filtration Rate": "NIDDK strongly encourages clinical laboratories to routinely
-- estimate glomerular filtration rate (GFR) and report the value when serum creatinine is measured ... An estimated
-- GFR (eGFR) calculated from serum creatinine ... Assessment of kidney function through eGFR is essential ...".
update search_alias set verified = true, unverified_reason = null,
       source_id = (select id from source where key = 'niddk-estimating-gfr')
 where not verified and term in ('GFR', 'eGFR') and lab_test_id = (select id from lab_test where code = 'RENAL_FUNCTION');
-- CDC MMWR 2020 (cdc.gov): "Hepatitis C virus (HCV) infection is a major source of morbidity and mortality in the
-- United States ... hepatitis C screening at least once in a lifetime for all adults aged >=18 years".
update search_alias set verified = true, unverified_reason = null,
       source_id = (select id from source where key = 'cdc-mmwr-2020-hcv-screening')
 where not verified and term = 'HCV' and lab_test_id = (select id from lab_test where code = 'HEPATITIS_C');
-- CDC MMWR 2023, summary (read on PubMed 36893044 and in a copy of the report): "Chronic hepatitis B virus (HBV)
-- infection can lead to substantial morbidity and mortality ... hepatitis B screening using three laboratory tests
-- at least once during a lifetime for adults aged >=18 years".
update search_alias set verified = true, unverified_reason = null,
       source_id = (select id from source where key = 'cdc-mmwr-2023-hbv-screening')
 where not verified and term = 'HBV' and lab_test_id = (select id from lab_test where code = 'HEPATITIS_B');
-- CDC Dear Colleague letter, 10 March 2023 (cdc.gov): "All adults should be screened at least once in their lifetime
-- with a triple panel test for hepatitis B surface antigen (HBsAg), antibody to hepatitis B surface antigen
-- (anti-HBs), and total antibody to hepatitis B core antigen (total anti-HBc)".
update search_alias set verified = true, unverified_reason = null,
       source_id = (select id from source where key = 'cdc-dear-colleague-2023-hbv-screening')
 where not verified and term = 'HBsAg' and lab_test_id = (select id from lab_test where code = 'HEPATITIS_B');
-- Royal Cornwall Hospitals NHS pathology directory (last updated 30-04-2024): "Alias: Chol, Trig, HDL and LDL ...
-- This test measures the amount of cholesterol and triglycerides in your blood ... Low-density lipoprotein (LDL) -
-- bad cholesterol, High-density lipoprotein (HDL) - good cholesterol." "LDL cholesterol" is not read there as a
-- phrase and stays unverified.
update search_alias set verified = true, unverified_reason = null,
       source_id = (select id from source where key = 'rcht-pathology-lipids')
 where not verified and term in ('cholesterol', 'triglycerides', 'HDL', 'LDL')
   and lab_test_id = (select id from lab_test where code = 'LIPID_PANEL');
-- Lab Tests Online UK, Lipid Profile (labtestsonline.org.uk/tests/lipid-profile; the same text is on the older
-- page of the site, last modified 22 February 2024): "A lipid profile test measures the levels of specific lipids in
-- the blood - such as cholesterol and triglycerides ... Also known as Lipid Panel; Lipids ... Testing for your lipid
-- profile requires a blood sample".
update search_alias set verified = true, unverified_reason = null,
       source_id = (select id from source where key = 'labtestsonline-uk-lipid-profile')
 where not verified and term = 'lipid profile' and lab_test_id = (select id from lab_test where code = 'LIPID_PANEL');
-- Lab Tests Online UK, Full blood count (FBC): "It's one of the most common blood tests and helps doctors check for
-- conditions like anaemia, infections, and blood disorders ... if you have symptoms of anaemia".
update search_alias set verified = true, unverified_reason = null,
       source_id = (select id from source where key = 'labtestsonline-uk-full-blood-count')
 where not verified and term = 'anaemia' and lab_test_id = (select id from lab_test where code = 'CBC');

-- "anemia" (US spelling; cited: the RINVOQ label) and "urine test" (cited: AAD 2014, whose Table VII says
-- "urinalysis"): read in hospital health-library pages.
insert into source (key, title, publisher, kind, url, published_on, accessed_on) values
('lahey-library-nutritional-anemia-diagnosis', 'Health library: Diagnosis of nutritional anemia - complete blood count (CBC) (EBSCO Medical Review Board; reviewed 09/2019, updated 30 October 2020)', 'Lahey Hospital & Medical Center (Beth Israel Lahey Health), content by EBSCO', 'ARTICLE', 'https://www.lahey.org/health-library/diagnosis-of-nutritional-anemia/', '2020-10-30', '2026-12-06'),
('mainlinehealth-urinalysis', 'Urinalysis (Urine Test): what is urinalysis (undated)', 'Main Line Health', 'ARTICLE', 'https://www.mainlinehealth.org/conditions-and-treatments/screenings/urinalysis', '2026-12-06', '2026-12-06')
on conflict (key) do nothing;
-- Lahey health library: "A complete blood count (CBC) is a blood test that shows the number of blood cells. Anemia
-- is diagnosed if RBC levels are too low."
update search_alias set verified = true, unverified_reason = null,
       source_id = (select id from source where key = 'lahey-library-nutritional-anemia-diagnosis')
 where not verified and term = 'anemia' and lab_test_id = (select id from lab_test where code = 'CBC');
-- Main Line Health: "Urinalysis (Urine Test) ... Routine urinalysis (or UA) includes the examination of the physical
-- and chemical characteristics of urine."
update search_alias set verified = true, unverified_reason = null,
       source_id = (select id from source where key = 'mainlinehealth-urinalysis')
 where not verified and term = 'urine test' and lab_test_id = (select id from lab_test where code = 'URINALYSIS');

-- "skin cancer" (SKIN_EXAM) and "birth control" (CONTRACEPTION), both citing the RINVOQ label: read in CDC and
-- National Library of Medicine pages.
insert into source (key, title, publisher, kind, url, published_on, accessed_on) values
('cdc-skin-cancer-screening', 'Skin cancer: What screening tests are there? (total body examination by a doctor to find skin cancers early) (undated)', 'Centers for Disease Control and Prevention, Division of Cancer Prevention and Control', 'ARTICLE', 'https://www.cdc.gov/cancer/skin/basic_info/screening.htm', '2026-12-06', '2026-12-06'),
('medlineplus-birth-control-2008', 'MedlinePlus health topic: Birth Control (also called: contraception), last updated 29 September 2008 (web archive copy of the NLM page)', 'U.S. National Library of Medicine (MedlinePlus)', 'ARTICLE', 'https://webarchive.library.unt.edu/eot2008/20081005013822/http:/www.nlm.nih.gov/medlineplus/print/birthcontrol.html', '2008-09-29', '2026-12-06')
on conflict (key) do nothing;
-- CDC: "The U.S. Preventive Services Task Force (USPSTF) has concluded there is not enough evidence to recommend for
-- or against routine screening (total body examination by a doctor) to find skin cancers early ... talk to your
-- doctor if you are at increased risk of skin cancer."
update search_alias set verified = true, unverified_reason = null,
       source_id = (select id from source where key = 'cdc-skin-cancer-screening')
 where not verified and term = 'skin cancer' and lab_test_id = (select id from lab_test where code = 'SKIN_EXAM');
-- MedlinePlus (NLM), Birth Control: "Also called: Contraception. Birth control, also known as contraception, is
-- designed to prevent pregnancy." (page last updated September 29 2008, read in the University of North Texas web
-- archive of nlm.nih.gov).
update search_alias set verified = true, unverified_reason = null,
       source_id = (select id from source where key = 'medlineplus-birth-control-2008')
 where not verified and term = 'birth control' and drug_fact = 'CONTRACEPTION';

-- Diprosone: the cited patient-info copy of the Diprosone 0.05% w/w Cream SmPC displayed sections 1-4.3 ("a
-- synthetic fluorinated corticosteroid", "low dose steroid treatment"); the emc SmPC of Diprosone Lotion (updated
-- 02-Apr-2024) says in 4.4 "The label will state strong steroid". Neither word was read.
update search_alias set unverified_reason = 'The cited patient-info copy of the Diprosone Cream SmPC displayed sections 1-4.3 ("a synthetic fluorinated corticosteroid", "low dose steroid treatment"), and the emc SmPC of Diprosone Lotion (02-Apr-2024) says in 4.4 "The label will state strong steroid"; this word was not read in either, and sections 4.4-5.1 of the cream SmPC were not displayed.'
 where not verified and source_id = (select id from source where key = 'mhra-diprosone-cream-smpc')
   and term in ('potent corticosteroids', 'potent steroids');

-- ---------------------------------------------------------------------------------------------------------------
-- Data version
-- ---------------------------------------------------------------------------------------------------------------
update data_version set version = '2026.12.06.2', reviewed_on = date '2026-12-06',
    notes = notes || ' | 2026-12-06 (V24): fourth reading of the unverified rows: the tapinarof JP approval (2024, adults and children 12 years and older) verified against the PMDA package insert of VTAMA cream 1% (2nd edition August 2024) and repointed from the Adis review to it; search words full blood count, WBC (Lab Tests Online UK), RBC (NHS 111 Wales), LFT (Merck Manual lab tests), Mantoux and QuantiFERON (Iowa Department of Public Health), BUN, serum creatinine, creatinine and kidney function (Baylor Scott & White health library), GFR and eGFR (NIDDK), HCV (CDC MMWR 2020), HBV (CDC MMWR 2023), HBsAg (CDC letter of 10 March 2023), cholesterol, triglycerides, HDL and LDL (Royal Cornwall Hospitals NHS pathology), lipid profile and anaemia (Lab Tests Online UK), anemia (Lahey health library) urine test (Main Line Health), skin cancer (CDC) and birth control (MedlinePlus) verified and repointed to those pages from cited glossaries and label copies that do not contain or display them; unverified_reason made precise for the difamilast, delgocitinib and baricitinib EU approvals and for the search words PN, thiopurine methyltransferase, urea (Neoral), thrombocytopenia (Cibinqo EU), white cell count and potent corticosteroids/steroids (Diprosone).'
where id = 1;
