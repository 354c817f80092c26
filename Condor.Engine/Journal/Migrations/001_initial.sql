-- Condor journal, schema version 1.
-- Conventions: money and prices are TEXT holding an invariant-culture decimal ("5.05", never "5,05");
-- instants are ISO-8601 UTC TEXT ("2026-03-02T14:32:00.0000000Z", fixed width so text order = time order);
-- session dates are TEXT yyyy-MM-dd (exchange date); enums are TEXT names.
-- Columns marked "derived" are computed by the journal from recorded facts; callers never write them.

CREATE TABLE sessions (
    session_date    TEXT NOT NULL,
    mode            TEXT NOT NULL,
    phase           TEXT NOT NULL,
    no_trade_reason TEXT NULL,
    updated_utc     TEXT NOT NULL,
    PRIMARY KEY (session_date, mode)
);

-- Idempotency keys of a session ("entry-sent", "exits-attached"...): claimed once, never twice.
CREATE TABLE session_keys (
    session_date TEXT NOT NULL,
    mode         TEXT NOT NULL,
    key          TEXT NOT NULL,
    claimed_utc  TEXT NOT NULL,
    PRIMARY KEY (session_date, mode, key)
);

CREATE TABLE trades (
    id                  INTEGER PRIMARY KEY,
    session_date        TEXT NOT NULL,
    mode                TEXT NOT NULL,
    underlying          TEXT NOT NULL,
    contracts           INTEGER NOT NULL CHECK (contracts > 0),
    multiplier          INTEGER NOT NULL CHECK (multiplier > 0),
    status              TEXT NOT NULL,
    entry_limit         TEXT NULL,
    margin_used         TEXT NULL,
    exit_reason         TEXT NULL,
    settlement_price    TEXT NULL,
    settlement_utc      TEXT NULL,
    status_reason       TEXT NULL,
    notes               TEXT NOT NULL DEFAULT '',
    created_utc         TEXT NOT NULL,
    entry_utc           TEXT NULL, -- derived: first opening leg execution
    exit_utc            TEXT NULL, -- derived: last closing leg execution or settlement
    credit              TEXT NULL, -- derived: opening credit per contract
    exit_price          TEXT NULL, -- derived: closing debit per contract
    pnl_gross           TEXT NULL, -- derived
    commissions         TEXT NULL, -- derived: sum of leg executions' commissions
    pnl_net             TEXT NULL, -- derived
    commissions_pending INTEGER NOT NULL DEFAULT 0, -- derived: leg executions still without a commission report
    UNIQUE (session_date, mode) -- at most one trade per day and mode
);

CREATE TABLE legs (
    id           INTEGER PRIMARY KEY,
    trade_id     INTEGER NOT NULL REFERENCES trades (id),
    position     TEXT NOT NULL, -- LongPut / ShortPut / ShortCall / LongCall
    option_right TEXT NOT NULL, -- P / C
    strike       TEXT NOT NULL,
    con_id       INTEGER NOT NULL,
    entry_delta  REAL NULL,
    entry_iv     REAL NULL,
    entry_mid    TEXT NULL,
    open_price   TEXT NULL, -- derived: average opening fill
    close_price  TEXT NULL, -- derived: average closing fill
    commission   TEXT NULL, -- derived
    UNIQUE (trade_id, position),
    UNIQUE (trade_id, con_id)
);

CREATE TABLE orders (
    id             INTEGER PRIMARY KEY,
    trade_id       INTEGER NOT NULL REFERENCES trades (id),
    mode           TEXT NOT NULL,
    order_ref      TEXT NOT NULL,
    role           TEXT NOT NULL,
    attempt        INTEGER NOT NULL,
    order_id       INTEGER NOT NULL,
    perm_id        INTEGER NULL,
    action         TEXT NOT NULL,
    order_type     TEXT NOT NULL,
    quantity       INTEGER NOT NULL,
    limit_price    TEXT NULL,
    aux_price      TEXT NULL,
    oca_group      TEXT NULL,
    good_after_utc TEXT NULL,
    status         TEXT NOT NULL, -- 'Intent' until the gateway reports; then the most advanced status seen
    filled         TEXT NOT NULL DEFAULT '0',
    remaining      TEXT NULL,
    avg_fill_price TEXT NULL,
    created_utc    TEXT NOT NULL,
    updated_utc    TEXT NOT NULL,
    UNIQUE (mode, order_ref)
);
CREATE INDEX ix_orders_mode_order_id ON orders (mode, order_id);

-- Every distinct status report of an order, stored once (the unique key is the idempotency key).
CREATE TABLE order_status_history (
    id             INTEGER PRIMARY KEY,
    mode           TEXT NOT NULL,
    order_id       INTEGER NOT NULL,
    order_row_id   INTEGER NULL REFERENCES orders (id), -- NULL: not an order of ours (kept anyway)
    perm_id        INTEGER NULL,
    status         TEXT NOT NULL,
    filled         TEXT NOT NULL,
    remaining      TEXT NOT NULL,
    avg_fill_price TEXT NOT NULL,
    received_utc   TEXT NOT NULL,
    UNIQUE (mode, order_id, status, filled, remaining, avg_fill_price)
);

CREATE TABLE executions (
    id           INTEGER PRIMARY KEY,
    mode         TEXT NOT NULL,
    exec_id      TEXT NOT NULL,
    order_id     INTEGER NOT NULL,
    perm_id      INTEGER NULL,
    order_ref    TEXT NULL,
    order_row_id INTEGER NULL REFERENCES orders (id), -- NULL: not from an order of ours (external)
    trade_id     INTEGER NULL REFERENCES trades (id),
    leg_id       INTEGER NULL REFERENCES legs (id),   -- NULL for the combo-level execution
    is_combo     INTEGER NOT NULL,
    con_id       INTEGER NOT NULL,
    side         TEXT NOT NULL, -- BOT / SLD
    quantity     INTEGER NOT NULL,
    price        TEXT NOT NULL,
    exec_utc     TEXT NOT NULL,
    received_utc TEXT NOT NULL,
    UNIQUE (mode, exec_id)
);

-- Commission reports arrive separately from executions (keyed by execId), possibly later or corrected.
CREATE TABLE commissions (
    mode         TEXT NOT NULL,
    exec_id      TEXT NOT NULL,
    commission   TEXT NOT NULL,
    currency     TEXT NOT NULL,
    received_utc TEXT NOT NULL,
    PRIMARY KEY (mode, exec_id)
);

CREATE TABLE quote_captures (
    id              INTEGER PRIMARY KEY,
    mode            TEXT NOT NULL,
    session_date    TEXT NOT NULL,
    trade_id        INTEGER NULL REFERENCES trades (id),
    purpose         TEXT NOT NULL,
    captured_utc    TEXT NOT NULL,
    underlying_price TEXT NULL,
    vix             TEXT NULL,
    vix_prior_close TEXT NULL,
    legs_json       TEXT NOT NULL, -- each leg's bid/ask/mid/greeks
    candidates_json TEXT NOT NULL  -- the strikes the delta selection considered
);

CREATE TABLE audit_log (
    id           INTEGER PRIMARY KEY,
    at_utc       TEXT NOT NULL,
    mode         TEXT NOT NULL,
    actor        TEXT NOT NULL, -- Schedule / OwnerWeb / OwnerBot / Engine
    kind         TEXT NOT NULL, -- Command / Decision / OrderAction / Error
    message      TEXT NOT NULL,
    detail       TEXT NULL,
    trade_id     INTEGER NULL REFERENCES trades (id)
);

CREATE TABLE notifications (
    id       INTEGER PRIMARY KEY,
    sent_utc TEXT NOT NULL,
    mode     TEXT NOT NULL,
    channel  TEXT NOT NULL,
    severity TEXT NOT NULL,
    title    TEXT NOT NULL,
    body     TEXT NOT NULL,
    success  INTEGER NOT NULL,
    error    TEXT NULL
);

CREATE TABLE equity_snapshots (
    session_date    TEXT NOT NULL,
    mode            TEXT NOT NULL,
    net_liquidation TEXT NOT NULL,
    day_pnl         TEXT NOT NULL,
    captured_utc    TEXT NOT NULL,
    PRIMARY KEY (session_date, mode)
);
