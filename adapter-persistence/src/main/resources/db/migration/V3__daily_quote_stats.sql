-- Quote counts and values per owner, status and UTC day of creation, beside the monthly quote_stats:
-- a statistics period that starts or ends inside a month is counted from these days, so only the
-- quotes created within half a day of its edges are counted one by one. Kept in step by every quote
-- write; filled here from the quotes already stored (a UTC day is 86,400,000,000 microseconds).
CREATE TABLE quote_stats_daily (
    owner_id    TEXT   NOT NULL,
    status      TEXT   NOT NULL,
    day_start   BIGINT NOT NULL,
    quote_count BIGINT NOT NULL,
    total_minor BIGINT NOT NULL,
    PRIMARY KEY (owner_id, day_start, status)
);
-- A period's edge days: one owner's through the primary key, everyone's through this (covering) index.
CREATE INDEX ix_quote_stats_daily_day ON quote_stats_daily (day_start, status, quote_count, total_minor);

INSERT INTO quote_stats_daily (owner_id, status, day_start, quote_count, total_minor)
SELECT owner_id, status, created_at - (created_at % 86400000000), COUNT(*), SUM(total_minor)
FROM quotes
GROUP BY owner_id, status, created_at - (created_at % 86400000000);
