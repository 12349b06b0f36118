-- Evidence and guidance beyond the label: guideline recommendations, comparative efficacy, dosing as labelled,
-- limits of use, contraindications, pregnancy/breastfeeding/contraception, vaccination, interactions, risk
-- programmes and structured eligibility. Every fact row cites a dated source and carries `verified`.
-- Closed vocabularies are CHECK constraints that mirror the GraphQL enums.

-- What a guideline or a review grades: a drug, a class of drugs, or a treatment that is not a drug
-- (phototherapy, bleach baths ...). Non-drug treatments are interventions without drug_id / drug_class_id.
create table intervention (
    id             bigserial primary key,
    code           text not null unique,               -- stable handle: 'dupilumab', 'nbuvb-phototherapy', 'tcs'
    name           text not null,
    kind           text not null check (kind in ('DRUG', 'DRUG_CLASS', 'PHOTOTHERAPY', 'OTHER')),
    drug_id        bigint references drug (id),
    drug_class_id  bigint references drug_class (id),
    description    text not null,
    check ((kind = 'DRUG') = (drug_id is not null)),
    check ((kind = 'DRUG_CLASS') = (drug_class_id is not null))
);
create index intervention_drug_idx on intervention (drug_id);
create index intervention_drug_class_idx on intervention (drug_class_id);

-- One graded statement of one guideline about one intervention.
create table guideline_recommendation (
    id               bigserial primary key,
    intervention_id  bigint not null references intervention (id),
    guideline        text not null check (guideline in ('AAD_2023_TOPICAL', 'AAD_2023_SYSTEMIC', 'EUROGUIDERM_2022', 'EUROGUIDERM_2025')),
    direction        text not null check (direction in ('FOR', 'AGAINST', 'NEITHER')),
    strength         text not null check (strength in ('STRONG', 'CONDITIONAL', 'GOOD_PRACTICE', 'CONSENSUS')),
    certainty        text check (certainty in ('HIGH', 'MODERATE', 'LOW', 'VERY_LOW')),   -- null for good-practice/consensus statements
    population       text not null,                      -- 'adults with moderate-to-severe atopic dermatitis'
    age_group        text not null check (age_group in ('ADULTS', 'CHILDREN', 'ADOLESCENTS', 'CHILDREN_AND_ADOLESCENTS', 'ALL_AGES')),
    severity         text not null default ''
                     check (severity ~ '^((MILD|MODERATE|SEVERE)(,(MILD|MODERATE|SEVERE))*)?$'),
    statement        text not null,                      -- the recommendation, as the guideline words it (quoted or closely paraphrased)
    source_id        bigint not null references source (id),
    verified         boolean not null default true
);
create index guideline_recommendation_intervention_idx on guideline_recommendation (intervention_id);

-- One result of a (network) meta-analysis for one intervention (and dose, where the review separates doses).
-- Only what the review states: no rankings computed here.
create table efficacy_result (
    id               bigserial primary key,
    intervention_id  bigint not null references intervention (id),
    dose             text,                               -- '300 mg every 2 weeks'; null when the review pools doses
    outcome          text not null check (outcome in ('EASI', 'EASI_75', 'EASI_90', 'IGA_SUCCESS', 'POEM', 'PEAK_PRURITUS', 'DLQI', 'SCORAD', 'INVESTIGATOR_GLOBAL', 'PATIENT_REPORTED_SYMPTOMS', 'FLARE_PREVENTION')),
    time_point       text not null check (time_point in ('SHORT_TERM', 'LONG_TERM')),
    time_point_detail text,                              -- '8 to <24 weeks', '16 weeks'
    comparator       text not null,                      -- 'placebo', 'vehicle', 'dupilumab 300 mg every 2 weeks'
    effect           text,                               -- as reported: 'MD 11.3 (95% CI 9.7 to 12.8)'
    ranking_group    text check (ranking_group in ('MOST_EFFECTIVE', 'AMONG_MOST_EFFECTIVE', 'INTERMEDIATE', 'AMONG_LEAST_EFFECTIVE', 'LEAST_EFFECTIVE', 'NOT_DIFFERENT_FROM_COMPARATOR')),
    certainty        text check (certainty in ('HIGH', 'MODERATE', 'LOW', 'VERY_LOW')),
    summary          text not null,                      -- the review's own conclusion for this intervention, in plain words
    source_id        bigint not null references source (id),
    verified         boolean not null default true
);
create index efficacy_result_intervention_idx on efficacy_result (intervention_id);

-- A labelled regimen for one population in one region.
create table dosing_regimen (
    id                  bigserial primary key,
    drug_id             bigint not null references drug (id),
    region              text not null check (region in ('US', 'EU', 'UK', 'CA', 'JP', 'AU')),
    condition_id        bigint not null references condition (id),
    population          text not null,                  -- 'adults', 'adolescents 12-17 years', 'children 6-11 years, 15 to <30 kg'
    minimum_age_months  int check (minimum_age_months between 0 and 1200),
    maximum_age_months  int check (maximum_age_months between 0 and 1200),
    minimum_weight_kg   numeric(5, 1),
    maximum_weight_kg   numeric(5, 1),                  -- exclusive upper bound
    loading_dose        text,                           -- '600 mg (two 300 mg injections)'
    dose                text not null,                  -- maintenance dose: '300 mg', 'thin layer', '15 mg'
    frequency           text not null,                  -- 'every 2 weeks', 'once daily', 'twice daily'
    maintenance_options text,                           -- less frequent maintenance allowed after response: 'every 4 weeks after week 16 ...'
    notes               text,
    source_id           bigint not null references source (id),
    verified            boolean not null default true
);
create index dosing_regimen_drug_idx on dosing_regimen (drug_id);

-- A labelled dose change for a circumstance.
create table dose_adjustment (
    id           bigserial primary key,
    drug_id      bigint not null references drug (id),
    region       text not null check (region in ('US', 'EU', 'UK', 'CA', 'JP', 'AU')),
    circumstance text not null check (circumstance in ('STRONG_CYP3A4_INHIBITORS', 'STRONG_CYP2C19_INHIBITORS', 'CYP_INDUCERS', 'OAT3_INHIBITORS', 'RENAL_IMPAIRMENT', 'HEPATIC_IMPAIRMENT', 'OLDER_ADULTS', 'INADEQUATE_RESPONSE', 'CONTROLLED_DISEASE', 'LAB_ABNORMALITY', 'OTHER')),
    adjustment   text not null,                         -- what the label says to do
    source_id    bigint not null references source (id),
    verified     boolean not null default true
);
create index dose_adjustment_drug_idx on dose_adjustment (drug_id);

-- Limits of use as labelled (or as a guideline sets them for drugs whose labels are silent).
create table use_limit (
    id           bigserial primary key,
    drug_id      bigint not null references drug (id),
    region       text not null check (region in ('US', 'EU', 'UK', 'CA', 'JP', 'AU')),
    kind         text not null check (kind in ('MAX_DURATION', 'MAX_AMOUNT', 'MAX_BODY_SURFACE_AREA', 'OCCLUSION', 'SITE', 'TREATMENT_COURSE')),
    value        numeric(8, 2),                         -- 2 (weeks), 50 (g per week), 20 (% BSA); null when not numeric
    unit         text check (unit in ('DAYS', 'WEEKS', 'MONTHS', 'GRAMS_PER_WEEK', 'GRAMS_PER_DAY', 'PERCENT_BSA', 'APPLICATIONS_PER_DAY')),
    description  text not null,                         -- 'Do not use more than 50 g per week.'
    source_id    bigint not null references source (id),
    verified     boolean not null default true,
    check ((value is null) = (unit is null))
);
create index use_limit_drug_idx on use_limit (drug_id);

-- When the label says not to use the drug (or to use it only with caution).
create table contraindication (
    id           bigserial primary key,
    drug_id      bigint not null references drug (id),
    region       text not null check (region in ('US', 'EU', 'UK', 'CA', 'JP', 'AU')),
    population   text not null check (population in ('HYPERSENSITIVITY', 'PREGNANCY', 'BREASTFEEDING', 'ACTIVE_INFECTION', 'TUBERCULOSIS', 'HEPATIC_IMPAIRMENT', 'RENAL_IMPAIRMENT', 'CYTOPENIA', 'IMMUNODEFICIENCY', 'MALIGNANCY', 'CARDIOVASCULAR_RISK', 'THROMBOSIS_RISK', 'UNCONTROLLED_HYPERTENSION', 'LIVE_VACCINES', 'ALCOHOL', 'CHILDREN', 'OLDER_ADULTS', 'INTERACTING_DRUG', 'OTHER')),
    severity     text not null check (severity in ('CONTRAINDICATED', 'NOT_RECOMMENDED', 'CAUTION')),
    description  text not null,
    source_id    bigint not null references source (id),
    verified     boolean not null default true
);
create index contraindication_drug_idx on contraindication (drug_id);

-- Pregnancy, breastfeeding, contraception and fertility, per region (EU SmPCs and US labels differ).
create table reproductive_safety (
    id           bigserial primary key,
    drug_id      bigint not null references drug (id),
    region       text not null check (region in ('US', 'EU', 'UK', 'CA', 'JP', 'AU')),
    topic        text not null check (topic in ('PREGNANCY', 'BREASTFEEDING', 'CONTRACEPTION', 'FERTILITY')),
    guidance     text not null check (guidance in ('CONTRAINDICATED', 'AVOID', 'USE_ONLY_IF_CLEARLY_NEEDED', 'NO_KNOWN_RISK', 'INSUFFICIENT_DATA', 'REQUIRED', 'NOT_REQUIRED')),
    text         text not null,                         -- what the label says, e.g. contraception duration after the last dose
    registry     boolean not null default false,        -- the label names a pregnancy exposure registry
    source_id    bigint not null references source (id),
    verified     boolean not null default true,
    unique (drug_id, region, topic)
);
create index reproductive_safety_drug_idx on reproductive_safety (drug_id);

-- Vaccination before and during treatment.
create table vaccination_advice (
    id           bigserial primary key,
    drug_id      bigint not null references drug (id),
    region       text not null check (region in ('US', 'EU', 'UK', 'CA', 'JP', 'AU')),
    kind         text not null check (kind in ('AVOID_LIVE_VACCINES', 'COMPLETE_BEFORE_START', 'NON_LIVE_VACCINES_ALLOWED', 'REDUCED_RESPONSE', 'NO_RESTRICTION')),
    text         text not null,
    source_id    bigint not null references source (id),
    verified     boolean not null default true
);
create index vaccination_advice_drug_idx on vaccination_advice (drug_id);

-- A labelled interaction with another drug or class of drugs.
create table drug_interaction (
    id                   bigserial primary key,
    drug_id              bigint not null references drug (id),
    region               text not null check (region in ('US', 'EU', 'UK', 'CA', 'JP', 'AU')),
    interacting          text not null,                 -- 'strong CYP3A4 inhibitors (e.g. ketoconazole)', 'live vaccines'
    interacting_drug_id  bigint references drug (id),   -- when the interacting drug is in the knowledge base
    effect               text not null,                 -- 'increased upadacitinib exposure'
    management           text not null check (management in ('CONTRAINDICATED', 'AVOID', 'ADJUST_DOSE', 'MONITOR', 'CAUTION')),
    text                 text not null,                 -- what the label says to do
    source_id            bigint not null references source (id),
    verified             boolean not null default true
);
create index drug_interaction_drug_idx on drug_interaction (drug_id);
create index drug_interaction_interacting_idx on drug_interaction (interacting_drug_id);

-- Risk-management programmes and regulatory restrictions of use.
create table risk_program (
    id           bigserial primary key,
    drug_id      bigint not null references drug (id),
    region       text not null check (region in ('US', 'EU', 'UK', 'CA', 'JP', 'AU')),
    kind         text not null check (kind in ('REMS', 'PREGNANCY_PREVENTION_PROGRAMME', 'RESTRICTED_USE', 'EDUCATIONAL_MATERIALS', 'PATIENT_CARD')),
    name         text not null,                         -- 'Mycophenolate REMS', 'EU measures for JAK inhibitors (2023)'
    description  text not null,
    source_id    bigint not null references source (id),
    verified     boolean not null default true
);
create index risk_program_drug_idx on risk_program (drug_id);

-- Eligibility and line of therapy as structured fields of an approval (the label's indication wording).
alter table approval
    add column line_of_therapy text check (line_of_therapy in ('FIRST_LINE', 'AFTER_TOPICAL_THERAPY', 'SYSTEMIC_CANDIDATE', 'AFTER_OTHER_SYSTEMIC_THERAPY', 'AFTER_TOPICAL_CORTICOSTEROIDS', 'SHORT_TERM_FLARES', 'SECOND_LINE')),
    add column minimum_weight_kg numeric(5, 1),
    add column indication text;                         -- the indication sentence of the label, quoted

-- Every source a drug's facts cite, now with the new fact kinds.
create or replace view drug_source as
    select drug_id, source_id from drug_route
    union select drug_id, source_id from drug_synonym
    union select drug_id, source_id from brand
    union select drug_id, source_id from drug_target
    union select drug_id, source_id from approval
    union select drug_id, source_id from boxed_warning
    union select drug_id, source_id from adverse_effect
    union select drug_id, source_id from monitoring_requirement
    union select drug_id, source_id from dosing_regimen
    union select drug_id, source_id from dose_adjustment
    union select drug_id, source_id from use_limit
    union select drug_id, source_id from contraindication
    union select drug_id, source_id from reproductive_safety
    union select drug_id, source_id from vaccination_advice
    union select drug_id, source_id from drug_interaction
    union select drug_id, source_id from risk_program
    union select i.drug_id, r.source_id from guideline_recommendation r join intervention i on i.id = r.intervention_id where i.drug_id is not null
    union select i.drug_id, e.source_id from efficacy_result e join intervention i on i.id = e.intervention_id where i.drug_id is not null;
