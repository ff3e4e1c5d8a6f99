-- The dashboard lists the first SENT quotes expiring soon, by validity date then number: with the number
-- in the index, that list is read in order and stops after its first rows instead of sorting every
-- quote in the window.
DROP INDEX ix_quotes_status_valid_until;
DROP INDEX ix_quotes_owner_status_valid_until;
CREATE INDEX ix_quotes_status_valid_until ON quotes (status, valid_until, number);
CREATE INDEX ix_quotes_owner_status_valid_until ON quotes (owner_id, status, valid_until, number);
