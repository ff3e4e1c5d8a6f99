#!/usr/bin/env bash
# GET /api/v1/stats/quotes before and after a change of adapter-persistence, side by side in one run:
# two BenchServers JVMs (as benchmarks/http.sh starts them), one with adapter-persistence built from the
# BASE commit (git archive into a temporary directory, compiled there; nothing installed), one with this
# worktree's; N quotes POSTed to each (benchmarks/http/post-quote.lua), then the stats route measured
# alternately, ROUNDS times each (wrk -t2 -c16 --latency). Not part of run-all.sh.
# Usage: benchmarks/http/stats-before-after.sh BASE   (env: N=4000 ROUNDS=3 D=10s PD=25s, PD long enough for N)
set -euo pipefail
BASE=${1:?usage: $0 BASE-COMMIT}
N=${N:-4000}; ROUNDS=${ROUNDS:-3}; D=${D:-10s}; PD=${PD:-25s}
cd "$(dirname "$0")/../.."
W=$(mktemp -d)
pids=()
trap 'kill "${pids[@]}" 2>/dev/null || true; rm -rf "$W"' EXIT
mkdir "$W/base" && git archive "$BASE" | tar -x -C "$W/base"
(cd "$W/base" && mvn -B -o -q -pl adapter-persistence -am compile)
mvn -B -o -q -pl adapter-web -am test-compile
mvn -B -o -q -pl adapter-web dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$W/cp.txt"
WEB="adapter-web/target/test-classes:adapter-web/target/classes:core/target/classes:core/target/test-classes"
start() { # name, adapter-persistence classes
  mkfifo "$W/$1.in"
  java -Xms512m -Xmx512m -cp "$WEB:$2:$(cat "$W/cp.txt")" com.wqs.adapter.web.bench.BenchServers "$W/$1.env" \
    < "$W/$1.in" > "$W/$1.log" 2>&1 &
  pids+=($!)
  sleep 100000 > "$W/$1.in" & pids+=($!)
}
start before "$W/base/adapter-persistence/target/classes"
start after adapter-persistence/target/classes
for n in before after; do
  for _ in $(seq 120); do [[ -s "$W/$n.env" ]] && break; sleep 1; done
  [[ -s "$W/$n.env" ]] || { cat "$W/$n.log" >&2; exit 1; }
done
var() { (set -a; . "$W/$1.env"; set +a; echo "${!2}"); }
cat > "$W/post-n.lua" <<'LUA'
dofile("benchmarks/http/post-quote.lua")
local limit, count = tonumber(os.getenv("N")) / 2, 0
function response(status, headers, body)
  count = count + 1
  if count >= limit then wrk.thread:stop() end
end
LUA
stats() { # name, duration
  TOKEN=$(var "$1" TOKEN) wrk -t2 -c16 -d"$2" --latency -s benchmarks/http/bearer.lua \
    "http://127.0.0.1:$(var "$1" WQS_PORT)/api/v1/stats/quotes" \
    | awk -v n="$1" '/Requests\/sec/ {r=$2} /^ +50%/ {p50=$2} /^ +99%/ {p99=$2} /Non-2xx/ {e=$0}
        END {printf "%-7s %9s req/s  p50 %-9s p99 %-9s %s\n", n, r, p50, p99, e}'
}
echo "# $(date -u +%FT%TZ), base $(git rev-parse --short "$BASE") vs $(git rev-parse --short HEAD)$(git diff --quiet || echo '+changes'), load $(cut -d' ' -f1-3 /proc/loadavg); N=$N, wrk -t2 -c16 -d$D"
echo "-- empty database"
for n in before after; do stats $n 3s > /dev/null; stats $n "$D"; done
for n in before after; do
  N=$N TOKEN=$(var $n TOKEN) CUSTOMER_ID=$(var $n CUSTOMER_ID) wrk -t2 -c16 -d"$PD" -s "$W/post-n.lua" \
    "http://127.0.0.1:$(var $n WQS_PORT)/api/v1/quotes" > /dev/null
  echo "$n: $(curl -sf -H "Authorization: Bearer $(var $n TOKEN)" \
    "http://127.0.0.1:$(var $n WQS_PORT)/api/v1/stats/quotes" | jq .totalCount) quotes"
done
echo "-- after the POSTs"
for _ in $(seq "$ROUNDS"); do for n in before after; do stats $n "$D"; done; done
echo "# end load $(cut -d' ' -f1-3 /proc/loadavg)"
