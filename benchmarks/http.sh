#!/usr/bin/env bash
# Benchmark 3, HTTP throughput (wrk): GET /api/v1/quotes/{id}, GET /api/v1/stats/quotes (bearer token),
# POST /api/v1/quotes (10 lines), the quote list's first and last page at 50k quotes and GET /dashboard
# (session cookie), each right after a bare Javalin hello-world route served by the same JVM
# (com.wqs.adapter.web.bench.BenchServers: the WQS server over a fresh SQLite file, the API tests' fixture),
# as a ratio; p50/p99 latency; the server's heap (its /metrics) and RSS (/proc) sampled under load.
# Usage: benchmarks/http.sh [duration, default 20s] [connections, default 16]
#   (WQS_BENCH_QUICK=1: 3 s per measurement after a 1 s warm-up). Fails if wrk saw any non-2xx answer.
source "$(dirname "$0")/lib.sh"
NAME=http
DURATION=${1:-20s}
CONNECTIONS=${2:-16}
WARMUP=5s
export WQS_BENCH_LIST_QUOTES=${WQS_BENCH_LIST_QUOTES:-50000}
if [[ "$QUICK" == 1 ]]; then DURATION=3s; WARMUP=1s; WQS_BENCH_LIST_QUOTES=5000; fi
THREADS=2
bench_build adapter-web
cd "$ROOT"
WORK=$(mktemp -d)
SERVER=
cleanup() {
  exec 3>&- 2>/dev/null || true
  if [[ -n "$SERVER" ]]; then kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT
STARTED=$(bench_stamp)

mvn -B -o -q -pl adapter-web dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/cp.txt"
CP="adapter-web/target/test-classes:adapter-web/target/classes:core/target/classes:core/target/test-classes:adapter-persistence/target/classes:$(cat "$WORK/cp.txt")"

# The servers run until their standard input (a fifo held open here) closes.
mkfifo "$WORK/stdin"
# The flags `./wqs serve` runs with (WQS_BENCH_SERVER_FLAGS overrides them, to compare).
JAVA_FLAGS="${WQS_BENCH_SERVER_FLAGS:-$(WQS_PRINT_FLAGS=serve "$ROOT/wqs")}"
java $JAVA_FLAGS -cp "$CP" com.wqs.adapter.web.bench.BenchServers "$WORK/bench.env" < "$WORK/stdin" \
  > "$WORK/server.log" 2>&1 &
SERVER=$!
exec 3>"$WORK/stdin"
for _ in $(seq 1 120); do [[ -s "$WORK/bench.env" ]] && break; sleep 1; done
[[ -s "$WORK/bench.env" ]] || { cat "$WORK/server.log" >&2; echo "http: the servers did not start" >&2; exit 1; }
set -a; . "$WORK/bench.env"; set +a

# Samples the server every second while wrk runs: heap used (sum of the heap pools in /metrics) and RSS.
sample() { # file
  while kill -0 "$SERVER" 2>/dev/null; do
    heap=$(curl -s -H "Authorization: Bearer bench-metrics-token-0123456789" "http://127.0.0.1:$WQS_PORT/metrics" \
      | awk '/^jvm_memory_used_bytes\{area="heap"/ {s += $NF} END {printf "%.0f", s}')
    rss=$(awk '/^VmRSS:/ {print $2 * 1024}' "/proc/$SERVER/status")
    echo "$heap $rss" >> "$1"
    sleep 1
  done
}

run() { # name, wrk arguments...
  local name=$1; shift
  echo "== $name" >&2
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "$@" > /dev/null      # warm-up (JIT, connection pools)
  : > "$WORK/$name.mem"
  sample "$WORK/$name.mem" & local sampler=$!
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$@" > "$WORK/$name.txt"
  kill "$sampler"; wait "$sampler" 2>/dev/null || true
  cat "$WORK/$name.txt" >&2
  # wrk counts only answers; a run of errors must not pass for speed.
  if grep -q "Non-2xx" "$WORK/$name.txt"; then echo "FAILED: $name got error responses" >&2; exit 1; fi
}
HELLO="http://127.0.0.1:$BARE_PORT/hello"
API="http://127.0.0.1:$WQS_PORT/api/v1"
run hello-1 "$HELLO"
run get-quote -s benchmarks/http/bearer.lua "$API/quotes/$QUOTE_ID"
run hello-2 "$HELLO"
run post-quote -s benchmarks/http/post-quote.lua "$API/quotes"
run hello-3 "$HELLO"
run stats -s benchmarks/http/bearer.lua "$API/stats/quotes"
QUOTES=$(curl -sf -H "Authorization: Bearer $TOKEN" "$API/stats/quotes" | jq -r .totalCount)
LAST_PAGE=$(curl -sf -H "Authorization: Bearer $TOKEN" "$API/quotes?size=50" | jq -r .totalPages)
run hello-4 "$HELLO"
run list-first -s benchmarks/http/bearer.lua "$API/quotes?page=1&size=50"
run list-last -s benchmarks/http/bearer.lua "$API/quotes?page=$LAST_PAGE&size=50"
run hello-5 "$HELLO"
run dashboard -s benchmarks/http/cookie.lua "http://127.0.0.1:$WQS_PORT/dashboard"

python3 - "$WORK" "$OUT" "$NAME" "$(bench_command $NAME)" "$(bench_mode)" "$STARTED" "$DURATION" "$WARMUP" \
  "$CONNECTIONS" "$THREADS" "$JAVA_FLAGS" "$QUOTES" "$LAST_PAGE" <<'EOF'
import re, statistics, sys
work, out, name, command, mode, started, duration, warmup, connections, threads, flags, quotes, last_page = sys.argv[1:]
UNIT = {"us": 0.001, "ms": 1.0, "s": 1000.0}
def parse(run):
    text = open(f"{work}/{run}.txt").read()
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
    lat = {p: float(v) * UNIT[u] for p, v, u in re.findall(r"^\s+(50|99)%\s+([\d.]+)(us|ms|s)\s*$", text, re.M)}
    total = int(re.search(r"(\d+) requests in", text).group(1))
    errors = re.search(r"Socket errors:.*", text)
    mem = [tuple(map(float, l.split())) for l in open(f"{work}/{run}.mem") if len(l.split()) == 2]
    return dict(rps=rps, p50=lat["50"], p99=lat["99"], total=total, errors=errors.group(0) if errors else "",
                heap=max((m[0] for m in mem), default=0), rss=max((m[1] for m in mem), default=0),
                samples=len(mem), text=text)
def ms(x): return f"{x * 1000:.0f} µs" if x < 1 else f"{x:.1f} ms" if x < 100 else f"{x:.0f} ms"
def n(x, d=0): return f"{x:,.{d}f}".replace(",", " ")
def mb(b): return f"{b / 2**20:.0f} MiB"
cases = [("hello-1", "get-quote", "`GET /api/v1/quotes/{id}` (bearer)"),
         ("hello-2", "post-quote", "`POST /api/v1/quotes` (10 lines, bearer)"),
         ("hello-3", "stats", "`GET /api/v1/stats/quotes` (bearer)"),
         ("hello-4", "list-first", f"`GET /api/v1/quotes?page=1&size=50` (bearer, {quotes} quotes)"),
         ("hello-4", "list-last", f"`GET /api/v1/quotes?page={last_page}&size=50` (the last page)"),
         ("hello-5", "dashboard", "`GET /dashboard` (session cookie, HTML)")]
r = {run: parse(run) for run in ["hello-1", "get-quote", "hello-2", "post-quote", "hello-3", "stats", "hello-4",
                                 "list-first", "list-last", "hello-5", "dashboard"]}
rows, detail = [], []
hello_rps = [r[h]["rps"] for h in dict.fromkeys(h for h, _, _ in cases)]
h = r["hello-1"]
rows.append(f"| HTTP ({connections} connections) | bare Javalin hello-world, same JVM | {n(statistics.median(hello_rps))} req/s "
            f"| p50 {ms(h['p50'])}, p99 {ms(h['p99'])} | 1.00 (reference) | median of the {len(hello_rps)} hello runs "
            f"({', '.join(n(x) for x in hello_rps)} req/s) |")
for hello, run, label in cases:
    a, b = r[run], r[hello]
    note = f"hello-world right before: {n(b['rps'])} req/s; server heap max {mb(a['heap'])}, RSS max {mb(a['rss'])}"
    if run == "stats":
        note += f"; {quotes} quotes in the database by then"
    if run == "list-last":
        note += f"; {r['list-first']['rps'] / a['rps']:.2f} × the first page's time per request (goal ≤ 1.5)"
    if a["errors"]:
        note += f"; wrk: {a['errors']}"
    rows.append(f"| HTTP ({connections} connections) | {label} | {n(a['rps'])} req/s | p50 {ms(a['p50'])}, p99 {ms(a['p99'])} "
                f"| {a['rps'] / b['rps']:.3f} of hello-world ({b['rps'] / a['rps']:.1f}× slower) | {note} |")
for run in r:
    a = r[run]
    detail.append(f"| {run} | {n(a['rps'], 1)} | {ms(a['p50'])} | {ms(a['p99'])} | {n(a['total'])} | {mb(a['heap'])} "
                  f"| {mb(a['rss'])} | {a['samples']} |")
open(f"{out}/{name}.rows.md", "w").write("\n".join(rows) + "\n")
raw = "\n\n".join(f"`{run}`:\n\n```\n{r[run]['text'].strip()}\n```" for run in r)
open(f"{out}/{name}.md", "w").write(f"""## HTTP throughput

_{started}, {mode}._ One JVM (`java {flags}`, `com.wqs.adapter.web.bench.BenchServers`) serves the WQS
server over a fresh SQLite file (the API tests' fixture: users, the worked-example catalogue, one sent
quote) and a bare `Javalin.create(...)` hello-world (no filters, no JSON) on another port. Each API case
runs right after a hello-world run, and its ratio is to that run. wrk: {threads} threads, {connections}
connections, {warmup} warm-up (not counted) then {duration} with `--latency`; any non-2xx answer fails the
script. `GET /api/v1/quotes/{{id}}` reads a sent quote of the SALES user (~3.3 KB of JSON);
`POST /api/v1/quotes` creates a draft of 8 windows and 2 material lines (pricing, numbering and an IMMEDIATE
SQLite write per request); `GET /api/v1/stats/quotes` runs over the quotes the POST run created; the quote
list's first and last page (50 a page) over those and the `WQS_BENCH_LIST_QUOTES` drafts BenchServers stored
at start (50,000 by default, 5,000 in quick mode); `GET /dashboard` is the HTML page with a session cookie.
Heap = sum of `jvm_memory_used_bytes{{area="heap"}}` from the server's `/metrics`, RSS = `VmRSS` of
`/proc/<pid>/status`, both sampled every second during the measured run; the maximum is shown.

```
{command}
# which runs, per case (after BenchServers has started):
wrk -t{threads} -c{connections} -d{warmup} [-s benchmarks/http/bearer.lua | post-quote.lua] URL      # warm-up
wrk -t{threads} -c{connections} -d{duration} --latency [-s ...] URL
```

| run | req/s | p50 | p99 | requests | heap max | RSS max | samples |
|---|---|---|---|---|---|---|---|
""" + "\n".join(detail) + "\n\nwrk output:\n\n" + raw + "\n")
EOF
echo "== $NAME: $OUT/$NAME.rows.md" >&2
cat "$OUT/$NAME.rows.md"
