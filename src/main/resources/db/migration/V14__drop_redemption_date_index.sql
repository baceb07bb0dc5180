-- Every query that picks ledger entries by date also names their status (the finance summary's
-- APPLIED entries of a date, the liability bridge's moving cards, the refused attempts of a
-- window), so ix_redemption_status_date (V5) serves them all and the index on the date alone
-- served none. It still cost every loaded ledger line an index entry: on MariaDB the 240,000
-- lines of a 20-day catch-up stored in 2.39 s without it against 2.62 s with it (BENCHMARKS.md).
DROP INDEX ix_redemption_date ON redemption;
