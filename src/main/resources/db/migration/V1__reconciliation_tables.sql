-- Application tables. Written in the SQL subset H2 and MySQL/MariaDB share, so one
-- migration serves both. ${tableOptions} gives MySQL binary collation: ids that differ only
-- in case are different ids, and text sorts the same as on H2. Instants are BIGINT epoch microseconds: exact, ordered, and immune
-- to drivers that drop fractional seconds from DATETIME columns. Money is DECIMAL.
-- Card ids (always 16 digits) are BIGINT: numeric keys index several times faster than
-- strings, order the same as the fixed-width digits, and the application formats them back
-- with leading zeros.

-- Every inbound file ever seen. (kind, file_name, sha256) identifies a file version, so a
-- rerun over the same inbox registers nothing twice.
CREATE TABLE inbound_file (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind            VARCHAR(16)   NOT NULL,
    file_name       VARCHAR(255)  NOT NULL,
    sha256          VARCHAR(64)      NOT NULL,
    size_bytes      BIGINT        NOT NULL,
    modified_ms     BIGINT        NOT NULL,
    business_date   DATE,
    retailer_id     VARCHAR(16),
    seq             INT,
    status          VARCHAR(16)   NOT NULL,
    total_lines     INT           NOT NULL,
    loaded_lines    INT           NOT NULL,
    rejected_lines  INT           NOT NULL,
    detail          VARCHAR(1000),
    seen_on         DATE          NOT NULL,
    -- false until the states of the cards this file touched have been recomputed
    reconciled      BOOLEAN       DEFAULT FALSE NOT NULL,
    CONSTRAINT uk_inbound_file_version UNIQUE (kind, file_name, sha256)
) ${tableOptions};
CREATE INDEX ix_inbound_file_date ON inbound_file (business_date);
CREATE INDEX ix_inbound_file_seen ON inbound_file (seen_on);
CREATE INDEX ix_inbound_file_sha ON inbound_file (sha256);
CREATE INDEX ix_inbound_file_ident ON inbound_file (retailer_id, business_date, seq);
CREATE INDEX ix_inbound_file_status ON inbound_file (status);

-- Valid detail lines of accepted activation files.
CREATE TABLE activation (
    file_id      BIGINT        NOT NULL,
    line_no      INT           NOT NULL,
    retailer_id  VARCHAR(16)   NOT NULL,
    txn_id       VARCHAR(255)  NOT NULL,
    txn_type     VARCHAR(8)    NOT NULL,
    card_id      BIGINT        NOT NULL,
    amount       DECIMAL(19,2) NOT NULL,
    currency     VARCHAR(3)       NOT NULL,
    region       VARCHAR(2)       NOT NULL,
    store_id     VARCHAR(255),
    terminal_id  VARCHAR(255),
    txn_time_us  BIGINT        NOT NULL,
    file_date    DATE          NOT NULL,
    PRIMARY KEY (file_id, line_no),
    CONSTRAINT uk_activation_txn UNIQUE (txn_id, retailer_id)
) ${tableOptions};
CREATE INDEX ix_activation_card ON activation (card_id);

-- Valid ledger lines, APPLIED and REJECTED alike; only APPLIED ones are redemptions.
CREATE TABLE redemption (
    redemption_id   VARCHAR(255)  NOT NULL PRIMARY KEY,
    file_id         BIGINT        NOT NULL,
    line_no         INT           NOT NULL,
    card_id         BIGINT,       -- NULL only for REJECTED with reason INVALID_CODE
    account_id      VARCHAR(255)  NOT NULL,
    account_region  VARCHAR(2)       NOT NULL,
    amount          DECIMAL(19,2) NOT NULL,
    currency        VARCHAR(3)       NOT NULL,
    status          VARCHAR(8)    NOT NULL,
    reason          VARCHAR(32),
    occurred_at_us  BIGINT        NOT NULL,
    occurred_date   DATE          NOT NULL,
    signature       VARCHAR(64)      NOT NULL
) ${tableOptions};
CREATE INDEX ix_redemption_card ON redemption (card_id);
CREATE INDEX ix_redemption_date ON redemption (occurred_date);
CREATE INDEX ix_redemption_file ON redemption (file_id);

-- Rejected lines of accepted files, with the reason a retailer would understand.
CREATE TABLE line_reject (
    file_id  BIGINT        NOT NULL,
    line_no  INT           NOT NULL,
    reason   VARCHAR(1000) NOT NULL,
    PRIMARY KEY (file_id, line_no)
) ${tableOptions};

-- Each card's state over ALL loaded records. For a run as of D it is the as-of-D state of
-- every card whose records all fall on or before D (last_date <= D), which in a nightly run
-- is every card; only cards with later records are recomputed per run (asof_* tables).
CREATE TABLE card_state (
    card_id            BIGINT        NOT NULL PRIMARY KEY,
    first_date         DATE          NOT NULL,
    last_date          DATE          NOT NULL,
    state              VARCHAR(8)    NOT NULL,
    retailer_id        VARCHAR(16),
    region             VARCHAR(2),
    currency           VARCHAR(3),
    activated_amount   DECIMAL(19,2),
    redemption_count   INT           NOT NULL,
    redeemed_total     DECIMAL(19,2) NOT NULL,
    redeemed_currency  VARCHAR(3),
    accounts           VARCHAR(4000),
    outstanding        BOOLEAN       NOT NULL
) ${tableOptions};
CREATE INDEX ix_card_state_last ON card_state (last_date);

CREATE TABLE card_flag (
    card_id        BIGINT      NOT NULL,
    flag           VARCHAR(32) NOT NULL,
    flag_rank      INT         NOT NULL,
    severity       VARCHAR(8)  NOT NULL,
    severity_rank  INT         NOT NULL,
    PRIMARY KEY (card_id, flag)
) ${tableOptions};

-- Open liability of card_state, summed by the cards' last_date, kept up to date by deltas so
-- that "outstanding as of D" never has to scan every card.
CREATE TABLE outstanding_by_date (
    last_date  DATE          NOT NULL,
    region     VARCHAR(2)       NOT NULL,
    currency   VARCHAR(3)       NOT NULL,
    cards      BIGINT        NOT NULL,
    amount     DECIMAL(19,2) NOT NULL,
    PRIMARY KEY (last_date, region, currency)
) ${tableOptions};

-- As-of-D results for cards that also have records after D (first_date <= D < last_date).
CREATE TABLE asof_card (
    as_of              DATE          NOT NULL,
    card_id            BIGINT        NOT NULL,
    state              VARCHAR(8)    NOT NULL,
    retailer_id        VARCHAR(16),
    region             VARCHAR(2),
    currency           VARCHAR(3),
    activated_amount   DECIMAL(19,2),
    redemption_count   INT           NOT NULL,
    redeemed_total     DECIMAL(19,2) NOT NULL,
    redeemed_currency  VARCHAR(3),
    accounts           VARCHAR(4000),
    outstanding        BOOLEAN       NOT NULL,
    PRIMARY KEY (as_of, card_id)
) ${tableOptions};

CREATE TABLE asof_flag (
    as_of          DATE        NOT NULL,
    card_id        BIGINT      NOT NULL,
    flag           VARCHAR(32) NOT NULL,
    flag_rank      INT         NOT NULL,
    severity       VARCHAR(8)  NOT NULL,
    severity_rank  INT         NOT NULL,
    PRIMARY KEY (as_of, card_id, flag)
) ${tableOptions};

-- Support cases: when each (card, flag) was first flagged by any run.
CREATE TABLE case_seen (
    card_id     BIGINT      NOT NULL,
    flag        VARCHAR(32) NOT NULL,
    first_seen  DATE        NOT NULL,
    PRIMARY KEY (card_id, flag)
) ${tableOptions};
CREATE INDEX ix_case_seen_first ON case_seen (first_seen);

-- Settings the stored results depend on (business zone, denomination ranges).
CREATE TABLE recon_setting (
    setting_name   VARCHAR(64)   NOT NULL PRIMARY KEY,
    setting_value  VARCHAR(4000) NOT NULL
) ${tableOptions};

-- One run at a time per database, across processes and nodes. The holder refreshes its
-- heartbeat while it runs; a lock whose heartbeat is stale belongs to a dead process.
CREATE TABLE run_lock (
    name          VARCHAR(32)  NOT NULL PRIMARY KEY,
    owner         VARCHAR(128),
    heartbeat_ms  BIGINT       NOT NULL
) ${tableOptions};
INSERT INTO run_lock (name, owner, heartbeat_ms) VALUES ('nightly', NULL, 0);
