-- The key indexes a load looks repeated ids up by (V12). Built after V12_1 filled the keys.
CREATE INDEX ix_activation_txn_key ON activation (txn_key);
CREATE INDEX ix_redemption_key ON redemption (redemption_key);
