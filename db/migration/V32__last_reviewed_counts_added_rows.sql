-- V32: a fact added from a source is a reading too (review of 2026-12-07).
--
-- V29 made a drug's last_reviewed at least the release date of the latest reading that confirmed one of its facts
-- against a source or repointed it to another (a CHANGED row). A row ADDED from a source is read from it as well:
-- release 2026.12.07.3 (V31) added Rinvoq LQ, read in the FDA label, to upadacitinib, whose last_reviewed stayed
-- 2026-11-27. Editorial changes and corrections that read nothing anew (V28's curation notes moved out of fact text,
-- V31's strengths set to "not read") still do not move it. DataConsistencyTest.lastReviewedFollowsTheReadings keeps
-- the rule.

update drug d set last_reviewed = read.day
from (select c.drug_id, max(r.released_on) as day
      from fact_change c join data_release r on r.version = c.release
      where c.operation = 'ADDED' and c.after ->> 'source_id' is not null
      group by c.drug_id) as read
where read.drug_id = d.id and read.day > d.last_reviewed;

update data_version set version = '2026.12.07.4', reviewed_on = date '2026-12-07',
    notes = notes || ' | 2026-12-07 (V32): a fact added from a source counts as a reading of the drug: upadacitinib, whose US brand Rinvoq LQ was read in the FDA label in 2026.12.07.3, was last reviewed on 2026-12-07 (was 2026-11-27); no fact changed.'
where id = 1;
