-- V29: a drug's last_reviewed is at least the day one of its facts was last re-read against a source (review of
-- 2026-12-07).
--
-- Drug.lastReviewed says "when the curators last reviewed this drug's facts against its sources". The readings the
-- change log recorded (releases 2026.12.06 to 2026.12.06.4) confirmed rows against their sources or repointed them
-- to the document they were read in, but left last_reviewed as it was: tapinarof's JP approval was confirmed on 2026-12-06
-- while tapinarof said 2026-11-22. The change log (V23) records those readings: a row that became verified, or
-- whose source changed. Each drug's last_reviewed becomes the release date of its latest such change where that is
-- later. (Changes before the log began, V18-V22 in release 2026.12.06, are not recorded, so a drug read only then
-- keeps its date: nothing here is guessed.) DataConsistencyTest.lastReviewedFollowsTheReadings keeps the rule.

update drug d set last_reviewed = read.day
from (select c.drug_id, max(r.released_on) as day
      from fact_change c join data_release r on r.version = c.release
      where c.operation = 'CHANGED'
        and ((c.after ->> 'verified')::boolean and (c.before ->> 'verified') is distinct from (c.after ->> 'verified')
             or (c.before ->> 'source_id') is distinct from (c.after ->> 'source_id'))
      group by c.drug_id) as read
where read.drug_id = d.id and read.day > d.last_reviewed;

update data_version set version = '2026.12.07.2', reviewed_on = date '2026-12-07',
    notes = notes || ' | 2026-12-07 (V29): each drug''s last-reviewed date is at least the release date of the latest reading that confirmed one of its facts against a source or repointed it to another (cyclosporine, mycophenolate mofetil and tapinarof: 2026-11-22 -> 2026-12-06); no fact changed.'
where id = 1;
