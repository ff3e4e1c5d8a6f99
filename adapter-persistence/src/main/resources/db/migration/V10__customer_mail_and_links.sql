-- Sending a quote to its customer (README "E-mail and customer links").
-- customer_links: one per sent revision; only the SHA-256 of the link's token is stored. pdf holds the
-- bytes rendered at send, so the link and the e-mail serve the same document (pdf_sha256). Revoked by a
-- revision (REPLACED, replacement_revision) or a cancel; response_* is the customer's answer, written once.
CREATE TABLE customer_links (
    id                   TEXT      NOT NULL PRIMARY KEY,
    quote_id             TEXT      NOT NULL REFERENCES quotes (id),
    revision             INTEGER   NOT NULL,
    token_hash           TEXT      NOT NULL UNIQUE,
    csrf_token           TEXT      NOT NULL,
    pdf                  ${binary} NOT NULL,
    pdf_sha256           TEXT      NOT NULL,
    created_at           BIGINT    NOT NULL,
    revoked_reason       TEXT,
    replacement_revision INTEGER,
    revoked_at           BIGINT,
    response_decision    TEXT,
    response_revision    INTEGER,
    response_name        TEXT,
    response_reason      TEXT,
    response_at          BIGINT,
    response_address     TEXT,
    response_user_agent  TEXT,
    response_pdf_sha256  TEXT
);
CREATE INDEX ix_customer_links_quote ON customer_links (quote_id, revision);
CREATE INDEX ix_customer_links_response ON customer_links (response_at);

-- The e-mail outbox, written in the transaction of what caused the mail and delivered by the server's
-- worker. link_token is the customer link's token, kept only until the mail is delivered or given up.
CREATE TABLE outbox_mails (
    id                 TEXT    NOT NULL PRIMARY KEY,
    quote_id           TEXT    NOT NULL REFERENCES quotes (id),
    kind               TEXT    NOT NULL,
    to_address         TEXT    NOT NULL,
    to_name            TEXT    NOT NULL,
    subject            TEXT    NOT NULL,
    body               TEXT    NOT NULL,
    link_token         TEXT,
    attachment_link_id TEXT    REFERENCES customer_links (id),
    attachment_name    TEXT,
    message_id         TEXT    NOT NULL,
    status             TEXT    NOT NULL,
    attempts           INTEGER NOT NULL,
    next_attempt_at    BIGINT  NOT NULL,
    last_error         TEXT    NOT NULL,
    created_at         BIGINT  NOT NULL,
    sent_at            BIGINT
);
CREATE INDEX ix_outbox_mails_due ON outbox_mails (status, next_attempt_at);
CREATE INDEX ix_outbox_mails_quote ON outbox_mails (quote_id, created_at);
