-- Duplicate txn_ids and redemption_id conflicts are found by a 64-bit key of the ids
-- (com.giftcardrecon.ingest.LoadKey) instead of unique string keys. H2 stored activation rows
-- at less than half the rate with the unique (txn_id, retailer_id) key (BENCHMARKS.md), and a
-- random VARCHAR primary key made InnoDB insert every ledger entry at a random place of the
-- table. The keys are filled in by V12_1 and indexed by V12_2; the ids stay as they were.
ALTER TABLE activation ADD COLUMN txn_key BIGINT;
ALTER TABLE redemption ADD COLUMN redemption_key BIGINT;
ALTER TABLE activation DROP CONSTRAINT uk_activation_txn;
-- Ledger entries are stored in load order, like activations: one line of one file each.
ALTER TABLE redemption DROP PRIMARY KEY;
ALTER TABLE redemption ADD PRIMARY KEY (file_id, line_no);
