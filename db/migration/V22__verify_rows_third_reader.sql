-- V22: third reading (2026-12-06) of the rows still verified = false after V19-V21 (issue 23, "Verified").
--
-- Method (the rules of V19/V20, unchanged). For every unverified row only the row and its cited source were looked
-- at, and the primary document was searched for with the stored search tools. A row is set verified only where the
-- primary document's own text was read stating the fact as the row has it: the label or SmPC itself, a verbatim
-- copy of the cited section whose revision is not older than the cited revision (RxReasoner "Source: European
-- Medicines Agency, Revision Year ..." copies; FDA/DailyMed SPL copies), or a guideline's or review's own text
-- (journal abstract on PubMed, the article PDF). Copies that name no source or no revision, a revision older than
-- the one cited, other countries' labels (MIMS copies of Asian labels, Swiss Fachinformation, the GB SmPC for an EU
-- row), news and AI summaries verify nothing. Where nothing primary could be read the row stays unverified and its
-- unverified_reason now says what this third reading read and what it could not read.
--
-- Rows are addressed by natural keys and only while still unverified, so a row a colleague's migration already
-- settled is left alone. The search tools show excerpts of stored pages only; a section no excerpt displayed counts
-- as not read.

-- ---------------------------------------------------------------------------------------------------------------
-- search_alias: words read in the cited review
-- ---------------------------------------------------------------------------------------------------------------
-- gandhi-2016: Gandhi NA et al., Nat Rev Drug Discov 2016;15:35-50, abstract (PubMed 26471366): "Systemic type 2
-- inflammation encompassing T helper 2 (TH2)-type responses ... narrowly targeting downstream products of the TH2
-- pathway, such as immunoglobulin E (IgE) ...". Th2 and IgE are read in the meaning the rows give them (the type 2 /
-- Th2 pathway). "type 2 immunity" and "T2 inflammation" are not in the abstract (it says "type 2 inflammation").
update search_alias set verified = true, unverified_reason = null
 where not verified and source_id = (select id from source where key = 'gandhi-2016')
   and pathway_id = (select id from pathway where name = 'Type 2 (Th2) inflammation: IL-4 and IL-13 signalling')
   and term in ('Th2', 'IgE');
update search_alias set unverified_reason = 'The abstract of the cited review (PubMed 26471366) was read: it says "type 2 inflammation" and "T helper 2 (TH2)-type responses", not this word; the full text was not readable.'
 where not verified and source_id = (select id from source where key = 'gandhi-2016')
   and term in ('type 2 immunity', 'T2 inflammation');

-- weidinger-novak-2016: Weidinger S, Novak N, Lancet 2016;387:1109-22, summary and introduction read in copies of
-- the article PDF (Scribd): "... characterised by intense itching and recurrent eczematous lesions ... the
-- mechanisms behind disease-associated itch ..." and "its clinical hallmarks - namely, intense itch and
-- inflammatory eczematous lesions". "itch" is read in the meaning of the row (the itch of atopic dermatitis, linked
-- to the IL-31 itch pathway). The other words of this source were not in the parts displayed.
update search_alias set verified = true, unverified_reason = null
 where not verified and source_id = (select id from source where key = 'weidinger-novak-2016')
   and pathway_id = (select id from pathway where name = 'IL-31 itch signalling')
   and term = 'itch';
update search_alias set unverified_reason = 'The summary and introduction of the Lancet seminar were read (copies of the article PDF): they say "itch", "itching", "T-helper-2 response", "IgE responses", "epidermal barrier" and "topical corticosteroids", not this word; the rest of the text was not displayed.'
 where not verified and source_id = (select id from source where key = 'weidinger-novak-2016')
   and term in ('itchy', 'pruritus', 'itch-scratch cycle', 'Th2 cells', 'filaggrin', 'skin barrier', 'eosinophils',
                'T-cell activation', 'cyclic AMP', 'glucocorticoids');

-- ema-anzupgo-epar: Anzupgo SmPC 4.1 in the RxReasoner copy "Source: European Medicines Agency (EU), Revision Year:
-- 2024, Publisher: LEO Pharma A/S" (the revision of the cited source, 2024): "Anzupgo is indicated for the treatment
-- of moderate to severe chronic hand eczema (CHE) in adults ..."; 4.2 "... diagnosis and treatment of chronic hand
-- eczema". CHE is read as defined there; "hand eczema" is read as part of "chronic hand eczema", in the meaning of
-- the condition the rows point at.
update search_alias set verified = true, unverified_reason = null
 where not verified and source_id = (select id from source where key = 'ema-anzupgo-epar')
   and condition_id = (select id from condition where code = 'CHRONIC_HAND_ECZEMA')
   and term in ('hand eczema', 'CHE');

-- fda-clobex-lotion-label (the cited document is the GlobalRPh copy of the CLOBEX Lotion label), Precautions,
-- General: "Systemic absorption of topical corticosteroids has caused reversible adrenal suppression ... patients ...
-- should be evaluated periodically for evidence of adrenal suppression (see laboratory tests below). If adrenal
-- suppression is noted ...". Read in the meaning of the row (suppression of the HPA axis, checked by the HPA-axis
-- tests).
update search_alias set verified = true, unverified_reason = null
 where not verified and source_id = (select id from source where key = 'fda-clobex-lotion-label')
   and lab_test_id = (select id from lab_test where code = 'HPA_AXIS')
   and term = 'adrenal suppression';

-- Potency words: the GB SmPC copies displayed do not contain them.
update search_alias set unverified_reason = 'The Dermovate Scalp Application SmPC copy (RxReasoner, MHRA revision 2021) displayed sections 4.1-4.2: it says "a very potent topical corticosteroid", "the most potent class of topical corticosteroids (Group IV)" and "less active steroids", not this word.'
 where not verified and source_id = (select id from source where key = 'mhra-dermovate-scalp-smpc')
   and term in ('very potent steroids', 'very potent corticosteroids');
update search_alias set unverified_reason = 'The Elocon Cream SmPC copy (RxReasoner, MHRA revision 2019) displayed sections 4.1-4.4 and 4.9: they do not contain this word (4.9 says "substitute a less potent steroid"); the pharmacodynamic section was not displayed.'
 where not verified and source_id = (select id from source where key = 'mhra-elocon-cream-smpc')
   and term in ('moderately potent steroids', 'moderately potent corticosteroids');
update search_alias set unverified_reason = 'The Pinewood Hydrocortisone 1% w/w Cream SmPC (emc 100335, updated 19-Dec-2024) displayed sections 4.1-4.4: they do not contain this word; the pharmacodynamic section was not displayed.'
 where not verified and source_id = (select id from source where key = 'mhra-hydrocortisone-1-cream-smpc')
   and term in ('mild steroids', 'mild corticosteroids');
-- HPA-axis test words citing the GlobalRPh triamcinolone ointment page: that page was not displayed; the words were
-- read only in the SPL of another triamcinolone acetonide product (ndclist copy, NDC 24338-430), not the cited one.
update search_alias set unverified_reason = 'The cited GlobalRPh copy of the triamcinolone acetonide ointment label was not displayed; "urinary free cortisol and ACTH stimulation tests" was read only in the label of another triamcinolone acetonide product (ndclist copy of NDC 24338-430), not in the cited document.'
 where not verified and source_id = (select id from source where key = 'fda-triamcinolone-acetonide-ointment-label')
   and term in ('ACTH stimulation test', 'cortisol', 'urinary free cortisol');

-- ---------------------------------------------------------------------------------------------------------------
-- contraindication
-- ---------------------------------------------------------------------------------------------------------------
-- nemolizumab EU: Nemluvio SmPC 4.3 in the RxReasoner copy "Source: European Medicines Agency (EU), Revision Year:
-- 2025, Publisher: Galderma International" (the revision of the cited ema-nemluvio-epar, 2025): "Hypersensitivity to
-- the active substance(s) or to any of the excipients listed in section 6.1."
update contraindication set verified = true, unverified_reason = null,
       description = 'Hypersensitivity to the active substance or to any of the excipients listed in SmPC section 6.1 (SmPC 4.3).'
 where drug_id = (select id from drug where name = 'nemolizumab') and region = 'EU' and population = 'HYPERSENSITIVITY'
   and severity = 'CONTRAINDICATED' and not verified;

-- tralokinumab EU: the only SmPC copy displayed (RxReasoner, EMA revision 2021) states the contraindication, but the
-- cited revision is the October 2022 one (adolescents added); its section 4.3 was not displayed.
update contraindication set unverified_reason = 'EU Adtralza SmPC 4.3 was read only in an RxReasoner copy of the 2021 EMA revision ("Hypersensitivity to the active substance or to any of the excipients listed in section 6.1"); section 4.3 of the cited October 2022 revision was not displayed.'
 where drug_id = (select id from drug where name = 'tralokinumab') and region = 'EU' and population = 'HYPERSENSITIVITY' and not verified;

-- abrocitinib US: Pfizer's medical-information copy of the US prescribing information (revision not shown) was read
-- for sections 2, 5 and 7 but its section 4 was not displayed; the June 2026 revision (S-005) was not readable.
update contraindication set unverified_reason = 'US Cibinqo label section 4 not displayed by the stored copies (Pfizer''s medical-information copy, revision not shown, displayed sections 2, 5 and 7 only); the cited June 2026 revision (S-005) was not readable.'
 where drug_id = (select id from drug where name = 'abrocitinib') and region = 'US' and population = 'INTERACTING_DRUG' and not verified;

-- ---------------------------------------------------------------------------------------------------------------
-- vaccination_advice
-- ---------------------------------------------------------------------------------------------------------------
update vaccination_advice set unverified_reason = 'EU Adtralza SmPC 4.4 was read only in an RxReasoner copy of the 2021 EMA revision ("Live and live attenuated vaccines should not be given concurrently with tralokinumab ..."); section 4.4 of the cited October 2022 revision was not displayed.'
 where drug_id = (select id from drug where name = 'tralokinumab') and region = 'EU' and kind = 'AVOID_LIVE_VACCINES' and not verified;
update vaccination_advice set unverified_reason = 'Pfizer''s medical-information copy of the US Cibinqo prescribing information (revision not shown) says in 2.1 "Complete any necessary immunizations, including herpes zoster vaccinations, in agreement with current immunization guidelines prior to CIBINQO initiation"; the cited June 2026 revision (S-005) was not readable, so the row is not confirmed against it.'
 where drug_id = (select id from drug where name = 'abrocitinib') and region = 'US' and kind = 'COMPLETE_BEFORE_START' and not verified;

-- ---------------------------------------------------------------------------------------------------------------
-- drug_interaction
-- ---------------------------------------------------------------------------------------------------------------
-- abrocitinib US: section 7 read in Pfizer's medical-information copy (revision not shown): Table 4 "Strong CYP2C19
-- or CYP2C9 Inducers ... Avoid concomitant use of CIBINQO with strong CYP2C19 or CYP2C9 inducers"; Table 5 "P-gp
-- Substrate Where Small Concentration Changes May Lead to Serious or Life-threatening Toxicities" (the intervention
-- text was cut off). Not verified: the copy's revision is unknown and the cited June 2026 revision was not readable.
update drug_interaction set unverified_reason = 'Pfizer''s medical-information copy of the US Cibinqo label (revision not shown), section 7 Table 4, reads "Avoid concomitant use of CIBINQO with strong CYP2C19 or CYP2C9 inducers" (or, not and; the rifampin figure is not in section 7); the cited June 2026 revision (S-005) was not readable.'
 where drug_id = (select id from drug where name = 'abrocitinib') and region = 'US' and not verified
   and interacting = 'strong CYP2C19 and CYP2C9 inducers (e.g. rifampin)';
update drug_interaction set unverified_reason = 'Pfizer''s medical-information copy of the US Cibinqo label (revision not shown), section 7 Table 5, names "P-gp Substrate Where Small Concentration Changes May Lead to Serious or Life-threatening Toxicities" but its intervention text was cut off in the display; the cited June 2026 revision (S-005) was not readable.'
 where drug_id = (select id from drug where name = 'abrocitinib') and region = 'US' and not verified
   and interacting = 'P-gp substrates with a narrow therapeutic index (e.g. digoxin, dabigatran)';

-- ---------------------------------------------------------------------------------------------------------------
-- adverse_effect
-- ---------------------------------------------------------------------------------------------------------------
-- lebrikizumab: an RxReasoner substance page gives the EU-style 4.8 table (conjunctivitis common, herpes zoster
-- uncommon, eosinophilia uncommon) but names neither its source document nor its revision; the EMA SmPC copy
-- (RxReasoner monograph, EMA revision 2023) displayed only sections 4.1-4.4.
update adverse_effect set unverified_reason = 'The category was read in an RxReasoner substance page that reproduces an EU-style 4.8 table but names neither its source document nor its revision; the EMA Ebglyss SmPC copy (RxReasoner, revision 2023) displayed sections 4.1-4.4 only.'
 where drug_id = (select id from drug where name = 'lebrikizumab') and not verified
   and name in ('conjunctivitis', 'eosinophilia', 'herpes zoster');

update adverse_effect set unverified_reason = 'The COMMON category was read in an RxReasoner substance page for delgocitinib (EU-style 4.8 table) that names neither its source nor its revision; the EMA Anzupgo SmPC copy (RxReasoner, revision 2024) displayed sections 4.1-4.6 only.'
 where drug_id = (select id from drug where name = 'delgocitinib') and not verified and name = 'application site reactions';

-- ---------------------------------------------------------------------------------------------------------------
-- dosing_regimen
-- ---------------------------------------------------------------------------------------------------------------
-- abrocitinib EU adults: the EMA SmPC copy (RxReasoner, revision 2024) shows 4.2 "The recommended starting dose is
-- 100 mg or 200 mg once daily based on individual patient characteristics:" but not the bullets that follow, nor the
-- elderly paragraph that bounds the population at 65 years.
update dosing_regimen set unverified_reason = 'EU Cibinqo SmPC 4.2 read in the RxReasoner copy of the EMA revision 2024 only as far as "The recommended starting dose is 100 mg or 200 mg once daily based on individual patient characteristics" and the 24-week stopping rule; the bullets that choose the dose and the paragraph on patients 65 and older were not displayed.'
 where drug_id = (select id from drug where name = 'abrocitinib') and region = 'EU' and population = 'adults younger than 65 years' and not verified;

-- ---------------------------------------------------------------------------------------------------------------
-- use_limit
-- ---------------------------------------------------------------------------------------------------------------
-- abrocitinib EU: Cibinqo SmPC 4.2 in the RxReasoner copy "Source: European Medicines Agency (EU), Revision Year:
-- 2024, Publisher: Pfizer Europe MA EEIG" (the year of the cited ema-cibinqo-epar, 2024-03-21): "Discontinuation of
-- treatment should be considered in patients who show no evidence of therapeutic benefit after 24 weeks."
update use_limit set verified = true, unverified_reason = null,
       description = 'Consider discontinuation in patients who show no evidence of therapeutic benefit after 24 weeks (SmPC 4.2).'
 where drug_id = (select id from drug where name = 'abrocitinib') and region = 'EU' and kind = 'TREATMENT_COURSE'
   and value = 24 and unit = 'WEEKS' and not verified;
update use_limit set unverified_reason = 'EU Rinvoq SmPC 4.2 not displayed by the stored copies; the 12-week sentence was read only on AbbVie''s UK professional site quoting the Great Britain SmPC, which does not verify the EU row.'
 where drug_id = (select id from drug where name = 'upadacitinib') and region = 'EU' and kind = 'TREATMENT_COURSE' and not verified;

-- ---------------------------------------------------------------------------------------------------------------
-- adverse_effect: nemolizumab EU categories (part 3). The EU SmPC 4.8 table is still not found; the Swiss
-- professional information (ch.oddb.org, Nemluvio, reg. 69707, chapter "Unerwuenschte Wirkungen") was read and
-- does not match two categories. It is another regulator's label, so the rows are flagged, not corrected.
-- ---------------------------------------------------------------------------------------------------------------
update adverse_effect set unverified_reason = 'EU Nemluvio SmPC section 4.8 table not found (the RxReasoner copy of the EMA revision 2025 shows sections 4.3-4.4 only). Re-checked 2026-12-06: the Swiss professional information (reg. 69707) lists injection site reactions under "gelegentlich" (uncommon) while its summary gives 1.2%; that is another regulator''s label, so the COMMON category is neither confirmed nor corrected.'
 where drug_id = (select id from drug where name = 'nemolizumab') and name = 'injection site reactions' and not verified;
update adverse_effect set unverified_reason = 'EU Nemluvio SmPC section 4.4 (RxReasoner copy of the EMA revision 2025) states that type 1 hypersensitivity including angioedema has been reported; the section 4.8 table was not found. Re-checked 2026-12-06: the Swiss professional information (reg. 69707) gives type I hypersensitivity 1.1% (urticaria common, angioedema uncommon), which does not match NOT_KNOWN; that is another regulator''s label, so the category is neither confirmed nor corrected.'
 where drug_id = (select id from drug where name = 'nemolizumab') and name = 'hypersensitivity reactions including angioedema' and not verified;

-- ---------------------------------------------------------------------------------------------------------------
-- adverse_effect: prednisone fluid/sodium retention and hypertension (part 3). The DailyMed record of the Hikma
-- label (PredniSONE tablets, PredniSONE solution, PredniSONE Intensol concentrate; "Updated February 20, 2024")
-- displays the start of each section; ADVERSE REACTIONS begins "Fluid and Electrolyte Disturbances - Sodium
-- retention - Fluid retention - Congestive heart failure in susceptible patients - Potassium loss - Hypokalemic
-- alkalosis - Hypertension - Musculoskeletal - ...": a list by body system with no frequencies. The cited
-- fda-prednisone-label (dated 2026-08-11) was not displayed, so the row is repointed to the revision read. The other
-- prednisone reactions fall after the displayed part and stay unverified.
-- ---------------------------------------------------------------------------------------------------------------
insert into source (key, title, publisher, kind, url, published_on, accessed_on) values
('dailymed-hikma-prednisone-2024', 'PredniSONE tablets, PredniSONE oral solution and PredniSONE Intensol (concentrate): US prescribing information, DailyMed label record updated 20 February 2024', 'Hikma Pharmaceuticals USA Inc. (DailyMed, US National Library of Medicine)', 'LABEL', 'https://dailymed.nlm.nih.gov/dailymed/search.cfm?query=00054472831', '2024-02-20', '2026-12-06')
on conflict (key) do nothing;
update adverse_effect set verified = true, unverified_reason = null,
       source_id = (select id from source where key = 'dailymed-hikma-prednisone-2024'),
       notes = 'US label (Hikma, DailyMed 20 February 2024), ADVERSE REACTIONS, Fluid and Electrolyte Disturbances: sodium retention, fluid retention, congestive heart failure in susceptible patients, potassium loss, hypokalemic alkalosis, hypertension; listed without frequencies.'
 where drug_id = (select id from drug where name = 'prednisone') and name = 'fluid and sodium retention, hypertension'
   and not verified and source_id = (select id from source where key = 'fda-prednisone-label');

-- ---------------------------------------------------------------------------------------------------------------
-- Data version
-- ---------------------------------------------------------------------------------------------------------------
update data_version set version = '2026.12.06', reviewed_on = date '2026-12-06',
    notes = notes || ' | 2026-12-06 (V22): third reading of the unverified rows: Th2 and IgE (Gandhi 2016 abstract), itch (Weidinger & Novak 2016 summary), hand eczema and CHE (Anzupgo SmPC 4.1, EMA 2024), adrenal suppression (CLOBEX label precautions), the nemolizumab EU hypersensitivity contraindication (SmPC 4.3, EMA 2025) and the abrocitinib EU 24-week stopping rule (SmPC 4.2, EMA 2024) verified; prednisone fluid/sodium retention and hypertension verified against the Hikma label ADVERSE REACTIONS (DailyMed, February 2024) and repointed to it; unverified_reason updated where an older or unattributed copy was read, and for two nemolizumab EU adverse-effect categories that the Swiss product information does not match.'
where id = 1;
