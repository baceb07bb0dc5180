-- The card refresh runs in partitions, each in transactions of its own. Outstanding totals are
-- adjusted in the same transaction as the card states they follow from, so that they count
-- exactly once; two partitions adding to the same total row would wait for each other (and on
-- InnoDB could deadlock). Each partition therefore adds to a row of its own slot; every reader
-- already sums the rows of a (date, region, currency), so the slots are invisible to them.
ALTER TABLE outstanding_by_date ADD COLUMN slot INT DEFAULT 0 NOT NULL;
ALTER TABLE outstanding_by_date DROP PRIMARY KEY;
ALTER TABLE outstanding_by_date ADD PRIMARY KEY (last_date, activated_on, region, currency, slot);
