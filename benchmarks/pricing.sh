#!/usr/bin/env bash
# Benchmark 1, pricing engine (JMH): window lines priced per second on one thread, for a 3-line and a
# 100-line quote over the demo catalogue, plain and laid out (benchmarks/pricing, module of the `bench` Maven profile).
# Usage: benchmarks/pricing.sh   (WQS_BENCH_QUICK=1: 1 fork, 1 short warm-up and measurement)
source "$(dirname "$0")/lib.sh"
NAME=pricing
bench_build benchmarks/pricing
cd "$ROOT"

JMH_ARGS=(-f 2 -wi 3 -w 5s -i 5 -r 5s)
if [[ "$QUICK" == 1 ]]; then JMH_ARGS=(-f 1 -wi 1 -w 2s -i 2 -r 2s); fi
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
STARTED=$(bench_stamp)
CP="benchmarks/pricing/target/classes:$(cat benchmarks/pricing/target/classpath.txt)"
JMH_COMMAND="java -cp benchmarks/pricing/target/classes:\$(cat benchmarks/pricing/target/classpath.txt) \
org.openjdk.jmh.Main PricingBenchmark ${JMH_ARGS[*]} -rf json"
java -cp "$CP" org.openjdk.jmh.Main PricingBenchmark "${JMH_ARGS[@]}" -rf json -rff "$WORK/jmh.json" \
  > "$WORK/jmh.txt" 2>&1 || { cat "$WORK/jmh.txt" >&2; exit 1; }
sed -n '/^Benchmark /,$p' "$WORK/jmh.txt" >&2

python3 - "$WORK/jmh.json" "$OUT" "$NAME" "$(bench_command $NAME)" "$(bench_mode)" "$STARTED" "$JMH_COMMAND" <<'EOF'
import json, statistics, sys
path, out, name, command, mode, started, jmh_command = sys.argv[1:]
results = {}
for r in json.load(open(path)):
    key = (r["params"].get("layouts", "plain"), int(r["params"]["lines"]))
    m = r["primaryMetric"]
    raw = [x for fork in m["rawData"] for x in fork]          # ops/s of every measured iteration
    results[key] = dict(ops=statistics.median(raw), score=m["score"], error=m["scoreError"], raw=raw,
                        forks=len(m["rawData"]))
def n(x, d=0): return f"{x:,.{d}f}".replace(",", " ")
def per_line(key): return results[key]["ops"] * key[1]
# Cost per window line: 1 / (lines per second). Ratios compare the cost of a line side by side in this run.
reference = ("plain", 3)
rows, detail = [], []
for key in sorted(results, key=lambda k: (k[1], k[0] != "plain")):
    kind, lines = key
    r = results[key]
    err = float(r["error"])
    err = 0.0 if err != err else err                        # JMH writes "NaN" when there is too little data
    lps = per_line(key)
    if key == reference:
        ratio = "1.00 (reference)"
    elif kind == "plain":
        ratio = f"{per_line(reference) / lps:.2f} × the 3-line cost per line"
    else:
        ratio = f"{per_line(('plain', lines)) / lps:.2f} × a plain line's cost in the same quote size"
    rows.append(f"| pricing engine (1 thread) | {lines}-line quote, {kind} | {n(lps)} lines/s | — | {ratio} "
                f"| {n(r['ops'], 1)} quotes/s; JMH score {n(r['score'], 1)} ± {n(err, 1)} ops/s (99.9 %) |")
    detail.append(f"| {kind} | {lines} | {n(r['ops'], 1)} | {n(r['score'], 1)} ± {n(err, 1)} | {n(lps)} "
                  f"| {1e6 / lps:.2f} µs | {len(r['raw'])} ({r['forks']} forks) |")
open(f"{out}/{name}.rows.md", "w").write("\n".join(rows) + "\n")
raw = "\n".join(f"- {k[0]}, {k[1]} lines, ops/s per iteration: " + ", ".join(f"{x:.1f}" for x in results[k]["raw"])
                for k in sorted(results))
layout_cost = {lines: per_line(("plain", lines)) / per_line(("laid-out", lines))
               for (kind, lines) in results if kind == "laid-out" and ("plain", lines) in results}
summary = "; ".join(f"{lines} lines: **{ratio:.2f}**" for lines, ratio in sorted(layout_cost.items()))
open(f"{out}/{name}.md", "w").write(f"""## Pricing engine

_{started}, {mode}._ `PricingEngine.price` on one thread (JMH throughput mode) for a quote of 3 and of 100
window lines over the demo installation's catalogue (`wqs demo`), loaded into the in-memory store once per
fork. Lines cycle through the demo's window models with random glass, colour, size (inside each model's
range) and quantity 1-4, the same every run; the 3-line case cycles through 33 quotes cut from the same 100
lines. Two catalogues side by side: `laid-out`, the demo models with their layouts (sashes, mullions,
transoms), per-sash/cell/division BOM lines and glazing deductions; `plain`, the same models with the layout
taken away (one cell, every BOM line once per window). Lines per second = operations per second × lines; the
median is over every measured iteration of every fork, the JMH score is their mean with its 99.9 % error.

```
{command}
# which runs:
{jmh_command}
```

| catalogue | lines | median ops/s (quotes) | JMH score ops/s | median lines/s | time per line | iterations |
|---|---|---|---|---|---|---|
""" + "\n".join(detail) + f"""

Cost of a laid-out line / a plain line, same quote size: {summary}.

{raw}
""")
EOF
echo "== $NAME: $OUT/$NAME.rows.md" >&2
cat "$OUT/$NAME.rows.md"
