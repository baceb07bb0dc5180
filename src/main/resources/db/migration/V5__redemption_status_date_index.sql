-- The support workbook's Attempts and Suspicious Accounts sheets read the REJECTED ledger entries
-- of a window of dates. With status first, H2 and MySQL read exactly those entries from the
-- index instead of every entry of the window (refused attempts are a few percent of a normal
-- night). The finance summary's APPLIED entries of a date use it the same way.
CREATE INDEX ix_redemption_status_date ON redemption (status, occurred_date);
