-- EczemaRx knowledge base schema.
-- Closed vocabularies are CHECK constraints that mirror the GraphQL enums; every fact row cites a source.

create table source (
    id            bigserial primary key,
    key           text not null unique,             -- stable handle used by the curation scripts
    title         text not null,
    publisher     text not null,
    kind          text not null check (kind in ('LABEL', 'GUIDELINE', 'SYSTEMATIC_REVIEW', 'ARTICLE', 'REGISTRY')),
    url           text not null,
    published_on  date not null,                    -- label revision / publication date
    accessed_on   date not null                     -- when the curators checked it
);

create table drug_class (
    id          bigserial primary key,
    name        text not null unique,
    description text not null,
    parent_id   bigint references drug_class (id),
    rank        int                                  -- position on a ladder (potency 1 = strongest), else null
);
create index drug_class_parent_idx on drug_class (parent_id);

create table condition (
    id          bigserial primary key,
    code        text not null unique check (code in ('ATOPIC_DERMATITIS', 'CHRONIC_HAND_ECZEMA', 'PRURIGO_NODULARIS')),
    name        text not null,
    description text not null
);

create table drug (
    id             bigserial primary key,
    name           text not null unique,             -- INN, lower-case as in labels
    drug_class_id  bigint not null references drug_class (id),
    modality       text not null check (modality in ('SMALL_MOLECULE', 'MONOCLONAL_ANTIBODY', 'OTHER_BIOLOGIC')),
    mechanism      text not null,
    last_reviewed  date not null
);
create index drug_class_id_idx on drug (drug_class_id);

create table drug_route (
    id         bigserial primary key,
    drug_id    bigint not null references drug (id),
    route      text not null check (route in ('ORAL', 'TOPICAL', 'SUBCUTANEOUS', 'INTRAVENOUS', 'INTRAMUSCULAR', 'INTRALESIONAL')),
    source_id  bigint not null references source (id),
    unique (drug_id, route)
);

create table drug_synonym (
    id         bigserial primary key,
    drug_id    bigint not null references drug (id),
    name       text not null,
    source_id  bigint not null references source (id),
    unique (drug_id, name)
);

create table brand (
    id         bigserial primary key,
    drug_id    bigint not null references drug (id),
    name       text not null,
    region     text not null check (region in ('US', 'EU', 'UK', 'CA', 'JP', 'AU')),
    source_id  bigint not null references source (id),
    unique (drug_id, name, region)
);
create index brand_drug_idx on brand (drug_id);

create table target (
    id           bigserial primary key,
    symbol       text not null unique,               -- HGNC symbol
    name         text not null,                      -- HGNC approved name
    uniprot_id   text,
    kind         text not null check (kind in ('CYTOKINE', 'CYTOKINE_RECEPTOR', 'KINASE', 'ENZYME', 'PHOSPHATASE', 'NUCLEAR_RECEPTOR', 'TRANSCRIPTION_FACTOR', 'OTHER')),
    description  text not null
);

create table target_alias (
    id         bigserial primary key,
    target_id  bigint not null references target (id),
    alias      text not null,
    unique (target_id, alias)
);

create table drug_target (
    id         bigserial primary key,
    drug_id    bigint not null references drug (id),
    target_id  bigint not null references target (id),
    action     text not null check (action in ('INHIBITOR', 'ANTAGONIST', 'AGONIST', 'BINDING_AGENT', 'MODULATOR')),
    source_id  bigint not null references source (id),
    verified   boolean not null default true,
    unique (drug_id, target_id)
);
create index drug_target_target_idx on drug_target (target_id);

create table pathway (
    id            bigserial primary key,
    code          text not null unique,
    name          text not null,
    description   text not null,                     -- what it does in atopic dermatitis
    source_id     bigint not null references source (id)
);

create table pathway_target (
    id          bigserial primary key,
    pathway_id  bigint not null references pathway (id),
    target_id   bigint not null references target (id),
    unique (pathway_id, target_id)
);
create index pathway_target_target_idx on pathway_target (target_id);

create table approval (
    id                    bigserial primary key,
    drug_id               bigint not null references drug (id),
    region                text not null check (region in ('US', 'EU', 'UK', 'CA', 'JP', 'AU')),
    agency                text not null,
    condition_id          bigint not null references condition (id),
    status                text not null check (status in ('APPROVED', 'OFF_LABEL', 'NOT_APPROVED', 'WITHDRAWN', 'INVESTIGATIONAL')),
    year                  int check (year between 1950 and 2100),
    minimum_age_months    int check (minimum_age_months between 0 and 1200),
    severity              text not null default ''   -- comma-separated MILD,MODERATE,SEVERE
                          check (severity ~ '^((MILD|MODERATE|SEVERE)(,(MILD|MODERATE|SEVERE))*)?$'),
    notes                 text,
    source_id             bigint not null references source (id),
    verified              boolean not null default true,
    unique (drug_id, region, condition_id)
);

create table boxed_warning (
    id         bigserial primary key,
    drug_id    bigint not null references drug (id),
    region     text not null check (region in ('US', 'EU', 'UK', 'CA', 'JP', 'AU')),
    topics     text not null                         -- comma-separated BoxedWarningTopic values
               check (topics ~ '^(SERIOUS_INFECTIONS|MORTALITY|MALIGNANCY|MAJOR_ADVERSE_CARDIOVASCULAR_EVENTS|THROMBOSIS|NEPHROTOXICITY|HYPERTENSION|BONE_MARROW_SUPPRESSION|HEPATOTOXICITY|EMBRYO_FETAL_TOXICITY|SERIOUS_TOXIC_REACTIONS|PULMONARY_TOXICITY|GASTROINTESTINAL_TOXICITY|DERMATOLOGIC_REACTIONS|SPECIALIST_SUPERVISION)(,(SERIOUS_INFECTIONS|MORTALITY|MALIGNANCY|MAJOR_ADVERSE_CARDIOVASCULAR_EVENTS|THROMBOSIS|NEPHROTOXICITY|HYPERTENSION|BONE_MARROW_SUPPRESSION|HEPATOTOXICITY|EMBRYO_FETAL_TOXICITY|SERIOUS_TOXIC_REACTIONS|PULMONARY_TOXICITY|GASTROINTESTINAL_TOXICITY|DERMATOLOGIC_REACTIONS|SPECIALIST_SUPERVISION))*$'),
    text       text not null,
    source_id  bigint not null references source (id),
    verified   boolean not null default true,
    unique (drug_id, region)
);

create table adverse_effect (
    id         bigserial primary key,
    drug_id    bigint not null references drug (id),
    name       text not null,
    frequency  text not null check (frequency in ('VERY_COMMON', 'COMMON', 'UNCOMMON', 'RARE', 'VERY_RARE', 'NOT_KNOWN')),
    serious    boolean not null,
    notes      text,
    source_id  bigint not null references source (id),
    verified   boolean not null default true,
    unique (drug_id, name)
);

create table lab_test (
    id        bigserial primary key,
    code      text not null unique,
    name      text not null,
    measures  text not null
);

create table monitoring_requirement (
    id           bigserial primary key,
    drug_id      bigint not null references drug (id),
    lab_test_id  bigint not null references lab_test (id),
    phase        text not null check (phase in ('BASELINE', 'FOLLOW_UP', 'AS_INDICATED')),
    timing       text,
    rationale    text not null,
    source_id    bigint not null references source (id),
    verified     boolean not null default true,
    unique (drug_id, lab_test_id, phase)
);
create index monitoring_lab_test_idx on monitoring_requirement (lab_test_id);

-- Which curation this database holds: one row, replaced by each curation migration.
create table data_version (
    id           int primary key check (id = 1),
    version      text not null,
    reviewed_on  date not null,
    notes        text not null
);

create index drug_route_drug_idx on drug_route (drug_id);
create index drug_synonym_drug_idx on drug_synonym (drug_id);
create index approval_drug_idx on approval (drug_id);
create index adverse_effect_drug_idx on adverse_effect (drug_id);
create index monitoring_drug_idx on monitoring_requirement (drug_id);
