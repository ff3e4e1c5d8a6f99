-- The workplace speaks English and Spanish (README "Languages"). users.language: the one a user chose
-- for their pages (NULL: their browser's, then the installation's). customers.language: the one their
-- quotes' PDF and e-mails are written in (NULL: the installation's). Values are language tags: en, es.
ALTER TABLE users ADD COLUMN language TEXT;
ALTER TABLE customers ADD COLUMN language TEXT;
