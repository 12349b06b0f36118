-- V25: fifth reading (2026-12-06) of the rows still verified = false after V19-V24 (issue 23, "Verified" and
-- "Traceable").
--
-- Method (the rules of V19-V24, unchanged): for every unverified row only the row and its cited source were looked
-- at, and the primary document was searched for with the stored search tools. A row is set verified only where the
-- primary document's own text (a label or SmPC, a guideline, the abstract or full text of a journal article, or a
-- public-health, health-service or formulary page) was read stating the fact as the row has it. A section that no
-- excerpt displayed counts as not read. Where nothing primary could be read the row stays unverified and its
-- unverified_reason says what this fifth reading read and could not read.
--
-- Search vocabulary (search_alias): a word is verified when it was read, in the meaning the row gives it, in a
-- primary document that uses it. As in V24, where the cited document does not contain the word (or was never
-- displayed) the row is repointed to the document in which the word was read (a new source row each; undated web
-- pages are dated by the day they were read, as earlier migrations do). A word read only in another inflection of the
-- same word (singular for plural, "TCIs" for "TCI") is accepted and the reading says so; a different word for the same
-- thing ("itch/scratch vicious cycle" for "itch-scratch cycle") is not.
--
-- Rows are addressed by natural keys and only while still unverified, so a row a colleague's migration already
-- settled is left alone.

-- ---------------------------------------------------------------------------------------------------------------
-- search_alias: pathway words read in journal articles
-- ---------------------------------------------------------------------------------------------------------------
insert into source (key, title, publisher, kind, url, published_on, accessed_on) values
('furue-2021-il31-pruritic-skin', 'Furue M, Furue M. Interleukin-31 and Pruritic Skin. J Clin Med 2021;10(9):1906 (review; PMC8124688)', 'MDPI (Journal of Clinical Medicine)', 'ARTICLE', 'https://pmc.ncbi.nlm.nih.gov/articles/PMC8124688/', '2021-04-28', '2026-12-06'),
('howell-2007-filaggrin-il4-il13', 'Howell MD, Kim BE, Gao P, et al. Cytokine modulation of atopic dermatitis filaggrin skin expression. J Allergy Clin Immunol 2007;120(1):150-155 (PMC2669594)', 'Elsevier (Journal of Allergy and Clinical Immunology)', 'ARTICLE', 'https://pmc.ncbi.nlm.nih.gov/articles/PMC2669594/', '2007-05-23', '2026-12-06'),
('brandt-sivaprasad-2011-th2-cytokines', 'Brandt EB, Sivaprasad U. Th2 Cytokines and Atopic Dermatitis. J Clin Cell Immunol 2011;2(3):110 (review)', 'OMICS International (Journal of Clinical & Cellular Immunology)', 'ARTICLE', 'https://doi.org/10.4172/2155-9899.1000110', '2011-08-10', '2026-12-06'),
('schick-schlegel-2022-pde4', 'Schick MA, Schlegel N. Clinical Implication of Phosphodiesterase-4-Inhibition. Int J Mol Sci 2022;23(3):1209 (review; PMC8835523)', 'MDPI (International Journal of Molecular Sciences)', 'ARTICLE', 'https://pmc.ncbi.nlm.nih.gov/articles/PMC8835523/', '2022-01-21', '2026-12-06'),
('guttman-yassky-2023-jak-signaling', 'Guttman-Yassky E, Irvine AD, Brunner PM, Kim BS, Boguniewicz M, Parmentier J, Platt AM, Kabashima K. The role of Janus kinase signaling in the pathology of atopic dermatitis. J Allergy Clin Immunol, December 2023 (review; abstract read in the Icahn School of Medicine at Mount Sinai publications record)', 'Elsevier (Journal of Allergy and Clinical Immunology)', 'ARTICLE', 'https://scholars.mssm.edu/en/publications/the-role-of-janus-kinase-signaling-in-the-pathology-of-atopic-der', '2023-12-01', '2026-12-06'),
('timmermans-2019-glucocorticoid-biology', 'A General Introduction to Glucocorticoid Biology. Front Immunol 2019;10:1545 (review, Center for Inflammation Research, VIB and Ghent University)', 'Frontiers Media (Frontiers in Immunology)', 'ARTICLE', 'https://www.frontiersin.org/articles/10.3389/fimmu.2019.01545/full', '2019-07-04', '2026-12-06')
on conflict (key) do nothing;

-- Furue & Furue 2021, abstract: "Skin inflammation often evokes pruritus ... Pruritus or itch is a specific sensation
-- found only in the skin. Recent studies have stressed the pivotal role played by interleukin-31 (IL-31) in the
-- sensation of pruritus ... the anti-IL-31RA antibody nemolizumab can successfully decrease pruritus". The article
-- says "itch/scratch vicious cycle", not "itch-scratch cycle", which stays unverified.
update search_alias set verified = true, unverified_reason = null,
       source_id = (select id from source where key = 'furue-2021-il31-pruritic-skin')
 where not verified and term = 'pruritus' and pathway_id = (select id from pathway where name = 'IL-31 itch signalling');
-- Howell et al. 2007, abstract: "Atopic dermatitis (AD) ... is characterized by a defective skin barrier function.
-- Recent studies have reported mutations of the skin barrier gene encoding filaggrin ... AD skin is characterized by
-- the over-expression of IL-4 and IL-13. Keratinocytes differentiated in the presence of IL-4 and IL-13 exhibited
-- significantly reduced filaggrin gene expression" - both words in the meaning of the IL-4/IL-13 pathway rows.
update search_alias set verified = true, unverified_reason = null,
       source_id = (select id from source where key = 'howell-2007-filaggrin-il4-il13')
 where not verified and term in ('filaggrin', 'skin barrier')
   and pathway_id = (select id from pathway where name = 'Type 2 (Th2) inflammation: IL-4 and IL-13 signalling');
-- Brandt & Sivaprasad 2011, abstract (read in a copy of the open-access article): "we highlight the importance of
-- allergic Th2 responses in the development of the disease ... we focus on Th2 cells and the respective contributions
-- of each of the Th2 cytokines (IL-4, IL-13, IL-5, IL-31, and IL-10) to AD."
update search_alias set verified = true, unverified_reason = null,
       source_id = (select id from source where key = 'brandt-sivaprasad-2011-th2-cytokines')
 where not verified and term = 'Th2 cells'
   and pathway_id = (select id from pathway where name = 'Type 2 (Th2) inflammation: IL-4 and IL-13 signalling');
-- Schick & Schlegel 2022, abstract and introduction: "pharmacological phosphodiesterase inhibitors (PDE-I) to
-- attenuate cAMP degradation ... a predominant role of PDE4 is to regulate ... modulation of inflammatory responses"
-- and "Cyclic AMP signaling is compartmentalized within the cell".
update search_alias set verified = true, unverified_reason = null,
       source_id = (select id from source where key = 'schick-schlegel-2022-pde4')
 where not verified and term = 'cyclic AMP' and pathway_id = (select id from pathway where name = 'PDE4 and cAMP in inflammatory cells');
-- Guttman-Yassky et al. 2023, abstract: "Many of the cytokines involved in AD pathology, including IL-4, IL-13, IL-22,
-- IL-31, thymic stromal lymphopoietin, and IFN-gamma, signal through the Janus kinase (JAK)-signal transducer and
-- activation of transcription (STAT) pathway ... Activation of the JAK-STAT pathway has been implicated in the
-- pathology of several immune-mediated inflammatory diseases, including AD." (The cited Brunner 2017 review was not
-- readable beyond its record.)
update search_alias set verified = true, unverified_reason = null,
       source_id = (select id from source where key = 'guttman-yassky-2023-jak-signaling')
 where not verified and term = 'JAK-STAT' and pathway_id = (select id from pathway where name = 'JAK-STAT cytokine signalling');
-- Front Immunol 2019 review, abstract: "Glucocorticoids (GCs) are steroid hormones widely used for the treatment of
-- inflammation, autoimmune diseases, and cancer. To exert their broad physiological and therapeutic effects, GCs bind
-- to the GC receptor (GR)" - the word as a name of the corticosteroid class.
update search_alias set verified = true, unverified_reason = null,
       source_id = (select id from source where key = 'timmermans-2019-glucocorticoid-biology')
 where not verified and term = 'glucocorticoids' and drug_class_id = (select id from drug_class where name = 'corticosteroids');

-- ---------------------------------------------------------------------------------------------------------------
-- search_alias: class words read in journal articles and in the cited AAD 2023 topical guideline
-- ---------------------------------------------------------------------------------------------------------------
insert into source (key, title, publisher, kind, url, published_on, accessed_on) values
('del-rosso-2019-monoclonal-antibodies-ad', 'Del Rosso JQ. Monoclonal Antibody Therapies for Atopic Dermatitis: Where Are We Now in the Spectrum of Disease Management? J Clin Aesthet Dermatol 2019;12(2):39-43 (PMC6415707)', 'Matrix Medical Communications (Journal of Clinical and Aesthetic Dermatology)', 'ARTICLE', 'https://pmc.ncbi.nlm.nih.gov/articles/PMC6415707/', '2019-02-01', '2026-12-06'),
('le-2021-oral-jak-inhibitors-ad', 'Le M, Berman-Rosa M, Ghazawi FM, et al. Systematic Review on the Efficacy and Safety of Oral Janus Kinase Inhibitors for the Treatment of Atopic Dermatitis. Front Med (Lausanne) 2021', 'Frontiers Media (Frontiers in Medicine)', 'SYSTEMATIC_REVIEW', 'https://doi.org/10.3389/fmed.2021.682547', '2021-09-01', '2026-12-06'),
('solotke-2018-black-box-warnings', 'Solotke MT, Dhruva SS, Downing NS, Shah ND, Ross JS. New and incremental FDA black box warnings from 2008 to 2015. Expert Opin Drug Saf 2018 (PMC6013049)', 'Taylor & Francis (Expert Opinion on Drug Safety)', 'ARTICLE', 'https://pmc.ncbi.nlm.nih.gov/articles/PMC6013049/', '2017-12-17', '2026-12-06')
on conflict (key) do nothing;

-- Del Rosso 2019, abstract: "Major emphasis is placed on the monoclonal antibodies currently available (e.g.,
-- dupilumab) for the treatment of AD, as well as those in latter stages of development" - the biologics of the row.
update search_alias set verified = true, unverified_reason = null,
       source_id = (select id from source where key = 'del-rosso-2019-monoclonal-antibodies-ad')
 where not verified and term = 'monoclonal antibodies' and drug_class_id = (select id from drug_class where name = 'biologics');
-- Le et al. 2021, abstract: "Oral janus kinase inhibitors (JAKi) represent a novel therapeutic class of targeted
-- therapy to treat moderate-to-severe atopic dermatitis (AD) ... Four studies examined abrocitinib; three studies
-- examined baricitinib; three examined upadacitinib".
update search_alias set verified = true, unverified_reason = null,
       source_id = (select id from source where key = 'le-2021-oral-jak-inhibitors-ad')
 where not verified and term = 'JAKi' and drug_class_id = (select id from drug_class where name = 'JAK inhibitors');
-- The cited AAD 2023 topical guideline (Sidbury R et al., J Am Acad Dermatol 2023;89(1):e1-e20), abstract, read in a
-- library record reproducing it: "The workgroup developed 12 recommendations on the management of AD in adults with
-- topical therapies, including nonprescription agents and prescription topical corticosteroids (TCS), calcineurin
-- inhibitors (TCIs), Janus kinase (JAK) inhibitors ..." - the abbreviation, in its plural, for topical calcineurin
-- inhibitors. The row keeps its source.
update search_alias set verified = true, unverified_reason = null
 where not verified and term = 'TCI' and source_id = (select id from source where key = 'aad-2023-topical')
   and drug_class_id = (select id from drug_class where name = 'topical calcineurin inhibitors');
-- Solotke et al. 2018, abstract (read in the Mayo Clinic and Europe PMC records of the article): "The boxed warning
-- (also known as 'black box warning [BBW]') is one of the strongest drug safety actions that the U.S. Food & Drug
-- Administration (FDA) can implement". The cited UConn Today page was not displayed.
update search_alias set verified = true, unverified_reason = null,
       source_id = (select id from source where key = 'solotke-2018-black-box-warnings')
 where not verified and term = 'BBW' and drug_fact = 'BOXED_WARNING';

-- ---------------------------------------------------------------------------------------------------------------
-- search_alias: potency words read on NHS pages (the cited GB SmPCs do not contain them, V22/V24)
-- ---------------------------------------------------------------------------------------------------------------
insert into source (key, title, publisher, kind, url, published_on, accessed_on) values
('nhs-devon-formulary-topical-corticosteroids', 'South West Devon Formulary and Referral: 13.4 Topical corticosteroids (formulary guidance citing the MHRA Drug Safety Update of May 2024; undated)', 'NHS Devon', 'ARTICLE', 'https://southwest.devonformularyguidance.nhs.uk/formulary/chapters/13-skin/13-4-topical-corticosteroids', '2026-12-06', '2026-12-06'),
('hscni-formulary-topical-corticosteroids', 'Northern Ireland Formulary: 13.4 Topical corticosteroids (mild, moderately potent, potent and very potent corticosteroids; prescribing notes citing July 2024 prices; undated)', 'Health and Social Care Northern Ireland (HSCNI)', 'ARTICLE', 'https://niformulary.hscni.net/formulary/13-0-skin/13-4-topical-corticosteroids', '2026-12-06', '2026-12-06'),
('nhs-website-topical-corticosteroids', 'NHS website health A-Z: Topical corticosteroids (conditions/topical-steroids), as served by the NHS website content API widget (undated)', 'NHS England (NHS website)', 'ARTICLE', 'https://developer.api.nhs.uk/widgets/condition/?condition=%2Fconditions%2Ftopical-steroids%2F', '2026-12-06', '2026-12-06')
on conflict (key) do nothing;

-- NHS Devon formulary 13.4: "Flare-ups can be treated with a potent or very potent steroid and then stepped down ...
-- The long-term use of potent and very potent steroids should only be recommended by a dermatologist, GPwSI or nurse
-- specialist."
update search_alias set verified = true, unverified_reason = null,
       source_id = (select id from source where key = 'nhs-devon-formulary-topical-corticosteroids')
 where not verified and term = 'very potent steroids'
   and drug_class_id = (select id from drug_class where name = 'super-high-potency topical corticosteroids');
update search_alias set verified = true, unverified_reason = null,
       source_id = (select id from source where key = 'nhs-devon-formulary-topical-corticosteroids')
 where not verified and term = 'potent steroids'
   and drug_class_id = (select id from drug_class where name = 'high-potency topical corticosteroids');
-- Northern Ireland Formulary 13.4, section headings "Mild corticosteroid", "Moderately potent corticosteroid", "Potent
-- corticosteroid", "Very potent corticosteroid" (the words in the singular) and the prescribing note "patients should
-- be moved up the steroid potency ladder, i.e. to a moderately potent steroid".
update search_alias set verified = true, unverified_reason = null,
       source_id = (select id from source where key = 'hscni-formulary-topical-corticosteroids')
 where not verified and term = 'very potent corticosteroids'
   and drug_class_id = (select id from drug_class where name = 'super-high-potency topical corticosteroids');
update search_alias set verified = true, unverified_reason = null,
       source_id = (select id from source where key = 'hscni-formulary-topical-corticosteroids')
 where not verified and term = 'potent corticosteroids'
   and drug_class_id = (select id from drug_class where name = 'high-potency topical corticosteroids');
update search_alias set verified = true, unverified_reason = null,
       source_id = (select id from source where key = 'hscni-formulary-topical-corticosteroids')
 where not verified and term in ('moderately potent corticosteroids', 'moderately potent steroids')
   and drug_class_id = (select id from drug_class where name = 'medium-potency topical corticosteroids');
-- NHS website, Topical corticosteroids: "Mild corticosteroids, such as clobetasone, hydrocortisone skin cream and
-- hydrocortisone for piles and itchy bottom, can often be bought over the counter from pharmacies" and "You should
-- wash off any steroid cream applied to your breasts before feeding your baby."
update search_alias set verified = true, unverified_reason = null,
       source_id = (select id from source where key = 'nhs-website-topical-corticosteroids')
 where not verified and term = 'mild corticosteroids'
   and drug_class_id = (select id from drug_class where name = 'low-potency topical corticosteroids');
update search_alias set verified = true, unverified_reason = null,
       source_id = (select id from source where key = 'nhs-website-topical-corticosteroids')
 where not verified and term = 'steroid cream'
   and drug_class_id = (select id from drug_class where name = 'topical corticosteroids');

-- ---------------------------------------------------------------------------------------------------------------
-- search_alias: HPA-axis test words read in a journal abstract
-- ---------------------------------------------------------------------------------------------------------------
insert into source (key, title, publisher, kind, url, published_on, accessed_on) values
('fink-2002-urinary-free-cortisol', 'Fink RS, et al. Hypothalamic-pituitary-adrenal axis function after inhaled corticosteroids: unreliability of urinary free cortisol estimation. J Clin Endocrinol Metab 2002;87(10):4541-6 (PMID 12364432)', 'The Endocrine Society (Journal of Clinical Endocrinology & Metabolism)', 'ARTICLE', 'https://doi.org/10.1210/jc.2002-020287', '2002-10-01', '2026-12-06')
on conflict (key) do nothing;
-- Fink et al. 2002, title and abstract (PubMed record): "Free cortisol in the urine (UFC) is frequently measured in
-- clinical research to assess whether inhaled corticosteroids (ICS) cause suppression of the hypothalamic-pituitary-
-- adrenal axis ... The cortisol production rate was assessed". "ACTH stimulation test" was not read in this form in
-- any primary document displayed (abstracts say "low-dose adrenocorticotrophic hormone (ACTH) test", "adrenocortico-
-- tropic hormone stimulation testing") and stays unverified.
update search_alias set verified = true, unverified_reason = null,
       source_id = (select id from source where key = 'fink-2002-urinary-free-cortisol')
 where not verified and term in ('urinary free cortisol', 'cortisol') and lab_test_id = (select id from lab_test where code = 'HPA_AXIS');

-- ---------------------------------------------------------------------------------------------------------------
-- search_alias: itch, condition, TPMT, blood-count and breastfeeding words
-- ---------------------------------------------------------------------------------------------------------------
insert into source (key, title, publisher, kind, url, published_on, accessed_on) values
('labib-2022-prurigo-nodularis', 'Labib A, Ju T, Vander Does A, Yosipovitch G. Immunotargets and Therapy for Prurigo Nodularis. ImmunoTargets Ther 2022;11:11-21 (review; PMC9056055)', 'Dove Medical Press (ImmunoTargets and Therapy)', 'ARTICLE', 'https://pmc.ncbi.nlm.nih.gov/articles/PMC9056055/', '2022-04-26', '2026-12-06'),
('lennard-2014-tpmt-testing', 'Lennard L. Implementation of TPMT testing. Br J Clin Pharmacol 2014;77(4):704-714 (review; PMC3971986)', 'Wiley (British Journal of Clinical Pharmacology)', 'ARTICLE', 'https://pmc.ncbi.nlm.nih.gov/articles/PMC3971986/', '2014-03-20', '2026-12-06'),
('british-liver-trust-full-blood-count', 'Liver information, tests and screening: Full Blood Count (white cell count, differential count, platelets) (undated)', 'British Liver Trust', 'ARTICLE', 'https://www.britishlivertrust.org.uk/liver-information/tests-and-screening/full-blood-count/', '2026-12-06', '2026-12-06'),
('nlm-lactmed', 'Drugs and Lactation Database (LactMed), NCBI Bookshelf NBK501922 / NBK547439: information on drugs and other chemicals to which breastfeeding mothers may be exposed (continuously updated, 2006-)', 'U.S. National Library of Medicine (NLM) and National Institute of Child Health and Human Development', 'ARTICLE', 'https://www.ncbi.nlm.nih.gov/books/NBK501922/', '2026-12-06', '2026-12-06')
on conflict (key) do nothing;

-- Labib et al. 2022, abstract and introduction: "Prurigo nodularis (PN) is a chronic inflammatory condition of the
-- skin ... This pruritic, recalcitrant condition potentiates a vicious itch-scratch cycle that defines and exacerbates
-- the disease" and "T-lymphocytes, mast cells, eosinophilic granulocytes, macrophages, and cytokines mediating itchy
-- processes"; keywords "IL-31 inhibitors". The cited NEMLUVIO label section 1 spells the condition out (V24), and
-- the cited Lancet seminar was not readable beyond its summary (V22).
update search_alias set verified = true, unverified_reason = null,
       source_id = (select id from source where key = 'labib-2022-prurigo-nodularis')
 where not verified and term = 'PN' and condition_id = (select id from condition where code = 'PRURIGO_NODULARIS');
update search_alias set verified = true, unverified_reason = null,
       source_id = (select id from source where key = 'labib-2022-prurigo-nodularis')
 where not verified and term in ('itch-scratch cycle', 'itchy') and pathway_id = (select id from pathway where name = 'IL-31 itch signalling');
-- Lennard 2014, abstract: "The activity of the enzyme thiopurine methyltransferase (TPMT) is regulated by a common
-- genetic polymorphism ... The thiopurine drugs azathioprine, mercaptopurine and thioguanine are substrates for TPMT
-- ... The British National Formulary suggests TPMT testing before starting thiopurine drugs. Dermatologists were
-- quick to adopt routine TPMT testing".
update search_alias set verified = true, unverified_reason = null,
       source_id = (select id from source where key = 'lennard-2014-tpmt-testing')
 where not verified and term = 'thiopurine methyltransferase' and lab_test_id = (select id from lab_test where code = 'TPMT');
-- British Liver Trust, Full Blood Count: "If there is a rise in white cell count it can indicate an infection. The
-- white cell count can further be broken down into different subtypes. This is called a differential count."
update search_alias set verified = true, unverified_reason = null,
       source_id = (select id from source where key = 'british-liver-trust-full-blood-count')
 where not verified and term = 'white cell count' and lab_test_id = (select id from lab_test where code = 'CBC');
-- Breastfeeding words citing the RINVOQ US label (which says "breastfeed"): "nursing" read in the cited Toctino GB
-- SmPC section 4.3 (RxReasoner copy of the MHRA revision 2020): "Toctino is contraindicated in nursing mothers";
-- "lactation" read in the NLM Drugs and Lactation Database (LactMed): "The LactMed database contains information on
-- drugs and other chemicals to which breastfeeding mothers may be exposed ... the possible adverse effects in the
-- nursing infant". "breast-feeding" (hyphenated) was read only in copies of Asian and Swiss labels and in an
-- unattributed RxReasoner substance page and stays unverified.
update search_alias set verified = true, unverified_reason = null,
       source_id = (select id from source where key = 'mhra-toctino-smpc')
 where not verified and term = 'nursing' and drug_fact = 'BREASTFEEDING';
update search_alias set verified = true, unverified_reason = null,
       source_id = (select id from source where key = 'nlm-lactmed')
 where not verified and term = 'lactation' and drug_fact = 'BREASTFEEDING';

-- Vaccine words citing the RINVOQ US label (sections 5 and 17 not displayed): read in the Vaccine Education Center of
-- the Children's Hospital of Philadelphia, "Vaccine Considerations for People with Weakened Immunity": "they should
-- not receive vaccines made with what are known as the 'live, weakened' viruses ... If people are taking steroids
-- for any reason, they should discuss with their doctor whether it is safe to proceed with the vaccination schedule
-- ... People should not receive 'live, weakened' vaccines if they have been taking high doses of steroids by mouth
-- for more than two weeks."
insert into source (key, title, publisher, kind, url, published_on, accessed_on) values
('chop-vaccines-weakened-immunity', 'Vaccine Education Center: Vaccine Considerations for People with Weakened Immunity (live, weakened vaccines; steroids; biologics) (undated)', 'Children''s Hospital of Philadelphia (CHOP), Vaccine Education Center', 'ARTICLE', 'https://chop.edu/vaccine-education-center/vaccine-schedule/vaccine-considerations-specific-groups/people-with-weakened-immunity', '2026-12-06', '2026-12-06'),
('uhd-nhs-clinical-biochemistry', 'Pathology: Clinical biochemistry - urea and electrolytes, liver function tests, bone profile, cholesterol/triglycerides (lipid profile) (undated)', 'University Hospitals Dorset NHS Foundation Trust', 'ARTICLE', 'https://www.uhd.nhs.uk/services/pathology/clinical-biochemistry', '2026-12-06', '2026-12-06')
on conflict (key) do nothing;
update search_alias set verified = true, unverified_reason = null,
       source_id = (select id from source where key = 'chop-vaccines-weakened-immunity')
 where not verified and term in ('vaccines', 'vaccination') and drug_fact = 'LIVE_VACCINES';
-- University Hospitals Dorset NHS, clinical biochemistry: "The Urea and Electrolytes (U&Es) may be requested as part
-- of routine screening to check that the kidneys are functioning properly" and "Along with HDL cholesterol and LDL
-- cholesterol, Total Cholesterol and Triglycerides form the Lipid Profile."
update search_alias set verified = true, unverified_reason = null,
       source_id = (select id from source where key = 'uhd-nhs-clinical-biochemistry')
 where not verified and term = 'urea' and lab_test_id = (select id from lab_test where code = 'RENAL_FUNCTION');
update search_alias set verified = true, unverified_reason = null,
       source_id = (select id from source where key = 'uhd-nhs-clinical-biochemistry')
 where not verified and term = 'LDL cholesterol' and lab_test_id = (select id from lab_test where code = 'LIPID_PANEL');

-- search_alias: reasons made precise for words still not read as they stand
update search_alias set unverified_reason = 'Not read in this form in any primary document displayed: the cited GlobalRPh copy of the triamcinolone acetonide ointment label was not displayed, the test was read as "ACTH stimulation tests" only in the SPL of another triamcinolone acetonide product (ndclist copy, NDC 24338-430) and in an Asian label copy (MIMS Thailand, Tri-am GPO), and the journal abstracts read on 2026-12-06 say "low-dose adrenocorticotrophic hormone (ACTH) test" (Patel L et al., Br J Dermatol 1995;132:950-955) and "adrenocorticotropic hormone stimulation testing" (PubMed 30694073).'
 where not verified and term = 'ACTH stimulation test' and lab_test_id = (select id from lab_test where code = 'HPA_AXIS');
update search_alias set unverified_reason = 'The cited RINVOQ US label says "breastfeed"/"breastfeeding" (section 8.2 not displayed). The hyphenated word was read on 2026-12-06 only in copies that do not name their source or revision (an RxReasoner substance page for lebrikizumab, MIMS Hong Kong copies of the Ebglyss label, a yumpu copy of BNF for Children 2011-2012), not in a primary document displayed as such.'
 where not verified and term = 'breast-feeding' and drug_fact = 'BREASTFEEDING';
update search_alias set unverified_reason = 'Only the abstract of the AAD 2023 systemic guideline was read (it says "systemic corticosteroids"). Read on 2026-12-06: the International Eczema Council consensus statement (Drucker AM et al., Br J Dermatol 2018;178:768-775, PMC5901393) and a copy of the systematic review of Yu S, Drucker AM, Lebwohl M, Silverberg JI ("A systematic review of the safety and efficacy of systemic corticosteroids in atopic dermatitis") also say "systemic corticosteroids"; an ACAAI education page says "oral corticosteroid side effects" and "oral steroid use". The word as it stands was not read in a primary document.'
 where not verified and term = 'oral corticosteroids' and drug_class_id = (select id from drug_class where name = 'systemic corticosteroids');

-- ---------------------------------------------------------------------------------------------------------------
-- drug_target
-- ---------------------------------------------------------------------------------------------------------------
-- cyclosporine - PPIA (cyclophilin A), cited: the Weidinger & Novak Lancet seminar, whose full text was not readable.
-- Huai Q, Kim HY, Liu Y, Zhao Y, Mondragon A, Liu JO, Ke H, PNAS 2002 (PubMed 12218175), abstract: "Calcineurin, a
-- Ca2+/calmodulin-dependent protein phosphatase, is the common target for two immunophilin-immunosuppressant
-- complexes, cyclophilin A-cyclosporin A (CyPA-CsA) and FKBP-FK506 ... We report the crystal structure of calcineurin
-- (CN) in complex with CyPA-CsA". Cyclophilin A is the protein cyclosporine binds (BINDING_AGENT); the row is
-- repointed to this article.
insert into source (key, title, publisher, kind, url, published_on, accessed_on) values
('huai-2002-calcineurin-cyclophilin-cyclosporin', 'Huai Q, Kim HY, Liu Y, Zhao Y, Mondragon A, Liu JO, Ke H. Crystal structure of calcineurin-cyclophilin-cyclosporin shows common but distinct recognition of immunophilin-drug complexes. Proc Natl Acad Sci U S A, 17 September 2002 (PMID 12218175)', 'National Academy of Sciences (PNAS)', 'ARTICLE', 'https://pubmed.ncbi.nlm.nih.gov/12218175/', '2002-09-17', '2026-12-06')
on conflict (key) do nothing;
update drug_target set verified = true, unverified_reason = null,
       source_id = (select id from source where key = 'huai-2002-calcineurin-cyclophilin-cyclosporin')
 where not verified and drug_id = (select id from drug where name = 'cyclosporine')
   and target_id = (select id from target where symbol = 'PPIA') and action = 'BINDING_AGENT';
-- cyclosporine - PPP3CA: the abstracts read (Huai et al. 2002; Liu J et al., Cell 1991, "Calcineurin is a common
-- target of cyclophilin-cyclosporin A and FKBP-FK506 complexes"; Swanson SK et al., PNAS 1992, bovine calcineurin)
-- name calcineurin and its catalytic subunit but not the alpha isoform of the row.
update drug_target set unverified_reason = 'The Weidinger & Novak 2016 Lancet seminar full text was not readable. The primary abstracts read (Huai et al. PNAS 2002, PubMed 12218175: cyclophilin A-cyclosporin A binds "a composite surface formed by the catalytic and regulatory subunits of CN"; Liu et al. Cell 1991: the cyclophilin-CsA complex binds and inhibits "the Ca2+- and calmodulin-dependent phosphatase calcineurin") name calcineurin and its catalytic subunit, not the alpha isoform (PPP3CA) of this row.'
 where not verified and drug_id = (select id from drug where name = 'cyclosporine')
   and target_id = (select id from target where symbol = 'PPP3CA');
-- roflumilast and crisaborole - PDE4B/PDE4D: no isoform was named in what was read.
update drug_target set unverified_reason = 'The cited label names phosphodiesterase 4 without isoform. Read again on 2026-12-06: the crisaborole pharmacology abstract (Dong C et al., J Pharmacol Exp Ther 2016;358(3):413) says the benzoxaboroles are "potent PDE4 inhibitors with similar affinity for PDE4 isoforms" and that another compound of the series (compd4, not crisaborole) binds the PDE4B2 catalytic domain; the roflumilast reviews read (Rabe KF, Br J Pharmacol 2011;163:53-67; Schick & Schlegel 2022) say "highly selective PDE4 inhibitor" without isoforms. No primary text naming PDE4B or PDE4D for this drug was read.'
 where not verified and drug_id in (select id from drug where name in ('roflumilast', 'crisaborole'))
   and target_id in (select id from target where symbol in ('PDE4B', 'PDE4D'));
-- methotrexate - DHFR: read only in copies that name neither the label's manufacturer nor its revision.
update drug_target set unverified_reason = '"Methotrexate inhibits dihydrofolic acid reductase" was read only in copies of US methotrexate labels that show no revision (a prescriber-site copy of a methotrexate tablets label without manufacturer; the RxList copy of the Trexall label, section CLINICAL PHARMACOLOGY), not in the cited Teva methotrexate tablets label, whose section 12.1 was not displayed.'
 where not verified and drug_id = (select id from drug where name = 'methotrexate')
   and target_id = (select id from target where symbol = 'DHFR');

-- ---------------------------------------------------------------------------------------------------------------
-- Data version
-- ---------------------------------------------------------------------------------------------------------------
update data_version set version = '2026.12.06.3', reviewed_on = date '2026-12-06',
    notes = notes || ' | 2026-12-06 (V25): fifth reading of the unverified rows: search words pruritus (Furue 2021), filaggrin and skin barrier (Howell 2007), Th2 cells (Brandt & Sivaprasad 2011), cyclic AMP (Schick & Schlegel 2022), JAK-STAT (Guttman-Yassky 2023), glucocorticoids (Front Immunol 2019 review), monoclonal antibodies (Del Rosso 2019), JAKi (Le 2021), BBW (Solotke 2018), urinary free cortisol and cortisol (Fink 2002), very potent/potent steroids (NHS Devon formulary), very potent, potent and moderately potent corticosteroids and moderately potent steroids (Northern Ireland formulary), mild corticosteroids and steroid cream (NHS website) verified and repointed to those documents; PN, itch-scratch cycle and itchy (Labib 2022), thiopurine methyltransferase (Lennard 2014), white cell count (British Liver Trust), urea and LDL cholesterol (University Hospitals Dorset NHS pathology), vaccines and vaccination (CHOP Vaccine Education Center), lactation (NLM LactMed) and nursing (Toctino GB SmPC 4.3) verified and repointed; TCI verified in the cited AAD 2023 topical abstract; the cyclosporine-cyclophilin A target verified (Huai 2002) and repointed; reasons made precise for the PDE4B/PDE4D, PPP3CA and DHFR targets.'
where id = 1;
