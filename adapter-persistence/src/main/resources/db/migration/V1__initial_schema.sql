-- The schema of the Window Quotation System, written once for SQLite and PostgreSQL.
-- Conventions (see adapter-persistence/README.md):
--   ids          UUID as text
--   money        BIGINT minor units (cents), column suffix _minor
--   other exact decimals (unit costs with 4 decimals, rates, factors, lengths) as decimal text
--   timestamps   BIGINT microseconds since the epoch, UTC (exact for java.time.Instant from the system clock)
--   dates        ISO-8601 text YYYY-MM-DD (sorts as text)
--   documents    JSON text (lines, pricing snapshots, BOMs, settings)
--   *_folded     the text lower-cased by the application (Java, Locale.ROOT) for case-insensitive search and
--                sorting that behave the same on both databases, whatever their collation
-- Every aggregate row carries a version for optimistic locking.

CREATE TABLE users (
    id            TEXT    NOT NULL PRIMARY KEY,
    email         TEXT    NOT NULL,
    full_name     TEXT    NOT NULL,
    password_hash TEXT    NOT NULL,
    role          TEXT    NOT NULL,
    active        BOOLEAN NOT NULL,
    version       BIGINT  NOT NULL,
    CONSTRAINT uq_users_email UNIQUE (email)
);

CREATE TABLE customers (
    id            TEXT   NOT NULL PRIMARY KEY,
    name          TEXT   NOT NULL,
    email         TEXT   NOT NULL,
    phone         TEXT   NOT NULL,
    address       TEXT   NOT NULL,
    tax_id        TEXT   NOT NULL,
    notes         TEXT   NOT NULL,
    name_folded   TEXT   NOT NULL,
    email_folded  TEXT   NOT NULL,
    phone_folded  TEXT   NOT NULL,
    tax_id_folded TEXT   NOT NULL,
    version       BIGINT NOT NULL
);
CREATE INDEX ix_customers_name ON customers (name_folded, name, id);

CREATE TABLE materials (
    id             TEXT    NOT NULL PRIMARY KEY,
    code           TEXT    NOT NULL,
    name           TEXT    NOT NULL,
    category       TEXT    NOT NULL,
    unit           TEXT    NOT NULL,
    unit_cost      TEXT    NOT NULL,
    stock_length_m TEXT,
    active         BOOLEAN NOT NULL,
    colour_costs   TEXT    NOT NULL,
    version        BIGINT  NOT NULL,
    CONSTRAINT uq_materials_code UNIQUE (code)
);

CREATE TABLE products (
    id            TEXT    NOT NULL PRIMARY KEY,
    code          TEXT    NOT NULL,
    name          TEXT    NOT NULL,
    category      TEXT    NOT NULL,
    window_type   TEXT    NOT NULL,
    min_width_mm  INTEGER NOT NULL,
    max_width_mm  INTEGER NOT NULL,
    min_height_mm INTEGER NOT NULL,
    max_height_mm INTEGER NOT NULL,
    bom           TEXT    NOT NULL,
    active        BOOLEAN NOT NULL,
    version       BIGINT  NOT NULL,
    CONSTRAINT uq_products_code UNIQUE (code)
);

CREATE TABLE labor_rates (
    window_type TEXT   NOT NULL PRIMARY KEY,
    rate_per_m2 TEXT   NOT NULL,
    complexity  TEXT   NOT NULL,
    version     BIGINT NOT NULL
);

-- One row at most: the installation's settings as a JSON document.
CREATE TABLE settings (
    id       INTEGER NOT NULL PRIMARY KEY,
    document TEXT    NOT NULL,
    version  BIGINT  NOT NULL,
    CONSTRAINT ck_settings_single_row CHECK (id = 1)
);

CREATE TABLE quotes (
    id               TEXT    NOT NULL PRIMARY KEY,
    number           TEXT    NOT NULL,
    owner_id         TEXT    NOT NULL REFERENCES users (id),
    customer_id      TEXT    NOT NULL REFERENCES customers (id),
    status           TEXT    NOT NULL,
    revision         INTEGER NOT NULL,
    total_minor      BIGINT  NOT NULL,
    valid_until      TEXT    NOT NULL,
    notes            TEXT    NOT NULL,
    rejection_reason TEXT,
    created_at       BIGINT  NOT NULL,
    updated_at       BIGINT  NOT NULL,
    lines            TEXT    NOT NULL,
    pricing          TEXT    NOT NULL,
    version          BIGINT  NOT NULL,
    CONSTRAINT uq_quotes_number UNIQUE (number)
);
-- Covering indexes for the statistics' range counts (status and total read from the index alone).
CREATE INDEX ix_quotes_owner_created ON quotes (owner_id, created_at, status, total_minor);
CREATE INDEX ix_quotes_created ON quotes (created_at, status, total_minor);
CREATE INDEX ix_quotes_status_valid_until ON quotes (status, valid_until);
CREATE INDEX ix_quotes_owner_status_valid_until ON quotes (owner_id, status, valid_until);
CREATE INDEX ix_quotes_customer ON quotes (customer_id);

-- What was sent as each revision, frozen.
CREATE TABLE quote_revisions (
    quote_id    TEXT    NOT NULL REFERENCES quotes (id),
    revision    INTEGER NOT NULL,
    sent_at     BIGINT  NOT NULL,
    valid_until TEXT    NOT NULL,
    customer    TEXT    NOT NULL,
    pricing     TEXT    NOT NULL,
    notes       TEXT    NOT NULL,
    PRIMARY KEY (quote_id, revision)
);

CREATE TABLE quote_history (
    quote_id    TEXT    NOT NULL REFERENCES quotes (id),
    seq         INTEGER NOT NULL,
    from_status TEXT,
    to_status   TEXT    NOT NULL,
    changed_by  TEXT    NOT NULL,
    changed_at  BIGINT  NOT NULL,
    note        TEXT    NOT NULL,
    PRIMARY KEY (quote_id, seq)
);

-- Quote counts and values per owner, status and UTC calendar month of creation, maintained in the
-- same transaction as every quote write, so statistics cost does not grow with the number of quotes.
CREATE TABLE quote_stats (
    owner_id    TEXT   NOT NULL,
    status      TEXT   NOT NULL,
    month_start BIGINT NOT NULL,
    quote_count BIGINT NOT NULL,
    total_minor BIGINT NOT NULL,
    PRIMARY KEY (owner_id, status, month_start)
);

CREATE TABLE work_orders (
    id                    TEXT    NOT NULL PRIMARY KEY,
    number                TEXT    NOT NULL,
    quote_id              TEXT    NOT NULL REFERENCES quotes (id),
    quote_number          TEXT    NOT NULL,
    quote_revision        INTEGER NOT NULL,
    quote_owner_id        TEXT    NOT NULL,
    customer_name         TEXT    NOT NULL,
    customer_name_folded  TEXT    NOT NULL,
    customer              TEXT    NOT NULL,
    lines                 TEXT    NOT NULL,
    materials             TEXT    NOT NULL,
    created_by            TEXT    NOT NULL,
    created_at            BIGINT  NOT NULL,
    idempotency_key       TEXT,
    request_fingerprint   TEXT,
    priority              TEXT    NOT NULL,
    estimated_delivery    TEXT,
    production_notes      TEXT    NOT NULL,
    delivery_instructions TEXT    NOT NULL,
    status                TEXT    NOT NULL,
    updated_at            BIGINT  NOT NULL,
    completed_at          BIGINT,
    version               BIGINT  NOT NULL,
    CONSTRAINT uq_work_orders_number UNIQUE (number),
    -- At most one work order per quote, and an idempotency key is used once: enforced here, so two
    -- conversions racing on two connections or two servers still produce one work order.
    CONSTRAINT uq_work_orders_quote_id UNIQUE (quote_id),
    CONSTRAINT uq_work_orders_idempotency_key UNIQUE (idempotency_key)
);
CREATE INDEX ix_work_orders_owner_created ON work_orders (quote_owner_id, created_at);
CREATE INDEX ix_work_orders_created ON work_orders (created_at);

CREATE TABLE work_order_history (
    work_order_id TEXT    NOT NULL REFERENCES work_orders (id),
    seq           INTEGER NOT NULL,
    from_status   TEXT,
    to_status     TEXT    NOT NULL,
    changed_by    TEXT    NOT NULL,
    changed_at    BIGINT  NOT NULL,
    note          TEXT    NOT NULL,
    PRIMARY KEY (work_order_id, seq)
);

-- Work orders per owner of their quote and status, maintained with every work order write.
CREATE TABLE work_order_stats (
    owner_id    TEXT   NOT NULL,
    status      TEXT   NOT NULL,
    order_count BIGINT NOT NULL,
    PRIMARY KEY (owner_id, status)
);

-- Document number sequences per series and year; incremented atomically with a row lock.
CREATE TABLE number_counters (
    series     TEXT    NOT NULL,
    year       INTEGER NOT NULL,
    last_value BIGINT  NOT NULL,
    PRIMARY KEY (series, year)
);

CREATE TABLE sessions (
    token_hash   TEXT   NOT NULL PRIMARY KEY,
    user_id      TEXT   NOT NULL REFERENCES users (id),
    csrf_token   TEXT   NOT NULL,
    created_at   BIGINT NOT NULL,
    last_seen_at BIGINT NOT NULL,
    expires_at   BIGINT NOT NULL
);
CREATE INDEX ix_sessions_user ON sessions (user_id);
CREATE INDEX ix_sessions_expires ON sessions (expires_at);
CREATE INDEX ix_sessions_last_seen ON sessions (last_seen_at);

CREATE TABLE api_tokens (
    id         TEXT   NOT NULL PRIMARY KEY,
    user_id    TEXT   NOT NULL REFERENCES users (id),
    name       TEXT   NOT NULL,
    token_hash TEXT   NOT NULL,
    created_at BIGINT NOT NULL,
    CONSTRAINT uq_api_tokens_hash UNIQUE (token_hash)
);
CREATE INDEX ix_api_tokens_user ON api_tokens (user_id);

CREATE TABLE login_attempts (
    attempt_key  TEXT   NOT NULL,
    attempted_at BIGINT NOT NULL
);
CREATE INDEX ix_login_attempts_key_time ON login_attempts (attempt_key, attempted_at);
