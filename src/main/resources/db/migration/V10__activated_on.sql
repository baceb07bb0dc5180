-- Ageing counts outstanding cards by the business date of the file of their current
-- activation. Store that date with every card result, and keep the outstanding totals by it
-- too, so that ageing as of D reads the same few rows per date as the outstanding figure.
-- The three tables hold derived results only: they are emptied here and every accepted file
-- is marked unreconciled, so the next run recomputes every card from its records, once.
ALTER TABLE card_state ADD COLUMN activated_on DATE;
ALTER TABLE asof_card ADD COLUMN activated_on DATE;
DELETE FROM card_flag;
DELETE FROM card_state;
DELETE FROM asof_flag;
DELETE FROM asof_card;
DROP TABLE outstanding_by_date;
CREATE TABLE outstanding_by_date (
    last_date     DATE          NOT NULL,
    activated_on  DATE          NOT NULL,
    region        VARCHAR(2)    NOT NULL,
    currency      VARCHAR(3)    NOT NULL,
    cards         BIGINT        NOT NULL,
    amount        DECIMAL(19,2) NOT NULL,
    PRIMARY KEY (last_date, activated_on, region, currency)
) ${tableOptions};
UPDATE inbound_file SET reconciled = FALSE WHERE status = 'ACCEPTED';
