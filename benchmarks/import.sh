#!/usr/bin/env bash
# Benchmark 4, bulk import through the CLI: `wqs catalog import` (5,000 materials + 500 products) and
# `wqs quote import` (100,000 quotes of 1-6 lines) into a fresh SQLite database, and the same into a fresh
# PostgreSQL database when one answers at $WQS_BENCH_POSTGRES (default 127.0.0.1:5432, user postgres;
# WQS_BENCH_POSTGRES=off skips it). Rows per second and quotes per second, wall time of the whole command.
# Usage: benchmarks/import.sh   (WQS_BENCH_QUICK=1: 500 materials, 50 products, 2,000 quotes)
source "$(dirname "$0")/lib.sh"
NAME=import
MATERIALS=5000; PRODUCTS=500; QUOTES=100000
if [[ "$QUICK" == 1 ]]; then MATERIALS=500; PRODUCTS=50; QUOTES=2000; fi
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

python3 - "$WORK" "$MATERIALS" "$PRODUCTS" "$QUOTES" <<'EOF'
import csv, random, sys
work, materials, products, quotes = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
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
rows = 0
with open(f"{work}/quotes.csv", "w", newline="") as f:
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
open(f"{work}/counts.txt", "w").write(f"{rows}\n")
EOF
QUOTE_ROWS=$(cat "$WORK/counts.txt")
MATERIAL_ROWS=$(($(wc -l < "$WORK/materials.csv") - 1))
PRODUCT_ROWS=$(($(wc -l < "$WORK/products.csv") - 1))
echo "== generated: $MATERIAL_ROWS material rows, $PRODUCT_ROWS product rows, $QUOTES quotes in $QUOTE_ROWS rows" >&2

timed() { # label, command... : wall seconds into $WORK/label.time, stdout into $WORK/label.out
  local label=$1; shift
  local start end
  start=$(date +%s.%N)
  "$@" > "$WORK/$label.out" 2> "$WORK/$label.err" || { cat "$WORK/$label.err" >&2; echo "import: $label failed" >&2; exit 1; }
  end=$(date +%s.%N)
  python3 -c "print(f'{$end - $start:.3f}')" > "$WORK/$label.time"
  echo "   $label: $(cat "$WORK/$label.time") s" >&2
}
STORES=(sqlite)
timed sqlite-catalog ./wqs --db "$WORK/wqs.db" catalog import --materials "$WORK/materials.csv" --products "$WORK/products.csv" --json
timed sqlite-quotes ./wqs --db "$WORK/wqs.db" quote import --file "$WORK/quotes.csv" --json
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
  "$QUOTES" "$QUOTE_ROWS" "${STORES[*]}" "$MATERIALS" "$PRODUCTS" <<'EOF'
import json, sys
(work, out, name, command, mode, started, material_rows, product_rows, quotes, quote_rows, stores, materials,
 products) = sys.argv[1:]
material_rows, product_rows, quotes, quote_rows = map(int, (material_rows, product_rows, quotes, quote_rows))
def n(x, d=0): return f"{x:,.{d}f}".replace(",", " ")
def t(label): return float(open(f"{work}/{label}.time").read())
rows, detail = [], []
base = None
for store in stores.split():
    cat, qt = t(f"{store}-catalog"), t(f"{store}-quotes")
    summary = json.load(open(f"{work}/{store}-quotes.out"))
    catalog_rows = material_rows + product_rows
    check_s, write_s = summary["checkMillis"] / 1000, summary["writeMillis"] / 1000
    if base is None:
        base = qt
    ratio = "1.00 (reference)" if store == "sqlite" else f"{qt / base:.2f} × SQLite's time"
    rows.append(f"| bulk import, CLI ({store}) | `catalog import`: {n(int(materials))} materials + {n(int(products))} products "
                f"({n(catalog_rows)} rows) | {n(catalog_rows / cat)} rows/s | — | — | {cat:.1f} s for the command |")
    rows.append(f"| bulk import, CLI ({store}) | `quote import`: {n(quotes)} quotes, {n(quote_rows)} lines | "
                f"{n(quotes / qt)} quotes/s ({n(quote_rows / qt)} rows/s) | — | {ratio} | {qt:.1f} s for the command: "
                f"check {check_s:.1f} s, write {write_s:.1f} s in {summary['batches']} transactions |")
    detail.append(f"| {store} | catalogue | {n(catalog_rows)} rows | {cat:.2f} s | {n(catalog_rows / cat)} rows/s | |")
    detail.append(f"| {store} | quotes | {n(quotes)} quotes / {n(quote_rows)} rows | {qt:.2f} s | {n(quotes / qt)} quotes/s, "
                  f"{n(quote_rows / qt)} rows/s | check {check_s:.2f} s, write {write_s:.2f} s, "
                  f"{summary['firstNumber']} to {summary['lastNumber']} |")
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
commands (JVM start included) through the `./wqs` launcher. `quote import` checks every row (pricing included)
before it writes, then creates the quotes through the create-quote use case, 500 per transaction.

```
{command}
# which runs, per store:
./wqs --db wqs.db demo            # or --jdbc-url jdbc:postgresql://.../fresh_database
./wqs --db wqs.db catalog import --materials materials.csv --products products.csv --json
./wqs --db wqs.db quote import --file quotes.csv --json
```

| store | import | size | wall time | rate | notes |
|---|---|---|---|---|---|
""" + "\n".join(detail) + "\n\n" + raw + "\n")
EOF
echo "== $NAME: $OUT/$NAME.rows.md" >&2
cat "$OUT/$NAME.rows.md"
