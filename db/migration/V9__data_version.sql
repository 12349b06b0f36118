-- Stamp of the curation this database holds; later curation migrations update it.
insert into data_version (id, version, reviewed_on, notes)
values (1, '2026.11.22', date '2026-11-22',
        'First curation: the medicines of the seed documents plus those approved since, checked against current FDA labels and EMA product information.');
