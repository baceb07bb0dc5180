-- The script a reader would write instead of the product: the same eight flags and the open
-- liability as of ${date}, straight from the inbox's CSV files, with nothing stored in between.
-- bench/duckdb.sh runs it (in memory, through DuckDB's JDBC driver) beside the product.
-- No file registry, no line validation, no rejects, no restart state, no workbooks: it is the
-- comparison the product's speed is judged by, not a replacement.
SET TimeZone = 'UTC';  -- the business zone

-- Activation files: an H header line (skipped), D details, a T trailer line (filtered out); from files
-- dated on or before D (the date in the name: RETAILER_YYYYMMDD_SEQ.csv). The dialect is given, not
-- sniffed: DuckDB 1.4.4's sniffer, meeting 4-field headers and 3-field trailers, either refuses
-- small files or (one retailer ends its lines with CRLF, the others LF) leaves a retailer's files
-- out without an error.
CREATE TEMP TABLE act AS
SELECT * FROM (
  SELECT regexp_extract(filename, '([A-Za-z0-9]+)_[0-9]{8}_[0-9]+\.csv$', 1) AS retailer,
         strptime(regexp_extract(filename, '_([0-9]{8})_[0-9]+\.csv$', 1), '%Y%m%d')::DATE AS file_date,
         filename, txn_id, txn_type, card_id, amount::DECIMAL(18, 3) AS amount, currency, region,
         txn_time::TIMESTAMPTZ AS txn_time
  FROM read_csv('${inbox}/activations/*.csv', auto_detect = false, skip = 1, header = false, delim = ',',
       quote = '"', null_padding = true, filename = true, all_varchar = true, columns = {'rec': 'VARCHAR', 'txn_id': 'VARCHAR', 'txn_type': 'VARCHAR',
       'card_id': 'VARCHAR', 'amount': 'VARCHAR', 'currency': 'VARCHAR', 'region': 'VARCHAR',
       'store': 'VARCHAR', 'terminal': 'VARCHAR', 'txn_time': 'VARCHAR'})
  WHERE rec = 'D')
WHERE file_date <= DATE '${date}'
-- a transaction sent twice by a retailer counts once
QUALIFY row_number() OVER (PARTITION BY retailer, txn_id ORDER BY file_date, filename) = 1;

-- The redemption ledger: APPLIED entries that occurred on or before D, each redemption id once.
CREATE TEMP TABLE red AS
SELECT redemption_id, card_id, account_id, account_region, amount::DECIMAL(18, 3) AS amount, currency,
       occurred_at::TIMESTAMPTZ AS occurred_at
FROM read_csv('${inbox}/ledger/*.csv', header = true, all_varchar = true)
WHERE status = 'APPLIED' AND CAST(occurred_at::TIMESTAMPTZ AS DATE) <= DATE '${date}'
QUALIFY row_number() OVER (PARTITION BY redemption_id ORDER BY occurred_at) = 1;

CREATE TEMP TABLE denomination(currency VARCHAR, lo DECIMAL(18, 3), hi DECIMAL(18, 3));
INSERT INTO denomination VALUES ('USD', 25, 2000), ('CAD', 25, 2000), ('GBP', 25, 2000), ('EUR', 25, 2000),
    ('INR', 500, 100000), ('JPY', 1500, 300000);

-- Per card: its records in txn_time order, the state after the last, the current (latest) ACTIVATE.
CREATE TEMP TABLE card AS
WITH ordered AS (
  SELECT a.*, lag(txn_type) OVER (PARTITION BY card_id ORDER BY txn_time, file_date, filename, txn_id) AS before,
         row_number() OVER (PARTITION BY card_id ORDER BY txn_time DESC, file_date DESC, filename DESC, txn_id DESC) AS from_last
  FROM act a)
SELECT card_id,
       max(CASE WHEN from_last = 1 THEN txn_type END) AS state,
       arg_max(region, (txn_time, file_date, filename, txn_id)) FILTER (WHERE txn_type = 'ACTIVATE') AS region,
       arg_max(currency, (txn_time, file_date, filename, txn_id)) FILTER (WHERE txn_type = 'ACTIVATE') AS currency,
       arg_max(amount, (txn_time, file_date, filename, txn_id)) FILTER (WHERE txn_type = 'ACTIVATE') AS amount,
       min(txn_time) FILTER (WHERE txn_type = 'ACTIVATE') AS first_activated,
       bool_or(txn_type = 'ACTIVATE' AND before = 'ACTIVATE') AS duplicate_activation,
       bool_or(txn_type = 'ACTIVATE' AND (o.amount < d.lo OR o.amount > d.hi)) AS out_of_range
FROM ordered o LEFT JOIN denomination d USING (currency)
GROUP BY card_id;

CREATE TEMP TABLE flags AS
WITH redeemed AS (
  SELECT r.card_id, count(*) AS redemptions, count(DISTINCT account_id) AS accounts, min(occurred_at) AS first_redeemed,
         bool_or(r.account_region <> c.region) AS region_mismatch,
         bool_or(r.amount <> c.amount OR r.currency <> c.currency) AS amount_mismatch
  FROM red r LEFT JOIN card c USING (card_id)
  GROUP BY r.card_id),
everything AS (
  SELECT coalesce(c.card_id, r.card_id) AS card_id, c.*, r.* EXCLUDE (card_id)
  FROM card c FULL JOIN redeemed r USING (card_id))
SELECT card_id, flag FROM everything, LATERAL (VALUES
    ('UNACTIVATED_REDEMPTION', redemptions > 0 AND first_activated IS NULL),
    ('VOIDED_CARD_REDEEMED', redemptions > 0 AND state = 'VOID'),
    ('REDEEMED_BEFORE_ACTIVATION', redemptions > 0 AND first_redeemed < first_activated),
    ('DOUBLE_REDEMPTION', redemptions >= 2),
    ('REGION_MISMATCH', coalesce(region_mismatch, false)),
    ('AMOUNT_MISMATCH', coalesce(amount_mismatch, false)),
    ('DUPLICATE_ACTIVATION', coalesce(duplicate_activation, false)),
    ('DENOMINATION_OUT_OF_RANGE', coalesce(out_of_range, false))) f(flag, holds)
WHERE holds;

-- result: exceptions by flag
SELECT flag, count(*) AS exceptions FROM flags GROUP BY flag ORDER BY flag;

-- result: outstanding liability (ACTIVE cards nobody has redeemed) by region and currency
SELECT c.region, c.currency, count(*) AS cards, sum(c.amount) AS amount
FROM card c WHERE c.state = 'ACTIVATE' AND NOT EXISTS (SELECT 1 FROM red r WHERE r.card_id = c.card_id)
GROUP BY c.region, c.currency ORDER BY c.region, c.currency;
