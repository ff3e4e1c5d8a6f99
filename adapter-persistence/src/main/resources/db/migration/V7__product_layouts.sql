-- A product's layout rules (default layout, whether lines may change it, division width, minimum cell,
-- glazing deductions) as a JSON document; null for a product without a layout of its own (one cell, the
-- whole window, no deductions), which is every product stored before this migration.
ALTER TABLE products ADD COLUMN layout TEXT;
