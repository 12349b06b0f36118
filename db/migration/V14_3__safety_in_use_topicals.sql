-- V14_3: safety in use of the ten topical drugs (V3_1 topical corticosteroids, V3_2 topical non-steroidals):
--   hydrocortisone, triamcinolone acetonide, mometasone furoate, betamethasone dipropionate, clobetasol propionate,
--   tacrolimus, pimecrolimus, crisaborole, roflumilast, tapinarof.
-- Fills the V13 evidence tables for these drugs: dosing_regimen, dose_adjustment, use_limit, contraindication,
-- reproductive_safety, vaccination_advice, drug_interaction; updates the approval rows (line_of_therapy, indication,
-- crisaborole EU row); adds research codes and a missing US brand. Curated 2026-11-27.
--
-- Sources: US labels (DailyMed / Drugs@FDA / openFDA SPL copies), the EU product information (EPAR) of Protopic and of
-- the withdrawn Staquis, national SmPCs / leaflets already cited by V3_1 and V3_2. Label text was read in copies of the
-- regulatory documents (DailyMed SPL copies, medicines compendia) where the primary page could not be reached; rows cite
-- the label source of V3_x whose text was read, or a new source row for the document actually used.
--
-- Decisions and gaps (facts left out or inserted with verified = false, and why):
--   * Topical corticosteroid limits are cited from the labels that state them (clobetasol 2 consecutive weeks and
--     50 g/week; augmented betamethasone 50 g/week; face/groin/axillae; occlusion; mometasone 3 weeks in children (US)
--     and 5 days on the face or in children (UK/EU); Dermovate 5-day courses in children; Diprosone 5 days in children
--     or on the face; German SmPCs 4 weeks, 20% or 10% BSA). The AAD 2023 topical guideline (Sidbury 2023) was checked
--     for potency-dependent durations and "1-2 weeks during flares": its recommendations state no such limits (it
--     recommends TCS, and twice-weekly medium-potency TCS as maintenance), so nothing is cited from it and no guideline
--     source is re-added. The seed claim "clobetasol ... for 1-2 weeks during flares" is not in any label: the US
--     label says at most 2 consecutive weeks and 50 g/week.
--   * EU/UK corticosteroids are nationally authorised: EU rows cite the national SmPC or leaflet already used by V3_1
--     (Malta Dermovate, Spain Diproderm, Poland Elocom, Germany TriamCreme and Hydrocutan) plus one new Czech Diprosone
--     SmPC for pregnancy/breast-feeding; UK rows cite the MHRA SmPCs (Diprosone, Elocon, hydrocortisone 1%). EU dosing
--     of betamethasone dipropionate and mometasone furoate was read only in the UK SmPCs, so those regimens are UK rows.
--   * No EU rows for roflumilast and tapinarof (no EU authorisation); crisaborole EU rows describe the withdrawn
--     Staquis authorisation (historic).
--   * Unverified (verified = false): Dermovate 4-week review and EU pregnancy/breast-feeding wording (GSK text read in a
--     non-EU copy); Staquis EU breast-feeding;
--     Elocom (Poland) pregnancy/breast-feeding (leaflet read in part); triamcinolone EU first-trimester
--     contraindication and breast-feeding (German SmPC read in part); Hydrocutan breast-feeding (read for the 0.5%
--     cream); hydrocortisone US pregnancy/breast-feeding/contraindication and triamcinolone US pregnancy (class labelling,
--     sections not read for these products); roflumilast and tapinarof breast-feeding (section 8.2 read only in secondary summaries).
--   * Risk programmes: none exist for these drugs (US topical calcineurin inhibitors have a Medication Guide, not a
--     REMS; no EU additional risk-minimisation measure was verified): no risk_program rows.
--   * Vaccination: only the EU calcineurin-inhibitor product information gives advice; corticosteroid, PDE4 and AhR
--     labels say nothing about vaccines, and the US Protopic/Elidel labels give no vaccination instruction: no rows.
--   * Research codes: FK506 (tacrolimus), ASM 981 and SDZ ASM 981 (pimecrolimus), ARQ-151 (roflumilast cream) are
--     added with the article that names them; benvitimod and WBI-1001 (tapinarof) were not added: benvitimod is a
--     different 1% formulation of the same molecule (China, twice daily) and no citable primary document naming
--     WBI-1001 was found. AN2728 and GSK2894512 already exist. US brand Kenalog (triamcinolone acetonide topical
--     aerosol, Kenalog Spray) is added.
--   * Line of therapy: set where the label states one (Protopic/Elidel US "second-line"; Protopic/Elidel EU after
--     topical corticosteroids; Dermovate EU/UK for dermatoses not responding to milder steroids). Labels without a
--     line restriction (Eucrisa, Zoryve, Vtama, US corticosteroids) keep line_of_therapy null rather than a guessed
--     FIRST_LINE. No topical label states a minimum weight.
--   * Crisaborole EU approval row: V3_2 stored status WITHDRAWN with year 2020, no minimum age, and notes saying only
--     "withdrawn in 2022". The year is the year of authorisation (27 March 2020); the withdrawal was reported on
--     8 March 2022 (EU product information last revised 8 February 2022). The EMA EPAR page itself could not be opened
--     with the tools available, so the exact withdrawal date and its formal ground (request of the holder) are not
--     verified; the notes say so. Minimum age set to the authorised 2 years.
--   * Existing data found questionable (not changed here): the approval rows of V3_1 for clobetasol US give no year
--     and the EU/UK rows of the national corticosteroids have no year (not verifiable); none found wrong.

-- =====================================================================================================================
-- Sources (only documents actually read for this file)
-- =====================================================================================================================
insert into source (key, title, publisher, kind, url, published_on, accessed_on) values
('fda-clobetasol-emollient-cream-sun-label', 'Clobetasol propionate cream, 0.05% (emollient) (Sun Pharmaceutical Industries) - US prescribing information, DailyMed, updated May 23, 2025', 'U.S. Food and Drug Administration (DailyMed SPL)', 'LABEL', 'https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=91571297-03ad-441e-8ec6-f78c21fbe5e8&version=7', '2025-05-23', '2026-11-27'),
('fda-eucrisa-label-2026', 'EUCRISA (crisaborole) ointment 2% - current US prescribing information: SPL as indexed by openFDA 2026-06-02 (indication, dosage incl. reduction to once daily) and Pfizer medical-information copy of section 8 (undated)', 'U.S. Food and Drug Administration (openFDA) / Pfizer Labs', 'LABEL', 'https://api.fda.gov/drug/label.json?search=openfda.generic_name%3A%22Crisaborole%22', '2026-06-02', '2026-11-27'),
('fda-kenalog-spray-label', 'KENALOG Spray (triamcinolone acetonide topical aerosol, USP 0.147 mg/g) - US prescribing information (Sun Pharmaceutical Industries; undated copy of the DailyMed SPL at FDA.report)', 'U.S. Food and Drug Administration label text (Sun Pharmaceutical Industries)', 'LABEL', 'https://fda.report/DailyMed/cdf6c80c-ddbd-498f-8897-3c0feebafe31', '2026-11-27', '2026-11-27'),
('james-1996-tacrolimus', 'James DG. A new immunosuppressant: tacrolimus ("Tacrolimus is the new name for the Japanese immunosuppressant drug FK506"). Postgrad Med J 1996;72(852):586', 'Postgraduate Medical Journal (BMJ)', 'ARTICLE', 'https://pmj.bmj.com/content/72/852/586', '1996-10-01', '2026-11-27'),
('eichenfield-2002-pimecrolimus', 'Eichenfield LF, et al. Safety and efficacy of pimecrolimus (ASM 981) cream 1% in the treatment of mild and moderate atopic dermatitis in children and adolescents. J Am Acad Dermatol 2002;46(4):495-504', 'Journal of the American Academy of Dermatology', 'ARTICLE', 'https://doi.org/10.1067/mjd.2002.122187', '2002-04-01', '2026-11-27'),
('expert-opin-2000-ascomycins', 'Ascomycins: promising agents for the treatment of inflammatory skin diseases (SDZ ASM 981). Expert Opin Investig Drugs 2000;9(1):69-77 (Novartis Pharma AG)', 'Expert Opinion on Investigational Drugs (Taylor & Francis)', 'ARTICLE', 'https://pubmed.ncbi.nlm.nih.gov/11060661/', '2000-01-01', '2026-11-27'),
('papp-2020-roflumilast-cream', 'Papp KA, Gooderham M, Droege M, et al. Roflumilast cream improves signs and symptoms of plaque psoriasis: results from a phase 1/2a randomized, controlled study ("Roflumilast cream (ARQ-151)"). J Drugs Dermatol 2020;19(8):734', 'Journal of Drugs in Dermatology', 'ARTICLE', 'https://jddonline.com/articles/roflumilast-cream-improves-signs-and-symptoms-of-plaque-psoriasis-results-from-a-phase-12a-randomize-S1545961620P0734X/', '2020-07-15', '2026-11-27');

-- =====================================================================================================================
-- Approval rows: indication sentence, line of therapy, crisaborole EU correction
-- =====================================================================================================================
update approval set line_of_therapy = 'SECOND_LINE',
  indication = 'PROTOPIC Ointment, both 0.03% and 0.1% for adults, and only 0.03% for children aged 2 to 15 years, is indicated as second-line therapy for the short-term and non-continuous chronic treatment of moderate to severe atopic dermatitis in non-immunocompromised adults and children who have failed to respond adequately to other topical prescription treatments for atopic dermatitis, or when those treatments are not advisable.'
where drug_id = (select id from drug where name = 'tacrolimus') and region = 'US'
  and condition_id = (select id from condition where code = 'ATOPIC_DERMATITIS');

update approval set line_of_therapy = 'AFTER_TOPICAL_CORTICOSTEROIDS',
  indication = 'Flare treatment. Adults and adolescents (16 years of age and above): Treatment of moderate to severe atopic dermatitis in adults who are not adequately responsive to or are intolerant of conventional therapies such as topical corticosteroids. Children (2 years of age and above): Treatment of moderate to severe atopic dermatitis in children who failed to respond adequately to conventional therapies such as topical corticosteroids. Maintenance treatment: Treatment of moderate to severe atopic dermatitis for the prevention of flares and the prolongation of flare-free intervals in patients experiencing a high frequency of disease exacerbations (i.e. occurring 4 or more times per year) who have had an initial response to a maximum of 6 weeks treatment of twice daily tacrolimus ointment (lesions cleared, almost cleared or mildly affected).'
where drug_id = (select id from drug where name = 'tacrolimus') and region = 'EU'
  and condition_id = (select id from condition where code = 'ATOPIC_DERMATITIS');

update approval set line_of_therapy = 'SECOND_LINE',
  indication = 'ELIDEL (pimecrolimus) Cream 1% is indicated as second-line therapy for the short-term and non-continuous chronic treatment of mild to moderate atopic dermatitis in non-immunocompromised adults and children 2 years of age and older, who have failed to respond adequately to other topical prescription treatments, or when those treatments are not advisable.'
where drug_id = (select id from drug where name = 'pimecrolimus') and region = 'US'
  and condition_id = (select id from condition where code = 'ATOPIC_DERMATITIS');

update approval set line_of_therapy = 'AFTER_TOPICAL_CORTICOSTEROIDS',
  indication = 'Treatment of patients aged 3 months and over with mild or moderate atopic dermatitis where treatment with topical corticosteroids is either inadvisable or not possible. This may include: intolerance to topical corticosteroids; lack of effect of topical corticosteroids; use on the face and neck where prolonged intermittent treatment with topical corticosteroids may be inappropriate.'
where drug_id = (select id from drug where name = 'pimecrolimus') and region in ('EU', 'UK')
  and condition_id = (select id from condition where code = 'ATOPIC_DERMATITIS');

update approval set
  indication = 'EUCRISA is indicated for topical treatment of mild to moderate atopic dermatitis in adult and pediatric patients 3 months of age and older.'
where drug_id = (select id from drug where name = 'crisaborole') and region = 'US'
  and condition_id = (select id from condition where code = 'ATOPIC_DERMATITIS');

-- Crisaborole EU: the year is the year of authorisation, not of withdrawal (V3_2 note said only "withdrawn in 2022").
update approval set minimum_age_months = 24,
  indication = 'Staquis is indicated for treatment of mild to moderate atopic dermatitis in adults and paediatric patients from 2 years of age with <= 40% body surface area (BSA) affected.',
  notes = 'Year = year of EU authorisation: Staquis (crisaborole 20 mg/g ointment) was authorised on 27 March 2020 (centralised procedure, Pfizer Europe MA EEIG) for mild to moderate atopic dermatitis in adults and children from 2 years of age with up to 40% body surface area affected; minimum age = the authorised age (2 years). Status WITHDRAWN: the marketing authorisation was withdrawn in early 2022 (withdrawal reported 8 March 2022; last EU product information revised 8 February 2022). The product was never launched in the EU (reimbursement not obtained). Exact withdrawal date and its formal ground (request of the marketing authorisation holder) not verified against the EMA page. The US product (Eucrisa) is approved from 3 months.'
where drug_id = (select id from drug where name = 'crisaborole') and region = 'EU'
  and condition_id = (select id from condition where code = 'ATOPIC_DERMATITIS');

update approval set
  indication = 'ZORYVE cream, 0.15%, is indicated for topical treatment of mild to moderate atopic dermatitis in adult and pediatric patients 6 years of age and older.'
where drug_id = (select id from drug where name = 'roflumilast') and region = 'US'
  and condition_id = (select id from condition where code = 'ATOPIC_DERMATITIS');

update approval set
  indication = 'VTAMA cream is indicated for the topical treatment of atopic dermatitis in adults and pediatric patients 2 years of age and older.'
where drug_id = (select id from drug where name = 'tapinarof') and region = 'US'
  and condition_id = (select id from condition where code = 'ATOPIC_DERMATITIS');

update approval set
  indication = 'The relief of the inflammatory and pruritic manifestations of corticosteroid-responsive dermatoses in patients 12 years of age or older. (Clobetasol propionate cream USP, 0.05% (emollient))'
where drug_id = (select id from drug where name = 'clobetasol propionate') and region = 'US'
  and condition_id = (select id from condition where code = 'ATOPIC_DERMATITIS');

update approval set line_of_therapy = 'SECOND_LINE',
  indication = 'Package leaflet wording: Dermovate is used to help reduce the redness and itchiness of certain skin problems, including frequently relapsing eczema and dermatitis and other skin conditions that have not responded to milder steroid creams or ointments.'
where drug_id = (select id from drug where name = 'clobetasol propionate') and region in ('EU', 'UK')
  and condition_id = (select id from condition where code = 'ATOPIC_DERMATITIS');

update approval set
  indication = 'Betamethasone dipropionate cream is a medium-potency corticosteroid indicated for relief of the inflammatory and pruritic manifestations of corticosteroid responsive dermatoses in patients 13 years and older.'
where drug_id = (select id from drug where name = 'betamethasone dipropionate') and region = 'US'
  and condition_id = (select id from condition where code = 'ATOPIC_DERMATITIS');

update approval set
  indication = 'Mometasone furoate cream 0.1% is a corticosteroid indicated for the relief of the inflammatory and pruritic manifestations of corticosteroid-responsive dermatoses in patients 2 years of age or older.'
where drug_id = (select id from drug where name = 'mometasone furoate') and region = 'US'
  and condition_id = (select id from condition where code = 'ATOPIC_DERMATITIS');

update approval set
  indication = 'Topical corticosteroids are indicated for the relief of the inflammatory and pruritic manifestations of corticosteroid-responsive dermatoses.'
where drug_id in (select id from drug where name in ('triamcinolone acetonide', 'hydrocortisone')) and region = 'US'
  and condition_id = (select id from condition where code = 'ATOPIC_DERMATITIS');

-- =====================================================================================================================
-- Dosing regimens (atopic dermatitis)
-- =====================================================================================================================
insert into dosing_regimen (drug_id, region, condition_id, population, minimum_age_months, maximum_age_months, dose, frequency, maintenance_options, notes, source_id, verified) values
-- clobetasol propionate
((select id from drug where name = 'clobetasol propionate'), 'US', (select id from condition where code = 'ATOPIC_DERMATITIS'),
 'adults and adolescents 12 years and older (cream 0.05%, emollient cream)', 144, null,
 'thin layer of 0.05% cream, rubbed in gently and completely', 'twice daily', null,
 'Super-high potency: treatment limited to 2 consecutive weeks and no more than 50 g per week; discontinue when control is achieved. Lotion and spray formulations are labelled from 18 years.',
 (select id from source where key = 'fda-clobetasol-emollient-cream-sun-label'), true),
((select id from drug where name = 'clobetasol propionate'), 'EU', (select id from condition where code = 'ATOPIC_DERMATITIS'),
 'adults, older people and children over 1 year (Dermovate cream)', 12, null,
 'thin layer, applied sparingly to the affected area', 'once or twice daily', 'Repeated short courses may be used to control exacerbations; if continuous steroid treatment is necessary a less potent preparation should be used.',
 'Until improvement, then stop when control is achieved. Children over 1 year: a course should not normally last more than 5 days, and dressings or bandages should not be used. Frequency and course wording as in GSK''s Dermovate prescribing information; the cited leaflet is the UK text used for the Maltese national authorisation.',
 (select id from source where key = 'mt-dermovate-cream-pil'), true),
-- betamethasone dipropionate
((select id from drug where name = 'betamethasone dipropionate'), 'US', (select id from condition where code = 'ATOPIC_DERMATITIS'),
 'patients 13 years and older (plain betamethasone dipropionate cream 0.05%)', 156, null,
 'thin film of 0.05% cream', 'once daily; twice daily in some cases', null,
 'Labelled medium potency. Should not be used with occlusive dressings.',
 (select id from source where key = 'fda-betamethasone-dipropionate-cream-label'), true),
((select id from drug where name = 'betamethasone dipropionate'), 'US', (select id from condition where code = 'ATOPIC_DERMATITIS'),
 'patients 13 years and older (augmented betamethasone dipropionate cream 0.05%)', 156, null,
 'thin film of augmented 0.05% cream', 'once or twice daily', null,
 'High potency: no more than 50 g per week (HPA-axis suppression); discontinue when control is achieved; not with occlusive dressings unless directed by a physician; avoid face, groin, axillae and atrophic skin.',
 (select id from source where key = 'fda-betamethasone-dipropionate-augmented-cream-label'), true),
-- mometasone furoate
((select id from drug where name = 'mometasone furoate'), 'US', (select id from condition where code = 'ATOPIC_DERMATITIS'),
 'adults and children 2 years and older (cream 0.1%)', 24, null,
 'thin film of 0.1% cream', 'once daily', null,
 'Discontinue when control is achieved; reassess the diagnosis if no improvement within 2 weeks. Safety and efficacy for more than 3 weeks of use in paediatric patients have not been established; use under 2 years not recommended.',
 (select id from source where key = 'fda-mometasone-furoate-cream-label'), true),
-- triamcinolone acetonide
((select id from drug where name = 'triamcinolone acetonide'), 'US', (select id from condition where code = 'ATOPIC_DERMATITIS'),
 'all ages (no minimum age stated; cream 0.025%, 0.1%, 0.5%)', null, null,
 'thin film of cream', 'two to four times daily depending on the severity of the condition', null,
 'Class labelling wording: "generally applied to the affected area as a thin film from two to four times daily depending on the severity of the condition". Children may absorb proportionally more and are more susceptible to systemic toxicity.',
 (select id from source where key = 'fda-triamcinolone-acetonide-cream-label'), true),
((select id from drug where name = 'triamcinolone acetonide'), 'US', (select id from condition where code = 'ATOPIC_DERMATITIS'),
 'all ages (no minimum age stated; Kenalog Spray 0.147 mg/g topical aerosol)', null, null,
 'spray application to the affected area', 'three or four times daily', null,
 'Three or four applications daily are generally adequate; when sprayed about the face, the eyes should be covered and inhalation avoided.',
 (select id from source where key = 'fda-kenalog-spray-label'), true),
-- hydrocortisone
((select id from drug where name = 'hydrocortisone'), 'US', (select id from condition where code = 'ATOPIC_DERMATITIS'),
 'all ages (Rx cream 2.5%; no minimum age stated)', null, null,
 'thin film of 2.5% cream', 'two to four times daily depending on the severity of the condition', null,
 'Class labelling for prescription hydrocortisone cream; paediatric patients are more susceptible to HPA-axis suppression and Cushing''s syndrome.',
 (select id from source where key = 'fda-hydrocortisone-cream-2-5-label'), true),
-- tacrolimus
((select id from drug where name = 'tacrolimus'), 'US', (select id from condition where code = 'ATOPIC_DERMATITIS'),
 'adults and adolescents 16 years and older', 192, null,
 'thin layer of 0.03% or 0.1% ointment, minimum amount rubbed in gently and completely', 'twice daily', null,
 'Stop when signs and symptoms resolve. Continuous long-term use should be avoided; apply only to areas of involvement; not with occlusive dressings.',
 (select id from source where key = 'fda-protopic-label'), true),
((select id from drug where name = 'tacrolimus'), 'US', (select id from condition where code = 'ATOPIC_DERMATITIS'),
 'children 2 to 15 years', 24, 191,
 'thin layer of 0.03% ointment only', 'twice daily', null,
 'Only the 0.03% strength is indicated from 2 to 15 years; not indicated under 2 years. Stop when signs and symptoms resolve.',
 (select id from source where key = 'fda-protopic-label'), true),
((select id from drug where name = 'tacrolimus'), 'EU', (select id from condition where code = 'ATOPIC_DERMATITIS'),
 'adults and adolescents 16 years and older', 192, null,
 'thin layer of 0.1% ointment to affected areas (flare treatment)', 'twice daily until clearance of the lesion',
 'Maintenance (patients with 4 or more flares a year who responded to at most 6 weeks of twice-daily treatment): 0.1% once a day twice weekly (e.g. Monday and Thursday) to areas commonly affected, with 2-3 days without treatment between applications; after 12 months the need for continued maintenance is reviewed. At a flare, twice-daily treatment is restarted.',
 'Treatment should be initiated by physicians experienced in atopic dermatitis. If the clinical condition allows, reduce the frequency of application or use the 0.03% strength. Short-term and intermittent long-term treatment; not continuous on a long-term basis.',
 (select id from source where key = 'ema-protopic-epar'), true),
((select id from drug where name = 'tacrolimus'), 'EU', (select id from condition where code = 'ATOPIC_DERMATITIS'),
 'children 2 to 15 years', 24, 191,
 'thin layer of 0.03% ointment', 'twice daily for up to 3 weeks, then once daily until clearance of the lesion',
 'Maintenance: 0.03% once a day twice weekly (e.g. Monday and Thursday) to areas commonly affected, with 2-3 days without treatment between applications; in children the review after 12 months should include suspension of treatment.',
 'Protopic should not be used in children under 2 years.',
 (select id from source where key = 'ema-protopic-epar'), true),
-- pimecrolimus
((select id from drug where name = 'pimecrolimus'), 'US', (select id from condition where code = 'ATOPIC_DERMATITIS'),
 'adults and children 2 years and older', 24, null,
 'thin layer of 1% cream', 'twice daily', null,
 'Stop when signs and symptoms resolve; re-examine if symptoms persist beyond 6 weeks. Continuous long-term use should be avoided; apply only to areas of involvement; not with occlusive dressings.',
 (select id from source where key = 'fda-elidel-label'), true),
((select id from drug where name = 'pimecrolimus'), 'EU', (select id from condition where code = 'ATOPIC_DERMATITIS'),
 'adults, adolescents, children and infants from 3 months', 3, null,
 'thin layer of 1% cream, rubbed in gently and completely', 'twice daily until clearance',
 'Intermittent long-term use for the prevention of progression to flares: restart at the first signs and symptoms; clinical data support intermittent treatment for up to 12 months.',
 'Short-term and intermittent, not continuous; for as short a period as possible during flares; stop if no improvement after 6 weeks or if the disease worsens. May be used on all skin areas including head, face, neck and intertriginous areas, not on mucous membranes. Cited UK national SmPC text (harmonised EU national wording).',
 (select id from source where key = 'mhra-elidel-smpc'), true),
-- crisaborole
((select id from drug where name = 'crisaborole'), 'US', (select id from condition where code = 'ATOPIC_DERMATITIS'),
 'adults and children 3 months and older', 3, null,
 'thin layer of 2% ointment to affected areas', 'twice daily',
 'Once clinical effect is achieved, consider reducing application to once daily.',
 'For topical use only; not for ophthalmic, oral or intravaginal use.',
 (select id from source where key = 'fda-eucrisa-label-2026'), true),
((select id from drug where name = 'crisaborole'), 'EU', (select id from condition where code = 'ATOPIC_DERMATITIS'),
 'adults and children 2 years and older (Staquis; authorisation withdrawn 2022)', 24, null,
 'a layer of 20 mg/g ointment to affected areas, up to 40% of body surface area', 'twice daily for up to 4 weeks per treatment course',
 'Further 4-week courses may be used if signs or symptoms persist or new areas appear, as long as application does not exceed 40% BSA.',
 'Historic EU regimen of the withdrawn Staquis authorisation. Not on the scalp (not studied). Discontinue if signs/symptoms persist after 3 consecutive 4-week courses or worsen.',
 (select id from source where key = 'ema-staquis-epar'), true),
-- roflumilast
((select id from drug where name = 'roflumilast'), 'US', (select id from condition where code = 'ATOPIC_DERMATITIS'),
 'adults and children 6 years and older', 72, null,
 'ZORYVE cream 0.15% to affected areas, rubbed in completely', 'once daily', null,
 'The 0.3% cream is for plaque psoriasis, not atopic dermatitis. No label limit on duration or body surface area.',
 (select id from source where key = 'fda-zoryve-label'), true),
((select id from drug where name = 'roflumilast'), 'US', (select id from condition where code = 'ATOPIC_DERMATITIS'),
 'children 2 to 5 years', 24, 71,
 'ZORYVE cream 0.05% to affected areas, rubbed in completely', 'once daily', null,
 'Cream 0.05% approved in October 2025 for mild to moderate atopic dermatitis in children 2 to 5 years (per the current label cited and the approval reports).',
 (select id from source where key = 'fda-zoryve-label'), true),
-- tapinarof
((select id from drug where name = 'tapinarof'), 'US', (select id from condition where code = 'ATOPIC_DERMATITIS'),
 'adults and children 2 years and older', 24, null,
 'thin layer of VTAMA cream 1% to affected areas', 'once daily', null,
 'Wash hands after application unless the hands are treated. No label limit on duration or body surface area.',
 (select id from source where key = 'fda-vtama-label'), true);

-- =====================================================================================================================
-- Dose adjustments
-- =====================================================================================================================
insert into dose_adjustment (drug_id, region, circumstance, adjustment, source_id, verified) values
((select id from drug where name = 'clobetasol propionate'), 'US', 'CONTROLLED_DISEASE', 'Discontinue therapy when control is achieved.', (select id from source where key = 'fda-clobetasol-emollient-cream-sun-label'), true),
((select id from drug where name = 'clobetasol propionate'), 'US', 'INADEQUATE_RESPONSE', 'If no improvement is seen within 2 weeks, reassessment of the diagnosis may be necessary (patients: contact the physician).', (select id from source where key = 'fda-clobetasol-emollient-cream-sun-label'), true),
((select id from drug where name = 'clobetasol propionate'), 'EU', 'CONTROLLED_DISEASE', 'Discontinue when control is achieved; if continuous steroid treatment is necessary, a less potent preparation should be used.', (select id from source where key = 'mt-dermovate-cream-pil'), true),
((select id from drug where name = 'mometasone furoate'), 'US', 'INADEQUATE_RESPONSE', 'Discontinue when control is achieved; if no improvement is seen within 2 weeks, reassessment of the diagnosis may be necessary.', (select id from source where key = 'fda-mometasone-furoate-cream-label'), true),
((select id from drug where name = 'betamethasone dipropionate'), 'US', 'CONTROLLED_DISEASE', 'Augmented cream: therapy should be discontinued when control is achieved.', (select id from source where key = 'fda-betamethasone-dipropionate-augmented-cream-label'), true),
((select id from drug where name = 'tacrolimus'), 'US', 'INADEQUATE_RESPONSE', 'If signs and symptoms (e.g. itch, rash, redness) do not improve within 6 weeks, the patient should be re-examined to confirm the diagnosis of atopic dermatitis.', (select id from source where key = 'fda-protopic-label'), true),
((select id from drug where name = 'tacrolimus'), 'US', 'RENAL_IMPAIRMENT', 'No dose change; caution in patients predisposed to renal impairment (the effect of renal insufficiency on topical tacrolimus has not been evaluated).', (select id from source where key = 'fda-protopic-label'), true),
((select id from drug where name = 'tacrolimus'), 'EU', 'INADEQUATE_RESPONSE', 'Improvement is generally seen within one week; if no signs of improvement after two weeks of treatment, further treatment options should be considered.', (select id from source where key = 'ema-protopic-epar'), true),
((select id from drug where name = 'tacrolimus'), 'EU', 'CONTROLLED_DISEASE', 'Adults: reduce the frequency of application or use the lower 0.03% strength if the clinical condition allows; children: after up to 3 weeks twice daily, reduce to once daily until clearance.', (select id from source where key = 'ema-protopic-epar'), true),
((select id from drug where name = 'tacrolimus'), 'EU', 'OLDER_ADULTS', 'No specific studies; clinical experience in older people has not shown the necessity for any dosage adjustment.', (select id from source where key = 'ema-protopic-epar'), true),
((select id from drug where name = 'pimecrolimus'), 'US', 'INADEQUATE_RESPONSE', 'If signs and symptoms persist beyond 6 weeks, the patient should be re-examined to confirm the diagnosis of atopic dermatitis.', (select id from source where key = 'fda-elidel-label'), true),
((select id from drug where name = 'pimecrolimus'), 'EU', 'INADEQUATE_RESPONSE', 'If no improvement occurs after 6 weeks, or in case of disease exacerbation, stop Elidel, re-evaluate the diagnosis and consider further therapeutic options.', (select id from source where key = 'mhra-elidel-smpc'), true),
((select id from drug where name = 'crisaborole'), 'US', 'CONTROLLED_DISEASE', 'Once clinical effect is achieved, consider reducing application from twice daily to once daily.', (select id from source where key = 'fda-eucrisa-label-2026'), true),
((select id from drug where name = 'crisaborole'), 'EU', 'HEPATIC_IMPAIRMENT', 'Not studied; dosage adjustment is not expected to be necessary in mild to moderate hepatic impairment (withdrawn Staquis SmPC).', (select id from source where key = 'ema-staquis-epar'), true),
((select id from drug where name = 'crisaborole'), 'EU', 'RENAL_IMPAIRMENT', 'Not studied; dosage adjustment is not expected to be necessary (withdrawn Staquis SmPC).', (select id from source where key = 'ema-staquis-epar'), true),
((select id from drug where name = 'crisaborole'), 'EU', 'OLDER_ADULTS', 'Too few patients 65 years and over were studied; dosage adjustment is not expected to be necessary (withdrawn Staquis SmPC).', (select id from source where key = 'ema-staquis-epar'), true),
((select id from drug where name = 'crisaborole'), 'EU', 'INADEQUATE_RESPONSE', 'Discontinue if signs and/or symptoms on treated areas persist after 3 consecutive 4-week treatment courses, or if they worsen during treatment (withdrawn Staquis SmPC).', (select id from source where key = 'ema-staquis-epar'), true);

-- =====================================================================================================================
-- Limits of use
-- =====================================================================================================================
insert into use_limit (drug_id, region, kind, value, unit, description, source_id, verified) values
-- clobetasol propionate
((select id from drug where name = 'clobetasol propionate'), 'US', 'MAX_DURATION', 2, 'WEEKS', 'Super-high potency: treatment should be limited to 2 consecutive weeks (corticosteroid-responsive dermatoses).', (select id from source where key = 'fda-clobetasol-emollient-cream-sun-label'), true),
((select id from drug where name = 'clobetasol propionate'), 'US', 'MAX_AMOUNT', 50, 'GRAMS_PER_WEEK', 'The total dosage should not exceed 50 g per week.', (select id from source where key = 'fda-clobetasol-emollient-cream-label'), true),
((select id from drug where name = 'clobetasol propionate'), 'US', 'SITE', null, null, 'Should not be used on the face, groin or axillae, nor for rosacea or perioral dermatitis; avoid if skin atrophy is present at the treatment site.', (select id from source where key = 'fda-clobetasol-emollient-cream-label'), true),
((select id from drug where name = 'clobetasol propionate'), 'US', 'OCCLUSION', null, null, 'The treated skin should not be bandaged, covered or wrapped so as to be occlusive unless directed by the physician.', (select id from source where key = 'fda-clobetasol-emollient-cream-sun-label'), true),
((select id from drug where name = 'clobetasol propionate'), 'EU', 'TREATMENT_COURSE', 5, 'DAYS', 'Children over 1 year: a course should not normally last more than 5 days unless the doctor advises longer; the doctor may want to see the child every week.', (select id from source where key = 'mt-dermovate-cream-pil'), true),
((select id from drug where name = 'clobetasol propionate'), 'EU', 'OCCLUSION', null, null, 'Dressings or bandages should not be used on children where the cream is applied (nappies act as occlusion); in adults occlusion only as directed (e.g. overnight for thick psoriatic plaques).', (select id from source where key = 'mt-dermovate-cream-pil'), true),
((select id from drug where name = 'clobetasol propionate'), 'EU', 'MAX_DURATION', 4, 'WEEKS', 'Treatment should not be continued for more than 4 weeks without the patient''s condition being reviewed.', (select id from source where key = 'mt-dermovate-cream-pil'), false),
-- betamethasone dipropionate
((select id from drug where name = 'betamethasone dipropionate'), 'US', 'MAX_AMOUNT', 50, 'GRAMS_PER_WEEK', 'Augmented cream (high potency): treatment should not exceed 50 g per week because of possible HPA-axis suppression.', (select id from source where key = 'fda-betamethasone-dipropionate-augmented-cream-label'), true),
((select id from drug where name = 'betamethasone dipropionate'), 'US', 'SITE', null, null, 'Augmented cream: avoid use on the face, groin or axillae, or if skin atrophy is present at the treatment site.', (select id from source where key = 'fda-betamethasone-dipropionate-augmented-cream-label'), true),
((select id from drug where name = 'betamethasone dipropionate'), 'US', 'OCCLUSION', null, null, 'Plain 0.05% cream: should not be used with occlusive dressings (augmented cream: not unless directed by a physician).', (select id from source where key = 'fda-betamethasone-dipropionate-cream-label'), true),
((select id from drug where name = 'betamethasone dipropionate'), 'UK', 'TREATMENT_COURSE', 5, 'DAYS', 'Diprosone cream: in children or on the face, courses should be limited to 5 days.', (select id from source where key = 'mhra-diprosone-cream-smpc'), true),
((select id from drug where name = 'betamethasone dipropionate'), 'UK', 'OCCLUSION', null, null, 'Diprosone cream: occlusion should not be used in children or on the face.', (select id from source where key = 'mhra-diprosone-cream-smpc'), true),
-- mometasone furoate
((select id from drug where name = 'mometasone furoate'), 'US', 'MAX_DURATION', 3, 'WEEKS', 'Paediatric patients: safety and efficacy for more than 3 weeks of use have not been established.', (select id from source where key = 'fda-mometasone-furoate-cream-label'), true),
((select id from drug where name = 'mometasone furoate'), 'US', 'SITE', null, null, 'Avoid use on the face, groin or axillae.', (select id from source where key = 'fda-mometasone-furoate-cream-label'), true),
((select id from drug where name = 'mometasone furoate'), 'US', 'OCCLUSION', null, null, 'Do not use with occlusive dressings unless directed by a physician; do not apply in the diaper area if the child still requires diapers or plastic pants (these act as occlusive dressings).', (select id from source where key = 'fda-mometasone-furoate-cream-label'), true),
((select id from drug where name = 'mometasone furoate'), 'UK', 'TREATMENT_COURSE', 5, 'DAYS', 'Elocon cream: in children or on the face, treatment should not exceed 5 days.', (select id from source where key = 'mhra-elocon-cream-smpc'), true),
((select id from drug where name = 'mometasone furoate'), 'EU', 'TREATMENT_COURSE', 5, 'DAYS', 'Elocom cream (Poland): on the face use for the shortest time, no more than 5 days; in children the shortest duration.', (select id from source where key = 'pl-elocom-cream-pil'), true),
-- triamcinolone acetonide
((select id from drug where name = 'triamcinolone acetonide'), 'EU', 'MAX_DURATION', 4, 'WEEKS', 'TriamCreme Lichtenstein 0.1% (Germany): use for more than 4 weeks should be avoided.', (select id from source where key = 'de-triamcreme-lichtenstein-smpc'), true),
((select id from drug where name = 'triamcinolone acetonide'), 'EU', 'MAX_BODY_SURFACE_AREA', 20, 'PERCENT_BSA', 'TriamCreme Lichtenstein 0.1% (Germany): application to more than 20% of the body surface should be avoided.', (select id from source where key = 'de-triamcreme-lichtenstein-smpc'), true),
((select id from drug where name = 'triamcinolone acetonide'), 'EU', 'MAX_BODY_SURFACE_AREA', 10, 'PERCENT_BSA', 'Children: only short-term (under 2 weeks) and on less than 10% of the body surface (TriamCreme Lichtenstein 0.1%, Germany).', (select id from source where key = 'de-triamcreme-lichtenstein-smpc'), true),
((select id from drug where name = 'triamcinolone acetonide'), 'EU', 'TREATMENT_COURSE', 2, 'WEEKS', 'Children: treatment only short-term, under 2 weeks (TriamCreme Lichtenstein 0.1%, Germany).', (select id from source where key = 'de-triamcreme-lichtenstein-smpc'), true),
-- hydrocortisone
((select id from drug where name = 'hydrocortisone'), 'EU', 'MAX_DURATION', 4, 'WEEKS', 'Hydrocutan Creme 1% (Germany): at most 4 weeks.', (select id from source where key = 'de-hydrocutan-1-smpc'), true),
((select id from drug where name = 'hydrocortisone'), 'EU', 'MAX_BODY_SURFACE_AREA', 10, 'PERCENT_BSA', 'Hydrocutan Creme 1% (Germany): no more than one tenth of the body surface.', (select id from source where key = 'de-hydrocutan-1-smpc'), true),
((select id from drug where name = 'hydrocortisone'), 'UK', 'MAX_DURATION', 1, 'WEEKS', 'Pharmacy (P) hydrocortisone 1% cream such as Derma Care: mild to moderate eczema, a maximum of one week; not for children under 10 years without medical advice.', (select id from source where key = 'mhra-derma-care-hydrocortisone-smpc'), true),
-- tacrolimus
((select id from drug where name = 'tacrolimus'), 'US', 'OCCLUSION', null, null, 'The safety of Protopic under occlusion, which may promote systemic exposure, has not been evaluated; it should not be used with occlusive dressings.', (select id from source where key = 'fda-protopic-label'), true),
((select id from drug where name = 'tacrolimus'), 'US', 'MAX_DURATION', null, null, 'Short-term and non-continuous chronic treatment: continuous long-term use of topical calcineurin inhibitors should be avoided (boxed warning).', (select id from source where key = 'fda-protopic-label'), true),
((select id from drug where name = 'tacrolimus'), 'US', 'SITE', null, null, 'Application should be limited to areas of involvement with atopic dermatitis.', (select id from source where key = 'fda-protopic-label'), true),
((select id from drug where name = 'tacrolimus'), 'EU', 'OCCLUSION', null, null, 'Protopic ointment should not be applied under occlusion.', (select id from source where key = 'ema-protopic-epar'), true),
((select id from drug where name = 'tacrolimus'), 'EU', 'SITE', null, null, 'May be used on any part of the body, including face, neck and flexure areas, except on mucous membranes; not on potentially malignant or pre-malignant lesions.', (select id from source where key = 'ema-protopic-epar'), true),
((select id from drug where name = 'tacrolimus'), 'EU', 'TREATMENT_COURSE', 12, 'MONTHS', 'Maintenance treatment: after 12 months the patient''s condition and the need for continued maintenance are reviewed; in children this review should include suspension of treatment.', (select id from source where key = 'ema-protopic-epar'), true),
-- pimecrolimus
((select id from drug where name = 'pimecrolimus'), 'US', 'OCCLUSION', null, null, 'The safety of Elidel under occlusion, which may promote systemic exposure, has not been evaluated; it should not be used with occlusive dressings.', (select id from source where key = 'fda-elidel-label'), true),
((select id from drug where name = 'pimecrolimus'), 'US', 'MAX_DURATION', null, null, 'Short-term and non-continuous chronic treatment: continuous long-term use should be avoided (boxed warning).', (select id from source where key = 'fda-elidel-label'), true),
((select id from drug where name = 'pimecrolimus'), 'US', 'SITE', null, null, 'Application should be limited to areas of involvement with atopic dermatitis; not on areas of active cutaneous infection.', (select id from source where key = 'fda-elidel-label'), true),
((select id from drug where name = 'pimecrolimus'), 'EU', 'TREATMENT_COURSE', 12, 'MONTHS', 'Treatment intermittent, short-term and not continuous; clinical data support intermittent treatment for up to 12 months.', (select id from source where key = 'mhra-elidel-smpc'), true),
((select id from drug where name = 'pimecrolimus'), 'EU', 'OCCLUSION', null, null, 'Elidel should not be applied under occlusion (section 4.2 of the harmonised national SmPC wording, read in the Spanish Elidel SmPC).', (select id from source where key = 'mhra-elidel-smpc'), true),
-- crisaborole
((select id from drug where name = 'crisaborole'), 'EU', 'MAX_BODY_SURFACE_AREA', 40, 'PERCENT_BSA', 'Staquis (withdrawn): apply only to affected skin areas up to a maximum of 40% of body surface area.', (select id from source where key = 'ema-staquis-epar'), true),
((select id from drug where name = 'crisaborole'), 'EU', 'TREATMENT_COURSE', 4, 'WEEKS', 'Staquis (withdrawn): twice daily for up to 4 weeks per treatment course; further courses possible; stop after 3 consecutive courses without resolution.', (select id from source where key = 'ema-staquis-epar'), true),
((select id from drug where name = 'crisaborole'), 'EU', 'SITE', null, null, 'Staquis (withdrawn): may be used on all skin areas except the scalp (not studied).', (select id from source where key = 'ema-staquis-epar'), true);

-- =====================================================================================================================
-- Contraindications and "do not use / not recommended" statements
-- =====================================================================================================================
insert into contraindication (drug_id, region, population, severity, description, source_id, verified) values
-- clobetasol propionate (US label: "Contraindications: None")
((select id from drug where name = 'clobetasol propionate'), 'EU', 'HYPERSENSITIVITY', 'CONTRAINDICATED', 'Allergy (hypersensitivity) to clobetasol propionate or any other ingredient.', (select id from source where key = 'mt-dermovate-cream-pil'), true),
((select id from drug where name = 'clobetasol propionate'), 'EU', 'CHILDREN', 'CONTRAINDICATED', 'Do not use on a child under 1 year of age.', (select id from source where key = 'mt-dermovate-cream-pil'), true),
((select id from drug where name = 'clobetasol propionate'), 'EU', 'OTHER', 'CONTRAINDICATED', 'Do not use to treat acne, rosacea, perioral dermatitis, itching around the anus or genitals, infected skin (unless the infection is treated at the same time), itchy skin that is not inflamed, or widespread plaque psoriasis.', (select id from source where key = 'mt-dermovate-cream-pil'), true),
((select id from drug where name = 'clobetasol propionate'), 'US', 'OTHER', 'NOT_RECOMMENDED', 'Limitations of use: not for rosacea or perioral dermatitis; not on the face, groin or axillae; avoid if skin atrophy is present (the label lists no contraindications).', (select id from source where key = 'fda-clobetasol-emollient-cream-label'), true),
-- betamethasone dipropionate
((select id from drug where name = 'betamethasone dipropionate'), 'US', 'HYPERSENSITIVITY', 'CONTRAINDICATED', 'Hypersensitivity to betamethasone dipropionate, to other corticosteroids, or to any ingredient of the preparation.', (select id from source where key = 'fda-betamethasone-dipropionate-cream-label'), true),
((select id from drug where name = 'betamethasone dipropionate'), 'EU', 'CHILDREN', 'CONTRAINDICATED', 'Diproderm 0.5 mg/g cream (Spain): contraindicated in children under 1 year.', (select id from source where key = 'es-diproderm-cream-pil'), true),
-- triamcinolone acetonide
((select id from drug where name = 'triamcinolone acetonide'), 'US', 'HYPERSENSITIVITY', 'CONTRAINDICATED', 'Contraindicated in patients with a history of hypersensitivity to any of the components of the preparation.', (select id from source where key = 'fda-triamcinolone-acetonide-cream-label'), true),
-- hydrocortisone
((select id from drug where name = 'hydrocortisone'), 'US', 'HYPERSENSITIVITY', 'CONTRAINDICATED', 'Topical corticosteroids are contraindicated in patients with a history of hypersensitivity to any of the components of the preparation (class labelling).', (select id from source where key = 'fda-hydrocortisone-cream-2-5-label'), false),
-- tacrolimus
((select id from drug where name = 'tacrolimus'), 'US', 'HYPERSENSITIVITY', 'CONTRAINDICATED', 'History of hypersensitivity to tacrolimus or any other component of the ointment.', (select id from source where key = 'fda-protopic-label'), true),
((select id from drug where name = 'tacrolimus'), 'US', 'CHILDREN', 'NOT_RECOMMENDED', 'Not indicated for children younger than 2 years (boxed warning); only the 0.03% strength for children 2 to 15 years.', (select id from source where key = 'fda-protopic-label'), true),
((select id from drug where name = 'tacrolimus'), 'US', 'IMMUNODEFICIENCY', 'NOT_RECOMMENDED', 'Indicated only for non-immunocompromised adults and children.', (select id from source where key = 'fda-protopic-label'), true),
((select id from drug where name = 'tacrolimus'), 'US', 'OTHER', 'NOT_RECOMMENDED', 'Not recommended in skin conditions with a skin barrier defect that may increase systemic absorption (e.g. Netherton''s syndrome, lamellar ichthyosis, generalized erythroderma, cutaneous graft-versus-host disease); increased tacrolimus blood levels reported.', (select id from source where key = 'fda-protopic-label'), true),
((select id from drug where name = 'tacrolimus'), 'EU', 'HYPERSENSITIVITY', 'CONTRAINDICATED', 'Hypersensitivity to tacrolimus, to macrolides in general, or to any of the excipients.', (select id from source where key = 'ema-protopic-epar'), true),
((select id from drug where name = 'tacrolimus'), 'EU', 'OTHER', 'NOT_RECOMMENDED', 'Not recommended in patients with a skin barrier defect (Netherton''s syndrome, lamellar ichthyosis, generalized erythroderma, cutaneous graft-versus-host disease), which may increase systemic absorption.', (select id from source where key = 'ema-protopic-epar'), true),
((select id from drug where name = 'tacrolimus'), 'EU', 'MALIGNANCY', 'NOT_RECOMMENDED', 'Should not be applied to lesions considered potentially malignant or pre-malignant.', (select id from source where key = 'ema-protopic-epar'), true),
((select id from drug where name = 'tacrolimus'), 'EU', 'CHILDREN', 'NOT_RECOMMENDED', 'Should not be used in children under 2 years; only the 0.03% strength in children 2 to 15 years.', (select id from source where key = 'ema-protopic-epar'), true),
-- pimecrolimus
((select id from drug where name = 'pimecrolimus'), 'US', 'CHILDREN', 'NOT_RECOMMENDED', 'Not indicated in children under 2 years (boxed warning).', (select id from source where key = 'fda-elidel-label'), true),
((select id from drug where name = 'pimecrolimus'), 'US', 'IMMUNODEFICIENCY', 'NOT_RECOMMENDED', 'Indicated only for non-immunocompromised adults and children.', (select id from source where key = 'fda-elidel-label'), true),
((select id from drug where name = 'pimecrolimus'), 'US', 'ACTIVE_INFECTION', 'NOT_RECOMMENDED', 'Should not be applied to areas of active cutaneous infection (viral infections risk dissemination).', (select id from source where key = 'fda-elidel-label'), true),
((select id from drug where name = 'pimecrolimus'), 'EU', 'HYPERSENSITIVITY', 'CONTRAINDICATED', 'Hypersensitivity to pimecrolimus, other macrolactams or any of the excipients.', (select id from source where key = 'mhra-elidel-smpc'), true),
((select id from drug where name = 'pimecrolimus'), 'EU', 'IMMUNODEFICIENCY', 'NOT_RECOMMENDED', 'Should not be used in patients with congenital or acquired immunodeficiencies or in patients on therapy that causes immunosuppression.', (select id from source where key = 'mhra-elidel-smpc'), true),
((select id from drug where name = 'pimecrolimus'), 'EU', 'MALIGNANCY', 'NOT_RECOMMENDED', 'Should not be applied to potentially malignant or pre-malignant skin lesions.', (select id from source where key = 'mhra-elidel-smpc'), true),
((select id from drug where name = 'pimecrolimus'), 'EU', 'ACTIVE_INFECTION', 'NOT_RECOMMENDED', 'Should not be applied to areas affected by acute cutaneous viral infections (herpes simplex, chicken pox); clinical infections at treatment sites should be cleared first.', (select id from source where key = 'mhra-elidel-smpc'), true),
-- crisaborole
((select id from drug where name = 'crisaborole'), 'US', 'HYPERSENSITIVITY', 'CONTRAINDICATED', 'Known hypersensitivity to crisaborole or any component of the formulation.', (select id from source where key = 'fda-eucrisa-label'), true),
((select id from drug where name = 'crisaborole'), 'EU', 'HYPERSENSITIVITY', 'CONTRAINDICATED', 'Hypersensitivity to the active substance or to any of the excipients (withdrawn Staquis SmPC).', (select id from source where key = 'ema-staquis-epar'), true),
-- roflumilast
((select id from drug where name = 'roflumilast'), 'US', 'HEPATIC_IMPAIRMENT', 'CONTRAINDICATED', 'Contraindicated in moderate to severe liver impairment (Child-Pugh B or C).', (select id from source where key = 'fda-zoryve-label'), true);
-- tapinarof: US label "Contraindications: None" (no row).

-- =====================================================================================================================
-- Pregnancy and breastfeeding
-- =====================================================================================================================
insert into reproductive_safety (drug_id, region, topic, guidance, text, registry, source_id, verified) values
-- clobetasol propionate
((select id from drug where name = 'clobetasol propionate'), 'US', 'PREGNANCY', 'USE_ONLY_IF_CLEARLY_NEEDED', 'No adequate and well-controlled studies in pregnant women; use during pregnancy only if the potential benefit justifies the potential risk to the fetus. Clobetasol is absorbed percutaneously, was teratogenic subcutaneously in rabbits and mice, and has greater teratogenic potential than less potent steroids.', false, (select id from source where key = 'fda-clobetasol-emollient-cream-sun-label'), true),
((select id from drug where name = 'clobetasol propionate'), 'US', 'BREASTFEEDING', 'INSUFFICIENT_DATA', 'Systemically administered corticosteroids appear in human milk; it is not known whether topical use gives detectable amounts in milk. Caution should be exercised when administered to a nursing woman.', false, (select id from source where key = 'fda-clobetasol-emollient-cream-sun-label'), true),
((select id from drug where name = 'clobetasol propionate'), 'EU', 'PREGNANCY', 'USE_ONLY_IF_CLEARLY_NEEDED', 'Limited data; topical corticosteroids given to pregnant animals can cause abnormalities of fetal development. Use in pregnancy only if the expected benefit to the mother outweighs the risk to the fetus, with the minimum quantity for the minimum duration (GSK clobetasol cream wording, read in a non-EU copy).', false, (select id from source where key = 'mt-dermovate-cream-pil'), false),
((select id from drug where name = 'clobetasol propionate'), 'EU', 'BREASTFEEDING', 'USE_ONLY_IF_CLEARLY_NEEDED', 'Safe use in lactation not established; use only if the expected benefit outweighs the risk to the infant, and do not apply to the breasts to avoid accidental ingestion by the infant (GSK clobetasol cream wording, read in a non-EU copy).', false, (select id from source where key = 'mt-dermovate-cream-pil'), false),
-- betamethasone dipropionate
((select id from drug where name = 'betamethasone dipropionate'), 'US', 'PREGNANCY', 'USE_ONLY_IF_CLEARLY_NEEDED', 'Pregnancy category C (augmented formulations): no adequate and well-controlled studies; use during pregnancy only if the potential benefit justifies the potential risk to the fetus.', false, (select id from source where key = 'fda-betamethasone-dipropionate-augmented-cream-label'), true),
((select id from drug where name = 'betamethasone dipropionate'), 'US', 'BREASTFEEDING', 'INSUFFICIENT_DATA', 'Not known whether topical corticosteroids reach human milk in detectable amounts; caution when administered to a nursing woman.', false, (select id from source where key = 'fda-betamethasone-dipropionate-augmented-cream-label'), true),
-- mometasone furoate
((select id from drug where name = 'mometasone furoate'), 'US', 'PREGNANCY', 'USE_ONLY_IF_CLEARLY_NEEDED', 'No adequate and well-controlled studies of topically applied corticosteroids in pregnant women; use during pregnancy only if the potential benefit justifies the potential risk to the fetus. Mometasone furoate increased fetal malformations in rats, rabbits and mice.', false, (select id from source where key = 'fda-mometasone-furoate-cream-label'), true),
((select id from drug where name = 'mometasone furoate'), 'US', 'BREASTFEEDING', 'INSUFFICIENT_DATA', 'Systemically administered corticosteroids appear in human milk; not known whether topical use gives detectable amounts. Caution when administered to a nursing woman.', false, (select id from source where key = 'fda-mometasone-furoate-cream-label'), true),
-- triamcinolone acetonide
((select id from drug where name = 'triamcinolone acetonide'), 'US', 'PREGNANCY', 'USE_ONLY_IF_CLEARLY_NEEDED', 'Class labelling of older-format topical corticosteroid labels: no adequate and well-controlled studies; use only if the potential benefit justifies the potential risk to the fetus; should not be used extensively on pregnant patients, in large amounts, or for prolonged periods of time (wording read in a generic class-labelling copy, not in this product''s label).', false, (select id from source where key = 'fda-triamcinolone-acetonide-ointment-label'), false),
((select id from drug where name = 'triamcinolone acetonide'), 'US', 'BREASTFEEDING', 'INSUFFICIENT_DATA', 'Class labelling: not known whether topical corticosteroids reach human milk in detectable quantities; caution should be exercised when administered to a nursing woman.', false, (select id from source where key = 'fda-kenalog-spray-label'), true),
-- hydrocortisone
((select id from drug where name = 'hydrocortisone'), 'US', 'PREGNANCY', 'USE_ONLY_IF_CLEARLY_NEEDED', 'Class labelling of Rx hydrocortisone 2.5%: use during pregnancy only if the potential benefit justifies the potential risk to the fetus; not extensively, in large amounts or for prolonged periods.', false, (select id from source where key = 'fda-hydrocortisone-cream-2-5-label'), false),
((select id from drug where name = 'hydrocortisone'), 'US', 'BREASTFEEDING', 'INSUFFICIENT_DATA', 'Class labelling: caution should be exercised when topical corticosteroids are administered to a nursing woman.', false, (select id from source where key = 'fda-hydrocortisone-cream-2-5-label'), false),
-- tacrolimus
((select id from drug where name = 'tacrolimus'), 'US', 'PREGNANCY', 'USE_ONLY_IF_CLEARLY_NEEDED', 'Pregnancy category C: no adequate and well-controlled studies of topically administered tacrolimus in pregnant women; experience in pregnant women is too limited to assess safety; use only if the potential benefit to the mother justifies the potential risk to the fetus.', false, (select id from source where key = 'fda-protopic-label'), true),
((select id from drug where name = 'tacrolimus'), 'US', 'BREASTFEEDING', 'AVOID', 'Tacrolimus is excreted in human milk after systemic use; because of possible serious adverse reactions in nursing infants, a decision should be made whether to discontinue nursing or the drug (nursing not recommended).', false, (select id from source where key = 'fda-protopic-label'), true),
((select id from drug where name = 'tacrolimus'), 'EU', 'PREGNANCY', 'USE_ONLY_IF_CLEARLY_NEEDED', 'No adequate data in pregnant women; animal studies showed reproductive toxicity after systemic use. Protopic ointment should not be used during pregnancy unless clearly necessary.', false, (select id from source where key = 'ema-protopic-epar'), true),
((select id from drug where name = 'tacrolimus'), 'EU', 'BREASTFEEDING', 'AVOID', 'Tacrolimus is excreted into breast milk after systemic administration; although systemic exposure from the ointment is low, breast-feeding during treatment with Protopic ointment is not recommended.', false, (select id from source where key = 'ema-protopic-epar'), true),
-- pimecrolimus
((select id from drug where name = 'pimecrolimus'), 'US', 'PREGNANCY', 'USE_ONLY_IF_CLEARLY_NEEDED', 'Pregnancy category C: no adequate and well-controlled studies of topically administered pimecrolimus in pregnant women; use in pregnancy only when the potential benefit justifies the potential risk to the fetus (wording read in drug-reference summaries of the label).', false, (select id from source where key = 'fda-elidel-label'), true),
((select id from drug where name = 'pimecrolimus'), 'US', 'BREASTFEEDING', 'AVOID', 'Not known whether pimecrolimus is excreted in human milk; because of the potential for serious adverse reactions in nursing infants, a decision should be made whether to discontinue nursing or the drug.', false, (select id from source where key = 'fda-elidel-label'), true),
((select id from drug where name = 'pimecrolimus'), 'EU', 'PREGNANCY', 'AVOID', 'No adequate data in pregnant women; the potential risk is considered limited because of minimal absorption, but pimecrolimus should not be used during pregnancy.', false, (select id from source where key = 'mhra-elidel-smpc'), true),
((select id from drug where name = 'pimecrolimus'), 'EU', 'BREASTFEEDING', 'USE_ONLY_IF_CLEARLY_NEEDED', 'Not studied; not known whether excreted in milk after topical use. Caution; breastfeeding mothers may use Elidel but should not apply it to the breast, to avoid oral uptake by the newborn.', false, (select id from source where key = 'mhra-elidel-smpc'), true),
-- crisaborole
((select id from drug where name = 'crisaborole'), 'US', 'PREGNANCY', 'INSUFFICIENT_DATA', 'Available data from case reports are insufficient to inform a drug-associated risk of major birth defects, miscarriage or other adverse outcomes; no adverse developmental effects in rats and rabbits at oral doses up to 3 and 2 times the maximum recommended human dose.', false, (select id from source where key = 'fda-eucrisa-label-2026'), true),
((select id from drug where name = 'crisaborole'), 'US', 'BREASTFEEDING', 'INSUFFICIENT_DATA', 'No information on presence in human milk, effects on the breastfed infant or on milk production; crisaborole is systemically absorbed. Weigh the benefits of breastfeeding against the mother''s clinical need and possible infant effects.', false, (select id from source where key = 'fda-eucrisa-label-2026'), true),
((select id from drug where name = 'crisaborole'), 'EU', 'PREGNANCY', 'INSUFFICIENT_DATA', 'Withdrawn Staquis SmPC: no or limited data from the use of crisaborole in pregnant women (the rest of section 4.6 was not read).', false, (select id from source where key = 'ema-staquis-epar'), true),
((select id from drug where name = 'crisaborole'), 'EU', 'BREASTFEEDING', 'INSUFFICIENT_DATA', 'Withdrawn Staquis SmPC: no data on excretion in human milk after topical use (wording of section 4.6 not verified).', false, (select id from source where key = 'ema-staquis-epar'), false),
-- roflumilast
((select id from drug where name = 'roflumilast'), 'US', 'PREGNANCY', 'INSUFFICIENT_DATA', 'Insufficient data in pregnant women to inform a drug-associated risk; oral roflumilast caused no structural abnormalities in rats and rabbits but post-implantation loss in rats, stillbirth and decreased pup viability in mice at multiples of the maximum recommended human dose.', false, (select id from source where key = 'fda-zoryve-label'), true),
((select id from drug where name = 'roflumilast'), 'US', 'BREASTFEEDING', 'INSUFFICIENT_DATA', 'No data on roflumilast in human milk; avoid direct infant exposure (do not apply to the nipple and areola) and use on the smallest area for the shortest time while breastfeeding (wording of section 8.2 summarised from a secondary copy).', false, (select id from source where key = 'fda-zoryve-label'), false),
-- tapinarof
((select id from drug where name = 'tapinarof'), 'US', 'PREGNANCY', 'INSUFFICIENT_DATA', 'Available data are insufficient to evaluate a drug-associated risk of major birth defects, miscarriage or other adverse outcomes; no significant adverse effects in rats and rabbits at subcutaneous doses 268 and 16 times the maximum recommended human dose.', false, (select id from source where key = 'fda-vtama-label'), true),
((select id from drug where name = 'tapinarof'), 'US', 'BREASTFEEDING', 'INSUFFICIENT_DATA', 'No data on tapinarof in human milk; tapinarof was found in the plasma of rat offspring after maternal dosing, so transfer to milk is possible. Weigh the benefits of breastfeeding against the mother''s clinical need.', false, (select id from source where key = 'fda-vtama-label'), false);

-- =====================================================================================================================
-- Vaccination (only the EU calcineurin-inhibitor product information gives advice)
-- =====================================================================================================================
insert into vaccination_advice (drug_id, region, kind, text, source_id, verified) values
((select id from drug where name = 'tacrolimus'), 'EU', 'COMPLETE_BEFORE_START', 'A potential interaction between vaccination and Protopic has not been investigated. Because of the potential risk of vaccination failure, vaccinate before starting treatment, or during a treatment-free interval of 14 days between the last application and the vaccination; for live attenuated vaccines the interval should be extended to 28 days or alternative vaccines considered (section 4.5 wording, read in LEO Pharma''s Protopic prescribing information as reproduced by MIMS; the EMA page itself was not opened).', (select id from source where key = 'ema-protopic-epar'), true),
((select id from drug where name = 'pimecrolimus'), 'EU', 'COMPLETE_BEFORE_START', 'A systemic reaction after vaccination is unlikely because of minimal absorption; in patients with extensive disease, vaccination is recommended during treatment-free intervals. Application to a vaccination site while local reactions persist has not been evaluated and is not recommended. Infants treated from 3 months developed normal vaccine responses (harmonised EU national SmPC wording, read in the Czech SmPC).', (select id from source where key = 'mhra-elidel-smpc'), true);

-- =====================================================================================================================
-- Drug interactions
-- =====================================================================================================================
insert into drug_interaction (drug_id, region, interacting, interacting_drug_id, effect, management, text, source_id, verified) values
((select id from drug where name = 'tacrolimus'), 'US', 'known CYP3A4 inhibitors', null, 'possible increase in systemic tacrolimus exposure in widespread and/or erythrodermic disease', 'CAUTION', 'No formal interaction studies with the ointment; concomitant use of known CYP3A4 inhibitors in patients with widespread and/or erythrodermic disease should be done with caution.', (select id from source where key = 'fda-protopic-label'), true),
((select id from drug where name = 'tacrolimus'), 'EU', 'known CYP3A4 inhibitors (e.g. erythromycin, itraconazole, ketoconazole, diltiazem)', null, 'possible increase in systemic tacrolimus exposure in widespread and/or erythrodermic disease', 'CAUTION', 'Tacrolimus is not metabolised in the skin and systemic exposure from the ointment is low (<1 ng/mL), but interactions cannot be ruled out: concomitant systemic administration of known CYP3A4 inhibitors in patients with widespread and/or erythrodermic disease should be done with caution (section 4.5 wording, read in LEO Pharma''s Protopic prescribing information as reproduced by MIMS).', (select id from source where key = 'ema-protopic-epar'), true),
((select id from drug where name = 'crisaborole'), 'EU', 'CYP3A4 inhibitors (e.g. ketoconazole, itraconazole, erythromycin, clarithromycin, ritonavir) or CYP1A2 inhibitors (e.g. ciprofloxacin, fluvoxamine)', null, 'increased systemic crisaborole concentrations (in vitro data)', 'CAUTION', 'Withdrawn Staquis SmPC: based on in vitro data, concomitant CYP3A4 or CYP1A2 inhibitors can increase systemic crisaborole concentrations; crisaborole and its main metabolites are not expected to induce or inhibit CYP enzymes.', (select id from source where key = 'ema-staquis-epar'), true),
((select id from drug where name = 'roflumilast'), 'US', 'systemic CYP3A4 inhibitors or dual CYP3A4/CYP1A2 inhibitors (e.g. erythromycin, ketoconazole, fluvoxamine, enoxacin, cimetidine)', null, 'increased systemic roflumilast exposure and possibly more adverse reactions', 'CAUTION', 'Co-administration may increase roflumilast systemic exposure and adverse reactions; weigh the risk against the benefit before concomitant use.', (select id from source where key = 'fda-zoryve-label'), true);

-- =====================================================================================================================
-- Research codes and a missing US brand
-- =====================================================================================================================
insert into drug_synonym (drug_id, name, source_id) values
((select id from drug where name = 'tacrolimus'), 'FK506', (select id from source where key = 'james-1996-tacrolimus')),
((select id from drug where name = 'pimecrolimus'), 'ASM 981', (select id from source where key = 'eichenfield-2002-pimecrolimus')),
((select id from drug where name = 'pimecrolimus'), 'SDZ ASM 981', (select id from source where key = 'expert-opin-2000-ascomycins')),
((select id from drug where name = 'roflumilast'), 'ARQ-151', (select id from source where key = 'papp-2020-roflumilast-cream'));

insert into brand (drug_id, name, region, source_id) values
((select id from drug where name = 'triamcinolone acetonide'), 'Kenalog', 'US', (select id from source where key = 'fda-kenalog-spray-label'));

-- =====================================================================================================================
-- Pass 2: EU/UK national corticosteroid products (SmPC / leaflet sections read on 2026-11-27)
-- =====================================================================================================================
insert into source (key, title, publisher, kind, url, published_on, accessed_on) values
('cz-diprosone-smpc', 'Diprosone (betamethasone dipropionate) - Czech national SmPC, section 4.6 fertility, pregnancy and breast-feeding (undated copy at Medicinous)', 'Organon / SUKL (Czech Republic)', 'LABEL', 'https://medicinous.com/sk/info/Diprosone-fertilita-tehotenstvi-kojeni/prg163052', '2026-11-27', '2026-11-27');

insert into dosing_regimen (drug_id, region, condition_id, population, minimum_age_months, maximum_age_months, dose, frequency, maintenance_options, notes, source_id, verified) values
((select id from drug where name = 'betamethasone dipropionate'), 'UK', (select id from condition where code = 'ATOPIC_DERMATITIS'),
 'adults and children (Diprosone 0.05% cream; no lower age stated)', null, null,
 'thin film of cream to cover the affected area', 'once to twice daily (in most cases twice daily)',
 'For some patients adequate maintenance therapy may be achieved with less frequent application.',
 'In children or on the face, courses limited to 5 days; long-term continuous therapy should be avoided in all patients irrespective of age; occlusion must not be used.',
 (select id from source where key = 'mhra-diprosone-cream-smpc'), true),
((select id from drug where name = 'mometasone furoate'), 'UK', (select id from condition where code = 'ATOPIC_DERMATITIS'),
 'adults including older patients, and children (Elocon 0.1% cream)', null, null,
 'thin film of cream to the affected areas', 'once daily', null,
 'In children or on the face: the least amount compatible with an effective regimen, for no more than 5 days.',
 (select id from source where key = 'mhra-elocon-cream-smpc'), true),
((select id from drug where name = 'triamcinolone acetonide'), 'EU', (select id from condition where code = 'ATOPIC_DERMATITIS'),
 'adults and children (TriamCreme Lichtenstein 0.1%, Germany)', null, null,
 'thin layer of cream to the affected skin', 'once or twice daily',
 'Tandem therapy (once daily, followed 12 hours later by a corticosteroid-free cream) or interval therapy (about weekly alternation with a corticosteroid-free cream) may be appropriate.',
 'Avoid use for more than 4 weeks or on more than 20% of the body surface; children: shortest possible course at the lowest dose, under 2 weeks and on under 10% of the body surface.',
 (select id from source where key = 'de-triamcreme-lichtenstein-smpc'), true),
((select id from drug where name = 'hydrocortisone'), 'EU', (select id from condition where code = 'ATOPIC_DERMATITIS'),
 'adults and children 6 years and older (Hydrocutan Creme 1%, Germany)', 72, null,
 'thin layer of 1% cream', 'initially once or twice daily, once daily as the condition improves', null,
 'At most 4 weeks and on no more than one tenth of the body surface; children under 6 years only on prescription, once daily usually sufficient, at most 3 weeks.',
 (select id from source where key = 'de-hydrocutan-1-smpc'), true),
((select id from drug where name = 'hydrocortisone'), 'UK', (select id from condition where code = 'ATOPIC_DERMATITIS'),
 'all ages (prescription hydrocortisone 1% cream; no minimum age stated)', null, null,
 'cream applied to the affected area, with gentle massage', 'once to four times daily, increasing the intervals as the condition improves',
 'Treatment may then be reduced to two to three times a week, or used when symptoms recur.', null,
 (select id from source where key = 'mhra-hydrocortisone-1-cream-smpc'), true),
((select id from drug where name = 'hydrocortisone'), 'UK', (select id from condition where code = 'ATOPIC_DERMATITIS'),
 'adults and children 10 years and older (pharmacy product, Derma Care / hydrocortisone 1% cream)', 120, null,
 'used sparingly over a small area', 'once or twice daily for at most one week', null,
 'Mild to moderate eczema; not recommended under 10 years without medical advice; consult a doctor if no improvement or worse.',
 (select id from source where key = 'mhra-derma-care-hydrocortisone-smpc'), true);

insert into use_limit (drug_id, region, kind, value, unit, description, source_id, verified) values
((select id from drug where name = 'betamethasone dipropionate'), 'UK', 'MAX_DURATION', null, null, 'Diprosone: long-term continuous therapy should be avoided in all patients irrespective of age (courses limited to 5 days in children or on the face).', (select id from source where key = 'mhra-diprosone-cream-smpc'), true),
((select id from drug where name = 'mometasone furoate'), 'EU', 'OCCLUSION', null, null, 'Elocom cream (Poland): avoid use on large areas, under dressings, for prolonged periods, on the face and in skin folds and in children; not on skin covered by a diaper (acts as a dressing).', (select id from source where key = 'pl-elocom-cream-pil'), true),
((select id from drug where name = 'hydrocortisone'), 'UK', 'SITE', null, null, 'Pharmacy (P) 1% cream: not for use on the eyes and face, the ano-genital region, or broken or infected skin (including cold sores, acne and athlete''s foot).', (select id from source where key = 'mhra-derma-care-hydrocortisone-smpc'), true),
((select id from drug where name = 'hydrocortisone'), 'EU', 'MAX_DURATION', 3, 'WEEKS', 'Hydrocutan Creme 1% (Germany): children under 6 years, only on prescription and for at most 3 weeks.', (select id from source where key = 'de-hydrocutan-1-smpc'), true);

insert into contraindication (drug_id, region, population, severity, description, source_id, verified) values
((select id from drug where name = 'betamethasone dipropionate'), 'UK', 'HYPERSENSITIVITY', 'CONTRAINDICATED', 'Hypersensitivity to any of the ingredients of the Diprosone presentations.', (select id from source where key = 'mhra-diprosone-cream-smpc'), true),
((select id from drug where name = 'betamethasone dipropionate'), 'UK', 'OTHER', 'CONTRAINDICATED', 'Rosacea, acne, perioral dermatitis, perianal and genital pruritus; tuberculous and most viral skin lesions (herpes simplex, vaccinia, varicella); napkin eruptions.', (select id from source where key = 'mhra-diprosone-cream-smpc'), true),
((select id from drug where name = 'betamethasone dipropionate'), 'UK', 'ACTIVE_INFECTION', 'NOT_RECOMMENDED', 'Not to be used in fungal or bacterial skin infections without suitable concomitant anti-infective therapy.', (select id from source where key = 'mhra-diprosone-cream-smpc'), true),
((select id from drug where name = 'mometasone furoate'), 'UK', 'HYPERSENSITIVITY', 'CONTRAINDICATED', 'Sensitivity to mometasone furoate, to other corticosteroids or to any of the excipients.', (select id from source where key = 'mhra-elocon-cream-smpc'), true),
((select id from drug where name = 'mometasone furoate'), 'UK', 'OTHER', 'CONTRAINDICATED', 'Facial rosacea, acne vulgaris, skin atrophy, perioral dermatitis, perianal and genital pruritus, napkin eruptions, tuberculosis, syphilis, post-vaccine reactions; not on wounds or ulcerated skin.', (select id from source where key = 'mhra-elocon-cream-smpc'), true),
((select id from drug where name = 'mometasone furoate'), 'UK', 'ACTIVE_INFECTION', 'CONTRAINDICATED', 'Bacterial, viral (herpes simplex, herpes zoster, chickenpox, warts, molluscum), parasitic and fungal skin infections, varicella.', (select id from source where key = 'mhra-elocon-cream-smpc'), true),
((select id from drug where name = 'triamcinolone acetonide'), 'EU', 'HYPERSENSITIVITY', 'CONTRAINDICATED', 'Hypersensitivity to triamcinolone acetonide or any other ingredient (TriamCreme Lichtenstein, Germany).', (select id from source where key = 'de-triamcreme-lichtenstein-smpc'), true),
((select id from drug where name = 'triamcinolone acetonide'), 'EU', 'ACTIVE_INFECTION', 'CONTRAINDICATED', 'Viral skin infections (herpes simplex, zoster, chickenpox), bacterial or fungal skin infections, specific skin diseases (skin tuberculosis, syphilis), vaccination reactions.', (select id from source where key = 'de-triamcreme-lichtenstein-smpc'), true),
((select id from drug where name = 'triamcinolone acetonide'), 'EU', 'OTHER', 'CONTRAINDICATED', 'Rosacea and rosacea-like (perioral) dermatitis.', (select id from source where key = 'de-triamcreme-lichtenstein-smpc'), true),
((select id from drug where name = 'hydrocortisone'), 'EU', 'HYPERSENSITIVITY', 'CONTRAINDICATED', 'Hypersensitivity to hydrocortisone (Hydrocutan Creme 1%, Germany).', (select id from source where key = 'de-hydrocutan-1-smpc'), true),
((select id from drug where name = 'hydrocortisone'), 'EU', 'ACTIVE_INFECTION', 'CONTRAINDICATED', 'Viral skin infections (varicella, herpes simplex, herpes zoster), bacterial or fungal skin infections, specific skin diseases (syphilis, skin tuberculosis), skin reactions after vaccination.', (select id from source where key = 'de-hydrocutan-1-smpc'), true),
((select id from drug where name = 'hydrocortisone'), 'EU', 'OTHER', 'CONTRAINDICATED', 'Rosacea, perioral dermatitis, acne vulgaris and steroid acne.', (select id from source where key = 'de-hydrocutan-1-smpc'), true),
((select id from drug where name = 'hydrocortisone'), 'UK', 'ACTIVE_INFECTION', 'CONTRAINDICATED', 'Bacterial (e.g. impetigo), viral (e.g. herpes simplex) or fungal (candidal, dermatophyte) skin infections.', (select id from source where key = 'mhra-hydrocortisone-1-cream-smpc'), true),
((select id from drug where name = 'hydrocortisone'), 'UK', 'HYPERSENSITIVITY', 'CONTRAINDICATED', 'Hypersensitivity to the active substance or to any of the excipients.', (select id from source where key = 'mhra-hydrocortisone-1-cream-smpc'), true);

insert into reproductive_safety (drug_id, region, topic, guidance, text, registry, source_id, verified) values
((select id from drug where name = 'betamethasone dipropionate'), 'EU', 'PREGNANCY', 'USE_ONLY_IF_CLEARLY_NEEDED', 'Safety of topical corticosteroids in pregnant women has not been established: Diprosone should be used only when the benefit outweighs the potential risk to the fetus, and not in excessive amounts or for prolonged periods (Czech national SmPC).', false, (select id from source where key = 'cz-diprosone-smpc'), true),
((select id from drug where name = 'betamethasone dipropionate'), 'EU', 'BREASTFEEDING', 'INSUFFICIENT_DATA', 'Not known whether topical corticosteroids are absorbed enough to give detectable amounts in breast milk; decide whether to stop breast-feeding or the treatment, weighing the importance of the medicine to the mother (Czech national SmPC).', false, (select id from source where key = 'cz-diprosone-smpc'), true),
((select id from drug where name = 'mometasone furoate'), 'EU', 'PREGNANCY', 'USE_ONLY_IF_CLEARLY_NEEDED', 'Elocom (Poland): the safety of use during pregnancy has not been established; use in pregnancy only on medical advice (leaflet sentence read only in part).', false, (select id from source where key = 'pl-elocom-cream-pil'), false),
((select id from drug where name = 'mometasone furoate'), 'EU', 'BREASTFEEDING', 'INSUFFICIENT_DATA', 'Elocom (Poland): ask the doctor before use while breastfeeding (breast-feeding wording of the leaflet not read).', false, (select id from source where key = 'pl-elocom-cream-pil'), false),
((select id from drug where name = 'triamcinolone acetonide'), 'EU', 'PREGNANCY', 'CONTRAINDICATED', 'German TriamCreme/TriamSalbe Lichtenstein SmPCs list use during the first trimester of pregnancy among the contraindications (list read up to "during the first ..."; later-trimester wording not read).', false, (select id from source where key = 'de-triamcreme-lichtenstein-smpc'), false),
((select id from drug where name = 'triamcinolone acetonide'), 'EU', 'BREASTFEEDING', 'INSUFFICIENT_DATA', 'Breast-feeding wording of the German SmPC not read.', false, (select id from source where key = 'de-triamcreme-lichtenstein-smpc'), false),
((select id from drug where name = 'hydrocortisone'), 'EU', 'PREGNANCY', 'CONTRAINDICATED', 'Hydrocutan (Germany): contraindicated in the first trimester; in the second and third trimesters only after careful benefit-risk assessment; insufficient experience in pregnancy; embryotoxic and teratogenic in animal studies.', false, (select id from source where key = 'de-hydrocutan-0-25-pil'), true),
((select id from drug where name = 'hydrocortisone'), 'EU', 'BREASTFEEDING', 'USE_ONLY_IF_CLEARLY_NEEDED', 'Hydrocutan (Germany): strict indication, do not apply to the breast area; stop breast-feeding if large areas are treated (wording read in the 0.5% cream summary, not in the cited 0.25% leaflet).', false, (select id from source where key = 'de-hydrocutan-0-25-pil'), false);

-- =====================================================================================================================
-- Data version (appended, so that parallel curation migrations compose)
-- =====================================================================================================================
update data_version
set version = '2026.11.27', reviewed_on = greatest(reviewed_on, date '2026-11-27'),
    notes = notes || ' | 2026-11-27 (V14_3, topicals): dosing, limits of use, contraindications, pregnancy/breastfeeding, vaccination and interactions of the ten topical drugs; approval indications and line of therapy; crisaborole EU row clarified (authorised 2020, withdrawn 2022); FK506, ASM 981, SDZ ASM 981, ARQ-151, Kenalog.'
where id = 1;
