-- Each flag row carries its card's figures and last date, as card_state holds them, so "every
-- (card, flag) that holds as of D" (AsOfViews.EXCEPTIONS), which a night reads four times
-- (case tracking twice, both workbooks), is one pass over card_flag in key order instead of a
-- card_state lookup per flag: those lookups read back, in random order, pages of the largest
-- table that the refresh has just evicted (BENCHMARKS.md, session 5). The refresh writes a
-- card's flags whenever it writes the card, so the copies never differ from card_state.
ALTER TABLE card_flag ADD COLUMN last_date DATE;
ALTER TABLE card_flag ADD COLUMN retailer_id VARCHAR(16);
ALTER TABLE card_flag ADD COLUMN region VARCHAR(2);
ALTER TABLE card_flag ADD COLUMN currency VARCHAR(3);
ALTER TABLE card_flag ADD COLUMN activated_amount DECIMAL(19,2);
ALTER TABLE card_flag ADD COLUMN redeemed_total DECIMAL(19,2);
ALTER TABLE card_flag ADD COLUMN redeemed_currency VARCHAR(3);
ALTER TABLE card_flag ADD COLUMN redemption_count INT;
ALTER TABLE card_flag ADD COLUMN accounts VARCHAR(4000);
UPDATE card_flag SET
    last_date = (SELECT c.last_date FROM card_state c WHERE c.card_id = card_flag.card_id),
    retailer_id = (SELECT c.retailer_id FROM card_state c WHERE c.card_id = card_flag.card_id),
    region = (SELECT c.region FROM card_state c WHERE c.card_id = card_flag.card_id),
    currency = (SELECT c.currency FROM card_state c WHERE c.card_id = card_flag.card_id),
    activated_amount = (SELECT c.activated_amount FROM card_state c WHERE c.card_id = card_flag.card_id),
    redeemed_total = (SELECT c.redeemed_total FROM card_state c WHERE c.card_id = card_flag.card_id),
    redeemed_currency = (SELECT c.redeemed_currency FROM card_state c WHERE c.card_id = card_flag.card_id),
    redemption_count = (SELECT c.redemption_count FROM card_state c WHERE c.card_id = card_flag.card_id),
    accounts = (SELECT c.accounts FROM card_state c WHERE c.card_id = card_flag.card_id);
