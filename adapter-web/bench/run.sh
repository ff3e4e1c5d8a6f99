#!/usr/bin/env bash
# Measures the web server with wrk (Debian package `wrk`): a bare Javalin hello-world and the WQS API in
# the same JVM and the same run, so the ratio is meaningful on this machine. Usage (from the repository root):
#   adapter-web/bench/run.sh [duration, default 20s] [connections, default 16]
set -euo pipefail
cd "$(dirname "$0")/../.."
DURATION=${1:-20s}
CONNECTIONS=${2:-16}
THREADS=2
WORK=$(mktemp -d)
trap 'exec 3>&- 2>/dev/null || true; rm -rf "$WORK"' EXIT

mvn -o -q -pl adapter-web -am test-compile -DskipTests
mvn -o -q -pl adapter-web dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/cp.txt"
CP="adapter-web/target/test-classes:adapter-web/target/classes:core/target/classes:core/target/test-classes:adapter-persistence/target/classes:$(cat "$WORK/cp.txt")"

# The servers run until their standard input (a fifo held open here) closes.
mkfifo "$WORK/stdin"
java -Xms512m -Xmx512m -cp "$CP" com.wqs.adapter.web.bench.BenchServers "$WORK/bench.env" < "$WORK/stdin" > "$WORK/server.log" 2>&1 &
SERVER=$!
exec 3>"$WORK/stdin"
for _ in $(seq 1 120); do [ -s "$WORK/bench.env" ] && break; sleep 1; done
set -a; . "$WORK/bench.env"; set +a

run() { # name, wrk arguments...
  local name=$1; shift
  echo "== $name"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d5s "$@" > /dev/null      # warm-up (JIT, connection pools)
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$@" | tee "$WORK/$name.txt"
  # wrk counts only answers; a run of errors must not pass for speed.
  if grep -q "Non-2xx" "$WORK/$name.txt"; then echo "FAILED: $name got error responses" >&2; exit 1; fi
}
run hello "http://127.0.0.1:$BARE_PORT/hello"
run get-quote -s adapter-web/bench/get-quote.lua "http://127.0.0.1:$WQS_PORT/api/v1/quotes/$QUOTE_ID"
run post-quote -s adapter-web/bench/post-quote.lua "http://127.0.0.1:$WQS_PORT/api/v1/quotes"

rps() { awk '/Requests\/sec/ {print $2}' "$WORK/$1.txt"; }
echo "== summary (requests/s)"
echo "hello-world  $(rps hello)"
echo "GET quote    $(rps get-quote)"
echo "POST quote   $(rps post-quote)"
awk -v h="$(rps hello)" -v g="$(rps get-quote)" 'BEGIN {printf "GET quote / hello-world = %.3f (hello-world is %.1fx faster)\n", g / h, h / g}'

exec 3>&-
wait "$SERVER"
