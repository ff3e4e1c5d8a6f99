#!/usr/bin/env bash
# Benchmark 5, CLI cold start: `./wqs --version` and `./wqs quote list` on the demo database (320 quotes),
# each a fresh JVM through the launcher (C1 + AppCDS, docs/STARTUP.md), next to the JVM's own floor: a
# trivial class run with the launcher's JIT flag. hyperfine, median of 10 runs after 2 warm-ups.
# Usage: benchmarks/cold-start.sh   (WQS_BENCH_QUICK=1: 3 runs after 1 warm-up)
source "$(dirname "$0")/lib.sh"
NAME=cold-start
bench_build adapter-cli
cd "$ROOT"

RUNS=10; WARMUP=2
if [[ "$QUICK" == 1 ]]; then RUNS=3; WARMUP=1; fi
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
STARTED=$(bench_stamp)

# The demo database; the first ./wqs after a build also writes the AppCDS archive (not timed).
./wqs --db "$WORK/demo.db" demo > /dev/null 2>&1
QUOTES=$(sqlite3 "$WORK/demo.db" "select count(*) from quotes")
mkdir -p "$WORK/hello"
printf 'public class Hello { public static void main(String[] a) { System.out.println("hello"); } }\n' \
  > "$WORK/hello/Hello.java"
javac -d "$WORK/hello" "$WORK/hello/Hello.java"

BASELINE="java -XX:TieredStopAtLevel=1 -cp $WORK/hello Hello"
VERSION="./wqs --version"
LIST="./wqs --db $WORK/demo.db quote list"
hyperfine -N --runs "$RUNS" --warmup "$WARMUP" --export-json "$WORK/h.json" \
  -n baseline "$BASELINE" -n version "$VERSION" -n "quote list" "$LIST" | tee "$WORK/hyperfine.txt" >&2

python3 - "$WORK/h.json" "$OUT" "$NAME" "$(bench_command $NAME)" "$(bench_mode)" "$STARTED" "$RUNS" "$WARMUP" \
  "$QUOTES" <<'EOF'
import json, statistics, sys
path, out, name, command, mode, started, runs, warmup, quotes = sys.argv[1:]
results = {r["command"]: r for r in json.load(open(path))["results"]}
def med(r): return statistics.median(r["times"])
def t(x): return f"{x * 1000:.0f} ms" if x < 1 else f"{x:.2f} s"
base = med(results["baseline"])
label = {"baseline": "JVM floor: trivial class, `java -XX:TieredStopAtLevel=1 -cp . Hello`",
         "version": "`./wqs --version`",
         "quote list": f"`./wqs --db demo.db quote list` ({quotes} quotes)"}
rows, detail = [], []
for key in ["version", "quote list", "baseline"]:
    r = results[key]
    m = med(r)
    ratio = "1.00 (reference)" if key == "baseline" else f"{m / base:.1f} × JVM floor"
    notes = f"min {t(min(r['times']))}, max {t(max(r['times']))}, user CPU {t(r['user'])}; median of {runs}"
    rows.append(f"| CLI cold start | {label[key]} | {t(m)} | — | {ratio} | {notes} |")
    detail.append(f"| {label[key]} | {m:.3f} s | {r['mean']:.3f} s ± {r['stddev'] or 0:.3f} | {min(r['times']):.3f} s "
                  f"| {max(r['times']):.3f} s | {r['user']:.3f} s | {r['system']:.3f} s | {ratio} |")
open(f"{out}/{name}.rows.md", "w").write("\n".join(rows) + "\n")
open(f"{out}/{name}.md", "w").write(f"""## CLI cold start

_{started}, {mode}._ Each command is a new JVM through the `./wqs` launcher (C1 only + the AppCDS archive of
docs/STARTUP.md, created by the first run after the build and not timed); the JVM floor is a trivial class
started with the same JIT flag. hyperfine `-N` (no shell), {runs} runs after {warmup} warm-ups; the ratio is
median / median of the floor in the same hyperfine run.

```
{command}
# which runs, after ./wqs --db demo.db demo:
hyperfine -N --runs {runs} --warmup {warmup} -n baseline "java -XX:TieredStopAtLevel=1 -cp hello Hello" \\
  -n version "./wqs --version" -n "quote list" "./wqs --db demo.db quote list"
```

| command | median | mean ± sd | min | max | user CPU (mean) | system CPU (mean) | ratio to floor |
|---|---|---|---|---|---|---|---|
""" + "\n".join(detail) + "\n\nRaw times (s): " + "; ".join(
    f"{k}: " + ", ".join(f"{t:.3f}" for t in results[k]["times"]) for k in ["baseline", "version", "quote list"]) + "\n")
EOF
echo "== $NAME: $OUT/$NAME.rows.md" >&2
cat "$OUT/$NAME.rows.md"
