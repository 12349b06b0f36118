-- Search: the words people type. Curated 2026-11-27.
--
-- 1. erx_stems: English (Snowball) stems of the words of a name, so that 'lipids', 'platelets', 'steroids',
--    'biologics' and 'itching' meet 'lipid', 'platelet', 'steroid', 'biologic' and 'itch'.
-- 2. search_alias: a sourced vocabulary of the clinical words, abbreviations and concepts people search with,
--    each mapped to the node it means (a lab test, pathway, class, target or drug), or to drugs through a fact: the
--    drugs approved for a condition ('eczema' -> approved for atopic dermatitis) or the drugs with a kind of fact
--    ('black box' -> the drugs with a US boxed warning). Search returns nodes, so a concept that names a set of drugs
--    returns those drugs, each explained by the fact that matched (`matchedOn: FACT`); the complete, filterable lists
--    stay with drugs(filter: {boxedWarning ..., approval ...}).
-- 3. search_fact: drug facts as searchable terms: approvals per condition, boxed warnings and their topics,
--    pregnancy / breastfeeding / contraception guidance, live-vaccine advice, risk programmes, labelled interactions
--    and dose adjustments (V13 tables, filled by the curators' V14 migrations).
-- 4. search_term (V11) rebuilt with the vocabulary, the facts and what each lab test measures ('Liver enzymes (ALT,
--    AST) and bilirubin.'), and a `shown` column: what a hit displays as matchedText (the term itself, or for a fact
--    the fact: 'boxed warning (US): malignancy').
--
-- Sources: every vocabulary row cites a source row; `verified = true` only where the curator read the word, in that
-- meaning, in the cited document on 2026-11-27 (label text, glossary or title); the other rows cite the document that
-- uses the word to our knowledge and are `verified = false`. Research codes, drug abbreviations (MTX, CsA, MMF, AZA)
-- and missing brands are drug_synonym / brand rows of the curators' V14 migrations and reach search through
-- search_term; two research codes they did not add are added below as drug_synonym rows.

-- 1. Stems --------------------------------------------------------------------------------------------------------

-- The English stems of the words of a name, in order; stop words ('of', 'and') are kept as they are.
create or replace function erx_stems(t text) returns text[]
    language sql immutable parallel safe strict
as $$
    select coalesce(array_agg(coalesce((ts_lexize('english_stem', w))[1], w) order by n), '{}')
    from unnest(erx_words(t)) with ordinality as u (w, n)
$$;

-- 2. The vocabulary ------------------------------------------------------------------------------------------------

-- The glossary pages were read in stored copies on 2026-11-27 (the HIVinfo page over http; https is the same page).
insert into source (key, title, publisher, kind, url, published_on, accessed_on) values
('nih-hivinfo-glossary-liver-function-test', 'HIVinfo glossary: liver function test (ALT, ALP, AST, GGT, bilirubin, albumin) (undated)', 'U.S. Department of Health and Human Services, National Institutes of Health (HIVinfo, formerly AIDSinfo)', 'ARTICLE', 'https://www.aidsinfo.nih.gov/education-materials/glossary/803/liver-function-test', '2026-11-27', '2026-11-27'),
('ccs-glossary-complete-blood-count', 'Canadian Cancer Society glossary: complete blood count (CBC), also called blood count (undated)', 'Canadian Cancer Society', 'ARTICLE', 'https://cancer.ca/en/cancer-information/resources/glossary/c/complete-blood-count-cbc', '2026-11-27', '2026-11-27'),
('mdh-tb-screening', 'TB screening for health professionals: tuberculin skin test (TST) and TB blood tests (interferon gamma release assay, IGRA) (undated)', 'Minnesota Department of Health', 'ARTICLE', 'https://health.state.mn.us/diseases/tb/hcp/tbscreening.html', '2026-11-27', '2026-11-27'),
('uconn-2025-black-box-warning', 'What''s a ''Black Box'' Warning? A pharmacologist explains how these labels protect patients (UConn Today, November 2025; day not shown)', 'University of Connecticut', 'ARTICLE', 'https://today.uconn.edu/2025/11/whats-a-black-box-warning-a-pharmacologist-explains-how-these-labels-protect-patients/', '2025-11-01', '2026-11-27'),
('aad-2023-topical', 'Sidbury R, Alikhan A, Bercovitch L, et al. Guidelines of care for the management of atopic dermatitis in adults with topical therapies. J Am Acad Dermatol 2023;89(1):e1-e20', 'American Academy of Dermatology', 'GUIDELINE', 'https://doi.org/10.1016/j.jaad.2022.12.029', '2023-01-12', '2026-11-22')
-- V2 had it, V10 removed it while nothing cited it; a V14 curation may have added it back
on conflict (key) do nothing;

-- What a word people type means here: one node, or the drugs of a condition or of a kind of fact.
create table search_alias (
    id             bigserial primary key,
    term           text not null,
    kind           text not null check (kind in ('ABBREVIATION', 'TERM', 'CONCEPT')),
    drug_id        bigint references drug (id) on delete cascade,
    drug_class_id  bigint references drug_class (id) on delete cascade,
    target_id      bigint references target (id) on delete cascade,
    lab_test_id    bigint references lab_test (id) on delete cascade,
    pathway_id     bigint references pathway (id) on delete cascade,
    condition_id   bigint references condition (id) on delete cascade,   -- the drugs approved for the condition
    drug_fact      text check (drug_fact in ('BOXED_WARNING', 'PREGNANCY', 'BREASTFEEDING', 'CONTRACEPTION', 'LIVE_VACCINES', 'RISK_PROGRAM')),
    source_id      bigint not null references source (id),
    verified       boolean not null default true,
    check (num_nonnulls(drug_id, drug_class_id, target_id, lab_test_id, pathway_id, condition_id, drug_fact) = 1),
    check (term = btrim(term) and term <> '')
);
create unique index search_alias_unique on search_alias
    (erx_norm(term), coalesce(drug_id, 0), coalesce(drug_class_id, 0), coalesce(target_id, 0), coalesce(lab_test_id, 0),
     coalesce(pathway_id, 0), coalesce(condition_id, 0), coalesce(drug_fact, ''));

-- Lab tests. A missing code or source key fails on the NOT NULL / CHECK constraints.
insert into search_alias (term, kind, lab_test_id, source_id, verified)
select a.term, a.kind, (select id from lab_test where code = a.code), (select id from source where key = a.source), a.verified
from (values
  -- liver
  ('LFT', 'ABBREVIATION', 'LIVER_FUNCTION', 'nih-hivinfo-glossary-liver-function-test', false),
  ('LFTs', 'ABBREVIATION', 'LIVER_FUNCTION', 'nih-hivinfo-glossary-liver-function-test', false),
  ('liver function test', 'TERM', 'LIVER_FUNCTION', 'nih-hivinfo-glossary-liver-function-test', true),
  ('liver enzymes', 'TERM', 'LIVER_FUNCTION', 'fda-rinvoq-label', true),
  ('ALT', 'ABBREVIATION', 'LIVER_FUNCTION', 'nih-hivinfo-glossary-liver-function-test', true),
  ('alanine aminotransferase', 'TERM', 'LIVER_FUNCTION', 'nih-hivinfo-glossary-liver-function-test', true),
  ('AST', 'ABBREVIATION', 'LIVER_FUNCTION', 'nih-hivinfo-glossary-liver-function-test', true),
  ('aspartate aminotransferase', 'TERM', 'LIVER_FUNCTION', 'nih-hivinfo-glossary-liver-function-test', true),
  ('transaminases', 'TERM', 'LIVER_FUNCTION', 'fda-rinvoq-label', false),
  ('ALP', 'ABBREVIATION', 'LIVER_FUNCTION', 'nih-hivinfo-glossary-liver-function-test', true),
  ('alkaline phosphatase', 'TERM', 'LIVER_FUNCTION', 'nih-hivinfo-glossary-liver-function-test', true),
  ('GGT', 'ABBREVIATION', 'LIVER_FUNCTION', 'nih-hivinfo-glossary-liver-function-test', true),
  ('bilirubin', 'TERM', 'LIVER_FUNCTION', 'nih-hivinfo-glossary-liver-function-test', true),
  ('albumin', 'TERM', 'LIVER_FUNCTION', 'nih-hivinfo-glossary-liver-function-test', true),
  -- blood count
  ('CBC', 'ABBREVIATION', 'CBC', 'ccs-glossary-complete-blood-count', true),
  ('blood count', 'TERM', 'CBC', 'ccs-glossary-complete-blood-count', true),
  ('FBC', 'ABBREVIATION', 'CBC', 'ccs-glossary-complete-blood-count', false),
  ('full blood count', 'TERM', 'CBC', 'ccs-glossary-complete-blood-count', false),
  ('platelets', 'TERM', 'CBC', 'ccs-glossary-complete-blood-count', true),
  ('platelet count', 'TERM', 'CBC', 'ccs-glossary-complete-blood-count', true),
  ('red blood cells', 'TERM', 'CBC', 'ccs-glossary-complete-blood-count', true),
  ('white blood cells', 'TERM', 'CBC', 'ccs-glossary-complete-blood-count', true),
  ('white cell count', 'TERM', 'CBC', 'ccs-glossary-complete-blood-count', false),
  ('WBC', 'ABBREVIATION', 'CBC', 'ccs-glossary-complete-blood-count', false),
  ('RBC', 'ABBREVIATION', 'CBC', 'ccs-glossary-complete-blood-count', false),
  ('haemoglobin', 'TERM', 'CBC', 'ccs-glossary-complete-blood-count', true),
  ('hemoglobin', 'TERM', 'CBC', 'fda-rinvoq-label', true),
  ('haematocrit', 'TERM', 'CBC', 'ccs-glossary-complete-blood-count', true),
  ('hematocrit', 'TERM', 'CBC', 'ccs-glossary-complete-blood-count', true),
  ('neutrophils', 'TERM', 'CBC', 'fda-rinvoq-label', true),
  ('neutrophil count', 'TERM', 'CBC', 'fda-rinvoq-label', true),
  ('lymphocytes', 'TERM', 'CBC', 'fda-rinvoq-label', true),
  ('lymphocyte count', 'TERM', 'CBC', 'fda-rinvoq-label', true),
  ('neutropenia', 'TERM', 'CBC', 'fda-rinvoq-label', false),
  ('lymphopenia', 'TERM', 'CBC', 'fda-rinvoq-label', false),
  ('anaemia', 'TERM', 'CBC', 'fda-rinvoq-label', false),
  ('anemia', 'TERM', 'CBC', 'fda-rinvoq-label', false),
  ('thrombocytopenia', 'TERM', 'CBC', 'ema-cibinqo-epar', false),
  -- lipids
  ('lipids', 'TERM', 'LIPID_PANEL', 'fda-rinvoq-label', true),
  ('lipid profile', 'TERM', 'LIPID_PANEL', 'fda-neoral-label', false),
  ('cholesterol', 'TERM', 'LIPID_PANEL', 'fda-rinvoq-label', false),
  ('LDL', 'ABBREVIATION', 'LIPID_PANEL', 'fda-rinvoq-label', false),
  ('LDL cholesterol', 'TERM', 'LIPID_PANEL', 'fda-rinvoq-label', false),
  ('HDL', 'ABBREVIATION', 'LIPID_PANEL', 'fda-rinvoq-label', false),
  ('triglycerides', 'TERM', 'LIPID_PANEL', 'fda-rinvoq-label', false),
  -- kidney
  ('creatinine', 'TERM', 'RENAL_FUNCTION', 'fda-neoral-label', false),
  ('serum creatinine', 'TERM', 'RENAL_FUNCTION', 'fda-neoral-label', false),
  ('BUN', 'ABBREVIATION', 'RENAL_FUNCTION', 'fda-neoral-label', false),
  ('urea', 'TERM', 'RENAL_FUNCTION', 'fda-neoral-label', false),
  ('eGFR', 'ABBREVIATION', 'RENAL_FUNCTION', 'fda-rinvoq-label', false),
  ('GFR', 'ABBREVIATION', 'RENAL_FUNCTION', 'fda-rinvoq-label', false),
  ('kidney function', 'TERM', 'RENAL_FUNCTION', 'fda-neoral-label', false),
  -- tuberculosis
  ('TB', 'ABBREVIATION', 'TB_SCREENING', 'mdh-tb-screening', true),
  ('TB test', 'TERM', 'TB_SCREENING', 'mdh-tb-screening', true),
  ('TB blood test', 'TERM', 'TB_SCREENING', 'mdh-tb-screening', true),
  ('latent tuberculosis', 'TERM', 'TB_SCREENING', 'fda-rinvoq-label', true),
  ('latent TB', 'TERM', 'TB_SCREENING', 'fda-rinvoq-label', true),
  ('IGRA', 'ABBREVIATION', 'TB_SCREENING', 'mdh-tb-screening', true),
  ('interferon gamma release assay', 'TERM', 'TB_SCREENING', 'mdh-tb-screening', true),
  ('QuantiFERON', 'TERM', 'TB_SCREENING', 'mdh-tb-screening', false),
  ('TST', 'ABBREVIATION', 'TB_SCREENING', 'mdh-tb-screening', true),
  ('tuberculin skin test', 'TERM', 'TB_SCREENING', 'mdh-tb-screening', true),
  ('Mantoux', 'TERM', 'TB_SCREENING', 'mdh-tb-screening', false),
  -- viral hepatitis, blood pressure, electrolytes, pregnancy, skin
  ('hep B', 'ABBREVIATION', 'HEPATITIS_B', 'fda-rinvoq-label', false),
  ('HBV', 'ABBREVIATION', 'HEPATITIS_B', 'fda-rinvoq-label', false),
  ('HBsAg', 'ABBREVIATION', 'HEPATITIS_B', 'fda-rinvoq-label', false),
  ('hep C', 'ABBREVIATION', 'HEPATITIS_C', 'fda-rinvoq-label', false),
  ('HCV', 'ABBREVIATION', 'HEPATITIS_C', 'fda-rinvoq-label', false),
  ('BP', 'ABBREVIATION', 'BLOOD_PRESSURE', 'fda-neoral-label', false),
  ('hypertension', 'TERM', 'BLOOD_PRESSURE', 'fda-neoral-label', true),
  ('potassium', 'TERM', 'ELECTROLYTES', 'fda-neoral-label', true),
  ('magnesium', 'TERM', 'ELECTROLYTES', 'fda-neoral-label', true),
  ('uric acid', 'TERM', 'URIC_ACID', 'fda-neoral-label', true),
  ('pregnancy testing', 'TERM', 'PREGNANCY_TEST', 'fda-rinvoq-label', true),
  ('skin cancer', 'TERM', 'SKIN_EXAM', 'fda-rinvoq-label', false),
  ('thiopurine methyltransferase', 'TERM', 'TPMT', 'fda-imuran-label', false),
  -- adrenal function and urine (the citing rows of V3_1 and V3_5 name these tests)
  ('cortisol', 'TERM', 'HPA_AXIS', 'fda-triamcinolone-acetonide-ointment-label', false),
  ('urinary free cortisol', 'TERM', 'HPA_AXIS', 'fda-triamcinolone-acetonide-ointment-label', false),
  ('ACTH stimulation test', 'TERM', 'HPA_AXIS', 'fda-triamcinolone-acetonide-ointment-label', false),
  ('adrenal suppression', 'TERM', 'HPA_AXIS', 'fda-clobex-lotion-label', false),
  ('urine test', 'TERM', 'URINALYSIS', 'aad-2014-systemic', false)
) as a (term, kind, code, source, verified);

-- Pathways: concepts and the clinical words for what a pathway does.
insert into search_alias (term, kind, pathway_id, source_id, verified)
select a.term, a.kind, (select id from pathway where code = a.code), (select id from source where key = a.source), a.verified
from (values
  ('itch', 'TERM', 'IL31_ITCH', 'weidinger-novak-2016', false),
  ('itchy', 'TERM', 'IL31_ITCH', 'weidinger-novak-2016', false),
  ('pruritus', 'TERM', 'IL31_ITCH', 'weidinger-novak-2016', false),
  ('pruritic', 'TERM', 'IL31_ITCH', 'aad-2014-systemic', true),
  ('itch-scratch cycle', 'CONCEPT', 'IL31_ITCH', 'weidinger-novak-2016', false),
  ('type 2 inflammation', 'CONCEPT', 'TH2_IL4_IL13', 'gandhi-2016', true),
  ('type 2 immunity', 'CONCEPT', 'TH2_IL4_IL13', 'gandhi-2016', false),
  ('T2 inflammation', 'CONCEPT', 'TH2_IL4_IL13', 'gandhi-2016', false),
  ('Th2', 'ABBREVIATION', 'TH2_IL4_IL13', 'gandhi-2016', false),
  ('Th2 cells', 'TERM', 'TH2_IL4_IL13', 'weidinger-novak-2016', false),
  ('IgE', 'TERM', 'TH2_IL4_IL13', 'gandhi-2016', false),
  ('filaggrin', 'TERM', 'TH2_IL4_IL13', 'weidinger-novak-2016', false),
  ('skin barrier', 'CONCEPT', 'TH2_IL4_IL13', 'weidinger-novak-2016', false),
  ('eosinophils', 'TERM', 'IL5_EOSINOPHIL', 'weidinger-novak-2016', false),
  ('JAK-STAT', 'ABBREVIATION', 'JAK_STAT', 'brunner-2017', false),
  ('T-cell activation', 'CONCEPT', 'CALCINEURIN_NFAT', 'weidinger-novak-2016', false),
  ('cyclic AMP', 'TERM', 'PDE4_CAMP', 'weidinger-novak-2016', false)
) as a (term, kind, code, source, verified);

-- Classes: the everyday and guideline words for them.
insert into search_alias (term, kind, drug_class_id, source_id, verified)
select a.term, a.kind, (select id from drug_class where name = a.class), (select id from source where key = a.source), a.verified
from (values
  ('steroids', 'TERM', 'corticosteroids', 'aad-2014-systemic', true),
  ('glucocorticoids', 'TERM', 'corticosteroids', 'weidinger-novak-2016', false),
  ('topical steroids', 'TERM', 'topical corticosteroids', 'aad-2014-systemic', true),
  ('TCS', 'ABBREVIATION', 'topical corticosteroids', 'aad-2023-topical', false),
  ('steroid cream', 'TERM', 'topical corticosteroids', 'aad-2023-topical', false),
  ('steroid ointment', 'TERM', 'topical corticosteroids', 'aad-2023-topical', false),
  ('corticosteroid cream', 'TERM', 'topical corticosteroids', 'aad-2023-topical', false),
  ('corticosteroid ointment', 'TERM', 'topical corticosteroids', 'aad-2023-topical', false),
  ('oral steroids', 'TERM', 'systemic corticosteroids', 'aad-2014-systemic', true),
  ('oral corticosteroids', 'TERM', 'systemic corticosteroids', 'aad-2023-systemic', false),
  ('TCI', 'ABBREVIATION', 'topical calcineurin inhibitors', 'aad-2023-topical', false),
  ('TCIs', 'ABBREVIATION', 'topical calcineurin inhibitors', 'aad-2023-topical', false),
  ('JAKi', 'ABBREVIATION', 'JAK inhibitors', 'aad-2023-systemic', false),
  ('Janus kinase inhibitors', 'TERM', 'JAK inhibitors', 'aad-2023-systemic', false),
  ('monoclonal antibodies', 'TERM', 'biologics', 'aad-2023-systemic', false),
  ('immunosuppressants', 'TERM', 'antimetabolite immunosuppressants', 'aad-2014-systemic', false),
  -- the European (UK) potency words of the ladder, as UK SmPCs grade their product
  ('very potent steroids', 'TERM', 'super-high-potency topical corticosteroids', 'mhra-dermovate-scalp-smpc', false),
  ('very potent corticosteroids', 'TERM', 'super-high-potency topical corticosteroids', 'mhra-dermovate-scalp-smpc', false),
  ('potent steroids', 'TERM', 'high-potency topical corticosteroids', 'mhra-diprosone-cream-smpc', false),
  ('potent corticosteroids', 'TERM', 'high-potency topical corticosteroids', 'mhra-diprosone-cream-smpc', false),
  ('moderately potent steroids', 'TERM', 'medium-potency topical corticosteroids', 'mhra-elocon-cream-smpc', false),
  ('moderately potent corticosteroids', 'TERM', 'medium-potency topical corticosteroids', 'mhra-elocon-cream-smpc', false),
  ('mild steroids', 'TERM', 'low-potency topical corticosteroids', 'mhra-hydrocortisone-1-cream-smpc', false),
  ('mild corticosteroids', 'TERM', 'low-potency topical corticosteroids', 'mhra-hydrocortisone-1-cream-smpc', false)
) as a (term, kind, class, source, verified);

-- Conditions: searching a condition finds the drugs approved for it.
insert into search_alias (term, kind, condition_id, source_id, verified)
select a.term, a.kind, (select id from condition where code = a.code), (select id from source where key = a.source), a.verified
from (values
  ('eczema', 'CONCEPT', 'ATOPIC_DERMATITIS', 'euroguiderm-2022', true),
  ('atopic eczema', 'CONCEPT', 'ATOPIC_DERMATITIS', 'euroguiderm-2022', true),
  ('AD', 'ABBREVIATION', 'ATOPIC_DERMATITIS', 'aad-2023-systemic', false),
  ('hand eczema', 'CONCEPT', 'CHRONIC_HAND_ECZEMA', 'ema-anzupgo-epar', false),
  ('CHE', 'ABBREVIATION', 'CHRONIC_HAND_ECZEMA', 'ema-anzupgo-epar', false),
  ('PN', 'ABBREVIATION', 'PRURIGO_NODULARIS', 'fda-nemluvio-label', false)
) as a (term, kind, code, source, verified);

-- Kinds of facts: searching one finds the drugs that have it.
insert into search_alias (term, kind, drug_fact, source_id, verified)
select a.term, a.kind, a.fact, (select id from source where key = a.source), a.verified
from (values
  ('black box', 'CONCEPT', 'BOXED_WARNING', 'uconn-2025-black-box-warning', true),
  ('black box warning', 'CONCEPT', 'BOXED_WARNING', 'uconn-2025-black-box-warning', true),
  ('BBW', 'ABBREVIATION', 'BOXED_WARNING', 'uconn-2025-black-box-warning', false),
  ('boxed warning', 'CONCEPT', 'BOXED_WARNING', 'fda-rinvoq-label', true),
  ('pregnant', 'TERM', 'PREGNANCY', 'fda-rinvoq-label', true),
  ('lactation', 'TERM', 'BREASTFEEDING', 'fda-rinvoq-label', false),
  ('breast-feeding', 'TERM', 'BREASTFEEDING', 'fda-rinvoq-label', false),
  ('nursing', 'TERM', 'BREASTFEEDING', 'fda-rinvoq-label', false),
  ('birth control', 'TERM', 'CONTRACEPTION', 'fda-rinvoq-label', false),
  ('vaccines', 'TERM', 'LIVE_VACCINES', 'fda-rinvoq-label', false),
  ('vaccination', 'TERM', 'LIVE_VACCINES', 'fda-rinvoq-label', false)
) as a (term, kind, fact, source, verified);

-- Research codes the V14 curations did not add, each read on 2026-11-27 next to the INN in the cited document or, for
-- CAT-354, in the abstracts of the phase 2 tralokinumab studies ("tralokinumab (TK; CAT-354)"); CAT-354 is described
-- in May et al. INCB018424 (ruxolitinib) was left out: no document read today named both.
insert into source (key, title, publisher, kind, url, published_on, accessed_on) values
('may-2012-cat-354', 'May RD, Monk PD, Cohen ES, et al. Preclinical development of CAT-354, an IL-13 neutralizing antibody, for the treatment of severe uncontrolled asthma. Br J Pharmacol 2012;166(1):177-193 (online 6 September 2011)', 'British Journal of Pharmacology', 'ARTICLE', 'https://doi.org/10.1111/j.1476-5381.2011.01659.x', '2011-09-06', '2026-11-27'),
('lilly-incyte-baricitinib-jada-2013', 'Lilly and Incyte announce baricitinib efficacy and safety data from the open-label, long-term extension of the phase 2b JADA study in patients with rheumatoid arthritis ("baricitinib, formerly LY3009104 (INCB28050)"), PR Newswire, 13 June 2013', 'Eli Lilly and Company; Incyte Corporation', 'ARTICLE', 'https://www.bloomberg.com/article/2013-06-13/aLUPnMjpu3Hc.html', '2013-06-13', '2026-11-27')
on conflict (key) do nothing;

insert into drug_synonym (drug_id, name, source_id) values
((select id from drug where name = 'tralokinumab'), 'CAT-354', (select id from source where key = 'may-2012-cat-354')),
((select id from drug where name = 'baricitinib'), 'LY3009104', (select id from source where key = 'lilly-incyte-baricitinib-jada-2013'))
on conflict (drug_id, name) do nothing;

-- 3. Drug facts as terms -------------------------------------------------------------------------------------------

-- One row per drug, fact and word that finds it; `shown` is what the hit displays.
create view search_fact as
    -- approvals: the condition's name and its aliases find the drugs approved for it
    with approved as (
        select a.drug_id, a.condition_id, 'approved for ' || c.name || ' (' || string_agg(a.region, ', ' order by a.region) || ')' as shown
        from approval a join condition c on c.id = a.condition_id
        where a.status = 'APPROVED'
        group by a.drug_id, a.condition_id, c.name
    ),
    boxed as (
        select b.drug_id, b.region, b.topics,
               'boxed warning (' || b.region || '): ' || replace(replace(lower(b.topics), '_', ' '), ',', ', ') as shown
        from boxed_warning b
    ),
    reproductive as (
        select drug_id, topic, lower(topic) || ': ' || string_agg(guidance, '; ' order by guidance) as shown
        from (select r.drug_id, r.topic,
                     replace(lower(r.guidance), '_', ' ') || ' (' || string_agg(r.region, ', ' order by r.region) || ')' as guidance
              from reproductive_safety r
              where (r.topic in ('PREGNANCY', 'BREASTFEEDING') and r.guidance in ('CONTRAINDICATED', 'AVOID'))
                 or (r.topic = 'CONTRACEPTION' and r.guidance = 'REQUIRED')
              group by r.drug_id, r.topic, r.guidance) as g
        group by drug_id, topic
    ),
    live_vaccines as (
        select v.drug_id, 'live vaccines: avoid (' || string_agg(distinct v.region, ', ') || ')' as shown
        from vaccination_advice v
        where v.kind = 'AVOID_LIVE_VACCINES'
        group by v.drug_id
    ),
    facts as (
        select drug_id, condition_id, null::text as fact, shown from approved
        union all select drug_id, null, 'BOXED_WARNING', shown from boxed
        union all select drug_id, null, topic, shown from reproductive
        union all select drug_id, null, 'LIVE_VACCINES', shown from live_vaccines
        union all select drug_id, null, 'RISK_PROGRAM', name || ' (' || region || ')' from risk_program
    )
    select a.drug_id, c.name as term, a.shown from approved a join condition c on c.id = a.condition_id
    union all
    select f.drug_id, s.term, f.shown
    from search_alias s join facts f on f.condition_id = s.condition_id or f.fact = s.drug_fact
    union all
    select b.drug_id, replace(lower(t.topic), '_', ' '), 'boxed warning (' || b.region || '): ' || replace(lower(t.topic), '_', ' ')
    from boxed b cross join lateral unnest(string_to_array(b.topics, ',')) as t (topic)
    union all
    select drug_id, lower(topic), shown from reproductive
    union all
    select drug_id, 'live vaccines', shown from live_vaccines
    union all
    select drug_id, name, name || ' (' || region || ')' from risk_program
    union all
    -- labelled interactions, by what interacts ('strong CYP3A4 inhibitors (e.g. ketoconazole)')
    select drug_id, interacting, 'interaction (' || region || '): ' || interacting || ': ' || replace(lower(management), '_', ' ')
    from drug_interaction
    union all
    -- dose adjustments, by circumstance ('renal impairment', 'older adults')
    select drug_id, replace(lower(circumstance), '_', ' '),
           'dose adjustment: ' || replace(lower(circumstance), '_', ' ') || ' (' || string_agg(distinct region, ', ') || ')'
    from dose_adjustment where circumstance not in ('OTHER', 'INADEQUATE_RESPONSE', 'CONTROLLED_DISEASE', 'LAB_ABNORMALITY')
    group by drug_id, circumstance
    union all
    select drug_id, replace(lower(kind), '_', ' '), name || ' (' || region || ')' from risk_program where kind <> 'REMS'
    union all
    select drug_id, 'REMS', name || ' (' || region || ')' from risk_program where kind = 'REMS';

-- 4. Every searchable term ---------------------------------------------------------------------------------------

drop view search_term;

-- Every searchable name of every node, with what kind of name it is; label is the node's own name, for ordering
-- ties; shown is what a hit displays as matchedText.
create view search_term as
    select 'DRUG' as node_type, id as node_id, name as term, 'NAME' as kind, name as label, name as shown from drug
    union all select 'DRUG', d.id, s.name, 'SYNONYM', d.name, s.name from drug_synonym s join drug d on d.id = s.drug_id
    union all select 'DRUG', d.id, b.name, 'BRAND', d.name, b.name from brand b join drug d on d.id = b.drug_id
    union all select 'DRUG', d.id, f.term, 'FACT', d.name, f.shown from search_fact f join drug d on d.id = f.drug_id
    union all select 'DRUG_CLASS', id, name, 'NAME', name, name from drug_class
    union all select 'TARGET', id, symbol, 'SYMBOL', symbol, symbol from target
    union all select 'TARGET', t.id, a.alias, 'ALIAS', t.symbol, a.alias from target_alias a join target t on t.id = a.target_id
    union all select 'TARGET', id, name, 'NAME', symbol, name from target
    union all select 'LAB_TEST', id, name, 'NAME', name, name from lab_test
    union all select 'LAB_TEST', id, code, 'CODE', name, code from lab_test
    union all select 'LAB_TEST', id, measures, 'DESCRIPTION', name, measures from lab_test
    union all select 'PATHWAY', id, name, 'NAME', name, name from pathway
    union all select 'PATHWAY', id, code, 'CODE', name, code from pathway
    union all
    select case when a.drug_id is not null then 'DRUG' when a.drug_class_id is not null then 'DRUG_CLASS'
                when a.target_id is not null then 'TARGET' when a.lab_test_id is not null then 'LAB_TEST' else 'PATHWAY' end,
           coalesce(a.drug_id, a.drug_class_id, a.target_id, a.lab_test_id, a.pathway_id),
           a.term, a.kind,
           coalesce(d.name, c.name, t.symbol, l.name, p.name),
           a.term
    from search_alias a
    left join drug d on d.id = a.drug_id
    left join drug_class c on c.id = a.drug_class_id
    left join target t on t.id = a.target_id
    left join lab_test l on l.id = a.lab_test_id
    left join pathway p on p.id = a.pathway_id
    where a.condition_id is null and a.drug_fact is null;

-- The vocabulary changes what search finds: a new data version (kept from V14 when a curation set it, marked +search).
update data_version
set version = version || '+search',
    reviewed_on = greatest(reviewed_on, date '2026-11-27'),
    notes = notes || ' Search vocabulary of 2026-11-27 (V15): clinical words, abbreviations and concepts for lab tests, pathways, classes, conditions and kinds of drug facts.'
where id = 1;

-- 5. The search index ---------------------------------------------------------------------------------------------

-- search_term with each term's normalised form, words and stems, computed once per change of the data rather than
-- per query (normalising every term took most of a search's time). Every write to a table the view reads marks the
-- index stale; a deferred trigger refreshes it once when that transaction commits, so a migration or a direct write
-- is searchable as soon as it is committed, and a curation migration of hundreds of statements refreshes it once.
-- A pathway's name also has the word 'pathway', a lab test's the word 'test' ("calcineurin pathway", "kidney test").
create materialized view search_index as
    select t.node_type, t.node_id, t.term, t.kind, t.label, t.shown, erx_norm(t.term) as norm,
           erx_words(t.term) || i.implied as words, erx_stems(t.term) || i.implied as stems
    from search_term t
    cross join lateral (select case when t.kind = 'NAME' and t.node_type = 'PATHWAY' then '{pathway}'::text[]
                                    when t.kind = 'NAME' and t.node_type = 'LAB_TEST' then '{test}'::text[]
                                    else '{}'::text[] end as implied) as i;
create index search_index_norm_trgm on search_index using gin (norm gin_trgm_ops);

-- At most one row: the index is stale in the transaction that wrote it.
create table search_index_stale (
    id int primary key check (id = 1)
);

create or replace function erx_mark_search_index_stale() returns trigger
    language plpgsql
as $$
begin
    insert into search_index_stale (id) values (1) on conflict do nothing;
    return null;
end
$$;

create or replace function erx_refresh_search_index() returns trigger
    language plpgsql
as $$
begin
    delete from search_index_stale;
    refresh materialized view search_index;
    return null;
end
$$;

create constraint trigger search_index_refresh
    after insert on search_index_stale
    deferrable initially deferred
    for each row execute function erx_refresh_search_index();

do $$
declare
    t text;
begin
    foreach t in array array['drug', 'drug_synonym', 'brand', 'drug_class', 'target', 'target_alias', 'lab_test', 'pathway',
                             'condition', 'approval', 'boxed_warning', 'reproductive_safety', 'vaccination_advice',
                             'risk_program', 'drug_interaction', 'dose_adjustment', 'search_alias']
    loop
        execute format('create trigger %I after insert or update or delete or truncate on %I '
                       'for each statement execute function erx_mark_search_index_stale()', t || '_search_index_stale', t);
    end loop;
end
$$;
