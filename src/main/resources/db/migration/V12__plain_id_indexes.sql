-- A repeated txn_id or redemption_id is a line reject the load finds by itself (it keeps the
-- ids it has seen, see ActivationWriter), so the database no longer has to refuse it: plain
-- indexes instead of unique keys, which H2 maintained at about 1.6 times the cost with ids
-- in the order retailers number them (BENCHMARKS.md). They stay for looking ids up.
-- txn_id first: a night looks up a chunk's ids as "retailer_id = ? AND txn_id IN (...)", and H2
-- uses only an index's leading column for it; led by retailer_id, it read every line of the
-- retailer's history per chunk (a 60-day night's loadActivations took 60 s instead of 1).
ALTER TABLE activation DROP CONSTRAINT uk_activation_txn;
CREATE INDEX ix_activation_txn ON activation (txn_id, retailer_id);
-- Ledger entries are stored in load order, like activations, one line of one file each,
-- instead of at the random place a VARCHAR primary key put them in InnoDB's clustered index.
-- The new primary key serves every read by file.
ALTER TABLE redemption DROP PRIMARY KEY;
ALTER TABLE redemption ADD PRIMARY KEY (file_id, line_no);
DROP INDEX ix_redemption_file ON redemption;
CREATE INDEX ix_redemption_id ON redemption (redemption_id);
