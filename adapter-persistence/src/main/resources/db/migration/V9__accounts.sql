-- API tokens expire and remember when they were last used (README "Security").
-- expires_at: tokens made before this migration get the default lifetime, 90 days from their creation
-- (timestamps are microseconds since the epoch; 90 days = 7 776 000 000 000 µs). The DEFAULT only lets
-- the column be added NOT NULL to a filled table; every insert names it.
-- last_used_at: NULL until first used; written at most once a minute per token.
ALTER TABLE api_tokens ADD COLUMN expires_at BIGINT NOT NULL DEFAULT 0;
ALTER TABLE api_tokens ADD COLUMN last_used_at BIGINT;
UPDATE api_tokens SET expires_at = created_at + 7776000000000;

-- Housekeeping deletes failed logins older than every throttle window; the ADMIN's throttle view reads
-- the recent ones across all keys.
CREATE INDEX ix_login_attempts_time ON login_attempts (attempted_at);
