-- The statistics count quotes created in a time range (the edges of a period or of a month in the
-- asked time zone) per status: with status and total in the index, those counts read the index alone.
DROP INDEX ix_quotes_owner_created;
DROP INDEX ix_quotes_created;
CREATE INDEX ix_quotes_owner_created ON quotes (owner_id, created_at, status, total_minor);
CREATE INDEX ix_quotes_created ON quotes (created_at, status, total_minor);
