-- V27: sixth reading (2026-12-06) of the rows still verified = false after V19-V25 (issue 23, "Verified" and
-- "Traceable").
--
-- Method (the rules of V19-V25, unchanged): for every unverified row only the row and its cited source were looked
-- at, and the primary document was searched for with the stored search tools. A row is set verified only where the
-- primary document's own text (a label or SmPC, a guideline, the abstract or full text of a journal article, or a
-- public-health, health-service, hospital health-library or laboratory-medicine reference page for a search word)
-- was read stating the fact as the row has it. A section that no excerpt displayed counts as not read. Copies that
-- name neither their source nor their revision, other regulators' labels (Swiss, Asian), news items, manufacturers'
-- promotional pages and AI-written pages verify nothing. Where nothing primary could be read the row stays
-- unverified and its unverified_reason says what this sixth reading read and could not read.
--
-- Search vocabulary (search_alias) and drug targets: as in V24/V25, where the cited document does not contain the
-- word (or was never displayed) the row is repointed to the primary document in which the word, or the target, was
-- read (a new source row each; undated web pages are dated by the day they were read, as earlier migrations do; pages
-- displayed at an http:// address are cited at the same address over https). A word read only in another inflection
-- of the same word (singular for plural) is accepted and the reading says so; a different spelling or a different
-- word is not.
--
-- What this reading could not do: the adverse-effect frequency tables (EU SmPC 4.8, US label 6.1), the EU SmPC
-- sections 4.2-4.6 and the US label sections 5-8 of the remaining rows were again not displayed by any stored copy of
-- the cited revision (the stored pages are shown from their beginning: highlights, sections 1-4.2). Canada (Health
-- Canada product monographs, Drug Product Database) and Australia (TGA product information, ARTG) approvals were not
-- added, although the schema's region values include CA and AU: the only monograph and product information displayed
-- were first-approval editions (Dupixent: a transcription of the Canadian product monograph dated November 30, 2017,
-- cut before its indications; the AusPAR attachment of the Australian PI, final 12 June 2018, "moderate to severe
-- atopic dermatitis in adult patients who are candidates for chronic systemic therapy"), so no current indication or
-- minimum age could be read; the later extensions were seen only in news items.
--
-- Rows are addressed by natural keys and only while still unverified, so a row a colleague's migration already
-- settled is left alone.

-- ---------------------------------------------------------------------------------------------------------------
-- Sources added
-- ---------------------------------------------------------------------------------------------------------------
insert into source (key, title, publisher, kind, url, published_on, accessed_on) values
('gause-2013-type-2-immunity', 'Gause WC, Wynn TA, Allen JE. Type 2 immunity and wound healing: evolutionary refinement of adaptive immunity by helminths. Nat Rev Immunol 2013;13(8):607-614 (Opinion; NIH author manuscript PMC3789590)', 'Springer Nature (Nature Reviews Immunology)', 'ARTICLE', 'https://www.nature.com/articles/nri3476', '2013-08-01', '2026-12-06'),
('curr-opin-hematol-1999-il5-eosinophils', 'Interleukin-5 and the regulation of eosinophil production. Curr Opin Hematol, May 1999 (review; abstract read in the Ovid record of the article)', 'Lippincott Williams & Wilkins (Current Opinion in Hematology)', 'ARTICLE', 'https://insights.ovid.com/cohem/199905000/00062752-199905000-00007', '1999-05-01', '2026-12-06'),
('cincinnati-childrens-acth-test', 'Health library: ACTH Stimulation Test (adrenal glands, cortisol and aldosterone; Cortrosyn low or high dose) (undated)', 'Cincinnati Children''s Hospital Medical Center', 'ARTICLE', 'https://www.cincinnatichildrens.org/health/a/acth-test', '2026-12-06', '2026-12-06'),
('allergy-north-west-creams-ointments', 'Managing allergies, treatment options: Creams and ointments (eczema: moisturisers; anti-inflammatory creams and ointments, steroid strengths mild to very potent) (undated)', 'Allergy North West (NHS)', 'ARTICLE', 'https://allergynorthwest.nhs.uk/home-patient/managing-allergies/treatment-options/creams-ointments/', '2026-12-06', '2026-12-06'),
('patient-info-liver-function-tests', 'Liver Function Tests (Patient.info health information leaflet, as served on the health-information pages of Almondsbury Surgery, an NHS general practice) (undated)', 'Patient.info, via Almondsbury Surgery (NHS general practice)', 'ARTICLE', 'https://www.almondsburysurgery.nhs.uk/health-information/?arturi=aHR0cDovL2FwaS5wYXRpZW50LmNvLnVrL2NvbnRlbnQvcGlsL2xpdmVyLWZ1bmN0aW9uLXRlc3RzP2FwaWtleT0xZDdiODVlYS0wMjFmLTQxMjNhYjUw', '2026-12-06', '2026-12-06'),
('ebmconsult-neutrophil-count', 'Lab Test: Neutrophil Count (PMN) - description, reference range, indications and uses (chronic benign neutropenia, cyclic neutropenia) (undated)', 'EBM Consult', 'ARTICLE', 'https://ebmconsult.com/articles/lab-test-neutrophil-count', '2026-12-06', '2026-12-06'),
('jkaoms-calcineurin-inhibitor-pathways-figure', 'J Korean Assoc Oral Maxillofac Surg vol. 49 no. 6, article from p. 311: Fig. 3, schematic drawings of calcineurin inhibitor pathways (figure page of the journal website; the article title was not displayed; undated page)', 'Korean Association of Oral and Maxillofacial Surgeons (Journal of the Korean Association of Oral and Maxillofacial Surgeons)', 'ARTICLE', 'https://www.jkaoms.org/journal/popup_file.html?uid=3419&file=jkaoms-49-6-311-f3.jpg&md=fig&idx=3', '2026-12-06', '2026-12-06'),
('natsumeda-2003-impdh-isoforms', 'Natsumeda Y. Biological Significance of Guanylate Synthesis and IMP Dehydrogenase Isoforms. In: Pankiewicz K et al. (eds), Inosine Monophosphate Dehydrogenase, ACS Symposium Series 839, chapter 3 (doi:10.1021/bk-2003-0839.ch003), published 3 March 2003 (read in a copy of the chapter PDF)', 'American Chemical Society (ACS Symposium Series)', 'ARTICLE', 'https://doi.org/10.1021/bk-2003-0839.ch003', '2003-03-03', '2026-12-06'),
('prescrire-2017-breast-feeding', 'Making rational choices about drug treatment while breast-feeding. Prescrire Int 2017;26(188):302-306 (abstract on the publisher''s site, dated 1 December 2017)', 'Prescrire (Prescrire International)', 'ARTICLE', 'https://english.prescrire.org/en/81/168/53653/0/2017/ArchiveNewsDetails.aspx?page=1', '2017-12-01', '2026-12-06'),
('clin-transplant-1996-mmf-purine-metabolism', 'Purine metabolism and immunosuppressive effects of mycophenolate mofetil (MMF). Clin Transplant 1996;10(1 Pt 2):77-84 (PMID 8680053; abstract)', 'Clinical Transplantation (journal)', 'ARTICLE', 'https://pubmed.ncbi.nlm.nih.gov/8680053/', '1996-02-01', '2026-12-06')
on conflict (key) do nothing;

-- ---------------------------------------------------------------------------------------------------------------
-- search_alias: words read in primary documents, rows repointed to them
-- ---------------------------------------------------------------------------------------------------------------
-- Gause, Wynn & Allen 2013, abstract (nature.com; the same text in the NIH author manuscript, "Nat Rev Immunol. 2013
-- August; 13(8): 607-614"): "Helminth-induced type 2 immune responses, which are characterized by the T helper 2
-- cell-associated cytokines interleukin-4 (IL-4) and IL-13, mediate host protection ... In this Opinion article, we
-- consider type 2 immunity in the context of helminth-mediated tissue damage." The word in the meaning of the row
-- (the IL-4/IL-13-driven type 2 response). The cited Gandhi 2016 abstract says "type 2 inflammation" (V22).
update search_alias set verified = true, unverified_reason = null,
       source_id = (select id from source where key = 'gause-2013-type-2-immunity')
 where not verified and term = 'type 2 immunity'
   and pathway_id = (select id from pathway where name = 'Type 2 (Th2) inflammation: IL-4 and IL-13 signalling');
-- "Interleukin-5 and the regulation of eosinophil production" (Curr Opin Hematol, May 1999), abstract: "Eosinophils
-- play important roles in adaptive immune responses, inflammatory processes, and disease states ... Interleukin-5 has
-- been identified as a major regulator of eosinophil development and function." The cited Lancet seminar summary does
-- not contain the word (V22).
update search_alias set verified = true, unverified_reason = null,
       source_id = (select id from source where key = 'curr-opin-hematol-1999-il5-eosinophils')
 where not verified and term = 'eosinophils'
   and pathway_id = (select id from pathway where name = 'IL-5 and eosinophil recruitment');
-- Journal of the Korean Association of Oral and Maxillofacial Surgeons 49(6), Fig. 3 legend: "Schematic drawings of
-- calcineurin inhibitor pathways in which a phosphatase dephosphorylates NFAT family members that then are
-- transported into the nucleus and bind to the nuclear promotor of the IL-2 gene. Production of IL-2 will lead to
-- full T-cell activation. Cyclosporine and tacrolimus show immunosuppression by directly interacting with
-- calcineurin to inhibit its phosphatase action." (The other texts read say "T cell activation" without the hyphen:
-- Sieber & Baumgrass, Cell Commun Signal 2009;7:25, "a hub of antigen specific T cell activation".)
update search_alias set verified = true, unverified_reason = null,
       source_id = (select id from source where key = 'jkaoms-calcineurin-inhibitor-pathways-figure')
 where not verified and term = 'T-cell activation'
   and pathway_id = (select id from pathway where name = 'T-cell activation: calcineurin-NFAT');
-- Cincinnati Children's health library, "ACTH Stimulation Test": "An ACTH stimulation test is done to see if the
-- adrenal glands - located on top of each kidney - are able to make the right amount of hormones called cortisol and
-- aldosterone ... The ACTH stimulation test is done by giving a medication called Cortrosyn and drawing blood levels
-- of cortisol." The test of adrenal (HPA-axis) function of the row; the exact word, singular.
update search_alias set verified = true, unverified_reason = null,
       source_id = (select id from source where key = 'cincinnati-childrens-acth-test')
 where not verified and term = 'ACTH stimulation test' and lab_test_id = (select id from lab_test where code = 'HPA_AXIS');
-- Allergy North West (NHS), Creams and ointments: "Steroid creams and ointments have been used for many years to treat
-- children's eczema. They come in different strengths: mild, moderate, potent, very potent ... Most children with mild
-- eczema respond to a mild steroid (1% hydrocortisone ointment) used twice a day." The word in the singular, for the
-- low-potency class (hydrocortisone 1%). The cited Pinewood hydrocortisone SmPC 4.1-4.4 does not contain it (V22).
update search_alias set verified = true, unverified_reason = null,
       source_id = (select id from source where key = 'allergy-north-west-creams-ointments')
 where not verified and term = 'mild steroids'
   and drug_class_id = (select id from drug_class where name = 'low-potency topical corticosteroids');
-- Patient.info "Liver Function Tests" (NHS general-practice website): "Liver function tests measure various chemicals
-- in the blood made by the liver ... LFTs are some tests that are commonly done on a blood sample. These usually
-- measure the following: Alanine transaminase (ALT). This is an enzyme that helps to process proteins." The word in
-- the singular, in the meaning of the liver-function test of the row. The displayed parts of the cited RINVOQ label
-- do not contain it (V22).
update search_alias set verified = true, unverified_reason = null,
       source_id = (select id from source where key = 'patient-info-liver-function-tests')
 where not verified and term = 'transaminases' and lab_test_id = (select id from lab_test where code = 'LIVER_FUNCTION');
-- EBM Consult, "Lab Test: Neutrophil Count (PMN)": "Measurement of neutrophils in blood for the evaluation and
-- management of immunologic, hematologic, and neoplastic disorders ... Reference Range ... Absolute: 1.8-7.7 x 10^3
-- cells/microL ... Chronic benign neutropenia ... When an absolute neutrophil count (ANC) remains below 500 to
-- 1000/mm3 ... Cyclic neutropenia: A neutrophil count less than 200/mm3 every 21 days". The word as a finding of the
-- blood count (CBC with differential) of the row.
update search_alias set verified = true, unverified_reason = null,
       source_id = (select id from source where key = 'ebmconsult-neutrophil-count')
 where not verified and term = 'neutropenia' and lab_test_id = (select id from lab_test where code = 'CBC');

-- Prescrire International 2017;26(188):302-306, abstract on the publisher's site (1 December 2017): "From the
-- perspective of children's health, exclusive breast-feeding for at least the first 6 months of life is generally
-- preferable ... Most drugs taken by nursing women are present in their milk, and breastfed children are exposed to
-- their adverse effects ... take into account the effects of the drugs under consideration during breast-feeding.
-- Summaries of product characteristics (SPCs) contain insufficient information on breast-feeding." The hyphenated
-- word, in the meaning of the row (medicines while breastfeeding); the cited RINVOQ label says "breastfeeding".
update search_alias set verified = true, unverified_reason = null,
       source_id = (select id from source where key = 'prescrire-2017-breast-feeding')
 where not verified and term = 'breast-feeding' and drug_fact = 'BREASTFEEDING';

-- search_alias: reasons made precise for words still not read as they stand
update search_alias set unverified_reason = unverified_reason || ' Sixth reading (2026-12-06): not found either in the NHS pages read (Allergy North West "Steroid creams and ointments", "ointments are preferred to creams"; East Sussex formulary 13.3.1 "Ointments have a deeper, more prolonged emollient effect"), which use other words.'
 where not verified and term in ('corticosteroid cream', 'corticosteroid ointment', 'steroid ointment')
   and drug_class_id = (select id from drug_class where name = 'topical corticosteroids')
   and unverified_reason not like '%Sixth reading%';
update search_alias set unverified_reason = unverified_reason || ' Sixth reading (2026-12-06): the AAFP Choosing Wisely page and the copy of Yu et al. 2017 read say "systemic corticosteroids"/"systemic steroids"; "oral corticosteroids" was read only on consumer pages (healthierher.com) and an AI-written page, not in a primary document.'
 where not verified and term = 'oral corticosteroids'
   and drug_class_id = (select id from drug_class where name = 'systemic corticosteroids')
   and unverified_reason not like '%Sixth reading%';
update search_alias set unverified_reason = unverified_reason || ' Sixth reading (2026-12-06): the pages read on type 2 inflammation (a sponsor site, type2inflammation.com; review abstracts on IL-4/IL-13) say "type 2 inflammation" or "Type 2 inflammatory", not "T2 inflammation".'
 where not verified and term = 'T2 inflammation'
   and pathway_id = (select id from pathway where name = 'Type 2 (Th2) inflammation: IL-4 and IL-13 signalling')
   and unverified_reason not like '%Sixth reading%';
update search_alias set unverified_reason = unverified_reason || ' Sixth reading (2026-12-06): the abbreviation was read only on a commercial laboratory''s price page ("Hep C antibody", "Hep B surface Antigen"), not in a public-health, health-service or laboratory-medicine reference page.'
 where not verified and term in ('hep B', 'hep C') and unverified_reason not like '%Sixth reading%';
update search_alias set unverified_reason = unverified_reason || ' Sixth reading (2026-12-06): the word was read, with blood counts, only in AI-written pages (droracle.ai), not in a primary document.'
 where not verified and term = 'lymphopenia' and lab_test_id = (select id from lab_test where code = 'CBC')
   and unverified_reason not like '%Sixth reading%';
update search_alias set unverified_reason = unverified_reason || ' Sixth reading (2026-12-06): the review abstract read (PMC7505528: "Corticosteroids and immunosuppressants are presently the mainstays of treatment") uses the word for immunosuppressive drugs in general, not for the antimetabolite class.'
 where not verified and term = 'immunosuppressants'
   and drug_class_id = (select id from drug_class where name = 'antimetabolite immunosuppressants')
   and unverified_reason not like '%Sixth reading%';

-- ---------------------------------------------------------------------------------------------------------------
-- drug_target: mycophenolate mofetil - IMPDH1 and IMPDH2 (cited: the CellCept label, whose 12.1 was not displayed)
-- ---------------------------------------------------------------------------------------------------------------
-- Natsumeda 2003 (ACS Symposium Series 839, chapter 3), abstract: "IMP dehydrogenase (IMPDH) is the rate-limiting
-- enzyme for de novo guanine nucleotide synthesis and a potential target for anticancer and immunosuppressive
-- chemotherapy. Human IMPDH was regarded as a single molecular species until the discovery in 1989 of two isoforms
-- derived from different genes ... Although mycophenolic acid has a slight selectivity to type II in its
-- inhibition, the selectivity may not be sufficient" - mycophenolic acid inhibits both isoforms, type I (IMPDH1) and
-- type II (IMPDH2). Also read: the abstract of "Regulation of inosine monophosphate dehydrogenase type I and type II
-- isoforms in human lymphocytes" (R Discovery record, journal not displayed): "MPA and VX-497 inhibit both isoforms of
-- IMPDH in vitro".
update drug_target set verified = true, unverified_reason = null,
       source_id = (select id from source where key = 'natsumeda-2003-impdh-isoforms')
 where not verified and drug_id = (select id from drug where name = 'mycophenolate mofetil')
   and target_id = (select id from target where symbol = 'IMPDH1') and action = 'INHIBITOR';
-- Clin Transplant 1996;10:77-84 (PubMed 8680053), abstract: "Orally administered MMF is hydrolyzed by esterases in the
-- intestine and blood to release mycophenolic acid (MPA), a potent, selective, noncompetitive inhibitor of the type 2
-- isoform of inosine monophosphate dehydroxygenase (IMPDH) expressed in activated human T and B lymphocytes."
update drug_target set verified = true, unverified_reason = null,
       source_id = (select id from source where key = 'clin-transplant-1996-mmf-purine-metabolism')
 where not verified and drug_id = (select id from drug where name = 'mycophenolate mofetil')
   and target_id = (select id from target where symbol = 'IMPDH2') and action = 'INHIBITOR';

-- drug_target: reasons made precise
update drug_target set unverified_reason = unverified_reason || ' Sixth reading (2026-12-06): "prednisolone binds glucocorticoid receptors" was read only on reagent-vendor and database pages (cloud-clone.com, pharmacompass.com) and an encyclopedia page, not in a primary document.'
 where not verified and drug_id = (select id from drug where name = 'prednisone')
   and target_id = (select id from target where symbol = 'NR3C1') and unverified_reason not like '%Sixth reading%';
update drug_target set unverified_reason = unverified_reason || ' Sixth reading (2026-12-06): the inhibition of dihydrofolate reductase was read again only in teaching and unsourced pages (trc-p.nl, a textbook copy at arthritisresearch.us); the review abstracts read (Pharmacol Rev 2005;57:163, PubMed 15914465; Int J Mol Sci 2019;20:5023, PMC6834162) do not name the enzyme.'
 where not verified and drug_id = (select id from drug where name = 'methotrexate')
   and target_id = (select id from target where symbol = 'DHFR') and unverified_reason not like '%Sixth reading%';
update drug_target set unverified_reason = unverified_reason || ' Sixth reading (2026-12-06): the PDE4 reviews read (Front Pharmacol 2018;9:1048; encyclopedia entries on PDE4 inhibitors) name PDE4 and its four genes without stating which isoforms roflumilast or crisaborole inhibit.'
 where not verified and drug_id in (select id from drug where name in ('roflumilast', 'crisaborole'))
   and target_id in (select id from target where symbol in ('PDE4B', 'PDE4D')) and unverified_reason not like '%Sixth reading%';

-- ---------------------------------------------------------------------------------------------------------------
-- adverse_effect: tralokinumab EU - reasons made precise
-- ---------------------------------------------------------------------------------------------------------------
-- The Czech-language EU SmPC (Příloha I, Souhrn údajů o přípravku; medicinous.com copy of SmPC 161855) displayed
-- sections 1 to 4.2 only; its 4.1 already reads "u dospělých a dospívajících pacientů ve věku 12 let a starších", i.e.
-- the cited October 2022 revision or a later one. The 4.8 categories were read only in a Polish drug database
-- (receptariusz.pl, "informacje o leku Adtralza"), which re-lays the Polish SmPC table as text without naming its
-- revision: "Zakażenia i zarażenia pasożytnicze: (bardzo często) zakażenia górnych dróg oddechowych; (często)
-- zapalenie spojówek. Zaburzenia krwi i układu chłonnego: (często) eozynofilia. Zaburzenia oka: (często) alergiczne
-- zapalenie spojówek; (niezbyt często) zapalenie rogówki. Zaburzenia ogólne i stany w miejscu podania: (często)
-- reakcje w miejscu wstrzyknięcia." These agree with every row, but a database's re-layout is not the document.
update adverse_effect set unverified_reason = 'EU Adtralza SmPC section 4.8 table not displayed by any stored copy of the cited revision: the Czech-language EU SmPC (medicinous.com copy, whose 4.1 names adolescents 12 years and older) displayed sections 1-4.2 only. The categories were read on 2026-12-06 only in a Polish drug database (receptariusz.pl) that re-lays the Polish SmPC 4.8 table as text without naming its revision: upper respiratory tract infections very common; conjunctivitis, eosinophilia, allergic conjunctivitis and injection site reactions common; keratitis uncommon. They agree with this row but are not read in the SmPC itself.'
 where not verified and drug_id = (select id from drug where name = 'tralokinumab')
   and source_id = (select id from source where key = 'ema-adtralza-epar');

-- ---------------------------------------------------------------------------------------------------------------
-- adverse_effect: prednisone US - reasons made precise
-- ---------------------------------------------------------------------------------------------------------------
-- The GlobalRPh copy of an RxList prednisone label (manufacturer and revision not shown), SIDE EFFECTS "(listed
-- alphabetically, under each subsection)": "Endocrine: Adrenal insufficiency-greatest potential caused by high
-- potency glucocorticoids ... decreased carbohydrate and glucose tolerance, development of cushingoid state, diabetes
-- mellitus (new onset or manifestations of latent), glycosuria, hyperglycemia ..." - without frequencies, as the rows
-- have them, but not the cited label and not a dated revision.
update adverse_effect set unverified_reason = unverified_reason || ' Sixth reading (2026-12-06): an undated GlobalRPh copy of an RxList prednisone label (manufacturer and revision not shown) lists, without frequencies, "Adrenal insufficiency", "diabetes mellitus (new onset or manifestations of latent), glycosuria, hyperglycemia" under Endocrine; it agrees with this row but is not the cited label, and the rest of its list was not displayed.'
 where not verified and drug_id = (select id from drug where name = 'prednisone')
   and source_id = (select id from source where key = 'fda-prednisone-label')
   and name in ('adrenal (HPA-axis) suppression', 'hyperglycaemia and new or worsened diabetes')
   and unverified_reason not like '%Sixth reading%';

-- ---------------------------------------------------------------------------------------------------------------
-- approval: roflumilast US - reason made precise
-- ---------------------------------------------------------------------------------------------------------------
update approval set unverified_reason = 'The indication quotes only the 0.15% cream sentence (patients 6 years and older). Sixth reading (2026-12-06): the 0.05% cream for children 2 to 5 years (approved October 2025) was read only in news items (Managed Healthcare Executive, Drug Topics, Pharmacally); the only label copy displayed (PrescriberPoint, set id ec1bb0d1) shows section 1 with the 0.3% and 0.15% creams only, i.e. a revision before October 2025; section 1 of the current label (revised 6/2026) was not displayed, so its wording is not quoted.'
 where not verified and drug_id = (select id from drug where name = 'roflumilast') and region = 'US'
   and condition_id = (select id from condition where code = 'ATOPIC_DERMATITIS');

-- ---------------------------------------------------------------------------------------------------------------
-- efficacy_result: Drucker 2022 living NMA - reason made precise
-- ---------------------------------------------------------------------------------------------------------------
update efficacy_result set unverified_reason = 'The JAMA Dermatology 2022 abstract (PubMed 35293977, PMC8928094) was displayed again on 2026-12-06 only up to the abrocitinib 200 mg result; this comparison was read only in news reports (HealthDay via Physician''s Weekly, Dermatology Advisor), and the later binary-outcome update of the same review (Br J Dermatol, search to March 2023) reports odds ratios for EASI 50, not this mean difference.'
 where not verified and source_id = (select id from source where key = 'drucker-2022-living-nma');

-- ---------------------------------------------------------------------------------------------------------------
-- Data version
-- ---------------------------------------------------------------------------------------------------------------
update data_version set version = '2026.12.06.4', reviewed_on = date '2026-12-06',
    notes = notes || ' | 2026-12-06 (V27): sixth reading of the unverified rows: search words type 2 immunity (Gause 2013), eosinophils (Curr Opin Hematol 1999 review), T-cell activation (J Korean Assoc Oral Maxillofac Surg figure), ACTH stimulation test (Cincinnati Children''s health library), mild steroids (Allergy North West, NHS), transaminases (Patient.info liver function tests), neutropenia (EBM Consult neutrophil count) and breast-feeding (Prescrire International 2017) verified and repointed to those documents; the mycophenolate mofetil targets IMPDH1 (Natsumeda 2003) and IMPDH2 (Clin Transplant 1996) verified and repointed; reasons made precise for the tralokinumab EU adverse effects, the roflumilast US approval, the Drucker 2022 comparisons, the prednisone adrenal suppression and hyperglycaemia rows, the NR3C1, DHFR and PDE4B/PDE4D targets and the search words still unread; Canada and Australia approvals not added (no current monograph or product information readable).'
where id = 1;
