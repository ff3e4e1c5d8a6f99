-- The monthly and work-order summary tables hold one row per owner, status (and month), updated by every
-- quote or work-order write. On PostgreSQL every update writes a new row version: with room left in each
-- page (fillfactor 50) the new version stays on its page (a HOT update, as no indexed column changes) and the
-- old ones are pruned as the page fills, instead of the table growing with every write until a VACUUM. A bulk
-- import had left quote_stats 20 times and work_order_stats 45 times their size, and everyone's statistics,
-- which read them whole, slower with every quote imported. CLUSTER rewrites them compactly now.
-- (quote_stats_daily is read by its covering index, whose counts change with every update, so it gains nothing.)
-- SQLite updates rows in place: there ${postgresql} starts a comment and these lines do nothing.
${postgresql}ALTER TABLE quote_stats SET (fillfactor = 50);
${postgresql}ALTER TABLE work_order_stats SET (fillfactor = 50);
${postgresql}CLUSTER quote_stats USING quote_stats_pkey;
${postgresql}CLUSTER work_order_stats USING work_order_stats_pkey;
