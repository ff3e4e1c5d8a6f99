#!/usr/bin/env bash
# Benchmark 1, pricing engine (JMH): window lines priced per second on one thread, for a 3-line and a
# 100-line quote over the demo catalogue (benchmarks/pricing, module of the `bench` Maven profile).
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
    lines = int(r["params"]["lines"])
    m = r["primaryMetric"]
    raw = [x for fork in m["rawData"] for x in fork]          # ops/s of every measured iteration
    results[lines] = dict(ops=statistics.median(raw), score=m["score"], error=m["scoreError"], raw=raw,
                          forks=len(m["rawData"]), ci=m["scoreConfidence"])
def n(x, d=0): return f"{x:,.{d}f}".replace(",", " ")
def per_line(lines): return results[lines]["ops"] * lines
small, large = results[3], results[100]
# Cost per window line: 1 / (lines per second). The ratio says how much more a line costs in a big quote.
cost_ratio = per_line(3) / per_line(100)
rows, detail = [], []
for lines in (3, 100):
    r = results[lines]
    err = float(r["error"])
    err = 0.0 if err != err else err                        # JMH writes "NaN" when there is too little data
    lps = r["ops"] * lines
    ratio = "1.00 (reference)" if lines == 3 else f"{cost_ratio:.2f} × the 3-line cost per line"
    rows.append(f"| pricing engine (1 thread) | {lines}-line quote | {n(lps)} lines/s | — | {ratio} "
                f"| {n(r['ops'], 1)} quotes/s; JMH score {n(r['score'], 1)} ± {n(err, 1)} ops/s (99.9 %) |")
    detail.append(f"| {lines} | {n(r['ops'], 1)} | {n(r['score'], 1)} ± {n(err, 1)} | {n(lps)} "
                  f"| {1e6 / lps:.2f} µs | {len(r['raw'])} ({r['forks']} forks) |")
open(f"{out}/{name}.rows.md", "w").write("\n".join(rows) + "\n")
raw = "\n".join(f"- {lines} lines, ops/s per iteration: " + ", ".join(f"{x:.1f}" for x in results[lines]["raw"])
                for lines in (3, 100))
open(f"{out}/{name}.md", "w").write(f"""## Pricing engine

_{started}, {mode}._ `PricingEngine.price` on one thread (JMH throughput mode) for a quote of 3 and of 100
window lines over the demo installation's catalogue (`wqs demo`: 26 materials, 5 window models whose bills
of materials have 6 to 12 formula lines, colour prices, 6 m bars, labour per window type), loaded into the
in-memory store once per fork. Lines cycle through the 5 models with random glass, colour, size (inside
each model's range) and quantity 1-4, the same every run; the 3-line case cycles through 33 quotes cut
from the same 100 lines, so both sizes price the same mix and only the quote size differs. Lines per second = operations per second ×
lines; the median is over every measured iteration of every fork, the JMH score is their mean with its
99.9 % error. Ratio = cost per line in the 100-line quote / cost per line in the 3-line quote.

```
{command}
# which runs:
{jmh_command}
```

| lines | median ops/s (quotes) | JMH score ops/s | median lines/s | time per line | iterations |
|---|---|---|---|---|---|
""" + "\n".join(detail) + f"""

Per-line cost, 100-line quote / 3-line quote: **{cost_ratio:.2f}**.

{raw}
""")
EOF
echo "== $NAME: $OUT/$NAME.rows.md" >&2
cat "$OUT/$NAME.rows.md"
