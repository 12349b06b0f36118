-- The name lookup of drug(name) and regimens: a b-tree probe on every table of drug_term.
--
-- erx_norm (V4) unaccents, transliterates and strips a name: about 6 µs a call here. At the default cost of a function
-- (100) the planner reckoned a scan of drug_synonym's 36 rows, normalising each, cheaper than its index on
-- erx_norm(name) (drug_synonym_name_norm_idx): 0.22 ms of the 0.86 ms of drug(name: "upadacitinib") with its
-- relations, against 0.01 ms by the index. A cost that says what the call costs keeps every lookup on its index
-- (pgbench on that statement: 2029 -> 2966 statements/s).
alter function erx_norm(text) cost 1000;
