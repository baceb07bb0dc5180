-- The support desk (shared/spec/cases.md). Same SQL subset as V1, for H2 and MySQL alike.

-- What agents did on each case, append-only: the application only ever inserts here. seq
-- numbers a case's events 1, 2, 3...; the primary key makes two actions that read the same
-- status and both try to append the next event collide, so only one of them is stored.
-- source is set for events applied from an uploaded workbook (its SHA-256 and row), so the
-- same upload can never apply a row twice, even when sent twice at once.
CREATE TABLE case_event (
    case_id         VARCHAR(32)   NOT NULL,
    seq             INT           NOT NULL,
    card_id         BIGINT        NOT NULL,
    flag            VARCHAR(32)   NOT NULL,
    action          VARCHAR(16)   NOT NULL,
    actor           VARCHAR(255)  NOT NULL,
    at_us           BIGINT        NOT NULL,
    -- the date of at_us in the business zone: the event counts in workbooks for dates >= it
    effective_date  DATE          NOT NULL,
    assignee        VARCHAR(255),
    resolution      VARCHAR(32),
    -- up to 2000 characters; 4000 leaves room for characters outside the BMP, which H2 counts twice
    remark          VARCHAR(4000),
    source          VARCHAR(128),
    PRIMARY KEY (case_id, seq),
    CONSTRAINT uk_case_event_source UNIQUE (source)
) ${tableOptions};
CREATE INDEX ix_case_event_card ON case_event (card_id);
CREATE INDEX ix_case_event_action ON case_event (action);

-- When a file was accepted: a record of a resolved case's card from a file accepted after the
-- RESOLVE reopens the case ("new evidence"). NULL for files accepted before this migration.
ALTER TABLE inbound_file ADD COLUMN accepted_at_us BIGINT;

-- Timestamps exactly as the file wrote them, offset included, for the card lookup; the *_us
-- columns stay the instants every comparison uses. NULL for lines loaded before this migration.
ALTER TABLE activation ADD COLUMN txn_time_text VARCHAR(64);
ALTER TABLE redemption ADD COLUMN occurred_at_text VARCHAR(64);
