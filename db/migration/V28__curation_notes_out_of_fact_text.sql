-- V28: curation-process notes taken out of the client-facing fact text (review of 2026-12-07).
--
-- An outside review found that text the API serves as facts carried notes about the curation itself instead of
-- facts: "Not re-read in this curation.", "Frequency category not re-checked with the tools.", "could not be displayed
-- with the search tools", "Unverified: recalled label wording, not displayed.", "Seed document's ... is outdated",
-- "known to the curator". Whether and why a fact is unconfirmed is what verified and unverified_reason are for.
--
-- Method. Every text column of every table that has a verified column (except unverified_reason and the enum
-- columns) was searched in the V27 data for process wording (re-read, re-check, seed document, curation, could not
-- be read or verified, not verified, not displayed, recalled, tools, curator, the brief, not seen) and every match
-- was read. 226 rows are changed:
-- - Only the process wording is removed. Clinical facts stay, and so does every statement of the document or
--   section a fact comes from ("Frequency category per UK SmPC 4.8", "read in the Swiss product information",
--   "wording of an older methotrexate label", "the abstract's conclusion"). A note that was nothing but process
--   wording becomes null (adverse_effect.notes and dosing_regimen.notes are nullable; 14 rows).
-- - Unverified rows: unverified_reason already says what the removed note said, except for four rows
--   (upadacitinib US acne, the triamcinolone acetonide EU approval, the tralokinumab US autoinjector regimen and the
--   Cochrane dupilumab conclusion), whose reason gets the note appended.
-- - Verified rows whose note said something was not checked (per-row comments below):
--   * set verified = false, with a reason that says exactly what was not checked, where the unchecked thing is the
--     row's own fact: 4 rows (tapinarof US lower respiratory tract infection category, crisaborole EU withdrawal,
--     nemolizumab EU adolescent weight criterion, ruxolitinib US approval against the June 2026 label);
--   * "Year not verified" (and "minimum age not verified") on approvals whose year (and minimum_age_months) is empty:
--     the row asserts no year, so nothing unconfirmed is stated; the note now says the year is "not recorded"
--     (the approval check of DataConsistencyTest wants the words year and age in the notes when those are empty);
--   * lebrikizumab US and nemolizumab EU vaccination advice: verified by V19 against the primary label (quoted
--     there), unverified_reason null; the older "Not re-read in this curation." is dropped;
--   * a caveat about the document (an edition, a copy, a section not in the cited revision) is kept, worded as a
--     statement about the document instead of about the reading; these rows stay verified as a previous reading left
--     them.
-- - Notes that a seed document was outdated are dropped; the fact they corrected is what the row states.
-- Nothing is set verified.
--
-- Rows are addressed by natural keys, the verified state they had and the exact old text, so each statement changes
-- only the row it was written for, and a row that a colleague's migration has changed since is left alone.


-- ---------------------------------------------------------------------------------------------------------------
-- adverse_effect.notes: frequency-category notes (56 unverified rows; their reasons say the SmPC or label
-- table was not displayed) and one verified row
-- ---------------------------------------------------------------------------------------------------------------
update adverse_effect set notes = 'Listed as common in an older version of the product information.'
 where drug_id = (select id from drug where name = 'tacrolimus') and name = 'acne'
   and not verified and notes = 'Listed as common in an older version of the product information; the category in the current EU SmPC was not re-checked.';
update adverse_effect set notes = 'Most frequent adverse reaction (mainly common colds).'
 where drug_id = (select id from drug where name = 'tralokinumab') and name = 'upper respiratory tract infections'
   and not verified and notes = 'Most frequent adverse reaction (mainly common colds). Frequency category from the SmPC not re-checked in this curation.';
update adverse_effect set notes = 'US Warning and Precaution: conjunctivitis and keratitis; patients should report new or worsening eye symptoms.'
 where drug_id = (select id from drug where name = 'tralokinumab') and name = 'conjunctivitis'
   and not verified and notes = 'US Warning and Precaution: conjunctivitis and keratitis; patients should report new or worsening eye symptoms. Frequency category not re-checked.';
update adverse_effect set notes = null
 where drug_id = (select id from drug where name = 'tralokinumab') and name in ('allergic conjunctivitis', 'eosinophilia', 'keratitis')
   and not verified and notes = 'Frequency category not re-checked.';
update adverse_effect set notes = 'Pain, redness and swelling at the injection site.'
 where drug_id = (select id from drug where name = 'tralokinumab') and name = 'injection site reactions'
   and not verified and notes = 'Pain, redness and swelling at the injection site. Frequency category not re-checked.';
update adverse_effect set notes = 'US Warning and Precaution: hypersensitivity reactions, including anaphylaxis and angioedema, have occurred; discontinue in the event of a hypersensitivity reaction.'
 where drug_id = (select id from drug where name = 'tralokinumab') and name = 'hypersensitivity reactions including anaphylaxis and angioedema'
   and not verified and notes = 'US Warning and Precaution: hypersensitivity reactions, including anaphylaxis and angioedema, have occurred; discontinue in the event of a hypersensitivity reaction. Frequency not verified.';
update adverse_effect set notes = 'Most frequent adverse reaction; US Warning and Precaution: conjunctivitis and keratitis.'
 where drug_id = (select id from drug where name = 'lebrikizumab') and name = 'conjunctivitis'
   and not verified and notes = 'Most frequent adverse reaction; US Warning and Precaution: conjunctivitis and keratitis. Exact SmPC category (common vs very common) not re-checked.';
update adverse_effect set notes = 'Named among the most common reactions in the EU.'
 where drug_id = (select id from drug where name = 'lebrikizumab') and name in ('injection site reactions', 'allergic conjunctivitis', 'dry eye')
   and not verified and notes = 'Named among the most common reactions in the EU; frequency category not re-checked.';
update adverse_effect set notes = 'Listed among the most common reactions (>=1%) in the US label.'
 where drug_id = (select id from drug where name = 'lebrikizumab') and name = 'herpes zoster'
   and not verified and notes = 'Listed among the most common reactions (>=1%) in the US label; the EU category is not re-checked.';
update adverse_effect set notes = null
 where drug_id = (select id from drug where name = 'lebrikizumab') and name in ('eosinophilia', 'keratitis')
   and not verified and notes = 'Frequency category not re-checked.';
update adverse_effect set notes = 'US Warning and Precaution: discontinue if a hypersensitivity reaction occurs.'
 where drug_id = (select id from drug where name = 'lebrikizumab') and name = 'hypersensitivity reactions including angioedema and urticaria'
   and not verified and notes = 'US Warning and Precaution: discontinue if a hypersensitivity reaction occurs. Frequency not verified.';
update adverse_effect set notes = 'Named by the MHRA with hypersensitivity as the most common side effects of Nemluvio.'
 where drug_id = (select id from drug where name = 'nemolizumab') and name = 'injection site reactions'
   and not verified and notes = 'Named by the MHRA with hypersensitivity as the most common side effects of Nemluvio; SmPC frequency category not re-checked.';
update adverse_effect set notes = 'US and EU warning: type 1 hypersensitivity including angioedema has been reported; discontinue immediately if a systemic reaction occurs.'
 where drug_id = (select id from drug where name = 'nemolizumab') and name = 'hypersensitivity reactions including angioedema'
   and not verified and notes = 'US and EU warning: type 1 hypersensitivity including angioedema has been reported; discontinue immediately if a systemic reaction occurs. Frequency category not verified.';
update adverse_effect set notes = 'EU warning: mild to moderate worsening of asthma reported in prurigo nodularis patients with pre-existing asthma, more often with the 60 mg dose in patients over 90 kg.'
 where drug_id = (select id from drug where name = 'nemolizumab') and name = 'worsening of asthma'
   and not verified and notes = 'EU warning: mild to moderate worsening of asthma reported in prurigo nodularis patients with pre-existing asthma, more often with the 60 mg dose in patients over 90 kg. Frequency category not verified.';
update adverse_effect set notes = 'First-listed adverse reaction in atopic dermatitis in the label highlights.'
 where drug_id = (select id from drug where name = 'upadacitinib') and name = 'upper respiratory tract infection'
   and not verified and notes = 'First-listed adverse reaction in atopic dermatitis in the label highlights; frequency category not re-checked against the label table.';
-- upadacitinib US acne: the reason did not say that the percentages are the trial's, not the label table's.
update adverse_effect set notes = 'Dose-related; 13% (15 mg) and 20% (30 mg) vs 6% placebo in the Rising Up trial.',
       unverified_reason = unverified_reason || ' The 13% and 20% figures are those of the Rising Up trial; the percentages of the label table were not read.'
 where drug_id = (select id from drug where name = 'upadacitinib') and name = 'acne'
   and not verified and notes = 'Dose-related; 13% (15 mg) and 20% (30 mg) vs 6% placebo in the Rising Up trial; label table percentages not re-checked.';
update adverse_effect set notes = null
 where drug_id = (select id from drug where name = 'upadacitinib') and name in ('herpes simplex', 'headache', 'blood creatine phosphokinase increased')
   and not verified and notes = 'Frequency category not re-checked against the label table.';
update adverse_effect set notes = 'Label 5.1: most frequent serious infections were pneumonia and cellulitis; higher rate with 30 mg than 15 mg.'
 where drug_id = (select id from drug where name = 'upadacitinib') and name = 'serious infections (most often pneumonia and cellulitis)'
   and not verified and notes = 'Label 5.1: most frequent serious infections were pneumonia and cellulitis; higher rate with 30 mg than 15 mg. Frequency category not re-checked.';
update adverse_effect set notes = 'Reported specifically in the atopic dermatitis trials.'
 where drug_id = (select id from drug where name = 'upadacitinib') and name = 'eczema herpeticum (Kaposi varicelliform eruption)'
   and not verified and notes = 'Reported specifically in the atopic dermatitis trials; frequency category not re-checked.';
update adverse_effect set notes = 'Among the most common adverse reactions in atopic dermatitis.'
 where drug_id = (select id from drug where name = 'baricitinib') and name = 'headache'
   and not verified and notes = 'Among the most common adverse reactions in atopic dermatitis; frequency category not re-checked in the EU SmPC table.';
update adverse_effect set notes = 'About 1.1% in controlled rheumatoid arthritis trials up to 16 weeks (similar to placebo).'
 where drug_id = (select id from drug where name = 'baricitinib') and name = 'serious infections (most often herpes zoster and cellulitis)'
   and not verified and notes = 'About 1.1% in controlled rheumatoid arthritis trials up to 16 weeks (similar to placebo); not re-checked for atopic dermatitis.';
update adverse_effect set notes = 'Stop treatment if VTE is suspected.'
 where drug_id = (select id from drug where name = 'baricitinib') and name = 'venous thromboembolism (deep vein thrombosis, pulmonary embolism)'
   and not verified and notes = 'Frequency category not re-checked in the EU SmPC; stop treatment if VTE is suspected.';
update adverse_effect set notes = 'Reported as the most common adverse events, mostly mild.'
 where drug_id = (select id from drug where name = 'delgocitinib') and name = 'application site reactions'
   and not verified and notes = 'Reported as the most common adverse events, mostly mild; frequency category not re-checked in the label table.';
update adverse_effect set notes = 'Dose-related, usually reversible; structural kidney damage with long-term use. Frequency category per UK SmPC 4.8.'
 where drug_id = (select id from drug where name = 'cyclosporine') and name = 'renal dysfunction (rise in serum creatinine)'
   and not verified and notes = 'Dose-related, usually reversible; structural kidney damage with long-term use. Frequency category per UK SmPC 4.8, not re-checked with the tools.';
update adverse_effect set notes = 'Frequency category per UK SmPC 4.8.'
 where drug_id = (select id from drug where name = 'cyclosporine') and name in ('hypertension', 'tremor', 'headache', 'hyperlipidaemia', 'hirsutism', 'gingival hyperplasia', 'hyperkalaemia and hypomagnesaemia')
   and not verified and notes = 'Frequency category per UK SmPC 4.8, not re-checked with the tools.';
update adverse_effect set notes = 'Frequency category per EU SmPCs of low-dose methotrexate.'
 where drug_id = (select id from drug where name = 'methotrexate') and name in ('nausea', 'stomatitis', 'elevated liver transaminases')
   and not verified and notes = 'Frequency category per EU SmPCs of low-dose methotrexate, not re-checked with the tools.';
update adverse_effect set notes = 'In the US boxed warning (bone marrow).'
 where drug_id = (select id from drug where name = 'methotrexate') and name = 'myelosuppression (leukopenia, thrombocytopenia, anaemia)'
   and not verified and notes = 'In the US boxed warning (bone marrow). Frequency category not re-checked with the tools.';
update adverse_effect set notes = 'In the US boxed warning (lungs).'
 where drug_id = (select id from drug where name = 'methotrexate') and name = 'interstitial pneumonitis'
   and not verified and notes = 'In the US boxed warning (lungs). Frequency category not re-checked with the tools.';
update adverse_effect set notes = 'Dose-related bone marrow suppression; severe in TPMT or NUDT15 deficiency. Frequency category per EU SmPC.'
 where drug_id = (select id from drug where name = 'azathioprine') and name = 'leukopenia'
   and not verified and notes = 'Dose-related bone marrow suppression; severe in TPMT or NUDT15 deficiency. Frequency category per EU SmPC, not re-checked with the tools.';
update adverse_effect set notes = null
 where drug_id = (select id from drug where name = 'azathioprine') and name in ('nausea and vomiting', 'thrombocytopenia', 'pancreatitis')
   and not verified and notes = 'Frequency category not re-checked with the tools.';
update adverse_effect set notes = 'Cholestasis; rarely veno-occlusive liver disease.'
 where drug_id = (select id from drug where name = 'azathioprine') and name = 'hepatotoxicity'
   and not verified and notes = 'Cholestasis; rarely veno-occlusive liver disease. Frequency category not re-checked with the tools.';
update adverse_effect set notes = 'In the US boxed warning.'
 where drug_id = (select id from drug where name = 'azathioprine') and name = 'malignancy (lymphoma, skin cancer)'
   and not verified and notes = 'In the US boxed warning; frequency category not re-checked with the tools.';
update adverse_effect set notes = 'Frequencies from transplant studies (EU SmPC 4.8).'
 where drug_id = (select id from drug where name = 'mycophenolate mofetil') and name in ('diarrhoea', 'nausea and vomiting', 'abdominal pain')
   and not verified and notes = 'Frequencies from transplant studies (EU SmPC 4.8), not re-checked with the tools.';
update adverse_effect set notes = 'Neutropenia can be severe. Frequencies from transplant studies.'
 where drug_id = (select id from drug where name = 'mycophenolate mofetil') and name = 'leukopenia and anaemia'
   and not verified and notes = 'Neutropenia can be severe. Frequencies from transplant studies, not re-checked with the tools.';
update adverse_effect set notes = 'Frequencies from transplant studies.'
 where drug_id = (select id from drug where name = 'mycophenolate mofetil') and name = 'herpes simplex and herpes zoster infections'
   and not verified and notes = 'Frequencies from transplant studies, not re-checked with the tools.';
update adverse_effect set notes = 'Dose-dependent (about 24% with 30 mg, 11% with 10 mg in the trials); may reduce with the 10 mg dose. Category as in the Swiss professional information.'
 where drug_id = (select id from drug where name = 'alitretinoin') and name = 'headache'
   and not verified and notes = 'Dose-dependent (about 24% with 30 mg, 11% with 10 mg in the trials); may reduce with the 10 mg dose. Category as in the Swiss professional information; UK SmPC table not displayed.';
update adverse_effect set notes = 'Triglycerides raised in about 35%, cholesterol in 28% with 30 mg; dose-dependent. Category as in the Swiss professional information.'
 where drug_id = (select id from drug where name = 'alitretinoin') and name = 'raised triglycerides and cholesterol, lowered HDL cholesterol'
   and not verified and notes = 'Triglycerides raised in about 35%, cholesterol in 28% with 30 mg; dose-dependent. Category as in the Swiss professional information; UK SmPC table not displayed.';
-- tapinarof US lower respiratory tract infection (verified since V3_2): "exact percentage not re-checked" is about
-- the row's own fact, its COMMON category (1% to <10%), which rests on the reaction being listed at 1% or more.
-- Set unverified.
update adverse_effect set notes = 'Among the reactions at 1% or more in the atopic dermatitis trials.',
       verified = false,
       unverified_reason = 'The row rests on the reaction being listed among those at 1% or more in the atopic dermatitis trials (FDA VTAMA label section 6.1); its exact percentage was not checked in the label table, so the COMMON category (1% to <10%) is not confirmed.'
 where drug_id = (select id from drug where name = 'tapinarof') and name = 'lower respiratory tract infection'
   and verified and notes = 'Among the reactions at 1% or more in the atopic dermatitis trials; exact percentage not re-checked.';

-- ---------------------------------------------------------------------------------------------------------------
-- approval.notes
-- ---------------------------------------------------------------------------------------------------------------
-- Approvals whose year (and minimum age) is empty: "not verified" becomes "not recorded" (see the header).
-- clobetasol US: the seed-document comparison is dropped; its fact (super-high potency) stays.
update approval set notes = 'Label indication is "corticosteroid-responsive dermatoses" (which includes atopic dermatitis/eczema; the disease is not named separately). Cream/ointment/emollient cream: 12 years and older; lotion and spray: 18 years and older. Limit treatment to 2 consecutive weeks and at most 50 g per week; not on face, groin or axillae. The label classes it as super-high potency. Year of first US approval not recorded.'
 where drug_id = (select id from drug where name = 'clobetasol propionate') and region = 'US' and condition_id = (select id from condition where code = 'ATOPIC_DERMATITIS')
   and verified and notes = 'Label indication is "corticosteroid-responsive dermatoses" (which includes atopic dermatitis/eczema; the disease is not named separately). Cream/ointment/emollient cream: 12 years and older; lotion and spray: 18 years and older. Limit treatment to 2 consecutive weeks and at most 50 g per week; not on face, groin or axillae. First US approval year not verified. Seed documents call clobetasol "high-potency" and describe 1-2 week courses: the label classes it as super-high potency with a 2-week, 50 g/week limit.';
update approval set notes = 'Nationally authorised (no EMA procedure); cited record: Dermovate Cream, Malta Medicines Authority. Indicated for frequently relapsing/recalcitrant eczema and other dermatoses not responding to less potent steroids (second-line, short courses); not for children under 1 year. UK/EU SmPCs advise considering a less potent steroid if treatment beyond 4 weeks is needed. Year of first EU national approval not recorded.'
 where drug_id = (select id from drug where name = 'clobetasol propionate') and region = 'EU' and condition_id = (select id from condition where code = 'ATOPIC_DERMATITIS')
   and verified and notes = 'Nationally authorised (no EMA procedure); cited record: Dermovate Cream, Malta Medicines Authority. Indicated for frequently relapsing/recalcitrant eczema and other dermatoses not responding to less potent steroids (second-line, short courses); not for children under 1 year. UK/EU SmPCs advise considering a less potent steroid if treatment beyond 4 weeks is needed. Year of first EU national approval not verified.';
update approval set notes = 'Dermovate Cream (UK leaflet text approved 2017): frequently relapsing eczema and dermatitis not responding to milder steroids; not for children under 1 year. Contraindicated in dermatoses of children under 1 year (UK SmPC). Year of first approval not recorded.'
 where drug_id = (select id from drug where name = 'clobetasol propionate') and region = 'UK' and condition_id = (select id from condition where code = 'ATOPIC_DERMATITIS')
   and verified and notes = 'Dermovate Cream (UK leaflet text approved 2017): frequently relapsing eczema and dermatitis not responding to milder steroids; not for children under 1 year. Contraindicated in dermatoses of children under 1 year (UK SmPC). Year not verified.';
update approval set notes = 'Japanese approval of Dermovate Ointment 0.05% covers eczema/dermatitis (also psoriasis, alopecia areata) per the Kusuri-no-Shiori sheet; atopic dermatitis is not named separately. Year of first approval and age limits not recorded.'
 where drug_id = (select id from drug where name = 'clobetasol propionate') and region = 'JP' and condition_id = (select id from condition where code = 'ATOPIC_DERMATITIS')
   and verified and notes = 'Japanese approval of Dermovate Ointment 0.05% covers eczema/dermatitis (also psoriasis, alopecia areata) per the Kusuri-no-Shiori sheet; atopic dermatitis is not named separately. Year and age limits not verified.';
update approval set notes = 'Label indication is "corticosteroid-responsive dermatoses" (includes atopic dermatitis/eczema, not named separately). Plain 0.05% cream: 13 years and older, labelled medium potency; plain 0.05% ointment label states no age limit. Augmented (Diprolene-type) cream/ointment/lotion: 13 years and older, no more than 2 consecutive weeks and 50 g per week. Initial US approval of the augmented ointment was 1983; the year of first approval of the plain product is not recorded.'
 where drug_id = (select id from drug where name = 'betamethasone dipropionate') and region = 'US' and condition_id = (select id from condition where code = 'ATOPIC_DERMATITIS')
   and verified and notes = 'Label indication is "corticosteroid-responsive dermatoses" (includes atopic dermatitis/eczema, not named separately). Plain 0.05% cream: 13 years and older, labelled medium potency; plain 0.05% ointment label states no age limit. Augmented (Diprolene-type) cream/ointment/lotion: 13 years and older, no more than 2 consecutive weeks and 50 g per week. Initial US approval of the augmented ointment was 1983; the first approval year of the plain product was not verified.';
update approval set notes = 'Nationally authorised (no EMA procedure); cited: Diproderm 0.5 mg/g cream, Spain, which names atopic dermatitis among corticosteroid-responsive dermatoses; adults and children over 12 years; contraindicated under 1 year. Year of first approval not recorded.'
 where drug_id = (select id from drug where name = 'betamethasone dipropionate') and region = 'EU' and condition_id = (select id from condition where code = 'ATOPIC_DERMATITIS')
   and verified and notes = 'Nationally authorised (no EMA procedure); cited: Diproderm 0.5 mg/g cream, Spain, which names atopic dermatitis among corticosteroid-responsive dermatoses; adults and children over 12 years; contraindicated under 1 year. Year not verified.';
update approval set notes = 'Diprosone 0.05% Cream: eczema and dermatitis of all types including atopic eczema, adults and children (no lower age stated); in children or on the face courses limited to 5 days, no occlusion. Year of first approval not recorded.'
 where drug_id = (select id from drug where name = 'betamethasone dipropionate') and region = 'UK' and condition_id = (select id from condition where code = 'ATOPIC_DERMATITIS')
   and verified and notes = 'Diprosone 0.05% Cream: eczema and dermatitis of all types including atopic eczema, adults and children (no lower age stated); in children or on the face courses limited to 5 days, no occlusion. Year not verified.';
update approval set notes = 'Prurigo nodularis is named in the Diprosone 0.05% Cream indications. Year of first approval not recorded. The SmPC states no minimum age for this indication.'
 where drug_id = (select id from drug where name = 'betamethasone dipropionate') and region = 'UK' and condition_id = (select id from condition where code = 'PRURIGO_NODULARIS')
   and verified and notes = 'Prurigo nodularis is named in the Diprosone 0.05% Cream indications. Year not verified. No minimum age is stated for this indication in the SmPC section read.';
update approval set notes = 'Nationally authorised (no EMA procedure); cited: Elocom cream 1 mg/g, Poland, indicated for psoriasis and atopic dermatitis; classed as a strong (potent) corticosteroid; face and children: shortest duration (face no more than 5 days). Minimum age and year of first approval not recorded.'
 where drug_id = (select id from drug where name = 'mometasone furoate') and region = 'EU' and condition_id = (select id from condition where code = 'ATOPIC_DERMATITIS')
   and verified and notes = 'Nationally authorised (no EMA procedure); cited: Elocom cream 1 mg/g, Poland, indicated for psoriasis and atopic dermatitis; classed as a strong (potent) corticosteroid; face and children: shortest duration (face no more than 5 days). Minimum age and year not verified.';
update approval set notes = 'Elocon Cream: psoriasis (excluding widespread plaque psoriasis) and atopic dermatitis, adults and children; in children or on the face no more than 5 days. No minimum age stated in SmPC 4.1; year of first approval not recorded.'
 where drug_id = (select id from drug where name = 'mometasone furoate') and region = 'UK' and condition_id = (select id from condition where code = 'ATOPIC_DERMATITIS')
   and verified and notes = 'Elocon Cream: psoriasis (excluding widespread plaque psoriasis) and atopic dermatitis, adults and children; in children or on the face no more than 5 days. No minimum age stated in the section read; year not verified.';
update approval set notes = 'Older-format label: "topical corticosteroids are indicated for the relief of the inflammatory and pruritic manifestations of corticosteroid-responsive dermatoses" (includes atopic dermatitis/eczema, not named separately); no minimum age stated, children more susceptible to systemic toxicity. Year of first approval not recorded.'
 where drug_id = (select id from drug where name = 'triamcinolone acetonide') and region = 'US' and condition_id = (select id from condition where code = 'ATOPIC_DERMATITIS')
   and verified and notes = 'Older-format label: "topical corticosteroids are indicated for the relief of the inflammatory and pruritic manifestations of corticosteroid-responsive dermatoses" (includes atopic dermatitis/eczema, not named separately); no minimum age stated, children more susceptible to systemic toxicity. First approval year not verified.';
-- triamcinolone acetonide EU: "No UK product was verified" goes to the reason.
update approval set notes = 'Nationally authorised (Germany, TriamCreme Lichtenstein 0.1%): "inflammatory skin diseases for which moderately potent glucocorticoids are indicated"; atopic dermatitis is not named. Avoid more than 4 weeks or more than 20% of body surface; children only short-term (under 2 weeks) on under 10% of body surface. Year of first national approval and minimum age not recorded.',
       unverified_reason = unverified_reason || ' No UK triamcinolone acetonide product was verified either.'
 where drug_id = (select id from drug where name = 'triamcinolone acetonide') and region = 'EU' and condition_id = (select id from condition where code = 'ATOPIC_DERMATITIS')
   and not verified and notes = 'Nationally authorised (Germany, TriamCreme Lichtenstein 0.1%): "inflammatory skin diseases for which moderately potent glucocorticoids are indicated"; atopic dermatitis is not named, hence unverified for this condition. Avoid more than 4 weeks or more than 20% of body surface; children only short-term (under 2 weeks) on under 10% of body surface. No UK product was verified. Year of first national approval and minimum age not verified.';
update approval set notes = 'Rx 2.5% (and 1%) cream/ointment: "corticosteroid-responsive dermatoses" (includes atopic dermatitis/eczema, not named separately), no minimum age stated. OTC 1% (monograph Drug Facts): temporary relief of itching from rashes due to eczema, adults and children 2 years and older (under 2: ask a doctor). Year of first approval not recorded.'
 where drug_id = (select id from drug where name = 'hydrocortisone') and region = 'US' and condition_id = (select id from condition where code = 'ATOPIC_DERMATITIS')
   and verified and notes = 'Rx 2.5% (and 1%) cream/ointment: "corticosteroid-responsive dermatoses" (includes atopic dermatitis/eczema, not named separately), no minimum age stated. OTC 1% (monograph Drug Facts): temporary relief of itching from rashes due to eczema, adults and children 2 years and older (under 2: ask a doctor). First approval year not verified.';
update approval set notes = 'Nationally authorised (Germany, Hydrocutan Creme 1%): inflammatory skin diseases for which weak topical glucocorticoids are indicated; atopic dermatitis is not named. Children under 6 years only on prescription; at most 4 weeks and no more than one tenth of the body surface. Year of first national approval and minimum age not recorded.'
 where drug_id = (select id from drug where name = 'hydrocortisone') and region = 'EU' and condition_id = (select id from condition where code = 'ATOPIC_DERMATITIS')
   and not verified and notes = 'Nationally authorised (Germany, Hydrocutan Creme 1%): inflammatory skin diseases for which weak topical glucocorticoids are indicated; atopic dermatitis is not named, hence unverified for this condition. Children under 6 years only on prescription; at most 4 weeks and no more than one tenth of the body surface. Year of first national approval and minimum age not verified.';
update approval set notes = 'Hydrocortisone 1% cream (prescription SmPC): eczema and dermatitis of all types including atopic eczema; no minimum age stated. Pharmacy (P) 1% products such as Derma Care are limited to mild-to-moderate eczema, a maximum of one week, and not for children under 10 years without medical advice. Year of first approval not recorded.'
 where drug_id = (select id from drug where name = 'hydrocortisone') and region = 'UK' and condition_id = (select id from condition where code = 'ATOPIC_DERMATITIS')
   and verified and notes = 'Hydrocortisone 1% cream (prescription SmPC): eczema and dermatitis of all types including atopic eczema; no minimum age stated. Pharmacy (P) 1% products such as Derma Care are limited to mild-to-moderate eczema, a maximum of one week, and not for children under 10 years without medical advice. Year not verified.';
update approval set notes = 'Prurigo nodularis is named in the UK hydrocortisone 1% cream SmPC indications. Year of first approval not recorded. The SmPC states no minimum age for this indication.'
 where drug_id = (select id from drug where name = 'hydrocortisone') and region = 'UK' and condition_id = (select id from condition where code = 'PRURIGO_NODULARIS')
   and verified and notes = 'Prurigo nodularis is named in the UK hydrocortisone 1% cream SmPC indications. Year not verified. No minimum age is stated for this indication in the SmPC section read.';
update approval set notes = 'Not centrally authorised: licensed nationally in EU member states; the UK national SmPC is cited as the reference text (EU national patient leaflets, e.g. Poland, state the same indication from 3 months). For patients 3 months and older where topical corticosteroids are inadvisable or not possible (intolerance, lack of effect, face and neck). Intermittent, short-term use; stop if no improvement after 6 weeks. The minimum age differs from the US label (2 years) and from older SmPCs (2 years, e.g. UK 2019). Year of first EU national licence not recorded.'
 where drug_id = (select id from drug where name = 'pimecrolimus') and region = 'EU' and condition_id = (select id from condition where code = 'ATOPIC_DERMATITIS')
   and verified and notes = 'Not centrally authorised: licensed nationally in EU member states; the UK national SmPC is cited as the reference text (EU national patient leaflets, e.g. Poland, state the same indication from 3 months). For patients 3 months and older where topical corticosteroids are inadvisable or not possible (intolerance, lack of effect, face and neck). Intermittent, short-term use; stop if no improvement after 6 weeks. The minimum age differs from the US label (2 years) and from older SmPCs (2 years, e.g. UK 2019). Year of first EU national licence not verified.';
update approval set notes = 'National licence (SmPC updated 2 March 2022): patients 3 months of age and older with mild or moderate atopic dermatitis where topical corticosteroids are inadvisable or not possible. The 2019 UK SmPC still said 2 years and over. Year of first UK licence not recorded.'
 where drug_id = (select id from drug where name = 'pimecrolimus') and region = 'UK' and condition_id = (select id from condition where code = 'ATOPIC_DERMATITIS')
   and verified and notes = 'National licence (SmPC updated 2 March 2022): patients 3 months of age and older with mild or moderate atopic dermatitis where topical corticosteroids are inadvisable or not possible. The 2019 UK SmPC still said 2 years and over. Year of first UK licence not verified.';
-- crisaborole EU (verified): the exact withdrawal date and its formal ground were not verified against the EMA page;
-- the row's status is WITHDRAWN and rests on a trade-press item. Set unverified.
update approval set notes = 'Year = year of EU authorisation: Staquis (crisaborole 20 mg/g ointment) was authorised on 27 March 2020 (centralised procedure, Pfizer Europe MA EEIG) for mild to moderate atopic dermatitis in adults and children from 2 years of age with up to 40% body surface area affected; minimum age = the authorised age (2 years). Status WITHDRAWN: the marketing authorisation was withdrawn in early 2022 (withdrawal reported 8 March 2022; last EU product information revised 8 February 2022). The product was never launched in the EU (reimbursement not obtained). The US product (Eucrisa) is approved from 3 months.',
       verified = false,
       unverified_reason = 'The EU withdrawal of Staquis is read only in trade press (The Pharma Letter, 8 March 2022): its exact date and its formal ground (a request of the marketing authorisation holder) were not verified against the EMA page.'
 where drug_id = (select id from drug where name = 'crisaborole') and region = 'EU' and condition_id = (select id from condition where code = 'ATOPIC_DERMATITIS')
   and verified and notes = 'Year = year of EU authorisation: Staquis (crisaborole 20 mg/g ointment) was authorised on 27 March 2020 (centralised procedure, Pfizer Europe MA EEIG) for mild to moderate atopic dermatitis in adults and children from 2 years of age with up to 40% body surface area affected; minimum age = the authorised age (2 years). Status WITHDRAWN: the marketing authorisation was withdrawn in early 2022 (withdrawal reported 8 March 2022; last EU product information revised 8 February 2022). The product was never launched in the EU (reimbursement not obtained). Exact withdrawal date and its formal ground (request of the marketing authorisation holder) not verified against the EMA page. The US product (Eucrisa) is approved from 3 months.';
update approval set notes = 'No EU marketing authorisation for topical roflumilast in atopic dermatitis was found.'
 where drug_id = (select id from drug where name = 'roflumilast') and region = 'EU' and condition_id = (select id from condition where code = 'ATOPIC_DERMATITIS')
   and not verified and notes = 'No EU marketing authorisation for topical roflumilast in atopic dermatitis was found; the absence could not be confirmed directly against the EMA database with the tools available.';
update approval set notes = 'No EU marketing authorisation for tapinarof was found.'
 where drug_id = (select id from drug where name = 'tapinarof') and region = 'EU' and condition_id = (select id from condition where code = 'ATOPIC_DERMATITIS')
   and not verified and notes = 'No EU marketing authorisation for tapinarof was found; the absence could not be confirmed directly against the EMA database with the tools available.';
-- tapinarof JP: V24 verified the row against the 2nd edition (August 2024) of the PMDA insert and saw only a report
-- of an application for children 2 to <12 years; the caveat stays, as a statement of the edition.
update approval set notes = 'Japanese package insert of VTAMA cream 1% (PMDA, 2nd edition August 2024, first issued June 2024): atopic dermatitis in adults and children 12 years and older and plaque psoriasis in adults, applied once daily. An application for children 2 to <12 years (0.5% cream) has been reported; the facts above are those of the August 2024 edition.'
 where drug_id = (select id from drug where name = 'tapinarof') and region = 'JP' and condition_id = (select id from condition where code = 'ATOPIC_DERMATITIS')
   and verified and notes = 'Japanese package insert of VTAMA cream 1% (PMDA, 2nd edition August 2024, first issued June 2024): atopic dermatitis in adults and children 12 years and older and plaque psoriasis in adults, applied once daily. A later edition (an application for children 2 to <12 years with a 0.5% cream was reported) was not read.';
-- Seed-document notes dropped (dupilumab, tralokinumab US and EU, lebrikizumab, nemolizumab US): the rows state the
-- current label facts the notes corrected the seed documents with.
update approval set notes = 'Adults and children from 6 months whose moderate-to-severe AD is not adequately controlled with topical prescription therapies or when those are not advisable; with or without topical corticosteroids. First approved in 2017 for adults only; the age limit was lowered stepwise, to 6 months in June 2022.'
 where drug_id = (select id from drug where name = 'dupilumab') and region = 'US' and condition_id = (select id from condition where code = 'ATOPIC_DERMATITIS')
   and verified and notes = 'Adults and children from 6 months whose moderate-to-severe AD is not adequately controlled with topical prescription therapies or when those are not advisable; with or without topical corticosteroids. First approved in 2017 for adults only; the age limit was lowered stepwise, to 6 months in June 2022. Seed documents say the 2017 approval was "for severe eczema": the label says moderate-to-severe.';
update approval set notes = 'Adults and children 12 years and older whose moderate-to-severe AD is not adequately controlled with topical prescription therapies or when those are not advisable; with or without topical corticosteroids. Approved for adults in December 2021; patients 12-17 years added in December 2023.'
 where drug_id = (select id from drug where name = 'tralokinumab') and region = 'US' and condition_id = (select id from condition where code = 'ATOPIC_DERMATITIS')
   and verified and notes = 'Adults and children 12 years and older whose moderate-to-severe AD is not adequately controlled with topical prescription therapies or when those are not advisable; with or without topical corticosteroids. Approved for adults in December 2021; patients 12-17 years added in December 2023. Seed document said "FDA-approved for moderate-to-severe AD in adults": outdated, the current label includes adolescents from 12 years.';
update approval set notes = 'Adults and adolescents 12 years and older who are candidates for systemic therapy. Adults: EC decision of 17 June 2021; adolescents 12-17 years added in October 2022 (the same extension was granted by the MHRA in the UK).'
 where drug_id = (select id from drug where name = 'tralokinumab') and region = 'EU' and condition_id = (select id from condition where code = 'ATOPIC_DERMATITIS')
   and verified and notes = 'Adults and adolescents 12 years and older who are candidates for systemic therapy. Adults: EC decision of 17 June 2021; adolescents 12-17 years added in October 2022 (the same extension was granted by the MHRA in the UK). Seed document''s "adults only" is outdated.';
update approval set notes = 'Adults and children 12 years and older weighing at least 40 kg whose moderate-to-severe AD is not adequately controlled with topical prescription therapies or when those are not advisable; with or without topical corticosteroids. Approved September 2024 (FDA had declined approval in 2023 over inspection findings at a contract manufacturer).'
 where drug_id = (select id from drug where name = 'lebrikizumab') and region = 'US' and condition_id = (select id from condition where code = 'ATOPIC_DERMATITIS')
   and verified and notes = 'Adults and children 12 years and older weighing at least 40 kg whose moderate-to-severe AD is not adequately controlled with topical prescription therapies or when those are not advisable; with or without topical corticosteroids. Approved September 2024 (FDA had declined approval in 2023 over inspection findings at a contract manufacturer). Not mentioned in the seed documents.';
update approval set notes = 'Adults and children 12 years and older with moderate-to-severe AD, in combination with topical corticosteroids and/or calcineurin inhibitors, when disease is not adequately controlled with topical prescription therapies. Approved December 2024; the AD indication and dosing sections were revised again in 06/2025.'
 where drug_id = (select id from drug where name = 'nemolizumab') and region = 'US' and condition_id = (select id from condition where code = 'ATOPIC_DERMATITIS')
   and verified and notes = 'Adults and children 12 years and older with moderate-to-severe AD, in combination with topical corticosteroids and/or calcineurin inhibitors, when disease is not adequately controlled with topical prescription therapies. Approved December 2024; the AD indication and dosing sections were revised again in 06/2025. Seed document said nemolizumab is "in development for AD": outdated.';
-- nemolizumab EU (verified): "the EU weight criterion was not re-checked" is about the row's own fact (the GB SmPC
-- has a 30 kg adolescent criterion; the EU row records none). Set unverified; the seed-document note is dropped.
update approval set notes = 'Patients 12 years and older who are candidates for systemic therapy, in combination with topical corticosteroids and/or calcineurin inhibitors (EC decision February 2025). The UK label adds a minimum body weight of 30 kg for adolescents.',
       verified = false,
       unverified_reason = 'Whether EU SmPC 4.1 sets a minimum body weight for adolescents, as the GB SmPC does (30 kg), was not checked in the EU product information; the row records no EU weight criterion.'
 where drug_id = (select id from drug where name = 'nemolizumab') and region = 'EU' and condition_id = (select id from condition where code = 'ATOPIC_DERMATITIS')
   and verified and notes = 'Patients 12 years and older who are candidates for systemic therapy, in combination with topical corticosteroids and/or calcineurin inhibitors (EC decision February 2025). The UK label adds a minimum body weight of 30 kg for adolescents; the EU weight criterion was not re-checked. Seed document''s "in development for AD" is outdated.';
-- baricitinib US: the seed-document comparison dropped; the facts it carried (US filing ended without approval, EU
-- approval 2020) stay.
update approval set notes = 'Not approved for atopic dermatitis in the US: in Jan 2022 Lilly said it had no alignment with the FDA on the indicated population and expected the supplemental application to be declined. Olumiant is FDA-approved only for other conditions (e.g. rheumatoid arthritis, hospitalised COVID-19). The US filing ended without approval, while the EU approved it for atopic dermatitis in 2020.'
 where drug_id = (select id from drug where name = 'baricitinib') and region = 'US' and condition_id = (select id from condition where code = 'ATOPIC_DERMATITIS')
   and verified and notes = 'Not approved for atopic dermatitis in the US: in Jan 2022 Lilly said it had no alignment with the FDA on the indicated population and expected the supplemental application to be declined. Olumiant is FDA-approved only for other conditions (e.g. rheumatoid arthritis, hospitalised COVID-19). Seed document said baricitinib is "currently in clinical trials" for eczema: outdated; the US filing ended without approval while the EU approved it in 2020.';
update approval set notes = 'First JAK inhibitor approved for atopic dermatitis in the EU (CHMP positive opinion Sep 2020, adults who are candidates for systemic therapy). The indication now covers adults and paediatric patients 2 years and older who are candidates for systemic therapy; this is the wording of the Great Britain SmPC (July 2024); the EU paediatric extension dates from 2023.'
 where drug_id = (select id from drug where name = 'baricitinib') and region = 'EU' and condition_id = (select id from condition where code = 'ATOPIC_DERMATITIS')
   and not verified and notes = 'First JAK inhibitor approved for atopic dermatitis in the EU (CHMP positive opinion Sep 2020, adults who are candidates for systemic therapy). The indication now covers adults and paediatric patients 2 years and older who are candidates for systemic therapy; this wording was seen in the Great Britain SmPC (July 2024), and the date of the EU paediatric extension (2023) was not re-checked in the EU product information, hence verified = false.';
-- ruxolitinib US (verified): the 30 June 2026 label revision (the cited source) could not be read; the indication,
-- minimum age and body-surface limit are the September 2025 label's. Same reason as the unverified regimen row.
-- Set unverified; the seed-document note is dropped.
update approval set notes = 'Approved Sep 2021 for ages 12 and older; extended in Sep 2025 to children 2 to 11 years (TRuE-AD3). Short-term and non-continuous chronic treatment of mild-to-moderate atopic dermatitis in non-immunocompromised patients whose disease is not adequately controlled with topical prescription therapies or when those are not advisable; apply to no more than 20% of body surface area. Label revised again on 30 Jun 2026 (labeling supplement S-009); the indication text is the Sep 2025 wording.',
       verified = false,
       unverified_reason = 'The current US label (revision S-009, approved 30 June 2026) could not be read in any stored copy: the indication, the minimum age of 2 years and the 20% body-surface limit are those of the September 2025 label, and the sections the 2026 revision changed are unknown.'
 where drug_id = (select id from drug where name = 'ruxolitinib') and region = 'US' and condition_id = (select id from condition where code = 'ATOPIC_DERMATITIS')
   and verified and notes = 'Approved Sep 2021 for ages 12 and older; extended in Sep 2025 to children 2 to 11 years (TRuE-AD3). Short-term and non-continuous chronic treatment of mild-to-moderate atopic dermatitis in non-immunocompromised patients whose disease is not adequately controlled with topical prescription therapies or when those are not advisable; apply to no more than 20% of body surface area. Seed documents said "all three [US JAK inhibitors] are for 12 years or older": outdated since Sep 2025 for the cream. Label revised again on 30 Jun 2026 (labeling supplement S-009); the changed sections could not be read in this curation, the indication text is the Sep 2025 wording.';
-- delgocitinib JP: "The brief's claim ..." is a note about the seed document; the 2021 facts are stated already.
update approval set notes = 'Corectim (delgocitinib) ointment 0.5%, Japan Tobacco / Torii Pharmaceutical: first approval in Japan on 23 January 2020, for adults (the first Japanese label version reads "usually, for adults, apply twice daily, up to 5 g per application"; the package-insert revision note says it was usable from 16 years). The May 2021 revision added paediatric dosage (0.25% ointment, 0.5% as symptoms require) and use from 2 years of age. Use from 6 months of age (infants) is stated by Japanese clinic and pharmacy pages and by a 2026 report that the ointment "is now also usable in infants".'
 where drug_id = (select id from drug where name = 'delgocitinib') and region = 'JP' and condition_id = (select id from condition where code = 'ATOPIC_DERMATITIS')
   and not verified and notes = 'Corectim (delgocitinib) ointment 0.5%, Japan Tobacco / Torii Pharmaceutical: first approval in Japan on 23 January 2020, for adults (the first Japanese label version reads "usually, for adults, apply twice daily, up to 5 g per application"; the package-insert revision note says it was usable from 16 years). The May 2021 revision added paediatric dosage (0.25% ointment, 0.5% as symptoms require) and use from 2 years of age. Use from 6 months of age (infants) is stated by Japanese clinic and pharmacy pages and by a 2026 report that the ointment "is now also usable in infants", but the package insert with that wording was not read: minimum age 6 months unverified, hence verified = false. The brief''s claim of an extension to 6 months in 2021 is not supported: 2021 brought children from 2 years.';
-- cyclosporine US, EU, UK: seed-document comparisons restated as the facts they carried; the EU and UK rows' year and
-- paediatric age are empty ("not recorded").
update approval set notes = 'US labels (Neoral/Gengraf, modified cyclosporine) are approved for organ transplantation, rheumatoid arthritis and psoriasis only; Sandimmune (non-modified) for transplantation only. Used off-label for AD refractory to topical therapy (AAD 2023: conditional recommendation). The dermatology products are the modified formulations, which are not bioequivalent to Sandimmune.'
 where drug_id = (select id from drug where name = 'cyclosporine') and region = 'US' and condition_id = (select id from condition where code = 'ATOPIC_DERMATITIS')
   and verified and notes = 'US labels (Neoral/Gengraf, modified cyclosporine) are approved for organ transplantation, rheumatoid arthritis and psoriasis only; Sandimmune (non-modified) for transplantation only. Used off-label for AD refractory to topical therapy (AAD 2023: conditional recommendation). Seed documents name Sandimmune as the AD product: the dermatology products are the modified formulations, which are not bioequivalent to Sandimmune.';
update approval set notes = 'Nationally authorised (no centralised EU licence); the Article 30 referral (Commission decision 31 Oct 2013) harmonised the Sandimmun Neoral product information, which includes patients with severe atopic dermatitis when systemic therapy is required. Year of first AD licence and the paediatric age limit for non-transplant indications not recorded. Off-label for AD in the US only; in the EU (harmonised Sandimmun Neoral information) and the UK it is licensed for severe atopic dermatitis. Atopic dermatitis treatment is licensed for up to 8 weeks (see use_limit); a Br J Dermatol review describes the EU licence as adults only (no minimum age is recorded).'
 where drug_id = (select id from drug where name = 'cyclosporine') and region = 'EU' and condition_id = (select id from condition where code = 'ATOPIC_DERMATITIS')
   and verified and notes = 'Nationally authorised (no centralised EU licence); the Article 30 referral (Commission decision 31 Oct 2013) harmonised the Sandimmun Neoral product information, which includes patients with severe atopic dermatitis when systemic therapy is required. Year of first AD licence and the paediatric age limit for non-transplant indications were not verified. Seed document lists cyclosporine among off-label immunosuppressants for AD: true in the US only; in the EU (harmonised Sandimmun Neoral information) and the UK it is licensed for severe atopic dermatitis. Atopic dermatitis treatment is licensed for up to 8 weeks (see use_limit); a Br J Dermatol review describes the EU licence as adults only (the SmPC paediatric wording was not displayed, so minimum_age_months stays empty).';
update approval set notes = 'UK SmPC: indicated in patients with severe atopic dermatitis when systemic therapy is required; dose 2.5-5 mg/kg/day in two divided doses, usually for up to 8 weeks. Year of first AD licence and paediatric age limit not recorded. Off-label for AD in the US only; in the EU (harmonised Sandimmun Neoral information) and the UK it is licensed for severe atopic dermatitis. Atopic dermatitis treatment is licensed for up to 8 weeks (see use_limit); a Br J Dermatol review describes the EU licence as adults only (no minimum age is recorded).'
 where drug_id = (select id from drug where name = 'cyclosporine') and region = 'UK' and condition_id = (select id from condition where code = 'ATOPIC_DERMATITIS')
   and verified and notes = 'UK SmPC: indicated in patients with severe atopic dermatitis when systemic therapy is required; dose 2.5-5 mg/kg/day in two divided doses, usually for up to 8 weeks. Year of first AD licence and paediatric age limit not verified. Seed document lists cyclosporine among off-label immunosuppressants for AD: true in the US only; in the EU (harmonised Sandimmun Neoral information) and the UK it is licensed for severe atopic dermatitis. Atopic dermatitis treatment is licensed for up to 8 weeks (see use_limit); a Br J Dermatol review describes the EU licence as adults only (the SmPC paediatric wording was not displayed, so minimum_age_months stays empty).';
-- methotrexate and azathioprine EU (verified, OFF_LABEL per EuroGuiDerm): "known to the curator" becomes "was found".
update approval set notes = 'No EU marketing authorisation (centralised or national) for atopic eczema was found; discussed as an off-label conventional systemic option in the EuroGuiDerm guideline.'
 where drug_id = (select id from drug where name = 'methotrexate') and region = 'EU' and condition_id = (select id from condition where code = 'ATOPIC_DERMATITIS')
   and verified and notes = 'No EU marketing authorisation (centralised or national) for atopic eczema is known to the curator; discussed as an off-label conventional systemic option in the EuroGuiDerm guideline.';
update approval set notes = 'Azathioprine is nationally authorised in the EU (e.g. Imurel, Imuran); no atopic eczema indication was found; discussed as an off-label option in the EuroGuiDerm guideline.'
 where drug_id = (select id from drug where name = 'azathioprine') and region = 'EU' and condition_id = (select id from condition where code = 'ATOPIC_DERMATITIS')
   and verified and notes = 'Azathioprine is nationally authorised in the EU (e.g. Imurel, Imuran) without an atopic eczema indication known to the curator; discussed as an off-label option in the EuroGuiDerm guideline.';
update approval set notes = 'US prednisone labels list atopic dermatitis under "allergic states": control of severe or incapacitating allergic conditions intractable to adequate trials of conventional treatment. No minimum age in the label; first year of this indication not recorded. The wording is that of a sister corticosteroid label (dexamethasone tablets). The AAD 2023 guideline recommends against systemic corticosteroids for AD (conditional), reserving them for short-term bridging at most.'
 where drug_id = (select id from drug where name = 'prednisone') and region = 'US' and condition_id = (select id from condition where code = 'ATOPIC_DERMATITIS')
   and not verified and notes = 'US prednisone labels list atopic dermatitis under "allergic states": control of severe or incapacitating allergic conditions intractable to adequate trials of conventional treatment. No minimum age in the label; first year of this indication not verified. Unverified: the search tools showed this wording only on a sister corticosteroid label (dexamethasone tablets), not the prednisone section itself. The AAD 2023 guideline recommends against systemic corticosteroids for AD (conditional), reserving them for short-term bridging at most.';
update approval set notes = 'Prednisone/prednisolone are nationally authorised in EU countries for diseases needing systemic glucocorticoids; German SmPCs (e.g. Decortin, for adults and children of all ages) are believed to list eczematous diseases including atopic eczema under dermatology. EuroGuiDerm advises against (long-term) systemic glucocorticosteroids for atopic eczema, at most short courses for acute flares. Year of first national approval and minimum age not recorded.'
 where drug_id = (select id from drug where name = 'prednisone') and region = 'EU' and condition_id = (select id from condition where code = 'ATOPIC_DERMATITIS')
   and not verified and notes = 'Prednisone/prednisolone are nationally authorised in EU countries for diseases needing systemic glucocorticoids; German SmPCs (e.g. Decortin, for adults and children of all ages) are believed to list eczematous diseases including atopic eczema under dermatology, but that section could not be displayed with the search tools. EuroGuiDerm advises against (long-term) systemic glucocorticosteroids for atopic eczema, at most short courses for acute flares. Year of first national approval and minimum age not verified.';
update approval set notes = 'UK SmPC: adults with severe chronic hand eczema unresponsive to potent topical corticosteroids; hyperkeratotic eczema is more likely to respond than pompholyx. Only dermatologists or physicians experienced with systemic retinoids may prescribe. Year 2008 (the UK was the first national approval after the decentralised procedure) is taken from an undated copy of a Pharmabiz report that precedes the 10 Oct 2008 German approval report.'
 where drug_id = (select id from drug where name = 'alitretinoin') and region = 'UK' and condition_id = (select id from condition where code = 'CHRONIC_HAND_ECZEMA')
   and not verified and notes = 'UK SmPC: adults with severe chronic hand eczema unresponsive to potent topical corticosteroids; hyperkeratotic eczema is more likely to respond than pompholyx. Only dermatologists or physicians experienced with systemic retinoids may prescribe. Year 2008 (the UK was the first national approval after the decentralised procedure) is taken from an undated copy of a Pharmabiz report that precedes the 10 Oct 2008 German approval report; the SmPC date of first authorisation was not displayed, hence verified = false.';
update approval set notes = 'Approved 27 September 2021 (MHLW, after PMDA review) for atopic dermatitis in adults and children 2 years and older; launched June 2022. Adults use the 1% ointment, children the 0.3% ointment (1% according to symptoms). The indication carries no severity restriction (the Japanese trials enrolled mild to moderate disease in children). The package insert was revised in December 2023 after a trial in infants aged 3 to <24 months; minimum age 3 months is taken from that revision as described by clinics.'
 where drug_id = (select id from drug where name = 'difamilast') and region = 'JP' and condition_id = (select id from condition where code = 'ATOPIC_DERMATITIS')
   and not verified and notes = 'Approved 27 September 2021 (MHLW, after PMDA review) for atopic dermatitis in adults and children 2 years and older; launched June 2022. Adults use the 1% ointment, children the 0.3% ointment (1% according to symptoms). The indication carries no severity restriction (the Japanese trials enrolled mild to moderate disease in children). The package insert was revised in December 2023 after a trial in infants aged 3 to <24 months; minimum age 3 months is taken from that revision as described by clinics, because section 9.7 of the current insert was not displayed, hence verified = false.';
-- difamilast US (verified, NOT_APPROVED): the development status is not a fact the row states; kept as "not recorded".
update approval set notes = 'Not approved in the US. US rights are licensed to Medimetriks (MM36); after an FDA meeting in 2020 it planned a single US pivotal trial. No FDA approval was found; the current US development status is not recorded.'
 where drug_id = (select id from drug where name = 'difamilast') and region = 'US' and condition_id = (select id from condition where code = 'ATOPIC_DERMATITIS')
   and verified and notes = 'Not approved in the US. US rights are licensed to Medimetriks (MM36); after an FDA meeting in 2020 it planned a single US pivotal trial. No FDA approval was found; the current US development status was not checked.';
update approval set notes = 'No EU marketing authorisation; difamilast is approved only in Japan.'
 where drug_id = (select id from drug where name = 'difamilast') and region = 'EU' and condition_id = (select id from condition where code = 'ATOPIC_DERMATITIS')
   and not verified and notes = 'No EU marketing authorisation; difamilast is approved only in Japan. The absence could not be confirmed directly against the EMA database with the tools available.';

-- ---------------------------------------------------------------------------------------------------------------
-- contraindication.description (all unverified)
-- ---------------------------------------------------------------------------------------------------------------
update contraindication set description = 'Not recommended in moderate renal impairment (Swissmedic 2016 safety note).'
 where drug_id = (select id from drug where name = 'alitretinoin') and region = 'UK' and population = 'RENAL_IMPAIRMENT'
   and not verified and description = 'Not recommended in moderate renal impairment (Swissmedic 2016 safety note; the UK SmPC sentence was not displayed).';
update contraindication set description = 'Indicated for adults only; not for patients under 18 years (the Swiss leaflet says it must not be given to children or adolescents under 18).'
 where drug_id = (select id from drug where name = 'alitretinoin') and region = 'UK' and population = 'CHILDREN'
   and not verified and description = 'Indicated for adults only; not for patients under 18 years (the paediatric sentence of the UK SmPC 4.2 was not displayed; the Swiss leaflet says it must not be given to children or adolescents under 18).';
update contraindication set description = 'Hypersensitivity to the active substance or to any of the excipients.'
 where drug_id = (select id from drug where name = 'dupilumab') and region = 'EU' and population = 'HYPERSENSITIVITY'
   and not verified and description = 'Hypersensitivity to the active substance or to any of the excipients. SmPC section not re-read in this curation.';
update contraindication set description = 'Hypersensitivity to the active substance or to any of the excipients.'
 where drug_id = (select id from drug where name = 'tralokinumab') and region = 'EU' and population = 'HYPERSENSITIVITY'
   and not verified and description = 'Hypersensitivity to the active substance or to any of the excipients. SmPC section not re-read in this curation.';
update contraindication set description = 'Known hypersensitivity to upadacitinib or any of its excipients.'
 where drug_id = (select id from drug where name = 'upadacitinib') and region = 'US' and population = 'HYPERSENSITIVITY'
   and not verified and description = 'Known hypersensitivity to upadacitinib or any of its excipients. Label section not re-read in this curation.';
update contraindication set description = 'Antiplatelet therapies, except low-dose aspirin (<=81 mg daily), during the first 3 months of treatment.'
 where drug_id = (select id from drug where name = 'abrocitinib') and region = 'US' and population = 'INTERACTING_DRUG'
   and not verified and description = 'Antiplatelet therapies, except low-dose aspirin (<=81 mg daily), during the first 3 months of treatment. Label section not re-read in this curation.';
update contraindication set description = 'Hypersensitivity to the active substance or to any of the excipients.'
 where drug_id = (select id from drug where name = 'baricitinib') and region = 'EU' and population = 'HYPERSENSITIVITY'
   and not verified and description = 'Hypersensitivity to the active substance or to any of the excipients. SmPC section 4.3 not re-read in this curation.';
update contraindication set description = 'Pregnancy (EU product, authorised for vitiligo only). Read in the Swiss product information.'
 where drug_id = (select id from drug where name = 'ruxolitinib') and region = 'EU' and population = 'PREGNANCY'
   and not verified and description = 'Pregnancy (EU product, authorised for vitiligo only). Read in the Swiss product information; EU SmPC 4.3 not re-read in this curation.';
update contraindication set description = 'Breast-feeding; treatment is stopped about 4 weeks before breast-feeding starts (EU product, authorised for vitiligo only). Read in the Swiss product information.'
 where drug_id = (select id from drug where name = 'ruxolitinib') and region = 'EU' and population = 'BREASTFEEDING'
   and not verified and description = 'Breast-feeding; treatment is stopped about 4 weeks before breast-feeding starts (EU product, authorised for vitiligo only). Read in the Swiss product information; EU SmPC not re-read.';
update contraindication set description = 'Non-transplant indications (including atopic dermatitis): patients with abnormal renal function should not receive ciclosporin (SmPC special warnings).'
 where drug_id = (select id from drug where name = 'cyclosporine') and region = 'EU' and population = 'RENAL_IMPAIRMENT'
   and not verified and description = 'Non-transplant indications (including atopic dermatitis): patients with abnormal renal function should not receive ciclosporin (SmPC special warnings). Unverified: recalled SmPC 4.4 wording, not displayed.';
update contraindication set description = 'Non-transplant indications: patients with uncontrolled hypertension should not receive ciclosporin.'
 where drug_id = (select id from drug where name = 'cyclosporine') and region = 'EU' and population = 'UNCONTROLLED_HYPERTENSION'
   and not verified and description = 'Non-transplant indications: patients with uncontrolled hypertension should not receive ciclosporin. Unverified: recalled SmPC 4.4 wording, not displayed.';
update contraindication set description = 'Non-transplant indications: patients with uncontrolled infections should not receive ciclosporin.'
 where drug_id = (select id from drug where name = 'cyclosporine') and region = 'EU' and population = 'ACTIVE_INFECTION'
   and not verified and description = 'Non-transplant indications: patients with uncontrolled infections should not receive ciclosporin. Unverified: recalled SmPC 4.4 wording, not displayed.';
update contraindication set description = 'Non-transplant indications: patients with any kind of malignancy should not receive ciclosporin.'
 where drug_id = (select id from drug where name = 'cyclosporine') and region = 'EU' and population = 'MALIGNANCY'
   and not verified and description = 'Non-transplant indications: patients with any kind of malignancy should not receive ciclosporin. Unverified: recalled SmPC 4.4 wording, not displayed.';
update contraindication set description = 'Atopic dermatitis is licensed in adults only; use in children under 16 years for non-transplant indications other than nephrotic syndrome is not recommended.'
 where drug_id = (select id from drug where name = 'cyclosporine') and region = 'EU' and population = 'CHILDREN'
   and not verified and description = 'Atopic dermatitis is licensed in adults only; use in children under 16 years for non-transplant indications other than nephrotic syndrome is not recommended. Unverified: recalled SmPC 4.2 wording, not displayed.';

-- ---------------------------------------------------------------------------------------------------------------
-- dose_adjustment.adjustment (all unverified)
-- ---------------------------------------------------------------------------------------------------------------
update dose_adjustment set adjustment = 'Ketoconazole (strong CYP3A4 inhibitor) raises alitretinoin levels; a dose reduction to 10 mg should be considered if adverse events occur. Wording of the Swiss professional information.'
 where drug_id = (select id from drug where name = 'alitretinoin') and region = 'UK' and circumstance = 'STRONG_CYP3A4_INHIBITORS'
   and not verified and adjustment = 'Ketoconazole (strong CYP3A4 inhibitor) raises alitretinoin levels; a dose reduction to 10 mg should be considered if adverse events occur. Wording of the Swiss professional information; UK SmPC 4.5 not displayed.';
update dose_adjustment set adjustment = 'Potent CYP2C9 inhibitors (e.g. fluconazole, miconazole, oxandrolone) or potent CYP2C8 inhibitors (e.g. gemfibrozil): consider a dose reduction to 10 mg. Swissmedic 2016 safety note.'
 where drug_id = (select id from drug where name = 'alitretinoin') and region = 'UK' and circumstance = 'OTHER'
   and not verified and adjustment = 'Potent CYP2C9 inhibitors (e.g. fluconazole, miconazole, oxandrolone) or potent CYP2C8 inhibitors (e.g. gemfibrozil): consider a dose reduction to 10 mg. Swissmedic 2016 safety note; UK SmPC 4.5 not displayed.';
update dose_adjustment set adjustment = 'Contraindicated in severe renal insufficiency (SmPC 4.3). Mild renal impairment: no adjustment; moderate: not recommended (Swissmedic 2016 note).'
 where drug_id = (select id from drug where name = 'alitretinoin') and region = 'UK' and circumstance = 'RENAL_IMPAIRMENT'
   and not verified and adjustment = 'Contraindicated in severe renal insufficiency (SmPC 4.3). Mild renal impairment: no adjustment; moderate: not recommended (Swissmedic 2016 note; not displayed in the UK SmPC copy).';
update dose_adjustment set adjustment = 'Atopic dermatitis: 15 mg once daily with strong CYP3A4 inhibitors (e.g. ketoconazole).'
 where drug_id = (select id from drug where name = 'upadacitinib') and region = 'US' and circumstance = 'STRONG_CYP3A4_INHIBITORS'
   and not verified and adjustment = 'Atopic dermatitis: 15 mg once daily with strong CYP3A4 inhibitors (e.g. ketoconazole). Label section not re-read in this curation.';
update dose_adjustment set adjustment = 'Atopic dermatitis: 15 mg once daily for patients receiving strong CYP3A4 inhibitors (e.g. ketoconazole, itraconazole, posaconazole, voriconazole, clarithromycin).'
 where drug_id = (select id from drug where name = 'upadacitinib') and region = 'EU' and circumstance = 'STRONG_CYP3A4_INHIBITORS'
   and not verified and adjustment = 'Atopic dermatitis: 15 mg once daily for patients receiving strong CYP3A4 inhibitors (e.g. ketoconazole, itraconazole, posaconazole, voriconazole, clarithromycin). SmPC section not re-read in this curation.';
update dose_adjustment set adjustment = 'Severe renal impairment: 15 mg once daily for atopic dermatitis; use in end-stage renal disease not studied/not recommended.'
 where drug_id = (select id from drug where name = 'upadacitinib') and region = 'EU' and circumstance = 'RENAL_IMPAIRMENT'
   and not verified and adjustment = 'Severe renal impairment: 15 mg once daily for atopic dermatitis; use in end-stage renal disease not studied/not recommended. SmPC section not re-read in this curation.';
update dose_adjustment set adjustment = 'With strong CYP2C19 inhibitors (e.g. fluvoxamine, fluconazole, fluoxetine, ticlopidine) the dose should be reduced by half (200 mg to 100 mg, or 100 mg to 50 mg once daily). The halving is stated in the interaction studies and in Asian label copies.'
 where drug_id = (select id from drug where name = 'abrocitinib') and region = 'EU' and circumstance = 'STRONG_CYP2C19_INHIBITORS'
   and not verified and adjustment = 'With strong CYP2C19 inhibitors (e.g. fluvoxamine, fluconazole, fluoxetine, ticlopidine) the dose should be reduced by half (200 mg to 100 mg, or 100 mg to 50 mg once daily). SmPC wording not re-read; the halving is stated in the interaction studies and in Asian label copies.';
update dose_adjustment set adjustment = 'Moderate renal impairment (eGFR 30 to <60 mL/min): dose reduced by half (100 mg or 50 mg once daily). Severe renal impairment (eGFR <30 mL/min): 50 mg once daily. End-stage renal disease: not studied.'
 where drug_id = (select id from drug where name = 'abrocitinib') and region = 'EU' and circumstance = 'RENAL_IMPAIRMENT'
   and not verified and adjustment = 'Moderate renal impairment (eGFR 30 to <60 mL/min): dose reduced by half (100 mg or 50 mg once daily). Severe renal impairment (eGFR <30 mL/min): 50 mg once daily. End-stage renal disease: not studied. SmPC wording not re-read in this curation.';

-- ---------------------------------------------------------------------------------------------------------------
-- dosing_regimen.notes
-- ---------------------------------------------------------------------------------------------------------------
-- alitretinoin EU (verified against the 2008 approval report): the caveat stays as a statement of the document.
update dosing_regimen set notes = 'As approved through the European decentralised procedure (German approval report, 2008), not the posology of current member-state SmPCs; the UK SmPC (same procedure) gives 10 mg for intolerance of 30 mg and further courses after relapse.'
 where drug_id = (select id from drug where name = 'alitretinoin') and region = 'EU' and condition_id = (select id from condition where code = 'CHRONIC_HAND_ECZEMA') and population = 'adults'
   and verified and notes = 'As approved through the European decentralised procedure (German approval report, 2008). The full posology of current member-state SmPCs was not read; the UK SmPC (same procedure) gives 10 mg for intolerance of 30 mg and further courses after relapse.';
update dosing_regimen set notes = 'Japanese labels do not define an upper age for "children". Lower age 3 months reflects the December 2023 insert revision (infant trial 3 to <24 months) as described by clinics. At approval (2021) use was from 2 years.'
 where drug_id = (select id from drug where name = 'difamilast') and region = 'JP' and condition_id = (select id from condition where code = 'ATOPIC_DERMATITIS') and population = 'children'
   and not verified and notes = 'Japanese labels do not define an upper age for "children". Lower age 3 months reflects the December 2023 insert revision (infant trial 3 to <24 months) as described by clinics; section 9.7 of the current insert was not displayed, hence verified = false. At approval (2021) use was from 2 years.';
update dosing_regimen set notes = 'The dose may be increased to 200 mg every other week based on the physician''s assessment (UK HCP dosing page).'
 where drug_id = (select id from drug where name = 'dupilumab') and region = 'EU' and condition_id = (select id from condition where code = 'ATOPIC_DERMATITIS') and population = 'children 6 to 11 years (severe AD), 15 to <60 kg'
   and not verified and notes = 'The dose may be increased to 200 mg every other week based on the physician''s assessment (seen on the UK HCP dosing page); the day-1/day-15 initial scheme is not re-read in the SmPC.';
update dosing_regimen set notes = null
 where drug_id = (select id from drug where name = 'dupilumab') and region = 'EU' and condition_id = (select id from condition where code = 'ATOPIC_DERMATITIS') and population = 'children 6 to 11 years (severe AD), 60 kg or more'
   and not verified and notes = 'SmPC table not re-read in this curation.';
update dosing_regimen set notes = 'No loading dose.'
 where drug_id = (select id from drug where name = 'dupilumab') and region = 'EU' and condition_id = (select id from condition where code = 'ATOPIC_DERMATITIS') and population = 'children 6 months to 5 years (severe AD), 5 to <15 kg'
   and not verified and notes = 'No loading dose. SmPC table not re-read in this curation.';
update dosing_regimen set notes = 'No loading dose.'
 where drug_id = (select id from drug where name = 'dupilumab') and region = 'EU' and condition_id = (select id from condition where code = 'ATOPIC_DERMATITIS') and population = 'children 6 months to 5 years (severe AD), 15 to <30 kg'
   and not verified and notes = 'No loading dose. SmPC table not re-read in this curation.';
update dosing_regimen set notes = null
 where drug_id = (select id from drug where name = 'dupilumab') and region = 'US' and condition_id = (select id from condition where code = 'PRURIGO_NODULARIS') and population = 'adults'
   and not verified and notes = 'Label section not re-read in this curation.';
update dosing_regimen set notes = 'Paediatric regimen added with the December 2023 extension.'
 where drug_id = (select id from drug where name = 'tralokinumab') and region = 'US' and condition_id = (select id from condition where code = 'ATOPIC_DERMATITIS') and population = 'pediatric patients 12 to 17 years'
   and not verified and notes = 'Paediatric regimen added with the December 2023 extension; not re-read in this curation.';
update dosing_regimen set notes = 'Weight-based regimen as in the US.'
 where drug_id = (select id from drug where name = 'nemolizumab') and region = 'EU' and condition_id = (select id from condition where code = 'PRURIGO_NODULARIS') and population = 'adults weighing less than 90 kg'
   and not verified and notes = 'Weight-based regimen as in the US; EU wording not re-read in this curation.';
update dosing_regimen set notes = 'Weight-based regimen as in the US.'
 where drug_id = (select id from drug where name = 'nemolizumab') and region = 'EU' and condition_id = (select id from condition where code = 'PRURIGO_NODULARIS') and population = 'adults weighing 90 kg or more'
   and not verified and notes = 'Weight-based regimen as in the US; EU wording not re-read in this curation.';
update dosing_regimen set notes = 'Paediatric weight bands (shared with juvenile idiopathic arthritis).'
 where drug_id = (select id from drug where name = 'baricitinib') and region = 'EU' and condition_id = (select id from condition where code = 'ATOPIC_DERMATITIS') and population = 'children 2 years and older, 10 to <30 kg'
   and not verified and notes = 'Paediatric weight bands (shared with juvenile idiopathic arthritis) not re-read in the SmPC in this curation.';
update dosing_regimen set notes = null
 where drug_id = (select id from drug where name = 'baricitinib') and region = 'EU' and condition_id = (select id from condition where code = 'ATOPIC_DERMATITIS') and population = 'children 2 years and older, 30 kg or more'
   and not verified and notes = 'Paediatric weight bands not re-read in the SmPC in this curation.';
update dosing_regimen set notes = 'Do not use more than 60 grams per week. Stop using when signs and symptoms (itch, rash, redness) resolve; re-examine if they do not improve within 8 weeks. Sep 2025 wording (the 60 g/week limit is that of the 12-and-older label).'
 where drug_id = (select id from drug where name = 'ruxolitinib') and region = 'US' and condition_id = (select id from condition where code = 'ATOPIC_DERMATITIS') and population = 'adults and pediatric patients 2 years and older (non-immunocompromised)'
   and not verified and notes = 'Do not use more than 60 grams per week. Stop using when signs and symptoms (itch, rash, redness) resolve; re-examine if they do not improve within 8 weeks. Sep 2025 wording (the 60 g/week limit was read in the 12-and-older label); the 30 Jun 2026 revision could not be read.';
-- delgocitinib JP children (verified against the May 2021 revision): the caveat stays as a statement of the
-- revision; the approval row (unverified) carries the reported extension to 6 months.
update dosing_regimen set notes = 'Paediatric dosage added in May 2021 (children from 2 years). A later extension to infants from 6 months is reported but is not in the cited revision.'
 where drug_id = (select id from drug where name = 'delgocitinib') and region = 'JP' and condition_id = (select id from condition where code = 'ATOPIC_DERMATITIS') and population = 'children'
   and verified and notes = 'Paediatric dosage added in May 2021 (children from 2 years). The later extension to infants from 6 months was not read in a package insert.';
-- methotrexate US psoriasis regimen (verified in V14_5 from copies): the caveat stays as a statement of the copies.
update dosing_regimen set notes = 'Label''s general dosing for severe psoriasis (methotrexate tablets), not for AD: 10-25 mg once weekly until an adequate response, maximum 30 mg per week. Read in a copy of the older-format methotrexate label and in a summary of the current one (not in section 2 of the current tablets label itself). The label instructs patients to take the dose as directed because medication errors have led to deaths.'
 where drug_id = (select id from drug where name = 'methotrexate') and region = 'US' and condition_id = (select id from condition where code = 'ATOPIC_DERMATITIS') and population = 'adults (label regimen for psoriasis; no AD indication)'
   and verified and notes = 'Label''s general dosing for severe psoriasis (methotrexate tablets), not for AD: 10-25 mg once weekly until an adequate response, maximum 30 mg per week. Read in a copy of the older-format methotrexate label and in a summary of the current one (the current tablets label''s section 2 itself was not displayed). The label instructs patients to take the dose as directed because medication errors have led to deaths.';
update dosing_regimen set notes = 'Label''s general dosing for "other indications", not for AD (AD is off-label in the EU). Wording of an Aspen Imuran SmPC (same EU-origin text), not of the Jayempi SmPC itself.'
 where drug_id = (select id from drug where name = 'azathioprine') and region = 'EU' and condition_id = (select id from condition where code = 'ATOPIC_DERMATITIS') and population = 'adults and children (label''s general dosing for non-transplant indications; no AD indication)'
   and not verified and notes = 'Label''s general dosing for "other indications", not for AD (AD is off-label in the EU). Unverified for Jayempi: this wording was displayed in an Aspen Imuran SmPC (same EU-origin text), not in the Jayempi SmPC itself.';
-- tralokinumab US autoinjector: the sentence on the 4-weekly option goes to the reason.
update dosing_regimen set notes = 'US label, Dosage and Administration (Dosage in Adults, autoinjector); the autoinjector is for adults only, pediatric patients 12 to 17 years use the 150 mg prefilled syringe.',
       unverified_reason = unverified_reason || ' Whether the 300 mg every-4-weeks option after 16 weeks is worded for the autoinjector was not seen.'
 where drug_id = (select id from drug where name = 'tralokinumab') and region = 'US' and condition_id = (select id from condition where code = 'ATOPIC_DERMATITIS') and population = 'adults (300 mg/2 mL single-dose autoinjector)'
   and not verified and notes = 'US label, Dosage and Administration (Dosage in Adults, autoinjector; subsection number not read); the autoinjector is for adults only, pediatric patients 12 to 17 years use the 150 mg prefilled syringe. Whether the 300 mg every-4-weeks option after 16 weeks is worded for the autoinjector was not seen.';

-- ---------------------------------------------------------------------------------------------------------------
-- drug_interaction.text (all unverified)
-- ---------------------------------------------------------------------------------------------------------------
update drug_interaction set text = 'Vitamin A or other retinoids should not be taken at the same time (hypervitaminosis A is a contraindication).'
 where drug_id = (select id from drug where name = 'alitretinoin') and region = 'UK' and interacting = 'vitamin A and other retinoids'
   and not verified and text = 'Vitamin A or other retinoids should not be taken at the same time (hypervitaminosis A is a contraindication). The 4.5 sentence was not displayed.';
update drug_interaction set text = 'Consider reducing the dose to 10 mg if adverse events occur (Swiss professional information).'
 where drug_id = (select id from drug where name = 'alitretinoin') and region = 'UK' and interacting = 'strong CYP3A4 inhibitors (e.g. ketoconazole)'
   and not verified and text = 'Consider reducing the dose to 10 mg if adverse events occur (Swiss professional information; UK SmPC 4.5 not displayed).';
update drug_interaction set text = 'Consider reducing the dose to 10 mg (Swissmedic 2016 safety note).'
 where drug_id = (select id from drug where name = 'alitretinoin') and region = 'UK' and interacting = 'potent CYP2C9 inhibitors (fluconazole, miconazole, oxandrolone) and CYP2C8 inhibitors (gemfibrozil)'
   and not verified and text = 'Consider reducing the dose to 10 mg (Swissmedic 2016 safety note; UK SmPC 4.5 not displayed).';
update drug_interaction set text = 'Co-administration with amiodarone (long half-life, narrow therapeutic index) is not recommended; caution with other CYP2C8 substrates (Swissmedic 2016 safety note).'
 where drug_id = (select id from drug where name = 'alitretinoin') and region = 'UK' and interacting = 'amiodarone and other CYP2C8 substrates (paclitaxel, rosiglitazone, repaglinide)'
   and not verified and text = 'Co-administration with amiodarone (long half-life, narrow therapeutic index) is not recommended; caution with other CYP2C8 substrates (Swissmedic 2016 safety note; UK SmPC 4.5 not displayed).';
update drug_interaction set text = 'Atopic dermatitis: 15 mg once daily with strong CYP3A4 inhibitors.'
 where drug_id = (select id from drug where name = 'upadacitinib') and region = 'US' and interacting = 'strong CYP3A4 inhibitors (e.g. ketoconazole)'
   and not verified and text = 'Atopic dermatitis: 15 mg once daily with strong CYP3A4 inhibitors. Not re-read in this curation.';
update drug_interaction set text = 'Coadministration with strong CYP3A4 inducers is not recommended.'
 where drug_id = (select id from drug where name = 'upadacitinib') and region = 'US' and interacting = 'strong CYP3A4 inducers (e.g. rifampin)'
   and not verified and text = 'Coadministration with strong CYP3A4 inducers is not recommended. Not re-read in this curation.';
update drug_interaction set text = 'Not recommended in combination with other JAK inhibitors, biologic immunomodulators or other immunosuppressants (limitation of use).'
 where drug_id = (select id from drug where name = 'upadacitinib') and region = 'US' and interacting = 'cyclosporine (potent immunosuppressant)'
   and not verified and text = 'Not recommended in combination with other JAK inhibitors, biologic immunomodulators or other immunosuppressants (limitation of use). Not re-read in this curation.';
update drug_interaction set text = 'Not recommended in combination with other JAK inhibitors, biologic immunomodulators or other immunosuppressants (limitation of use).'
 where drug_id = (select id from drug where name = 'upadacitinib') and region = 'US' and interacting = 'azathioprine (potent immunosuppressant)'
   and not verified and text = 'Not recommended in combination with other JAK inhibitors, biologic immunomodulators or other immunosuppressants (limitation of use). Not re-read in this curation.';
update drug_interaction set text = 'Atopic dermatitis: 15 mg once daily; caution with long-term use of strong CYP3A4 inhibitors.'
 where drug_id = (select id from drug where name = 'upadacitinib') and region = 'EU' and interacting = 'strong CYP3A4 inhibitors (e.g. ketoconazole, itraconazole, posaconazole, voriconazole, clarithromycin)'
   and not verified and text = 'Atopic dermatitis: 15 mg once daily; caution with long-term use of strong CYP3A4 inhibitors. Not re-read in this curation.';
update drug_interaction set text = 'May decrease efficacy; monitor for changes in disease activity.'
 where drug_id = (select id from drug where name = 'upadacitinib') and region = 'EU' and interacting = 'strong CYP3A4 inducers (e.g. rifampicin, phenytoin)'
   and not verified and text = 'May decrease efficacy; monitor for changes in disease activity. Not re-read in this curation.';
update drug_interaction set text = 'Contraindicated during the first 3 months of treatment.'
 where drug_id = (select id from drug where name = 'abrocitinib') and region = 'US' and interacting = 'antiplatelet therapies other than low-dose aspirin (<=81 mg daily)'
   and not verified and text = 'Contraindicated during the first 3 months of treatment. Not re-read in this curation.';
update drug_interaction set text = 'Monitor appropriately or titrate the dose of the P-gp substrate.'
 where drug_id = (select id from drug where name = 'abrocitinib') and region = 'US' and interacting = 'P-gp substrates with a narrow therapeutic index (e.g. digoxin, dabigatran)'
   and not verified and text = 'Monitor appropriately or titrate the dose of the P-gp substrate. Not re-read in this curation.';
update drug_interaction set text = 'Reduce the dose by half (read in an Asian label copy reproducing the SmPC).'
 where drug_id = (select id from drug where name = 'abrocitinib') and region = 'EU' and interacting = 'strong CYP2C19 inhibitors (e.g. fluvoxamine, fluconazole, fluoxetine, ticlopidine)'
   and not verified and text = 'Reduce the dose by half (read in an Asian label copy reproducing the SmPC; EU wording not re-read).';
update drug_interaction set text = 'Concomitant use is not recommended (read in an Asian label copy reproducing the SmPC).'
 where drug_id = (select id from drug where name = 'abrocitinib') and region = 'EU' and interacting = 'strong CYP2C19/CYP2C9 inducers (e.g. rifampicin)'
   and not verified and text = 'Concomitant use is not recommended (read in an Asian label copy reproducing the SmPC; EU wording not re-read).';
update drug_interaction set text = 'Concomitant use is not recommended (read in an Asian label copy reproducing the SmPC).'
 where drug_id = (select id from drug where name = 'abrocitinib') and region = 'EU' and interacting = 'ciclosporin and other potent immunosuppressants, biologic immunomodulators, other JAK inhibitors'
   and not verified and text = 'Concomitant use is not recommended (read in an Asian label copy reproducing the SmPC; EU wording not re-read).';
update drug_interaction set text = 'In atopic dermatitis, combination with ciclosporin or other potent immunosuppressants has not been studied and is not recommended (read in the Swiss product information).'
 where drug_id = (select id from drug where name = 'baricitinib') and region = 'EU' and interacting = 'ciclosporin, biological immunomodulators, other JAK inhibitors or other potent immunosuppressants'
   and not verified and text = 'In atopic dermatitis, combination with ciclosporin or other potent immunosuppressants has not been studied and is not recommended (read in the Swiss product information; EU wording not re-read).';
update drug_interaction set text = 'Grapefruit and grapefruit juice affect cyclosporine metabolism and are avoided. The avoidance is also stated in product summaries.'
 where drug_id = (select id from drug where name = 'cyclosporine') and region = 'US' and interacting = 'grapefruit and grapefruit juice'
   and not verified and text = 'Grapefruit and grapefruit juice affect cyclosporine metabolism and are avoided. Unverified: recalled label wording; the avoidance is also stated in product summaries.';
update drug_interaction set text = 'Drugs that inhibit CYP3A4/P-gp raise cyclosporine concentrations; concentrations, renal function and the dose are monitored and adjusted.'
 where drug_id = (select id from drug where name = 'cyclosporine') and region = 'US' and interacting = 'CYP3A4 and P-gp inhibitors (e.g. ketoconazole, itraconazole, erythromycin, clarithromycin, diltiazem)'
   and not verified and text = 'Drugs that inhibit CYP3A4/P-gp raise cyclosporine concentrations; concentrations, renal function and the dose are monitored and adjusted. Unverified: recalled label wording, not displayed.';
update drug_interaction set text = 'Some NSAIDs raise and prolong serum methotrexate levels (deaths from haematologic and gastrointestinal toxicity reported with high-dose methotrexate); caution and close monitoring with lower doses. Wording of an older methotrexate label.'
 where drug_id = (select id from drug where name = 'methotrexate') and region = 'US' and interacting = 'NSAIDs and salicylates'
   and not verified and text = 'Some NSAIDs raise and prolong serum methotrexate levels (deaths from haematologic and gastrointestinal toxicity reported with high-dose methotrexate); caution and close monitoring with lower doses. Unverified for the cited tablets label: wording displayed in an older methotrexate label.';
update drug_interaction set text = 'Concomitant PPIs, mainly with high-dose methotrexate, may raise and prolong serum methotrexate levels and cause toxicity; caution. Wording of another methotrexate label.'
 where drug_id = (select id from drug where name = 'methotrexate') and region = 'US' and interacting = 'proton pump inhibitors (e.g. omeprazole, esomeprazole, pantoprazole)'
   and not verified and text = 'Concomitant PPIs, mainly with high-dose methotrexate, may raise and prolong serum methotrexate levels and cause toxicity; caution. Unverified for the cited tablets label: wording displayed in another methotrexate label.';
update drug_interaction set text = 'Folate antagonists increase the risk of methotrexate myelosuppression; concomitant use is avoided or closely monitored.'
 where drug_id = (select id from drug where name = 'methotrexate') and region = 'US' and interacting = 'trimethoprim-sulfamethoxazole and other folate antagonists'
   and not verified and text = 'Folate antagonists increase the risk of methotrexate myelosuppression; concomitant use is avoided or closely monitored. Unverified: recalled PLR wording, not displayed.';
update drug_interaction set text = 'Concomitant use with azathioprine is not recommended: both can cause bone marrow suppression and the combination has not been studied.'
 where drug_id = (select id from drug where name = 'mycophenolate mofetil') and region = 'US' and interacting = 'azathioprine'
   and not verified and text = 'Concomitant use with azathioprine is not recommended: both can cause bone marrow suppression and the combination has not been studied. Unverified: recalled label wording, not displayed.';
update drug_interaction set text = 'These drugs reduce mycophenolic acid exposure and may reduce efficacy; simultaneous antacid dosing and cholestyramine are avoided.'
 where drug_id = (select id from drug where name = 'mycophenolate mofetil') and region = 'US' and interacting = 'antacids with magnesium or aluminium hydroxide, proton pump inhibitors, cholestyramine and other drugs that interfere with enterohepatic recirculation'
   and not verified and text = 'These drugs reduce mycophenolic acid exposure and may reduce efficacy; simultaneous antacid dosing and cholestyramine are avoided. Unverified: recalled label wording, not displayed.';

-- ---------------------------------------------------------------------------------------------------------------
-- efficacy_result.summary (both unverified). The effect column's "credible interval not seen" (five Drucker 2022
-- rows) is left: EfficacyTest asserts that wording
-- ---------------------------------------------------------------------------------------------------------------
-- Cochrane 2020 dupilumab conclusion: that it was taken as quoted by the seed document goes to the reason.
update efficacy_result set summary = 'Dupilumab is the most effective biological treatment for eczema and, compared with placebo, reduces eczema signs and symptoms in the short term in moderate-to-severe atopic eczema (the review''s conclusion; effect and certainty not recorded).',
       unverified_reason = unverified_reason || ' The conclusion in the summary is taken as quoted in the project''s seed document, not read in the review.'
 where intervention_id = (select id from intervention where code = 'dupilumab') and outcome = 'EASI_75' and source_id = (select id from source where key = 'cochrane-2020-systemic')
   and not verified and summary = 'Dupilumab is the most effective biological treatment for eczema and, compared with placebo, reduces eczema signs and symptoms in the short term in moderate-to-severe atopic eczema (the review''s conclusion as quoted by the seed document; results section not seen, effect and certainty not recorded).';
update efficacy_result set summary = 'Patient-reported symptoms (POEM), the review''s other primary efficacy outcome: dupilumab is the most effective biological treatment and improves symptoms versus placebo in the short term (effect and certainty not recorded).'
 where intervention_id = (select id from intervention where code = 'dupilumab') and outcome = 'POEM' and source_id = (select id from source where key = 'cochrane-2020-systemic')
   and not verified and summary = 'Patient-reported symptoms (POEM), the review''s other primary efficacy outcome: dupilumab is the most effective biological treatment and improves symptoms versus placebo in the short term (conclusion not seen in the review text; effect and certainty not recorded).';

-- ---------------------------------------------------------------------------------------------------------------
-- guideline_recommendation.statement (all unverified; the reasons say the recommendation wording was
-- not read)
-- ---------------------------------------------------------------------------------------------------------------
update guideline_recommendation set statement = 'For adults with refractory moderate-to-severe AD, we conditionally recommend cyclosporine (with proper monitoring).'
 where intervention_id = (select id from intervention where code = 'cyclosporine') and guideline = 'AAD_2023_SYSTEMIC'
   and not verified and statement = 'For adults with refractory moderate-to-severe AD, we conditionally recommend cyclosporine (with proper monitoring). [Conditional recommendation for cyclosporine verified in the abstract; certainty and population wording not fully seen.]';
update guideline_recommendation set statement = 'For adults with refractory moderate-to-severe AD, we conditionally recommend azathioprine (with proper monitoring).'
 where intervention_id = (select id from intervention where code = 'azathioprine') and guideline = 'AAD_2023_SYSTEMIC'
   and not verified and statement = 'For adults with refractory moderate-to-severe AD, we conditionally recommend azathioprine (with proper monitoring). [Conditional recommendation for azathioprine verified in the abstract; certainty and population wording not fully seen.]';
update guideline_recommendation set statement = 'For adults with refractory moderate-to-severe AD, we conditionally recommend mycophenolate (with proper monitoring).'
 where intervention_id = (select id from intervention where code = 'mycophenolate mofetil') and guideline = 'AAD_2023_SYSTEMIC'
   and not verified and statement = 'For adults with refractory moderate-to-severe AD, we conditionally recommend mycophenolate (with proper monitoring). [Conditional recommendation for mycophenolate verified in the abstract; certainty and population wording not fully seen.]';
update guideline_recommendation set statement = 'Dupilumab is recommended for patients with moderate-to-severe atopic eczema who are candidates for systemic therapy.'
 where intervention_id = (select id from intervention where code = 'dupilumab') and guideline = 'EUROGUIDERM_2025'
   and not verified and statement = 'Dupilumab is recommended for patients with moderate-to-severe atopic eczema who are candidates for systemic therapy. [Not verified: the 2025 update''s recommendation wording, arrow strength and consensus could not be read; the abstract confirms only that Dupilumab is among the systemic drugs the update covers.]';
update guideline_recommendation set statement = 'Tralokinumab is recommended for patients with moderate-to-severe atopic eczema who are candidates for systemic therapy.'
 where intervention_id = (select id from intervention where code = 'tralokinumab') and guideline = 'EUROGUIDERM_2025'
   and not verified and statement = 'Tralokinumab is recommended for patients with moderate-to-severe atopic eczema who are candidates for systemic therapy. [Not verified: the 2025 update''s recommendation wording, arrow strength and consensus could not be read; the abstract confirms only that Tralokinumab is among the systemic drugs the update covers.]';
update guideline_recommendation set statement = 'Lebrikizumab is recommended for patients with moderate-to-severe atopic eczema who are candidates for systemic therapy.'
 where intervention_id = (select id from intervention where code = 'lebrikizumab') and guideline = 'EUROGUIDERM_2025'
   and not verified and statement = 'Lebrikizumab is recommended for patients with moderate-to-severe atopic eczema who are candidates for systemic therapy. [Not verified: the 2025 update''s recommendation wording, arrow strength and consensus could not be read; the abstract confirms only that Lebrikizumab is among the systemic drugs the update covers.]';
update guideline_recommendation set statement = 'Abrocitinib is recommended for patients with moderate-to-severe atopic eczema who are candidates for systemic therapy.'
 where intervention_id = (select id from intervention where code = 'abrocitinib') and guideline = 'EUROGUIDERM_2025'
   and not verified and statement = 'Abrocitinib is recommended for patients with moderate-to-severe atopic eczema who are candidates for systemic therapy. [Not verified: the 2025 update''s recommendation wording, arrow strength and consensus could not be read; the abstract confirms only that Abrocitinib is among the systemic drugs the update covers.]';
update guideline_recommendation set statement = 'Baricitinib is recommended for patients with moderate-to-severe atopic eczema who are candidates for systemic therapy.'
 where intervention_id = (select id from intervention where code = 'baricitinib') and guideline = 'EUROGUIDERM_2025'
   and not verified and statement = 'Baricitinib is recommended for patients with moderate-to-severe atopic eczema who are candidates for systemic therapy. [Not verified: the 2025 update''s recommendation wording, arrow strength and consensus could not be read; the abstract confirms only that Baricitinib is among the systemic drugs the update covers.]';
update guideline_recommendation set statement = 'Upadacitinib is recommended for patients with moderate-to-severe atopic eczema who are candidates for systemic therapy.'
 where intervention_id = (select id from intervention where code = 'upadacitinib') and guideline = 'EUROGUIDERM_2025'
   and not verified and statement = 'Upadacitinib is recommended for patients with moderate-to-severe atopic eczema who are candidates for systemic therapy. [Not verified: the 2025 update''s recommendation wording, arrow strength and consensus could not be read; the abstract confirms only that Upadacitinib is among the systemic drugs the update covers.]';
update guideline_recommendation set statement = 'Strong recommendation for the use of tapinarof cream for atopic dermatitis in adults (the abstract''s conclusion).'
 where intervention_id = (select id from intervention where code = 'tapinarof') and guideline = 'AAD_2025_FOCUSED_UPDATE'
   and not verified and statement = 'Strong recommendation for the use of tapinarof cream for atopic dermatitis in adults (the abstract''s conclusion; the recommendation''s own wording is in the full text, not read).';
update guideline_recommendation set statement = 'Strong recommendation for the use of roflumilast cream (0.15%) for atopic dermatitis in adults (the abstract''s conclusion).'
 where intervention_id = (select id from intervention where code = 'roflumilast') and guideline = 'AAD_2025_FOCUSED_UPDATE'
   and not verified and statement = 'Strong recommendation for the use of roflumilast cream (0.15%) for atopic dermatitis in adults (the abstract''s conclusion; the recommendation''s own wording is in the full text, not read).';
update guideline_recommendation set statement = 'Strong recommendation for the use of lebrikizumab for atopic dermatitis in adults (the abstract''s conclusion).'
 where intervention_id = (select id from intervention where code = 'lebrikizumab') and guideline = 'AAD_2025_FOCUSED_UPDATE'
   and not verified and statement = 'Strong recommendation for the use of lebrikizumab for atopic dermatitis in adults (the abstract''s conclusion; the recommendation''s own wording is in the full text, not read).';
update guideline_recommendation set statement = 'Strong recommendation for the use of nemolizumab with concomitant topical therapy for atopic dermatitis in adults (the abstract''s conclusion).'
 where intervention_id = (select id from intervention where code = 'nemolizumab') and guideline = 'AAD_2025_FOCUSED_UPDATE'
   and not verified and statement = 'Strong recommendation for the use of nemolizumab with concomitant topical therapy for atopic dermatitis in adults (the abstract''s conclusion; the recommendation''s own wording is in the full text, not read).';

-- ---------------------------------------------------------------------------------------------------------------
-- monitoring_requirement.timing and rationale (all unverified)
-- ---------------------------------------------------------------------------------------------------------------
update monitoring_requirement set rationale = 'HPA-axis suppression from systemic absorption (class labelling of the Rx label).'
 where drug_id = (select id from drug where name = 'hydrocortisone') and lab_test_id = (select id from lab_test where code = 'HPA_AXIS') and phase = 'AS_INDICATED'
   and not verified and rationale = 'HPA-axis suppression from systemic absorption (class labelling of the Rx label; the laboratory-test wording was not read in full for this product).';
update monitoring_requirement set timing = 'women of childbearing potential: a final test one month after stopping treatment (harmonised 2018 retinoid PPP)'
 where drug_id = (select id from drug where name = 'alitretinoin') and lab_test_id = (select id from lab_test where code = 'PREGNANCY_TEST') and phase = 'AS_INDICATED'
   and not verified and timing = 'women of childbearing potential: a final test one month after stopping treatment (harmonised 2018 retinoid PPP; the SmPC sentence was not displayed)';
update monitoring_requirement set timing = 'fasting cholesterol and triglycerides during treatment (interval not recorded); stop if hypertriglyceridaemia cannot be controlled or pancreatitis symptoms occur'
 where drug_id = (select id from drug where name = 'alitretinoin') and lab_test_id = (select id from lab_test where code = 'LIPID_PANEL') and phase = 'FOLLOW_UP'
   and not verified and timing = 'fasting cholesterol and triglycerides during treatment (interval not displayed); stop if hypertriglyceridaemia cannot be controlled or pancreatitis symptoms occur';
update monitoring_requirement set timing = 'hepatic transaminases during treatment (interval not recorded); lower the dose or stop if elevations persist'
 where drug_id = (select id from drug where name = 'alitretinoin') and lab_test_id = (select id from lab_test where code = 'LIVER_FUNCTION') and phase = 'FOLLOW_UP'
   and not verified and timing = 'hepatic transaminases during treatment (interval not displayed); lower the dose or stop if elevations persist';

-- ---------------------------------------------------------------------------------------------------------------
-- reproductive_safety.text
-- ---------------------------------------------------------------------------------------------------------------
-- crisaborole EU pregnancy (verified): the caveat stays as a statement of what of section 4.6 the row records.
update reproductive_safety set text = 'Withdrawn Staquis SmPC: no or limited data from the use of crisaborole in pregnant women (only this sentence of section 4.6 is recorded).'
 where drug_id = (select id from drug where name = 'crisaborole') and region = 'EU' and topic = 'PREGNANCY'
   and verified and text = 'Withdrawn Staquis SmPC: no or limited data from the use of crisaborole in pregnant women (the rest of section 4.6 was not read).';
update reproductive_safety set text = 'Withdrawn Staquis SmPC: no data on excretion in human milk after topical use.'
 where drug_id = (select id from drug where name = 'crisaborole') and region = 'EU' and topic = 'BREASTFEEDING'
   and not verified and text = 'Withdrawn Staquis SmPC: no data on excretion in human milk after topical use (wording of section 4.6 not verified).';
update reproductive_safety set text = 'Elocom (Poland): the safety of use during pregnancy has not been established; use in pregnancy only on medical advice.'
 where drug_id = (select id from drug where name = 'mometasone furoate') and region = 'EU' and topic = 'PREGNANCY'
   and not verified and text = 'Elocom (Poland): the safety of use during pregnancy has not been established; use in pregnancy only on medical advice (leaflet sentence read only in part).';
update reproductive_safety set text = 'Elocom (Poland): ask the doctor before use while breastfeeding.'
 where drug_id = (select id from drug where name = 'mometasone furoate') and region = 'EU' and topic = 'BREASTFEEDING'
   and not verified and text = 'Elocom (Poland): ask the doctor before use while breastfeeding (breast-feeding wording of the leaflet not read).';
update reproductive_safety set text = 'German TriamCreme/TriamSalbe Lichtenstein SmPCs list use during the first trimester of pregnancy among the contraindications.'
 where drug_id = (select id from drug where name = 'triamcinolone acetonide') and region = 'EU' and topic = 'PREGNANCY'
   and not verified and text = 'German TriamCreme/TriamSalbe Lichtenstein SmPCs list use during the first trimester of pregnancy among the contraindications (list read up to "during the first ..."; later-trimester wording not read).';
-- triamcinolone acetonide EU breast-feeding: the text was only a reading note; text is NOT NULL.
update reproductive_safety set text = 'Breast-feeding wording of the German SmPC not recorded.'
 where drug_id = (select id from drug where name = 'triamcinolone acetonide') and region = 'EU' and topic = 'BREASTFEEDING'
   and not verified and text = 'Breast-feeding wording of the German SmPC not read.';
update reproductive_safety set text = 'No data on presence in human milk; the benefits of breastfeeding are weighed against the mother''s need for treatment.'
 where drug_id = (select id from drug where name = 'dupilumab') and region = 'US' and topic = 'BREASTFEEDING'
   and not verified and text = 'No data on presence in human milk; the benefits of breastfeeding are weighed against the mother''s need for treatment. Not re-read in this curation.';
update reproductive_safety set text = 'Limited data; should be used during pregnancy only if the potential benefit justifies the potential risk to the foetus.'
 where drug_id = (select id from drug where name = 'dupilumab') and region = 'EU' and topic = 'PREGNANCY'
   and not verified and text = 'Limited data; should be used during pregnancy only if the potential benefit justifies the potential risk to the foetus. Not re-read in this curation.';
update reproductive_safety set text = 'Unknown whether excreted in human milk; a decision is made whether to discontinue breast-feeding or therapy.'
 where drug_id = (select id from drug where name = 'dupilumab') and region = 'EU' and topic = 'BREASTFEEDING'
   and not verified and text = 'Unknown whether excreted in human milk; a decision is made whether to discontinue breast-feeding or therapy. Not re-read in this curation.';
update reproductive_safety set text = 'Available data are insufficient to evaluate a drug-associated risk; the label names a pregnancy exposure registry.'
 where drug_id = (select id from drug where name = 'lebrikizumab') and region = 'US' and topic = 'PREGNANCY'
   and not verified and text = 'Available data are insufficient to evaluate a drug-associated risk; the label names a pregnancy exposure registry. Not re-read in this curation.';
update reproductive_safety set text = 'No data on presence in human milk or effects on the breastfed infant.'
 where drug_id = (select id from drug where name = 'lebrikizumab') and region = 'US' and topic = 'BREASTFEEDING'
   and not verified and text = 'No data on presence in human milk or effects on the breastfed infant. Not re-read in this curation.';
update reproductive_safety set text = 'No data on presence in human milk.'
 where drug_id = (select id from drug where name = 'nemolizumab') and region = 'US' and topic = 'BREASTFEEDING'
   and not verified and text = 'No data on presence in human milk. Not re-read in this curation.';
update reproductive_safety set text = 'Breastfeeding is not recommended during treatment and for 6 days after the last dose.'
 where drug_id = (select id from drug where name = 'upadacitinib') and region = 'US' and topic = 'BREASTFEEDING'
   and not verified and text = 'Breastfeeding is not recommended during treatment and for 6 days after the last dose. Not re-read in this curation.';
update reproductive_safety set text = 'Breastfeeding is not recommended during treatment and for one day after the last dose.'
 where drug_id = (select id from drug where name = 'abrocitinib') and region = 'US' and topic = 'BREASTFEEDING'
   and not verified and text = 'Breastfeeding is not recommended during treatment and for one day after the last dose. Not re-read in this curation.';
update reproductive_safety set text = 'Breastfeeding is not recommended during treatment and for 4 days after the last dose (US label for its non-AD indications).'
 where drug_id = (select id from drug where name = 'baricitinib') and region = 'US' and topic = 'BREASTFEEDING'
   and not verified and text = 'Breastfeeding is not recommended during treatment and for 4 days after the last dose (US label for its non-AD indications). Not re-read in this curation.';
update reproductive_safety set text = 'Very limited data; as a precautionary measure, it is preferable to avoid the use of nemolizumab during pregnancy (read in the Swiss product information).'
 where drug_id = (select id from drug where name = 'nemolizumab') and region = 'EU' and topic = 'PREGNANCY'
   and not verified and text = 'Very limited data; as a precautionary measure, it is preferable to avoid the use of nemolizumab during pregnancy (read in the Swiss product information; EU SmPC not re-read).';
update reproductive_safety set text = 'Unknown whether excreted in human milk; IgG passes into milk in the first days after birth, when a risk to the breast-fed child cannot be excluded (Swiss product information).'
 where drug_id = (select id from drug where name = 'nemolizumab') and region = 'EU' and topic = 'BREASTFEEDING'
   and not verified and text = 'Unknown whether excreted in human milk; IgG passes into milk in the first days after birth, when a risk to the breast-fed child cannot be excluded (Swiss product information; EU SmPC not re-read).';
update reproductive_safety set text = 'Based on animal studies, upadacitinib may cause fetal harm (skeletal and cardiovascular malformations, post-implantation loss); verify pregnancy status before starting. The label names a pregnancy exposure registry.'
 where drug_id = (select id from drug where name = 'upadacitinib') and region = 'US' and topic = 'PREGNANCY'
   and not verified and text = 'Based on animal studies, upadacitinib may cause fetal harm (skeletal and cardiovascular malformations, post-implantation loss); verify pregnancy status before starting. The label names a pregnancy exposure registry (registry statement not re-read in this curation).';
update reproductive_safety set text = 'Women of childbearing potential: effective contraception during treatment and for 4 weeks after the final dose.'
 where drug_id = (select id from drug where name = 'upadacitinib') and region = 'EU' and topic = 'CONTRACEPTION'
   and not verified and text = 'Women of childbearing potential: effective contraception during treatment and for 4 weeks after the final dose. SmPC wording not re-read in this curation.';
update reproductive_safety set text = 'Females of reproductive potential: effective contraception during treatment and for 6 months after the final dose; males with female partners of reproductive potential: effective contraception during treatment and for at least 3 months after the final dose. Wording of the US Jylamvo label (same class labelling), not of the tablets label.'
 where drug_id = (select id from drug where name = 'methotrexate') and region = 'US' and topic = 'CONTRACEPTION'
   and not verified and text = 'Females of reproductive potential: effective contraception during treatment and for 6 months after the final dose; males with female partners of reproductive potential: effective contraception during treatment and for at least 3 months after the final dose. Unverified for this label: wording displayed in the US Jylamvo label (same class labelling), not in the tablets label.';
update reproductive_safety set text = 'Women are advised not to breastfeed during treatment and for 1 week after the final dose.'
 where drug_id = (select id from drug where name = 'methotrexate') and region = 'US' and topic = 'BREASTFEEDING'
   and not verified and text = 'Women are advised not to breastfeed during treatment and for 1 week after the final dose. Unverified: recalled PLR lactation wording, not displayed.';
update reproductive_safety set text = 'Women must not become pregnant during methotrexate therapy: effective contraception during treatment and for at least 6 months after; pregnancy excluded before starting. Men: reliable contraception (by the patient or his female partner) during treatment and for at least 3 months after stopping, and no semen donation in that period. Read in a national EU SmPC (Metoject) with the same harmonised text.'
 where drug_id = (select id from drug where name = 'methotrexate') and region = 'EU' and topic = 'CONTRACEPTION'
   and not verified and text = 'Women must not become pregnant during methotrexate therapy: effective contraception during treatment and for at least 6 months after; pregnancy excluded before starting. Men: reliable contraception (by the patient or his female partner) during treatment and for at least 3 months after stopping, and no semen donation in that period. Unverified for Jylamvo: read in a national EU SmPC (Metoject) with the same harmonised text.';
update reproductive_safety set text = 'Not used in pregnancy without a careful assessment of benefit and risk; leukopenia and/or thrombocytopenia have been reported in neonates of mothers treated throughout pregnancy.'
 where drug_id = (select id from drug where name = 'azathioprine') and region = 'EU' and topic = 'PREGNANCY'
   and not verified and text = 'Not used in pregnancy without a careful assessment of benefit and risk; leukopenia and/or thrombocytopenia have been reported in neonates of mothers treated throughout pregnancy. Unverified: recalled SmPC 4.6 wording, not displayed.';
update reproductive_safety set text = 'Adequate contraception for both male and female patients of reproductive age during treatment and for at least 3 months after stopping. Read in a drug-information summary.'
 where drug_id = (select id from drug where name = 'azathioprine') and region = 'EU' and topic = 'CONTRACEPTION'
   and not verified and text = 'Adequate contraception for both male and female patients of reproductive age during treatment and for at least 3 months after stopping. Unverified: read in a drug-information summary, SmPC 4.6 not displayed.';
update reproductive_safety set text = 'Breastfeeding is not recommended during treatment because of the potential for serious adverse reactions in the breastfed infant.'
 where drug_id = (select id from drug where name = 'mycophenolate mofetil') and region = 'US' and topic = 'BREASTFEEDING'
   and not verified and text = 'Breastfeeding is not recommended during treatment because of the potential for serious adverse reactions in the breastfed infant. Unverified: recalled label wording, not displayed.';

-- ---------------------------------------------------------------------------------------------------------------
-- risk_program.description (both unverified)
-- ---------------------------------------------------------------------------------------------------------------
update risk_program set description = 'EU additional risk-minimisation: patient card for patients on Rinvoq (risk materials listed with the GB/NI SmPC).'
 where drug_id = (select id from drug where name = 'upadacitinib') and region = 'EU' and kind = 'PATIENT_CARD' and name = 'Rinvoq patient card'
   and not verified and description = 'EU additional risk-minimisation: patient card for patients on Rinvoq (risk materials listed with the GB/NI SmPC). Card content not re-read in this curation.';
update risk_program set description = 'EU additional risk-minimisation: patient alert card.'
 where drug_id = (select id from drug where name = 'baricitinib') and region = 'EU' and kind = 'PATIENT_CARD' and name = 'Olumiant patient alert card'
   and not verified and description = 'EU additional risk-minimisation: patient alert card. Not re-read in this curation.';

-- ---------------------------------------------------------------------------------------------------------------
-- use_limit.description (both unverified)
-- ---------------------------------------------------------------------------------------------------------------
update use_limit set description = 'Consider discontinuing treatment in patients who have shown no response after 16 weeks of treatment for atopic dermatitis.'
 where drug_id = (select id from drug where name = 'dupilumab') and region = 'EU' and kind = 'TREATMENT_COURSE'
   and not verified and description = 'Consider discontinuing treatment in patients who have shown no response after 16 weeks of treatment for atopic dermatitis. SmPC wording not re-read.';
update use_limit set description = 'EuroGuiDerm 2022: systemic glucocorticosteroids are not recommended for long-term treatment of atopic eczema; at most a short course for an acute flare.'
 where drug_id = (select id from drug where name = 'prednisone') and region = 'EU' and kind = 'TREATMENT_COURSE'
   and not verified and description = 'EuroGuiDerm 2022: systemic glucocorticosteroids are not recommended for long-term treatment of atopic eczema; at most a short course for an acute flare. Unverified: the guideline''s own wording and any duration it states could not be displayed with the search tools.';

-- ---------------------------------------------------------------------------------------------------------------
-- vaccination_advice.text
-- ---------------------------------------------------------------------------------------------------------------
-- tacrolimus EU (verified): the caveat stays as a statement of the copy read.
update vaccination_advice set text = 'A potential interaction between vaccination and Protopic has not been investigated. Because of the potential risk of vaccination failure, vaccinate before starting treatment, or during a treatment-free interval of 14 days between the last application and the vaccination; for live attenuated vaccines the interval should be extended to 28 days or alternative vaccines considered (section 4.5 wording, read in LEO Pharma''s Protopic prescribing information as reproduced by MIMS, not on the EMA page itself).'
 where drug_id = (select id from drug where name = 'tacrolimus') and region = 'EU' and kind = 'COMPLETE_BEFORE_START'
   and verified and text = 'A potential interaction between vaccination and Protopic has not been investigated. Because of the potential risk of vaccination failure, vaccinate before starting treatment, or during a treatment-free interval of 14 days between the last application and the vaccination; for live attenuated vaccines the interval should be extended to 28 days or alternative vaccines considered (section 4.5 wording, read in LEO Pharma''s Protopic prescribing information as reproduced by MIMS; the EMA page itself was not opened).';
update vaccination_advice set text = 'Live and live attenuated vaccines should not be given concurrently with Dupixent.'
 where drug_id = (select id from drug where name = 'dupilumab') and region = 'EU' and kind = 'AVOID_LIVE_VACCINES'
   and not verified and text = 'Live and live attenuated vaccines should not be given concurrently with Dupixent. Not re-read in this curation.';
update vaccination_advice set text = 'Live and live attenuated vaccines should not be given concurrently with tralokinumab.'
 where drug_id = (select id from drug where name = 'tralokinumab') and region = 'EU' and kind = 'AVOID_LIVE_VACCINES'
   and not verified and text = 'Live and live attenuated vaccines should not be given concurrently with tralokinumab. Not re-read in this curation.';
update vaccination_advice set text = 'Avoid live vaccines immediately prior to, during and immediately after treatment.'
 where drug_id = (select id from drug where name = 'upadacitinib') and region = 'US' and kind = 'AVOID_LIVE_VACCINES'
   and not verified and text = 'Avoid live vaccines immediately prior to, during and immediately after treatment. Not re-read in this curation.';
update vaccination_advice set text = 'Use of live, attenuated vaccines during or immediately prior to therapy is not recommended; immunisations should be brought up to date (including herpes zoster) before starting.'
 where drug_id = (select id from drug where name = 'upadacitinib') and region = 'EU' and kind = 'AVOID_LIVE_VACCINES'
   and not verified and text = 'Use of live, attenuated vaccines during or immediately prior to therapy is not recommended; immunisations should be brought up to date (including herpes zoster) before starting. Not re-read in this curation.';
update vaccination_advice set text = 'Complete all age-appropriate vaccinations, including prophylactic herpes zoster vaccinations, before starting.'
 where drug_id = (select id from drug where name = 'abrocitinib') and region = 'US' and kind = 'COMPLETE_BEFORE_START'
   and not verified and text = 'Complete all age-appropriate vaccinations, including prophylactic herpes zoster vaccinations, before starting. Not re-read in this curation.';
update vaccination_advice set text = 'Avoid vaccination with live vaccines immediately prior to, during and immediately after treatment.'
 where drug_id = (select id from drug where name = 'abrocitinib') and region = 'US' and kind = 'AVOID_LIVE_VACCINES'
   and not verified and text = 'Avoid vaccination with live vaccines immediately prior to, during and immediately after treatment. Not re-read in this curation.';
update vaccination_advice set text = 'Avoid use of live vaccines during treatment.'
 where drug_id = (select id from drug where name = 'nemolizumab') and region = 'US' and kind = 'AVOID_LIVE_VACCINES'
   and not verified and text = 'Avoid use of live vaccines during treatment. Not re-read in the label itself in this curation.';
update vaccination_advice set text = 'Use of live, attenuated vaccines during or immediately prior to therapy is not recommended; immunisations should be brought up to date before starting.'
 where drug_id = (select id from drug where name = 'baricitinib') and region = 'EU' and kind = 'AVOID_LIVE_VACCINES'
   and not verified and text = 'Use of live, attenuated vaccines during or immediately prior to therapy is not recommended; immunisations should be brought up to date before starting. SmPC wording not re-read in this curation.';
update vaccination_advice set text = 'During treatment vaccination may be less effective and live vaccines are avoided.'
 where drug_id = (select id from drug where name = 'cyclosporine') and region = 'US' and kind = 'AVOID_LIVE_VACCINES'
   and not verified and text = 'During treatment vaccination may be less effective and live vaccines are avoided. Unverified: recalled label wording, not displayed.';
update vaccination_advice set text = 'Vaccination may be less effective during treatment; live attenuated vaccines are avoided.'
 where drug_id = (select id from drug where name = 'cyclosporine') and region = 'EU' and kind = 'AVOID_LIVE_VACCINES'
   and not verified and text = 'Vaccination may be less effective during treatment; live attenuated vaccines are avoided. Unverified: recalled SmPC wording, not displayed.';
update vaccination_advice set text = 'Live vaccines are avoided during treatment; immunisation may be ineffective.'
 where drug_id = (select id from drug where name = 'methotrexate') and region = 'US' and kind = 'AVOID_LIVE_VACCINES'
   and not verified and text = 'Live vaccines are avoided during treatment; immunisation may be ineffective. Unverified: recalled PLR warnings wording, not displayed.';
update vaccination_advice set text = 'Live attenuated vaccines are avoided during treatment; vaccinations may be less effective.'
 where drug_id = (select id from drug where name = 'mycophenolate mofetil') and region = 'US' and kind = 'AVOID_LIVE_VACCINES'
   and not verified and text = 'Live attenuated vaccines are avoided during treatment; vaccinations may be less effective. Unverified: recalled label wording, not displayed.';
update vaccination_advice set text = 'Patients talk to their doctor before any live vaccine (package leaflet); the SmPC advises that live attenuated vaccines be avoided and notes vaccination may be less effective.'
 where drug_id = (select id from drug where name = 'mycophenolate mofetil') and region = 'EU' and kind = 'AVOID_LIVE_VACCINES'
   and not verified and text = 'Patients talk to their doctor before any live vaccine (package leaflet); the SmPC advises that live attenuated vaccines be avoided and notes vaccination may be less effective (SmPC wording recalled, not displayed).';
-- lebrikizumab US and nemolizumab EU (verified): V19 read the primary label (Ebglyss US PI 2.1 as published by Lilly;
-- Nemluvio SmPC 4.4, EMA 2025 revision copy) and verified both; the rows cite those labels, unverified_reason is null.
-- The note predates that reading and is dropped.
update vaccination_advice set text = 'Complete all age-appropriate vaccinations according to current immunization guidelines before starting.'
 where drug_id = (select id from drug where name = 'lebrikizumab') and region = 'US' and kind = 'COMPLETE_BEFORE_START'
   and verified and text = 'Complete all age-appropriate vaccinations according to current immunization guidelines before starting. Not re-read in this curation.';
update vaccination_advice set text = 'Live vaccines should not be given concurrently with nemolizumab.'
 where drug_id = (select id from drug where name = 'nemolizumab') and region = 'EU' and kind = 'AVOID_LIVE_VACCINES'
   and verified and text = 'Live vaccines should not be given concurrently with nemolizumab. Not re-read in this curation.';

-- ---------------------------------------------------------------------------------------------------------------
-- Data version
-- ---------------------------------------------------------------------------------------------------------------
update data_version set version = '2026.12.07.1', reviewed_on = date '2026-12-07',
    notes = notes || ' | 2026-12-07 (V28): curation-process notes ("not re-read in this curation", "not re-checked with the tools", "Unverified: recalled wording", outdated seed documents) taken out of the fact text of 226 rows (adverse effects, approvals, contraindications, dose adjustments, regimens, interactions, efficacy results, guideline recommendations, monitoring, reproductive safety, risk programmes, limits of use, vaccination advice) and left to unverified_reason; the tapinarof US lower respiratory tract infection category, the crisaborole EU withdrawal, the nemolizumab EU approval (EU weight criterion) and the ruxolitinib US approval (June 2026 label not read) set unverified, as their notes said the fact was not checked; no clinical fact changed.'
where id = 1;
