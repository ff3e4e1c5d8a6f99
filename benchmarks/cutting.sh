#!/usr/bin/env bash
# Benchmark 2, cutting optimiser: CuttingOptimizer.plan on one thread for the pieces of 1,000 and 10,000
# mitred window frame and sash members (400-2400 mm, 6500 mm bars, kerf 4, trim 10) over 20 profile/colour
# groups, and 10,000 in one group: median wall time, new bars against the lower bounds, waste
# (benchmarks/cutting, a plain main class in the `bench` Maven profile).
# Usage: benchmarks/cutting.sh   (WQS_BENCH_QUICK=1: 1 warm-up, 3 timed runs)
source "$(dirname "$0")/lib.sh"
NAME=cutting
bench_build benchmarks/cutting
cd "$ROOT"

WARMUPS=5
RUNS=11
if [[ "$QUICK" == 1 ]]; then WARMUPS=1; RUNS=3; fi
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
STARTED=$(bench_stamp)
LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)
JAVA_COMMAND="java -Xms1g -Xmx1g -cp benchmarks/cutting/target/classes:core/target/classes \
com.wqs.benchmarks.cutting.CuttingBenchmark $WARMUPS $RUNS cutting.json"
java -Xms1g -Xmx1g -cp benchmarks/cutting/target/classes:core/target/classes \
  com.wqs.benchmarks.cutting.CuttingBenchmark "$WARMUPS" "$RUNS" "$WORK/cutting.json"
LOAD_END=$(cut -d' ' -f1-3 /proc/loadavg)

python3 - "$WORK/cutting.json" "$OUT" "$NAME" "$(bench_command $NAME)" "$(bench_mode)" "$STARTED" "$JAVA_COMMAND" \
  "$LOAD_START" "$LOAD_END" "$(nproc)" <<'EOF_PY'
import json, sys
path, out, name, command, mode, started, java_command, load_start, load_end, cpus = sys.argv[1:]
cases = json.load(open(path))
def n(x, d=0): return f"{x:,.{d}f}".replace(",", " ")
def t(s): return f"{s * 1000:.0f} ms" if s < 10 else f"{s:.1f} s"
def what(c): return f"{n(c['pieces'])} pieces, {c['groups']} group" + ("s" if c["groups"] > 1 else "")
rows, detail = [], []
for c in cases:
    s = sorted(c["seconds"])
    ratio = c["newBars"] / c["lowerBounds"]
    waste = 100 * c["wasteMm"] / c["materialMm"]
    goal = "met" if c["medianSeconds"] <= c["goalSeconds"] else "**missed**"
    rows.append(f"| cutting optimiser (1 thread) | {what(c)} | {t(c['medianSeconds'])} | — "
                f"| {ratio:.4f} (new bars ÷ Σ lower bounds) | {c['newBars']} new bars, Σ lower bounds "
                f"{c['lowerBounds']}, {c['groupsAtBound']} of {c['groups']} groups at their bound; waste "
                f"{waste:.2f} %; goal ≤ {c['goalSeconds']:g} s {goal}; min {t(s[0])}, max {t(s[-1])} of "
                f"{len(s)} runs |")
    detail.append(f"| {what(c)} | {t(c['medianSeconds'])} | {t(s[0])} | {t(s[-1])} | ≤ {c['goalSeconds']:g} s: "
                  f"{goal} | {c['newBars']} | {c['lowerBounds']} | {ratio:.4f} | {c['groupsAtBound']} of "
                  f"{c['groups']} | {waste:.2f} % | {n(c['keptMm'] / 1000, 1)} m |")
open(f"{out}/{name}.rows.md", "w").write("\n".join(rows) + "\n")
raw = "\n".join(f"- {what(c)}, seconds per run: " + ", ".join(f"{x:.3f}" for x in c["seconds"]) for c in cases)
open(f"{out}/{name}.md", "w").write(f"""## Cutting optimiser

_{started}, {mode}; load average (1, 5, 15 min) {load_start} at the start, {load_end} at the end, {cpus} CPUs
(the machine may be shared: the times are those of a busy machine)._ `CuttingOptimizer.plan(groups, settings)`
on one thread (one JVM, `-Xms1g -Xmx1g`) for the pieces of a batch of windows, the same every run (fixed
seed): frames of 400-2400 mm × 400-2400 mm in whole mm and sashes 60 mm smaller, four members each, all
mitred, cut from 6500 mm bars with kerf 4 mm, trim 10 mm at each end, no mitre allowance, remainders of
500 mm or more kept. 20 groups are 5 profile systems × frame/sash × 2 colours. Each size is planned
untimed {cases[0]['warmups']}× (JIT warm-up), then timed {len(cases[0]['seconds'])}× (wall clock, median); every
plan must equal the first. The lower bound of a group is ⌈Σ consumed length ÷ usable bar length⌉, so new bars ÷ Σ
lower bounds is at least 1 and 1 means no plan could use fewer bars. Waste = material used − pieces − kept
remainders (trims, kerfs and remainders under 500 mm), as % of the material.

```
{command}
# which runs, after mvn -B -q -o -Pbench -Dexec.skip=true -pl benchmarks/cutting -am package -DskipTests:
{java_command}
```

| case | median | min | max | goal | new bars | Σ lower bounds | ratio | groups at bound | waste | kept |
|---|---|---|---|---|---|---|---|---|---|---|
""" + "\n".join(detail) + f"""

{raw}
""")
EOF_PY
echo "== $NAME: $OUT/$NAME.rows.md" >&2
cat "$OUT/$NAME.rows.md"
