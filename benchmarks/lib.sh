# Shared by the benchmark scripts (sourced, not run). See benchmarks/README.md.
#   WQS_BENCH_OUT    where fragments go (default benchmarks/target/out)
#   WQS_BENCH_QUICK  1 = short durations and small sizes, to check that the scripts work
#   WQS_BENCH_BUILT  1 = run-all.sh already built everything; skip the Maven build
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$BENCH_DIR")"
OUT="${WQS_BENCH_OUT:-$BENCH_DIR/target/out}"
QUICK="${WQS_BENCH_QUICK:-0}"
mkdir -p "$OUT"
OUT="$(cd "$OUT" && pwd)"

# The command that reruns this benchmark alone, for the detail section.
bench_command() {
  local name=$1
  if [[ "$QUICK" == 1 ]]; then echo "WQS_BENCH_QUICK=1 benchmarks/$name.sh"; else echo "benchmarks/$name.sh"; fi
}

bench_mode() { if [[ "$QUICK" == 1 ]]; then echo "quick mode (figures only check the script)"; else echo "full run"; fi; }

bench_stamp() { date -u +%Y-%m-%dT%H:%M:%SZ; }

# Builds the modules given (with what they need) unless run-all.sh built everything already.
bench_build() {
  if [[ "${WQS_BENCH_BUILT:-0}" == 1 ]]; then return; fi
  echo "== building: $*" >&2
  (cd "$ROOT" && mvn -B -q -o -Pbench -Dexec.skip=true -pl "$1" -am package -DskipTests)
}
