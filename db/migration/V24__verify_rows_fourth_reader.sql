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
-- clinical words, lab-test words and abbreviations whose cited documents (guideline full texts, label sections
-- after the highlights, glossary pages) were again not displayed beyond their openings. They are left unverified;
-- the reasons of four groups are made more precise below.
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
-- months of therapy" was read only in a copy of the Gengraf label (another manufacturer's cyclosporine).
update search_alias set unverified_reason = 'The Neoral label copies displayed (pdfslide; RxDrugNews, labeling of July 2005) show only the boxed WARNING; "Baseline laboratories should include serum creatinine (on two occasions), BUN ..." and "Serum creatinine and BUN should be evaluated every 2 weeks ..." were read only in a copy of the Gengraf label (another manufacturer), which does not verify the Neoral row.'
 where not verified and source_id = (select id from source where key = 'fda-neoral-label')
   and term in ('BUN', 'creatinine', 'serum creatinine');
-- abrocitinib EU: the platelet monitoring and thrombocytopenia wording was displayed only in GB material.
update search_alias set unverified_reason = 'The EU Cibinqo SmPC section on laboratory monitoring was not displayed; platelet-count monitoring was read only in the Great Britain SmPC copy (patient-info, sections 4.1-4.2) and Pfizer''s UK professional site, which do not verify the EU source, and the word "thrombocytopenia" itself was not read in either.'
 where not verified and source_id = (select id from source where key = 'ema-cibinqo-epar') and term = 'thrombocytopenia';

-- ---------------------------------------------------------------------------------------------------------------
-- Data version
-- ---------------------------------------------------------------------------------------------------------------
update data_version set version = '2026.12.06.2', reviewed_on = date '2026-12-06',
    notes = notes || ' | 2026-12-06 (V24): fourth reading of the unverified rows: the tapinarof JP approval (2024, adults and children 12 years and older) verified against the PMDA package insert of VTAMA cream 1% (2nd edition August 2024) and repointed from the Adis review to it; unverified_reason made precise for the difamilast, delgocitinib and baricitinib EU approvals and for the search words PN, thiopurine methyltransferase, BUN/creatinine/serum creatinine (Neoral) and thrombocytopenia (Cibinqo EU).'
where id = 1;
