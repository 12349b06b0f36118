-- V19: second reading of the unverified safety rows (verified = false) of adverse_effect, reproductive_safety,
-- drug_interaction, vaccination_advice, use_limit and risk_program. Read on 2026-12-06.
--
-- Method. For every unverified row the primary document (current FDA label, EMA SmPC, national SmPC) was searched
-- for with the stored search tools. A row is set verified only where text of the primary document itself (or a
-- verbatim, dated copy of the cited section that names the document as its source) was read stating the fact as
-- the row has it. Where it was not read, the row stays unverified and unverified_reason says in one sentence what
-- was checked and what could not be read. Secondary summaries (drugs.com, news, blogs), other countries' labels
-- (Swiss Fachinformation, MIMS copies of Asian labels) and patient leaflets in test reproductions were not taken
-- as confirmation.
--
-- Outcome: 8 rows verified (nemolizumab EU live vaccines, SmPC 4.4; lebrikizumab US vaccinations before start, US
-- label 2.1; upadacitinib EU breast-feeding, SmPC 4.6; ruxolitinib EU pregnancy, breast-feeding and contraception,
-- SmPC 4.3 and EU package leaflet; tapinarof contact dermatitis and headache, FDA label 6.1
-- Table 1); no row corrected or deleted (nothing read in a primary document contradicted a row); every other row
-- given its unverified_reason.
--
-- Rows are addressed by natural keys (drug name + the row's unique or descriptive columns) and only while they are
-- still unverified without a reason, so a row a colleague's migration already settled is left alone.

-- ---------------------------------------------------------------------------------------------------------------
-- vaccination_advice
-- ---------------------------------------------------------------------------------------------------------------
-- nemolizumab EU: Nemluvio SmPC section 4.4 (copy "Source: European Medicines Agency (EU), Revision Year: 2025",
-- Galderma International; rxreasoner.com/monographs/nemluvio/precautions): "Concurrent use of live vaccines in
-- patients treated with nemolizumab should be avoided ... Live vaccines should not be given concurrently ...".
-- The row cites the EU product information already (ema-nemluvio-epar); section 4.4 (vaccination_advice has no
-- notes column).
update vaccination_advice set verified = true, unverified_reason = null
 where drug_id = (select id from drug where name = 'nemolizumab') and region = 'EU' and kind = 'AVOID_LIVE_VACCINES'
   and not verified and text like 'Live vaccines should not be given concurrently with nemolizumab%';

-- abrocitinib
update vaccination_advice set unverified_reason = 'EU Cibinqo SmPC section 4.4 not readable in the stored copies (only a 2021 SmPC copy cut before 4.4 and Asian label copies were found); the wording was read only in an Asian label reproducing the SmPC.'
 where drug_id = (select id from drug where name = 'abrocitinib') and region = 'EU' and kind = 'AVOID_LIVE_VACCINES' and not verified and unverified_reason is null;
update vaccination_advice set unverified_reason = 'US Cibinqo label (June 2026 revision) sections 2 and 5 not displayed by the stored copies (only the highlights of the December 2023 revision were read, which do not state the vaccination advice).'
 where drug_id = (select id from drug where name = 'abrocitinib') and region = 'US' and kind in ('AVOID_LIVE_VACCINES', 'COMPLETE_BEFORE_START') and not verified and unverified_reason is null;
-- baricitinib
update vaccination_advice set unverified_reason = 'EU Olumiant SmPC section 4.4 vaccination wording not displayed by the stored copies; only secondary summaries of the EU label were found.'
 where drug_id = (select id from drug where name = 'baricitinib') and region = 'EU' and kind = 'AVOID_LIVE_VACCINES' and not verified and unverified_reason is null;
-- cyclosporine
update vaccination_advice set unverified_reason = 'Neoral/Sandimmun SmPC sections 4.4 and 4.5 (vaccination) not displayed by the search tools; the wording is recalled, not read.'
 where drug_id = (select id from drug where name = 'cyclosporine') and region = 'EU' and kind = 'AVOID_LIVE_VACCINES' and not verified and unverified_reason is null;
update vaccination_advice set unverified_reason = 'US Neoral label precautions (vaccination) not displayed by the search tools; the wording is recalled, not read.'
 where drug_id = (select id from drug where name = 'cyclosporine') and region = 'US' and kind = 'AVOID_LIVE_VACCINES' and not verified and unverified_reason is null;
-- dupilumab
update vaccination_advice set unverified_reason = 'EU Dupixent SmPC sections 4.4 and 4.5 not displayed by the stored copies (EC product-information PDFs show only their first page); the concurrent-live-vaccine sentence was not re-read.'
 where drug_id = (select id from drug where name = 'dupilumab') and region = 'EU' and kind = 'AVOID_LIVE_VACCINES' and not verified and unverified_reason is null;
-- lebrikizumab US: EBGLYSS US prescribing information as published by Eli Lilly (uspl.lilly.com/ebglyss/ebglyss.html),
-- highlights, Dosage and Administration: "Prior to EBGLYSS treatment, complete all age-appropriate vaccinations according
-- to current immunization guidelines. (2.1)". The row cites the US label already (fda-ebglyss-label); section 2.1.
update vaccination_advice set verified = true, unverified_reason = null
 where drug_id = (select id from drug where name = 'lebrikizumab') and region = 'US' and kind = 'COMPLETE_BEFORE_START'
   and not verified and text like 'Complete all age-appropriate vaccinations according to current immunization guidelines%';
-- methotrexate
update vaccination_advice set unverified_reason = 'FDA methotrexate tablets label warnings (immunization) not displayed by the search tools; the wording is recalled, not read.'
 where drug_id = (select id from drug where name = 'methotrexate') and region = 'US' and kind = 'AVOID_LIVE_VACCINES' and not verified and unverified_reason is null;
-- mycophenolate mofetil
update vaccination_advice set unverified_reason = 'EU CellCept SmPC sections 4.4/4.5 (vaccination) not displayed by the search tools; only the package-leaflet sentence was read earlier, the SmPC wording is recalled.'
 where drug_id = (select id from drug where name = 'mycophenolate mofetil') and region = 'EU' and kind = 'AVOID_LIVE_VACCINES' and not verified and unverified_reason is null;
update vaccination_advice set unverified_reason = 'US CellCept label warnings (immunizations) not displayed by the search tools; the wording is recalled, not read.'
 where drug_id = (select id from drug where name = 'mycophenolate mofetil') and region = 'US' and kind = 'AVOID_LIVE_VACCINES' and not verified and unverified_reason is null;
-- nemolizumab US
update vaccination_advice set unverified_reason = 'US Nemluvio label (June 2025 SPL) sections 5 and 7 not displayed by the stored copies (the SPL copy shows only its header); only a WikiDoc summary of the label was read.'
 where drug_id = (select id from drug where name = 'nemolizumab') and region = 'US' and kind = 'AVOID_LIVE_VACCINES' and not verified and unverified_reason is null;
-- tralokinumab
update vaccination_advice set unverified_reason = 'EU Adtralza SmPC sections 4.4/4.5 not displayed by the stored copies; only the Medscape summary of the US label (avoid live vaccines) was read, not the EU wording.'
 where drug_id = (select id from drug where name = 'tralokinumab') and region = 'EU' and kind = 'AVOID_LIVE_VACCINES' and not verified and unverified_reason is null;
-- upadacitinib
update vaccination_advice set unverified_reason = 'EU Rinvoq SmPC section 4.4 vaccination wording not displayed by the stored copies (EC product-information PDFs show only their first page).'
 where drug_id = (select id from drug where name = 'upadacitinib') and region = 'EU' and kind = 'AVOID_LIVE_VACCINES' and not verified and unverified_reason is null;
update vaccination_advice set unverified_reason = 'US Rinvoq label (May 2026) section 5 vaccination wording not displayed by the stored copies; AbbVie''s own quotations of the label say live vaccines are avoided "during, or immediately prior to" therapy, so the row''s "immediately after" is unconfirmed.'
 where drug_id = (select id from drug where name = 'upadacitinib') and region = 'US' and kind = 'AVOID_LIVE_VACCINES' and not verified and unverified_reason is null;

-- ---------------------------------------------------------------------------------------------------------------
-- risk_program
-- ---------------------------------------------------------------------------------------------------------------
update risk_program set unverified_reason = 'EU Olumiant SmPC/EPAR additional risk-minimisation measures (patient alert card) not displayed by the stored copies.'
 where drug_id = (select id from drug where name = 'baricitinib') and region = 'EU' and kind = 'PATIENT_CARD' and name = 'Olumiant patient alert card' and not verified and unverified_reason is null;
update risk_program set unverified_reason = 'EU Rinvoq EPAR risk-management material (patient card) not displayed by the stored copies; only its listing with the GB/NI SmPC was seen earlier.'
 where drug_id = (select id from drug where name = 'upadacitinib') and region = 'EU' and kind = 'PATIENT_CARD' and name = 'Rinvoq patient card' and not verified and unverified_reason is null;

-- ---------------------------------------------------------------------------------------------------------------
-- use_limit
-- ---------------------------------------------------------------------------------------------------------------
update use_limit set unverified_reason = 'EU Cibinqo SmPC section 4.2 (current revision) not displayed by the stored copies; the 24-week sentence was read only in a Thai label copy, the 2021 EU SmPC copy found is cut before it.'
 where drug_id = (select id from drug where name = 'abrocitinib') and region = 'EU' and kind = 'TREATMENT_COURSE' and value = 24 and unit = 'WEEKS' and not verified and unverified_reason is null;
update use_limit set unverified_reason = 'EU Olumiant SmPC section 4.2 not displayed by the stored copies; the 8-week sentence was read only in Asian label copies (MIMS).'
 where drug_id = (select id from drug where name = 'baricitinib') and region = 'EU' and kind = 'TREATMENT_COURSE' and value = 8 and unit = 'WEEKS' and not verified and unverified_reason is null;
update use_limit set unverified_reason = 'Cited document is a package leaflet (Malta record of the UK Dermovate cream text, 2017); the SmPC section 4.2 stating the 4-week review was not read.'
 where drug_id = (select id from drug where name = 'clobetasol propionate') and region = 'EU' and kind = 'MAX_DURATION' and value = 4 and unit = 'WEEKS' and not verified and unverified_reason is null;
update use_limit set unverified_reason = 'EU Dupixent SmPC section 4.2 not displayed by the stored copies; the 16-week discontinuation sentence was not re-read.'
 where drug_id = (select id from drug where name = 'dupilumab') and region = 'EU' and kind = 'TREATMENT_COURSE' and value = 16 and unit = 'WEEKS' and not verified and unverified_reason is null;
update use_limit set unverified_reason = 'EuroGuiDerm 2022 full text not readable with the search tools; its wording on systemic glucocorticosteroids (and any duration it states) was not read.'
 where drug_id = (select id from drug where name = 'prednisone') and region = 'EU' and kind = 'TREATMENT_COURSE' and not verified and unverified_reason is null;
update use_limit set unverified_reason = 'US Opzelura label section 2 not displayed by the stored copies (openFDA record shows only the boxed warning) and the June 2026 revision (S-009) was not readable.'
 where drug_id = (select id from drug where name = 'ruxolitinib') and region = 'US' and kind = 'TREATMENT_COURSE' and not verified and unverified_reason is null;
update use_limit set unverified_reason = 'EU Rinvoq SmPC section 4.2 not displayed by the stored copies (EC product-information PDFs show only their first page); the 12-week sentence was not re-read.'
 where drug_id = (select id from drug where name = 'upadacitinib') and region = 'EU' and kind = 'TREATMENT_COURSE' and value = 12 and unit = 'WEEKS' and not verified and unverified_reason is null;

-- ---------------------------------------------------------------------------------------------------------------
-- drug_interaction
-- ---------------------------------------------------------------------------------------------------------------
-- abrocitinib EU: Cibinqo SmPC 4.5 not readable; wording only from an Asian label copy.
update drug_interaction set unverified_reason = 'EU Cibinqo SmPC sections 4.4/4.5 not displayed by the stored copies; the wording was read only in an Asian label copy reproducing the SmPC.'
 where drug_id = (select id from drug where name = 'abrocitinib') and region = 'EU' and not verified and unverified_reason is null
   and interacting in ('ciclosporin and other potent immunosuppressants, biologic immunomodulators, other JAK inhibitors',
                       'strong CYP2C19 inhibitors (e.g. fluvoxamine, fluconazole, fluoxetine, ticlopidine)',
                       'strong CYP2C19/CYP2C9 inducers (e.g. rifampicin)');
-- abrocitinib US: the December 2023 highlights (pfizermedicalinformation.com) state the antiplatelet contraindication,
-- but the cited June 2026 revision (S-005) was not readable, so the row is not confirmed against the current label.
update drug_interaction set unverified_reason = 'Read in the highlights of the December 2023 US Cibinqo label (antiplatelet therapies except low-dose aspirin contraindicated in the first 3 months); the current June 2026 revision (S-005) could not be read.'
 where drug_id = (select id from drug where name = 'abrocitinib') and region = 'US' and not verified and unverified_reason is null
   and interacting = 'antiplatelet therapies other than low-dose aspirin (<=81 mg daily)';
update drug_interaction set unverified_reason = 'US Cibinqo label section 7 not displayed by the stored copies (only the December 2023 highlights, which do not detail this interaction, were read); the June 2026 revision was not readable.'
 where drug_id = (select id from drug where name = 'abrocitinib') and region = 'US' and not verified and unverified_reason is null
   and interacting in ('P-gp substrates with a narrow therapeutic index (e.g. digoxin, dabigatran)',
                       'strong CYP2C19 and CYP2C9 inducers (e.g. rifampin)');
-- alitretinoin UK
update drug_interaction set unverified_reason = 'GB Toctino SmPC section 4.5 not displayed by the stored copy (RxReasoner, 2020); the advice was read only in Swiss documents (Swissmedic safety note, professional information).'
 where drug_id = (select id from drug where name = 'alitretinoin') and region = 'UK' and not verified and unverified_reason is null
   and interacting in ('amiodarone and other CYP2C8 substrates (paclitaxel, rosiglitazone, repaglinide)',
                       'potent CYP2C9 inhibitors (fluconazole, miconazole, oxandrolone) and CYP2C8 inhibitors (gemfibrozil)',
                       'strong CYP3A4 inhibitors (e.g. ketoconazole)');
update drug_interaction set unverified_reason = 'GB Toctino SmPC section 4.5 sentence on vitamin A and other retinoids not displayed by the stored copy (RxReasoner, 2020); only the contraindication of hypervitaminosis A was read.'
 where drug_id = (select id from drug where name = 'alitretinoin') and region = 'UK' and not verified and unverified_reason is null
   and interacting = 'vitamin A and other retinoids';
-- baricitinib EU
update drug_interaction set unverified_reason = 'EU Olumiant SmPC sections 4.2/4.5 not displayed by the stored copies; the probenecid advice was read only in Asian label copies reproducing the SmPC.'
 where drug_id = (select id from drug where name = 'baricitinib') and region = 'EU' and not verified and unverified_reason is null
   and interacting = 'OAT3 inhibitors with a strong inhibition potential (e.g. probenecid)';
update drug_interaction set unverified_reason = 'EU Olumiant SmPC section 4.5 not displayed by the stored copies; the combination advice was read only in the Swiss product information and a DermNet summary.'
 where drug_id = (select id from drug where name = 'baricitinib') and region = 'EU' and not verified and unverified_reason is null
   and interacting = 'ciclosporin, biological immunomodulators, other JAK inhibitors or other potent immunosuppressants';
-- cyclosporine US
update drug_interaction set unverified_reason = 'US Neoral label drug-interaction section not displayed by the search tools; the wording is recalled, not read.'
 where drug_id = (select id from drug where name = 'cyclosporine') and region = 'US' and not verified and unverified_reason is null
   and interacting in ('CYP3A4 and P-gp inhibitors (e.g. ketoconazole, itraconazole, erythromycin, clarithromycin, diltiazem)',
                       'grapefruit and grapefruit juice');
-- methotrexate US
update drug_interaction set unverified_reason = 'Section 7 of the cited FDA methotrexate tablets label not displayed by the search tools; the wording was read only in other (older) methotrexate labels or is recalled.'
 where drug_id = (select id from drug where name = 'methotrexate') and region = 'US' and not verified and unverified_reason is null
   and interacting in ('NSAIDs and salicylates',
                       'proton pump inhibitors (e.g. omeprazole, esomeprazole, pantoprazole)',
                       'trimethoprim-sulfamethoxazole and other folate antagonists');
-- mycophenolate mofetil US
update drug_interaction set unverified_reason = 'US CellCept label section 7 not displayed by the search tools; the wording is recalled, not read.'
 where drug_id = (select id from drug where name = 'mycophenolate mofetil') and region = 'US' and not verified and unverified_reason is null
   and interacting in ('antacids with magnesium or aluminium hydroxide, proton pump inhibitors, cholestyramine and other drugs that interfere with enterohepatic recirculation',
                       'azathioprine');
-- upadacitinib EU
update drug_interaction set unverified_reason = 'EU Rinvoq SmPC sections 4.2/4.5 not displayed by the stored copies (EC product-information PDFs show only their first page).'
 where drug_id = (select id from drug where name = 'upadacitinib') and region = 'EU' and not verified and unverified_reason is null
   and interacting in ('strong CYP3A4 inducers (e.g. rifampicin, phenytoin)',
                       'strong CYP3A4 inhibitors (e.g. ketoconazole, itraconazole, posaconazole, voriconazole, clarithromycin)');
-- upadacitinib US: the limitation of use ("not recommended ... with potent immunosuppressants such as azathioprine and
-- cyclosporine") was seen only in AbbVie promotional page code, not in the label; sections 2 and 7 not readable.
update drug_interaction set unverified_reason = 'US Rinvoq label (May 2026) section 1 limitation of use not displayed by the stored copies; the sentence was seen only on an AbbVie promotional page, not in the label.'
 where drug_id = (select id from drug where name = 'upadacitinib') and region = 'US' and not verified and unverified_reason is null
   and interacting in ('azathioprine (potent immunosuppressant)', 'cyclosporine (potent immunosuppressant)');
update drug_interaction set unverified_reason = 'US Rinvoq label (May 2026) sections 2 and 7 not displayed by the stored copies (openFDA and prescriber copies show only the boxed warning).'
 where drug_id = (select id from drug where name = 'upadacitinib') and region = 'US' and not verified and unverified_reason is null
   and interacting in ('strong CYP3A4 inducers (e.g. rifampin)', 'strong CYP3A4 inhibitors (e.g. ketoconazole)');

-- ---------------------------------------------------------------------------------------------------------------
-- reproductive_safety (unique per drug, region, topic)
-- ---------------------------------------------------------------------------------------------------------------
-- ruxolitinib EU (Opzelura cream, EU product licensed for non-segmental vitiligo): SmPC section 4.3 in its French
-- version as reproduced by Base Claude Bernard (lequotidiendumedecin.fr, OPZELURA 15 mg/g crème, revision 19/10/2023):
-- contraindications "Hypersensibilité ... ; Grossesse et allaitement (voir rubrique Fertilité, grossesse et
-- allaitement)". EU package leaflet section 2 (German version, medikamio.com/de-at): effective contraception "während
-- der Behandlung und bis zu 4 Wochen nach der letzten Anwendung"; breast-feeding may start "ungefähr vier Wochen nach
-- der letzten Anwendung". Both are parts of the EU product information the rows cite (ema-opzelura-epar); the Swiss
-- wording the rows were first read in is replaced by what these say.
update reproductive_safety set verified = true, unverified_reason = null,
       text = 'Contraindicated during pregnancy (SmPC 4.3; the EU product is licensed for non-segmental vitiligo).'
 where drug_id = (select id from drug where name = 'ruxolitinib') and region = 'EU' and topic = 'PREGNANCY' and guidance = 'CONTRAINDICATED' and not verified;
update reproductive_safety set verified = true, unverified_reason = null,
       text = 'Contraindicated during breast-feeding (SmPC 4.3); the EU package leaflet says breast-feeding can start about four weeks after the last application.'
 where drug_id = (select id from drug where name = 'ruxolitinib') and region = 'EU' and topic = 'BREASTFEEDING' and guidance = 'CONTRAINDICATED' and not verified;
update reproductive_safety set verified = true, unverified_reason = null,
       text = 'Women of childbearing potential use effective contraception during treatment and for up to 4 weeks after the last application (EU package leaflet, section 2).'
 where drug_id = (select id from drug where name = 'ruxolitinib') and region = 'EU' and topic = 'CONTRACEPTION' and guidance = 'REQUIRED' and not verified;

-- upadacitinib EU breast-feeding: Rinvoq EU SmPC (Annex I) section 4.6, read in its French version (RCP, copy at
-- cdn.pim.mesoigner.fr, "RINVOQ 15 mg/30 mg/45 mg comprimés à libération prolongée"): "Un risque pour les
-- nouveau-nés/nourrissons ne peut être exclu. L'upadacitinib ne doit pas être utilisé pendant l'allaitement. Une
-- décision doit être prise : soit d'interrompre l'allaitement, soit d'interrompre le traitement ...". The row cites
-- the EU product information already (ema-rinvoq-epar); the text is restated from 4.6 (reproductive_safety has no
-- notes column; section in the text).
update reproductive_safety set verified = true, unverified_reason = null,
       text = 'SmPC 4.6: a risk to newborns/infants cannot be excluded; upadacitinib should not be used during breast-feeding. A decision must be made whether to discontinue breast-feeding or to discontinue upadacitinib, taking into account the benefit of breast-feeding for the child and the benefit of therapy for the woman.'
 where drug_id = (select id from drug where name = 'upadacitinib') and region = 'EU' and topic = 'BREASTFEEDING' and guidance = 'AVOID' and not verified;

create temporary table v19_rs (drug text, region text, topic text, reason text);
insert into v19_rs values
  ('abrocitinib', 'US', 'BREASTFEEDING', 'US Cibinqo label section 8.2 not displayed by the stored copies (only the December 2023 highlights were read) and the June 2026 revision was not readable.'),
  ('azathioprine', 'EU', 'CONTRACEPTION', 'Jayempi SmPC section 4.6 not displayed by the search tools; the contraception period was read only in a drug-information summary.'),
  ('azathioprine', 'EU', 'PREGNANCY', 'Jayempi SmPC section 4.6 not displayed by the search tools; the wording is recalled, not read.'),
  ('baricitinib', 'US', 'BREASTFEEDING', 'US Olumiant label section 8.2 not displayed by the stored copies (openFDA record shows only its first sections).'),
  ('clobetasol propionate', 'EU', 'BREASTFEEDING', 'Cited document is a package leaflet (Malta record of the UK Dermovate text); the SmPC section 4.6 wording was read only in a non-EU copy.'),
  ('clobetasol propionate', 'EU', 'PREGNANCY', 'Cited document is a package leaflet (Malta record of the UK Dermovate text); the SmPC section 4.6 wording was read only in a non-EU copy.'),
  ('crisaborole', 'EU', 'BREASTFEEDING', 'Withdrawn Staquis SmPC section 4.6 not readable with the search tools (EPAR product information no longer displayed).'),
  ('dupilumab', 'EU', 'BREASTFEEDING', 'EU Dupixent SmPC section 4.6 not displayed by the stored copies; only secondary summaries (drugs.com, LactMed) were found.'),
  ('dupilumab', 'EU', 'PREGNANCY', 'EU Dupixent SmPC section 4.6 not displayed by the stored copies; only secondary summaries (drugs.com, MotherToBaby) were found.'),
  ('dupilumab', 'US', 'BREASTFEEDING', 'US Dupixent label section 8.2 not displayed by the stored copies; only secondary summaries (drugs.com, LactMed) were found.'),
  ('hydrocortisone', 'EU', 'BREASTFEEDING', 'The breast-feeding wording was read in the Hydrocutan 0.5% cream summary, not in the cited 0.25% leaflet, and no German SmPC section 4.6 was read.'),
  ('hydrocortisone', 'US', 'BREASTFEEDING', 'Nursing-mothers section of the cited US hydrocortisone 2.5% label not displayed by the search tools; the sentence is the class-labelling wording, not read in this label.'),
  ('hydrocortisone', 'US', 'PREGNANCY', 'Pregnancy section of the cited US hydrocortisone 2.5% label not displayed by the search tools; the sentence is the class-labelling wording, not read in this label.'),
  ('lebrikizumab', 'US', 'BREASTFEEDING', 'US Ebglyss label section 8.2 not displayed by the stored copies.'),
  ('lebrikizumab', 'US', 'PREGNANCY', 'US Ebglyss label section 8.1 (risk summary and pregnancy exposure registry) not displayed by the stored copies.'),
  ('methotrexate', 'EU', 'CONTRACEPTION', 'Jylamvo SmPC section 4.6 not displayed by the search tools; the wording was read in a national EU SmPC (Metoject), not in the cited document.'),
  ('methotrexate', 'US', 'BREASTFEEDING', 'Section 8.2 of the cited FDA methotrexate tablets label not displayed by the search tools; the wording is recalled, not read.'),
  ('methotrexate', 'US', 'CONTRACEPTION', 'Section 8.3 of the cited FDA methotrexate tablets label not displayed by the search tools; the wording was read in the US Jylamvo label, not in the cited label.'),
  ('mometasone furoate', 'EU', 'BREASTFEEDING', 'The breast-feeding wording of the cited Polish Elocom leaflet was not read, and no Polish SmPC section 4.6 was found.'),
  ('mometasone furoate', 'EU', 'PREGNANCY', 'The pregnancy sentence of the cited Polish Elocom leaflet was read only in part, and no Polish SmPC section 4.6 was found.'),
  ('mycophenolate mofetil', 'US', 'BREASTFEEDING', 'US CellCept label section 8.2 not displayed by the search tools; the wording is recalled, not read.'),
  ('nemolizumab', 'EU', 'BREASTFEEDING', 'EU Nemluvio SmPC section 4.6 not found in the stored copies (the 2025 SmPC copy found covers sections 4.3-4.4 only); the wording was read in the Swiss product information.'),
  ('nemolizumab', 'EU', 'PREGNANCY', 'EU Nemluvio SmPC section 4.6 not found in the stored copies (the 2025 SmPC copy found covers sections 4.3-4.4 only); the wording was read in the Swiss product information.'),
  ('nemolizumab', 'US', 'BREASTFEEDING', 'US Nemluvio label section 8.2 not displayed by the stored copies (the June 2025 SPL copy shows only its header); only a drugs.com summary was found.'),
  ('roflumilast', 'US', 'BREASTFEEDING', 'ZORYVE label section 8.2 not displayed by the stored copies (openFDA record shows only its first sections); the wording was summarised from a secondary copy.'),
  ('tapinarof', 'US', 'BREASTFEEDING', 'VTAMA label section 8.2 not displayed by the stored copies (openFDA record shows only its first sections).'),
  ('triamcinolone acetonide', 'EU', 'BREASTFEEDING', 'The breast-feeding wording of the cited German TriamCreme Lichtenstein SmPC was not read.'),
  ('triamcinolone acetonide', 'EU', 'PREGNANCY', 'The cited German TriamCreme Lichtenstein SmPC contraindication list was read only up to "during the first ..." (first trimester); the rest of section 4.3/4.6 was not read.'),
  ('triamcinolone acetonide', 'US', 'PREGNANCY', 'Pregnancy section of the cited US triamcinolone ointment label not read; the wording is from a generic class-labelling copy, not this product''s label.'),
  ('upadacitinib', 'EU', 'CONTRACEPTION', 'EU Rinvoq SmPC section 4.6 contraception sentence not found in the stored copies (the French version read shows only the breast-feeding and fertility part of 4.6).'),
  ('upadacitinib', 'US', 'BREASTFEEDING', 'US Rinvoq label section 8.2 not displayed by the stored copies; the 6-day wording was seen only in AbbVie promotional safety information and a drugs.com summary, not in the label.'),
  ('upadacitinib', 'US', 'PREGNANCY', 'US Rinvoq label section 8.1 (risk summary and pregnancy exposure registry) not displayed by the stored copies; only a drugs.com summary was read.');

update reproductive_safety r set unverified_reason = v.reason
  from v19_rs v
 where r.drug_id = (select id from drug where name = v.drug) and r.region = v.region and r.topic = v.topic
   and not r.verified and r.unverified_reason is null;
drop table v19_rs;

-- ---------------------------------------------------------------------------------------------------------------
-- adverse_effect (unique per drug, name)
-- ---------------------------------------------------------------------------------------------------------------
-- alitretinoin: GB Toctino SmPC 4.8 table not displayed; categories read only in Swiss/Singapore leaflets.
update adverse_effect set unverified_reason = 'GB Toctino SmPC section 4.8 table not displayed by the stored copy (RxReasoner, 2020); the category was read only in Swiss professional information or patient leaflets (Swiss, Singapore), not in the cited SmPC.'
 where drug_id = (select id from drug where name = 'alitretinoin') and not verified and unverified_reason is null
   and name in ('anaemia, decreased monocytes, raised platelet count', 'anaphylactic and other hypersensitivity reactions',
                'benign intracranial hypertension', 'blurred vision, cataract, corneal opacity', 'conjunctivitis, dry and irritated eyes',
                'decreased thyroid hormones (TSH and free T4 decreased)', 'dizziness', 'dry skin, dry and inflamed lips, erythema, hair loss',
                'flushing and hypertension', 'headache', 'muscle and joint pain, fatigue, raised creatine kinase', 'nausea, vomiting, dry mouth',
                'raised liver enzymes (transaminases)', 'raised triglycerides and cholesterol, lowered HDL cholesterol', 'tinnitus');
update adverse_effect set unverified_reason = 'The cited EMA 2018 retinoid referral sets a class warning but no frequency; the COMMON category was read only in patient leaflets, not in the GB Toctino SmPC section 4.8 table.'
 where drug_id = (select id from drug where name = 'alitretinoin') and not verified and unverified_reason is null and name = 'depression';
-- azathioprine
update adverse_effect set unverified_reason = 'The cited US Imuran label gives no EU frequency categories and its adverse-reaction section was not displayed; no EU azathioprine SmPC section 4.8 table was readable.'
 where drug_id = (select id from drug where name = 'azathioprine') and not verified and unverified_reason is null
   and name in ('hepatotoxicity', 'leukopenia', 'malignancy (lymphoma, skin cancer)', 'nausea and vomiting', 'pancreatitis', 'serious infections', 'thrombocytopenia');
-- baricitinib
update adverse_effect set unverified_reason = 'EU Olumiant SmPC section 4.8 table not displayed by the stored copies; the category for atopic dermatitis was not confirmed.'
 where drug_id = (select id from drug where name = 'baricitinib') and not verified and unverified_reason is null
   and name in ('headache', 'serious infections (most often herpes zoster and cellulitis)', 'venous thromboembolism (deep vein thrombosis, pulmonary embolism)');
-- cyclosporine
update adverse_effect set unverified_reason = 'UK Neoral SmPC (emc 1034) section 4.8 table not displayed by the search tools; the category was not re-read.'
 where drug_id = (select id from drug where name = 'cyclosporine') and not verified and unverified_reason is null
   and name in ('gingival hyperplasia', 'headache', 'hirsutism', 'hyperkalaemia and hypomagnesaemia', 'hyperlipidaemia', 'hypertension',
                'renal dysfunction (rise in serum creatinine)', 'tremor');
-- delgocitinib
update adverse_effect set unverified_reason = 'EU Anzupgo SmPC section 4.8 table not displayed by the stored copies; the category was not confirmed.'
 where drug_id = (select id from drug where name = 'delgocitinib') and not verified and unverified_reason is null and name = 'application site reactions';
update adverse_effect set unverified_reason = 'US Anzupgo label section 5.1 reports a single case and gives no frequency; no label frequency category for eczema herpeticum was read (UNCOMMON is inferred).'
 where drug_id = (select id from drug where name = 'delgocitinib') and not verified and unverified_reason is null and name = 'serious infection (eczema herpeticum)';
-- difamilast
update adverse_effect set unverified_reason = 'The Japanese Moizerto insert gives only bands (0.5% or more / less than 0.5%) that do not map onto one EU category, and its adverse-reaction table was not re-read.'
 where drug_id = (select id from drug where name = 'difamilast') and not verified and unverified_reason is null
   and name in ('application site acne', 'application site folliculitis', 'application site impetigo', 'contact dermatitis', 'pruritus');
-- lebrikizumab
update adverse_effect set unverified_reason = 'EU Ebglyss SmPC section 4.8 table not displayed by the stored copies (only a Hong Kong label copy of section 4.4 and the UK package leaflet were found); the category was not confirmed.'
 where drug_id = (select id from drug where name = 'lebrikizumab') and not verified and unverified_reason is null
   and name in ('allergic conjunctivitis', 'conjunctivitis', 'dry eye', 'eosinophilia', 'injection site reactions', 'keratitis');
update adverse_effect set unverified_reason = 'US Ebglyss label section 6.1 table not displayed by the stored copies and the EU SmPC 4.8 table was not readable; the UNCOMMON category was not confirmed.'
 where drug_id = (select id from drug where name = 'lebrikizumab') and not verified and unverified_reason is null and name = 'herpes zoster';
update adverse_effect set unverified_reason = 'The US Ebglyss label highlights (5.1, Lilly USPI) state that hypersensitivity reactions including angioedema and urticaria have occurred, but whether section 6 gives a frequency was not read.'
 where drug_id = (select id from drug where name = 'lebrikizumab') and not verified and unverified_reason is null and name = 'hypersensitivity reactions including angioedema and urticaria';
-- methotrexate
update adverse_effect set unverified_reason = 'The cited FDA methotrexate tablets label gives no EU frequency categories and its section 6 was not displayed; no EU low-dose methotrexate SmPC section 4.8 table was readable.'
 where drug_id = (select id from drug where name = 'methotrexate') and not verified and unverified_reason is null
   and name in ('elevated liver transaminases', 'interstitial pneumonitis', 'myelosuppression (leukopenia, thrombocytopenia, anaemia)', 'nausea', 'stomatitis');
-- mycophenolate mofetil
update adverse_effect set unverified_reason = 'EU CellCept SmPC section 4.8 (transplant-study table) not displayed by the search tools; the category was not re-read.'
 where drug_id = (select id from drug where name = 'mycophenolate mofetil') and not verified and unverified_reason is null
   and name in ('abdominal pain', 'diarrhoea', 'herpes simplex and herpes zoster infections', 'leukopenia and anaemia', 'nausea and vomiting');
-- nemolizumab
update adverse_effect set unverified_reason = 'US Nemluvio label section 6.1 tables not displayed by the stored copies (the June 2025 SPL copy shows only its header); only secondary summaries naming headache and eczematous reactions were found.'
 where drug_id = (select id from drug where name = 'nemolizumab') and not verified and unverified_reason is null
   and name in ('arthralgia', 'atopic dermatitis (new or worsening) in prurigo nodularis patients', 'headache', 'myalgia', 'nummular eczema', 'urticaria');
update adverse_effect set unverified_reason = 'EU Nemluvio SmPC section 4.4 (2025 copy) states type 1 hypersensitivity including angioedema has been reported, but the section 4.8 frequency was not found.'
 where drug_id = (select id from drug where name = 'nemolizumab') and not verified and unverified_reason is null and name = 'hypersensitivity reactions including angioedema';
update adverse_effect set unverified_reason = 'EU Nemluvio SmPC section 4.4 (2025 copy) describes mild to moderate worsening of asthma in prurigo nodularis patients with asthma, but the section 4.8 frequency was not found.'
 where drug_id = (select id from drug where name = 'nemolizumab') and not verified and unverified_reason is null and name = 'worsening of asthma';
update adverse_effect set unverified_reason = 'Named by the MHRA approval notice among the most common side effects; the EU Nemluvio SmPC section 4.8 table giving its category was not found.'
 where drug_id = (select id from drug where name = 'nemolizumab') and not verified and unverified_reason is null and name = 'injection site reactions';
-- prednisone
update adverse_effect set unverified_reason = 'Adverse-reactions section of the cited US prednisone label (Hikma) not displayed by the search tools; that it lists this reaction without frequency was not re-read.'
 where drug_id = (select id from drug where name = 'prednisone') and not verified and unverified_reason is null
   and name in ('adrenal (HPA-axis) suppression', 'cataract and glaucoma', 'fluid and sodium retention, hypertension',
                'hyperglycaemia and new or worsened diabetes', 'increased risk of infection', 'mood changes and psychiatric disturbances', 'osteoporosis');
-- tacrolimus
update adverse_effect set unverified_reason = 'Current EU Protopic SmPC section 4.8 not displayed by the stored copies; the COMMON category comes from an older product information.'
 where drug_id = (select id from drug where name = 'tacrolimus') and not verified and unverified_reason is null and name = 'acne';
-- tapinarof: FDA VTAMA label section 6.1, Table 1 (PSOARING 1 and 2, adults with plaque psoriasis, 12 weeks,
-- VTAMA N=683 vs vehicle N=342), read in the label text as reproduced by RxReasoner ("Source: FDA, National Drug Code
-- (US), Revision Year: 2023", rxreasoner.com/monographs/vtama/precautions): contact dermatitis 45 (7%) vs 2 (1%);
-- headache 26 (4%) vs 5 (1%). The copy is of the 2023 revision; the cited December 2024 revision lists only
-- section 1.2 (atopic dermatitis) as its recent major change (openFDA record), and Medscape's summary of the current
-- label gives the same 7% and 4%.
-- Both 1-10%: COMMON as the rows have it. The row already cites the FDA label (fda-vtama-label).
update adverse_effect set verified = true, unverified_reason = null,
       notes = 'FDA label 6.1 Table 1 (plaque psoriasis, PSOARING 1 and 2, 12 weeks): 7% with VTAMA vs 1% with vehicle (contact dermatitis includes dermatitis, contact dermatitis, hand dermatitis and rash).'
 where drug_id = (select id from drug where name = 'tapinarof') and name = 'contact dermatitis' and not verified;
update adverse_effect set verified = true, unverified_reason = null,
       notes = 'FDA label 6.1 Table 1 (plaque psoriasis, PSOARING 1 and 2, 12 weeks): 4% with VTAMA vs 1% with vehicle (headache includes migraine and tension headache).'
 where drug_id = (select id from drug where name = 'tapinarof') and name = 'headache' and not verified;
-- tralokinumab
update adverse_effect set unverified_reason = 'EU Adtralza SmPC section 4.8 table not displayed by the stored copies; the category matches the EU package leaflet (2022 test reproduction), which is not the SmPC table.'
 where drug_id = (select id from drug where name = 'tralokinumab') and not verified and unverified_reason is null
   and name in ('allergic conjunctivitis', 'conjunctivitis', 'injection site reactions', 'keratitis', 'upper respiratory tract infections');
update adverse_effect set unverified_reason = 'EU Adtralza SmPC section 4.8 table not displayed by the stored copies, and the EU package leaflet read does not list eosinophilia.'
 where drug_id = (select id from drug where name = 'tralokinumab') and not verified and unverified_reason is null and name = 'eosinophilia';
update adverse_effect set unverified_reason = 'US Adbry label section 5.1 not displayed by the stored copies; the NOT_KNOWN frequency was not confirmed.'
 where drug_id = (select id from drug where name = 'tralokinumab') and not verified and unverified_reason is null and name = 'hypersensitivity reactions including anaphylaxis and angioedema';
-- upadacitinib
update adverse_effect set unverified_reason = 'US Rinvoq label (May 2026) section 6.1 atopic dermatitis table not displayed by the stored copies (openFDA and prescriber copies show only the boxed warning); the category was not confirmed.'
 where drug_id = (select id from drug where name = 'upadacitinib') and not verified and unverified_reason is null
   and name in ('acne', 'blood creatine phosphokinase increased', 'eczema herpeticum (Kaposi varicelliform eruption)', 'headache',
                'herpes simplex', 'serious infections (most often pneumonia and cellulitis)', 'upper respiratory tract infection');

-- ---------------------------------------------------------------------------------------------------------------
-- data version
-- ---------------------------------------------------------------------------------------------------------------
update data_version set version = '2026.12.06', reviewed_on = date '2026-12-06',
       notes = notes || ' | 2026-12-06 (V19): second reading of the 178 unverified safety rows (adverse effects, reproductive safety, interactions, vaccination, limits of use, risk programmes): nemolizumab EU live-vaccine advice (SmPC 4.4), lebrikizumab US vaccinations before start (label 2.1), upadacitinib EU breast-feeding (SmPC 4.6), ruxolitinib EU pregnancy/breast-feeding/contraception (SmPC 4.3, EU leaflet) and tapinarof contact dermatitis and headache (FDA label 6.1 Table 1) verified; the others stay unverified with the reason why (the primary sections could not be read).'
 where id = 1;
