#!/usr/bin/env bash
# Runs every benchmark in order and writes benchmarks/RESULTS.md: machine header, one summary table, then
# each benchmark's details. See benchmarks/README.md.
#   WQS_BENCH_ONLY=pricing,http   only these (names: pricing cutting statistics http multi-instance import cold-start)
#   WQS_BENCH_QUICK=1             short durations and small sizes, to check that the scripts work
#   WQS_BENCH_KEEP=1              also include fragments an earlier run left in $WQS_BENCH_OUT for the
#                                 benchmarks not run now (each states its own date)
#   WQS_BENCH_OUT                 where the fragments go (default benchmarks/target/out)
#   WQS_BENCH_RESULTS             the report (default benchmarks/RESULTS.md)
source "$(dirname "$0")/lib.sh"
ALL=(pricing cutting statistics http multi-instance import cold-start)
RESULTS="${WQS_BENCH_RESULTS:-$BENCH_DIR/RESULTS.md}"
if [[ -n "${WQS_BENCH_ONLY:-}" ]]; then
  IFS=, read -r -a SELECTED <<< "$WQS_BENCH_ONLY"
  for name in "${SELECTED[@]}"; do
    [[ " ${ALL[*]} " == *" $name "* ]] || { echo "run-all: unknown benchmark '$name' (known: ${ALL[*]})" >&2; exit 2; }
  done
else
  SELECTED=("${ALL[@]}")
fi
selected() { [[ " ${SELECTED[*]} " == *" $1 "* ]]; }

cd "$ROOT"
STARTED=$(bench_stamp)
LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)
# The commit measured (RESULTS.md itself, rewritten below, does not count as a change).
COMMIT="$(git rev-parse --short HEAD)$( [[ -n "$(git status --porcelain -- . ':!benchmarks/RESULTS.md')" ]] \
  && echo " (with uncommitted changes)") on $(git rev-parse --abbrev-ref HEAD)"
MARK="$OUT/.run-all-started"
touch "$MARK"
sleep 1   # fragments written by this run are strictly newer than the mark

echo "== build (once): mvn -B -q -o -Pbench -Dexec.skip=true package -DskipTests" >&2
mvn -B -q -o -Pbench -Dexec.skip=true package -DskipTests
export WQS_BENCH_BUILT=1

declare -A STATUS
FAILED=0
for name in "${ALL[@]}"; do
  selected "$name" || continue
  script="$BENCH_DIR/$name.sh"
  if [[ ! -x "$script" ]]; then
    echo "== $name: no $script here, left out" >&2
    STATUS[$name]="not run: benchmarks/$name.sh is not present"
    continue
  fi
  echo "== $name ($(bench_stamp))" >&2
  rm -f "$OUT/$name.rows.md" "$OUT/$name.md"
  if "$script"; then
    STATUS[$name]="ok"
  else
    code=$?
    STATUS[$name]="failed (exit $code)"
    FAILED=1
    echo "== $name FAILED with exit code $code" >&2
  fi
done
LOAD_END=$(cut -d' ' -f1-3 /proc/loadavg)
FINISHED=$(bench_stamp)

fresh() { [[ -s "$1" && "$1" -nt "$MARK" ]]; }
{
  echo "# Benchmark results"
  echo
  if [[ "$QUICK" == 1 ]]; then
    echo "**Quick mode** (\`WQS_BENCH_QUICK=1\`): short runs and small sizes that only check the scripts work;"
    echo "do not compare these figures."
    echo
  fi
  echo "- Run: $STARTED to $FINISHED (UTC), \`benchmarks/run-all.sh\`$( [[ -n "${WQS_BENCH_ONLY:-}" ]] && echo " with WQS_BENCH_ONLY=$WQS_BENCH_ONLY")$( [[ "${WQS_BENCH_KEEP:-0}" == 1 ]] && echo "; WQS_BENCH_KEEP=1: rows marked \"from an earlier run\" come from the run dated in their section")"
  echo "- Machine: $(nproc) CPUs ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 2^20}' /proc/meminfo) RAM, $(uname -sr)"
  echo "- Java: $(java -version 2>&1 | head -2 | tail -1)"
  echo "- Load average (1, 5, 15 min): $LOAD_START at the start, $LOAD_END at the end (the machine may be shared: compare ratios measured in one run rather than absolute figures)"
  echo "- Commit: $COMMIT"
  echo
  echo "## Summary"
  echo
  echo "| benchmark | case | median | p99 | ratio | notes |"
  echo "|---|---|---|---|---|---|"
  for name in "${ALL[@]}"; do
    rows="$OUT/$name.rows.md"
    if selected "$name" && fresh "$rows"; then
      cat "$rows"
    elif selected "$name" && [[ "${STATUS[$name]:-}" != ok ]]; then
      echo "| $name | — | — | — | — | ${STATUS[$name]:-not run} |"
    elif [[ "${WQS_BENCH_KEEP:-0}" == 1 && -s "$rows" ]]; then
      sed 's/ |$/; from an earlier run, see its section |/' "$rows"
    fi
  done
  for name in "${ALL[@]}"; do
    detail="$OUT/$name.md"
    if { selected "$name" && fresh "$detail"; } || { [[ "${WQS_BENCH_KEEP:-0}" == 1 ]] && ! selected "$name" && [[ -s "$detail" ]]; }; then
      echo
      cat "$detail"
    fi
  done
} > "$RESULTS"
echo "== wrote $RESULTS" >&2
for name in "${ALL[@]}"; do selected "$name" && echo "   $name: ${STATUS[$name]:-}" >&2; done
exit "$FAILED"
