-- The three AAD 2023 systemic recommendations left unverified since V14_2 get the reason their curators recorded in
-- the statement: direction and strength read in the guideline's abstract; certainty and population wording not fully
-- seen in the full text. From here on every unverified row says why (DataConsistencyTest).
update guideline_recommendation r
   set unverified_reason = 'AAD 2023 systemic guideline: the conditional recommendation was read in the abstract; the certainty of evidence and the population wording were not fully seen in the full text.'
 where r.guideline = 'AAD_2023_SYSTEMIC'
   and not r.verified
   and r.unverified_reason is null
   and r.intervention_id in (select id from intervention where name in ('cyclosporine (ciclosporin)', 'azathioprine', 'mycophenolate mofetil'));

update data_version
   set notes = notes || ' Every unverified row now carries its reason.'
 where id = 1;
