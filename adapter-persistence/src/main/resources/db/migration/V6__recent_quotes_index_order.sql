-- The dashboard lists the newest quotes by creation time then number: with the number right after
-- created_at in the creation-time indexes, that list is read in index order and stops after its first
-- rows. Without it, every quote sharing the newest created_at (a bulk import, a fixed clock) was read
-- and sorted on each request. The edge counts still read these indexes alone (status and total kept).
DROP INDEX ix_quotes_owner_created;
DROP INDEX ix_quotes_created;
CREATE INDEX ix_quotes_owner_created ON quotes (owner_id, created_at, number, status, total_minor);
CREATE INDEX ix_quotes_created ON quotes (created_at, number, status, total_minor);
