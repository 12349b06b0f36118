-- Why a fact is not verified. Every fact table that carries `verified` gets `unverified_reason`: a row with
-- verified = false says, in one sentence, what could not be confirmed and against which document (for example
-- "EuroGuiDerm 2025 read from the abstract only; the full text's grading table not available to the curators").
-- Later curation migrations fill it; DataConsistencyTest requires it on every unverified row.
alter table adverse_effect           add column unverified_reason text;
alter table approval                 add column unverified_reason text;
alter table boxed_warning            add column unverified_reason text;
alter table contraindication         add column unverified_reason text;
alter table dose_adjustment          add column unverified_reason text;
alter table dosing_regimen           add column unverified_reason text;
alter table drug_interaction         add column unverified_reason text;
alter table drug_target              add column unverified_reason text;
alter table efficacy_result          add column unverified_reason text;
alter table guideline_recommendation add column unverified_reason text;
alter table monitoring_requirement   add column unverified_reason text;
alter table reproductive_safety      add column unverified_reason text;
alter table risk_program             add column unverified_reason text;
alter table search_alias             add column unverified_reason text;
alter table use_limit                add column unverified_reason text;
alter table vaccination_advice       add column unverified_reason text;
