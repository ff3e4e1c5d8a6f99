#!/usr/bin/env bash
# Benchmark 4, bulk import through the CLI: `wqs catalog import` (5,000 materials + 500 products) and
# `wqs quote import` (100,000 quotes of 1-6 lines) into a fresh SQLite database, and the same into a fresh
# PostgreSQL database when one answers at $WQS_BENCH_POSTGRES (default 127.0.0.1:5432, user postgres;
# WQS_BENCH_POSTGRES=off skips it). Rows per second and quotes per second, wall time of the whole command,
# and the command's peak RSS (/usr/bin/time). Side by side, the reference: the same quote rows (and the same
# statistics and counter rows) inserted by the raw `sqlite3` shell into a copy of the database as it was
# before the import, in one transaction; the import's rate is given as a share of the reference's.
# WQS_BENCH_IMPORT_BIG=N also imports a file of N times as many quotes into another copy, for its peak RSS
# (the import streams its file: its memory should not grow with it).
# Usage: benchmarks/import.sh   (WQS_BENCH_QUICK=1: 500 materials, 50 products, 2,000 quotes)
source "$(dirname "$0")/lib.sh"
NAME=import
MATERIALS=5000; PRODUCTS=500; QUOTES=100000
if [[ "$QUICK" == 1 ]]; then MATERIALS=500; PRODUCTS=50; QUOTES=2000; fi
BIG=${WQS_BENCH_IMPORT_BIG:-0}
for tool in sqlite3 /usr/bin/time; do
  command -v "$tool" > /dev/null || { echo "import: $tool is missing (apt-get install sqlite3 time)" >&2; exit 1; }
done
PG="${WQS_BENCH_POSTGRES:-127.0.0.1:5432}"
bench_build adapter-cli
cd "$ROOT"
# WQS_BENCH_IMPORT_WORK=DIR keeps the generated files and databases there (to profile an import again).
WORK=${WQS_BENCH_IMPORT_WORK:-$(mktemp -d)}
mkdir -p "$WORK"; rm -f "$WORK/wqs.db"*
PG_DB="wqs_bench_import_$$"
PG_CREATED=0
cleanup() {
  if [[ "$PG_CREATED" == 1 ]]; then psql -q -h "${PG%:*}" -p "${PG#*:}" -U postgres -c "drop database if exists $PG_DB" postgres >/dev/null 2>&1 || true; fi
  [[ -n "${WQS_BENCH_IMPORT_WORK:-}" ]] || rm -rf "$WORK"
}
trap cleanup EXIT
STARTED=$(bench_stamp)

# The demo installation first (users, labour rates, customers, 320 quotes; not timed): the imports then
# run on a shop's database rather than an empty one, and the quotes name the demo's customers.
./wqs --db "$WORK/wqs.db" demo > /dev/null 2>&1
./wqs --db "$WORK/wqs.db" customer list --size 200 --json | jq -r '.items[].name' > "$WORK/customers.txt"

python3 - "$WORK" "$MATERIALS" "$PRODUCTS" "$QUOTES" "$BIG" <<'EOF'
import csv, random, sys
work, materials, products, quotes, big = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
rnd = random.Random(20261129)
colours = ["WHITE", "BRONZE", "BLACK"]
# materials: 40 % profiles (6 m bars, colour prices), 10 % glass, 25 % hardware, 25 % consumables
kinds = [("PRF", "PROFILE", "M", 0.40), ("GL", "GLASS", "M2", 0.10), ("HW", "HARDWARE", "PIECE", 0.25),
         ("CN", "CONSUMABLE", "PIECE", 0.25)]
codes = {}
with open(f"{work}/materials.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["code", "name", "category", "unit", "unitCost", "stockLengthM", "active", "colourCosts"])
    for prefix, category, unit, share in kinds:
        n = int(materials * share)
        codes[prefix] = [f"{prefix}-{i:05d}" for i in range(1, n + 1)]
        for code in codes[prefix]:
            cost = round(rnd.uniform(0.3, 400), 2)
            colour = ";".join(f"{c}={cost * m:.2f}" for c, m in zip(colours, (1.10, 1.15, 1.22))) if prefix == "PRF" else ""
            w.writerow([code, f"{category.title()} {code}", category, unit, f"{cost:.2f}",
                        "6.0" if prefix == "PRF" else "", "true", colour])
types = ["FIXED", "SLIDING", "CASEMENT", "AWNING", "TILT_TURN"]
formulas = ["width_m", "2 * width_m", "2 * height_m", "4 * height_m", "perimeter_m", "2 * width_m + 4 * height_m"]
product_rows = []
with open(f"{work}/products.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["code", "name", "category", "windowType", "minWidthMm", "maxWidthMm", "minHeightMm", "maxHeightMm",
                "active", "bomMaterialCode", "bomFormula", "bomWasteFactor", "bomDescription"])
    for i in range(1, products + 1):
        code, kind = f"WIN-{i:04d}", types[i % len(types)]
        minw, maxw = rnd.choice([400, 600, 800]), rnd.choice([2000, 2500, 3000])
        minh, maxh = rnd.choice([400, 500, 600]), rnd.choice([1600, 2000, 2500])
        product_rows.append((code, minw, maxw, minh, maxh))
        bom = [(rnd.choice(codes["PRF"]), rnd.choice(formulas), "1.05") for _ in range(rnd.randint(3, 6))]
        bom += [(rnd.choice(codes["HW"]), "max(2, ceil(height_m / 0.6))", "1"), (rnd.choice(codes["HW"]), "1", "1")]
        bom += [(rnd.choice(codes["CN"]), rnd.choice(["perimeter_m", "0.5", "12"]), "1.10") for _ in range(rnd.randint(1, 3))]
        for j, (material, formula, waste) in enumerate(bom):
            w.writerow([code, f"Window {code}", "WINDOW", kind, minw, maxw, minh, maxh, "true",
                        material, formula, waste, f"part {j + 1}"])
customers = [l.strip() for l in open(f"{work}/customers.txt") if l.strip()]
def quotes_file(path, quotes):
    rows = 0
    with open(path, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["ref", "customer", "product", "glass", "colour", "widthMm", "heightMm", "quantity", "material",
                    "description", "discount"])
        for q in range(1, quotes + 1):
            ref, customer = f"IMP-{q:06d}", rnd.choice(customers)
            discount = rnd.choice(["", "", "", "5", "10"])
            for l in range(rnd.randint(1, 6)):
                if l > 0 and rnd.random() < 0.15:
                    w.writerow([ref, customer, "", "", "", "", "", f"{rnd.randint(1, 20) / 2}", rnd.choice(codes["CN"]),
                                "", ""])
                else:
                    code, minw, maxw, minh, maxh = rnd.choice(product_rows)
                    w.writerow([ref, customer, code, rnd.choice(codes["GL"]), rnd.choice(colours + [""]),
                                rnd.randrange(minw, maxw + 1, 10), rnd.randrange(minh, maxh + 1, 10), rnd.randint(1, 4), "",
                                "", discount if l == 0 else ""])
                rows += 1
    return rows
rows = quotes_file(f"{work}/quotes.csv", quotes)
if big > 0:
    open(f"{work}/counts-big.txt", "w").write(f"{quotes * big} {quotes_file(f'{work}/quotes-big.csv', quotes * big)}\n")
open(f"{work}/counts.txt", "w").write(f"{rows}\n")
EOF
QUOTE_ROWS=$(cat "$WORK/counts.txt")
MATERIAL_ROWS=$(($(wc -l < "$WORK/materials.csv") - 1))
PRODUCT_ROWS=$(($(wc -l < "$WORK/products.csv") - 1))
echo "== generated: $MATERIAL_ROWS material rows, $PRODUCT_ROWS product rows, $QUOTES quotes in $QUOTE_ROWS rows" >&2

timed() { # label, command... : wall seconds into $WORK/label.time, peak RSS (KiB) into label.rss, stdout into label.out
  local label=$1; shift
  local start end
  start=$(date +%s.%N)
  /usr/bin/time -f "%M" -o "$WORK/$label.rss" "$@" > "$WORK/$label.out" 2> "$WORK/$label.err" \
    || { cat "$WORK/$label.err" >&2; echo "import: $label failed" >&2; exit 1; }
  end=$(date +%s.%N)
  python3 -c "print(f'{$end - $start:.3f}')" > "$WORK/$label.time"
  echo "   $label: $(cat "$WORK/$label.time") s, peak RSS $(($(tail -1 "$WORK/$label.rss") / 1024)) MiB" >&2
}
STORES=(sqlite)
timed sqlite-catalog ./wqs --db "$WORK/wqs.db" catalog import --materials "$WORK/materials.csv" --products "$WORK/products.csv" --json
# The database as the import finds it, for the reference and the big file.
sqlite3 "$WORK/wqs.db" "PRAGMA wal_checkpoint(TRUNCATE)" > /dev/null
cp "$WORK/wqs.db" "$WORK/before.db"
timed sqlite-quotes ./wqs --db "$WORK/wqs.db" quote import --file "$WORK/quotes.csv" --json
# The reference: the rows the import wrote (quotes; the statistics and counter rows it changed), as the
# sqlite3 shell's INSERT statements, run by sqlite3 on a copy of the database before the import.
sqlite3 "$WORK/wqs.db" > "$WORK/rows.sql" <<SQL
ATTACH '$WORK/before.db' AS before;
.mode insert quotes
SELECT * FROM main.quotes WHERE id NOT IN (SELECT id FROM before.quotes);
.mode insert quote_history
SELECT * FROM main.quote_history EXCEPT SELECT * FROM before.quote_history;
.mode insert quote_stats
SELECT * FROM main.quote_stats EXCEPT SELECT * FROM before.quote_stats;
.mode insert quote_stats_daily
SELECT * FROM main.quote_stats_daily EXCEPT SELECT * FROM before.quote_stats_daily;
.mode insert number_counters
SELECT * FROM main.number_counters EXCEPT SELECT * FROM before.number_counters;
SQL
{ echo "BEGIN IMMEDIATE;"
  sed -E 's/^INSERT INTO (quote_stats|quote_stats_daily|number_counters) /INSERT OR REPLACE INTO \1 /' "$WORK/rows.sql"
  echo "COMMIT;"; } > "$WORK/reference.sql"
grep -c '^INSERT INTO quotes ' "$WORK/reference.sql" > "$WORK/reference.count"
rm "$WORK/rows.sql"
cp "$WORK/before.db" "$WORK/reference.db"
timed sqlite-reference sqlite3 "$WORK/reference.db" ".read $WORK/reference.sql"
rm "$WORK/reference.sql" "$WORK/reference.db"*
if [[ "$BIG" -gt 0 ]]; then
  cp "$WORK/before.db" "$WORK/big.db"
  timed sqlite-big ./wqs --db "$WORK/big.db" quote import --file "$WORK/quotes-big.csv" --json
  rm "$WORK/big.db"*
fi
if [[ "$PG" != off ]] && psql -q -h "${PG%:*}" -p "${PG#*:}" -U postgres -c "create database $PG_DB" postgres >/dev/null 2>&1; then
  PG_CREATED=1
  URL="jdbc:postgresql://$PG/$PG_DB?user=postgres"
  ./wqs --jdbc-url "$URL" demo > /dev/null 2>&1
  timed postgresql-catalog ./wqs --jdbc-url "$URL" catalog import --materials "$WORK/materials.csv" --products "$WORK/products.csv" --json
  timed postgresql-quotes ./wqs --jdbc-url "$URL" quote import --file "$WORK/quotes.csv" --json
  STORES+=(postgresql)
else
  echo "== PostgreSQL at $PG not used (WQS_BENCH_POSTGRES=off or not reachable)" >&2
fi

python3 - "$WORK" "$OUT" "$NAME" "$(bench_command $NAME)" "$(bench_mode)" "$STARTED" "$MATERIAL_ROWS" "$PRODUCT_ROWS" \
  "$QUOTES" "$QUOTE_ROWS" "${STORES[*]}" "$MATERIALS" "$PRODUCTS" "$BIG" <<'EOF'
import json, os, sys
(work, out, name, command, mode, started, material_rows, product_rows, quotes, quote_rows, stores, materials,
 products, big) = sys.argv[1:]
material_rows, product_rows, quotes, quote_rows = map(int, (material_rows, product_rows, quotes, quote_rows))
def n(x, d=0): return f"{x:,.{d}f}".replace(",", " ")
def t(label): return float(open(f"{work}/{label}.time").read())
def rss(label): return int(open(f"{work}/{label}.rss").read().split()[-1]) / 1024
rows, detail = [], []
ref_t, ref_quotes = t("sqlite-reference"), int(open(f"{work}/reference.count").read())
share = (quotes / t("sqlite-quotes")) / (ref_quotes / ref_t)
base = None
for store in stores.split():
    cat, qt = t(f"{store}-catalog"), t(f"{store}-quotes")
    summary = json.load(open(f"{work}/{store}-quotes.out"))
    catalog_rows = material_rows + product_rows
    check_s, write_s = summary["checkMillis"] / 1000, summary["writeMillis"] / 1000
    if base is None:
        base = qt
    ratio = f"**{share:.2f}** × raw `sqlite3`'s rate" if store == "sqlite" else f"{qt / base:.2f} × SQLite's time"
    rows.append(f"| bulk import, CLI ({store}) | `catalog import`: {n(int(materials))} materials + {n(int(products))} products "
                f"({n(catalog_rows)} rows) | {n(catalog_rows / cat)} rows/s | — | — | {cat:.1f} s for the command |")
    rows.append(f"| bulk import, CLI ({store}) | `quote import`: {n(quotes)} quotes, {n(quote_rows)} lines | "
                f"{n(quotes / qt)} quotes/s ({n(quote_rows / qt)} rows/s) | — | {ratio} | {qt:.1f} s for the command: "
                f"check {check_s:.1f} s, write {write_s:.1f} s (one transaction, {summary['batches']} batches); "
                f"peak RSS {rss(f'{store}-quotes'):.0f} MiB |")
    if store == "sqlite":
        rows.append(f"| bulk import, raw sqlite3 | the same {n(ref_quotes)} quote rows as `sqlite3` INSERT statements, "
                    f"one transaction | {n(ref_quotes / ref_t)} quotes/s | — | 1.00 (reference) | {ref_t:.1f} s; "
                    f"`quote import` (sqlite) at {share:.2f} of its rate |")
    detail.append(f"| {store} | catalogue | {n(catalog_rows)} rows | {cat:.2f} s | {n(catalog_rows / cat)} rows/s | |")
    detail.append(f"| {store} | quotes | {n(quotes)} quotes / {n(quote_rows)} rows | {qt:.2f} s | {n(quotes / qt)} quotes/s, "
                  f"{n(quote_rows / qt)} rows/s | check {check_s:.2f} s, write {write_s:.2f} s, "
                  f"{summary['firstNumber']} to {summary['lastNumber']}; peak RSS {rss(f'{store}-quotes'):.0f} MiB |")
    if store == "sqlite":
        detail.append(f"| sqlite | reference: raw `sqlite3` | {n(ref_quotes)} quote rows | {ref_t:.2f} s | "
                      f"{n(ref_quotes / ref_t)} quotes/s | the import's rate is {share:.2f} of it |")
if int(big) > 0:
    big_quotes, big_rows = map(int, open(f"{work}/counts-big.txt").read().split())
    bt = t("sqlite-big")
    rows.append(f"| bulk import, CLI (sqlite) | `quote import`: {n(big_quotes)} quotes, {n(big_rows)} lines ({big} × the "
                f"file) | {n(big_quotes / bt)} quotes/s | — | peak RSS {rss('sqlite-big'):.0f} MiB vs "
                f"{rss('sqlite-quotes'):.0f} MiB | {bt:.1f} s for the command |")
    detail.append(f"| sqlite | quotes, {big} × | {n(big_quotes)} quotes / {n(big_rows)} rows | {bt:.2f} s | "
                  f"{n(big_quotes / bt)} quotes/s | peak RSS {rss('sqlite-big'):.0f} MiB |")
open(f"{out}/{name}.rows.md", "w").write("\n".join(rows) + "\n")
raw = "\n".join(f"- `{s}-quotes --json`: `{open(f'{work}/{s}-quotes.out').read().strip()}`; `{s}-catalog --json`: "
                f"`{open(f'{work}/{s}-catalog.out').read().strip()}`" for s in stores.split())
open(f"{out}/{name}.md", "w").write(f"""## Bulk import (CLI)

_{started}, {mode}._ Generated files (fixed seed): materials.csv ({n(material_rows)} rows: profiles with colour
prices and 6 m bars, glass, hardware, consumables), products.csv ({n(int(products))} window products, one row per
BOM line: {n(product_rows)} rows, 6 to 11 formula lines each), quotes.csv ({n(quotes)} quotes of 1-6 lines, 85 %
windows of random products/glass/colour/size and 15 % material lines, demo customers by name, some discounts:
{n(quote_rows)} rows). Each store starts from `wqs demo` (users, labour rates, customers, 320 quotes; not
timed), then `wqs catalog import --materials --products` and `wqs quote import --file` are timed as whole
commands (JVM start included) through the `./wqs` launcher, with their peak RSS. `quote import` streams the
file: it checks every row (pricing included) before it writes, then creates the quotes in one transaction,
500 per batch (one catalogue read of new codes, one number allocation, batched inserts). The reference is
the raw `sqlite3` shell inserting the rows that import wrote (as `.mode insert` statements, one transaction)
into a copy of the database before it.

```
{command}
# which runs, per store:
./wqs --db wqs.db demo            # or --jdbc-url jdbc:postgresql://.../fresh_database
./wqs --db wqs.db catalog import --materials materials.csv --products products.csv --json
./wqs --db wqs.db quote import --file quotes.csv --json
sqlite3 reference.db ".read reference.sql"   # the reference, on a copy of wqs.db before the import
```

| store | import | size | wall time | rate | notes |
|---|---|---|---|---|---|
""" + "\n".join(detail) + "\n\n" + raw + "\n")
EOF
echo "== $NAME: $OUT/$NAME.rows.md" >&2
cat "$OUT/$NAME.rows.md"
