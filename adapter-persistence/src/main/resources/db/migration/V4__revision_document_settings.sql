-- The settings a sent revision's document was made with (company data and logo, terms, locale, zone,
-- currency), frozen at send as a JSON document so later edits never change an already-sent PDF.
-- NULL for revisions sent before this version: those render with the current settings.
ALTER TABLE quote_revisions ADD COLUMN settings TEXT;
