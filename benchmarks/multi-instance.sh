#!/usr/bin/env bash
# Benchmark 6, several server instances on one PostgreSQL (wrk): `GET /api/v1/quotes/{id}` and
# `POST /api/v1/quotes` (10 lines) against one `./wqs serve` with 16 connections, then against two instances on
# the same database at once (8 connections each, both wrk runs side by side, their throughputs summed), as a
# ratio to the one instance. The demo data are loaded into a fresh database first; the servers run with the
# flags `./wqs serve` uses. Needs PostgreSQL at $WQS_BENCH_POSTGRES (default 127.0.0.1:5432, user postgres).
# Usage: benchmarks/multi-instance.sh [duration, default 20s]   (WQS_BENCH_QUICK=1: 3 s after a 1 s warm-up)
source "$(dirname "$0")/lib.sh"
NAME=multi-instance
DURATION=${1:-20s}
WARMUP=5s
if [[ "$QUICK" == 1 ]]; then DURATION=3s; WARMUP=1s; fi
CONNECTIONS=16
PG="${WQS_BENCH_POSTGRES:-127.0.0.1:5432}"
bench_build adapter-cli
cd "$ROOT"
WORK=$(mktemp -d)
DB="wqs_bench_multi_$$"
URL="jdbc:postgresql://$PG/$DB?user=postgres"
SERVERS=()
cleanup() {
  for pid in "${SERVERS[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
  psql -q -h "${PG%:*}" -p "${PG#*:}" -U postgres -c "drop database if exists $DB" postgres >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT
STARTED=$(bench_stamp)
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)

psql -q -h "${PG%:*}" -p "${PG#*:}" -U postgres -c "create database $DB" postgres
wqs() { ./wqs --jdbc-url "$URL" "$@"; }
wqs demo > /dev/null
export TOKEN CUSTOMER_ID QUOTE_ID PRODUCT=SLD-2L GLASS=GL-CLR-6 SEALANT=CN-SIL ROLLERS=HW-ROLLER
TOKEN=$(wqs --as sales@demo.local token create --name bench --json | jq -r .secret)
QUOTE_ID=$(wqs --as sales@demo.local quote list --status SENT --size 1 --json | jq -r '.items[0].id')
CUSTOMER_ID=$(wqs --as sales@demo.local customer list --size 1 --json | jq -r '.items[0].id')

start_server() { # port
  wqs serve --host 127.0.0.1 --port "$1" > "$WORK/server-$1.log" 2>&1 &
  SERVERS+=("$!")
  for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$1/health/ready" > /dev/null && return; sleep 1; done
  cat "$WORK/server-$1.log" >&2; echo "multi-instance: the server on port $1 did not start" >&2; exit 1
}
PORT_A=$((20000 + RANDOM % 20000)); PORT_B=$((PORT_A + 1))
start_server "$PORT_A"
start_server "$PORT_B"

wrk_run() { # name, connections, url, script
  wrk -t2 -c"$2" -d"$DURATION" --latency -s "$4" "$3" > "$WORK/$1.txt"
  if grep -q "Non-2xx" "$WORK/$1.txt"; then cat "$WORK/$1.txt" >&2; echo "FAILED: $1 got error responses" >&2; exit 1; fi
}
case_run() { # name, path, script
  local a="http://127.0.0.1:$PORT_A/api/v1$2" b="http://127.0.0.1:$PORT_B/api/v1$2"
  echo "== $1" >&2
  wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" -s "$3" "$a" > /dev/null   # warm-up of both (JIT, pools)
  wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" -s "$3" "$b" > /dev/null
  wrk_run "$1-one" "$CONNECTIONS" "$a" "$3"
  wrk_run "$1-twoA" $((CONNECTIONS / 2)) "$a" "$3" & local first=$!
  wrk_run "$1-twoB" $((CONNECTIONS / 2)) "$b" "$3"
  wait "$first"
}
case_run get-quote "/quotes/$QUOTE_ID" benchmarks/http/bearer.lua
case_run post-quote "/quotes" benchmarks/http/post-quote.lua
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)

python3 - "$WORK" "$OUT" "$NAME" "$(bench_command $NAME)" "$(bench_mode)" "$STARTED" "$DURATION" "$WARMUP" \
  "$CONNECTIONS" "$(WQS_PRINT_FLAGS=serve ./wqs)" "$(nproc)" "$LOAD_BEFORE" "$LOAD_AFTER" "$(git rev-parse --short HEAD)" <<'EOF'
import re, sys
work, out, name, command, mode, started, duration, warmup, conns, flags, cpus, load0, load1, commit = sys.argv[1:]
UNIT = {"us": 0.001, "ms": 1.0, "s": 1000.0}
def parse(run):
    text = open(f"{work}/{run}.txt").read()
    lat = {p: float(v) * UNIT[u] for p, v, u in re.findall(r"^\s+(50|99)%\s+([\d.]+)(us|ms|s)\s*$", text, re.M)}
    return dict(rps=float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1)), p99=lat["99"], text=text)
def n(x): return f"{x:,.0f}".replace(",", " ")
rows, detail = [], []
for case, label in [("get-quote", "`GET /api/v1/quotes/{id}` (bearer)"), ("post-quote", "`POST /api/v1/quotes` (10 lines)")]:
    one, a, b = parse(f"{case}-one"), parse(f"{case}-twoA"), parse(f"{case}-twoB")
    two = a["rps"] + b["rps"]
    rows.append(f"| two instances, one PostgreSQL | {label} | {n(two)} req/s ({n(a['rps'])} + {n(b['rps'])}) "
                f"| p99 {a['p99']:.1f} / {b['p99']:.1f} ms | {two / one['rps']:.2f} × one instance (goal ≥ 1.6) "
                f"| one instance: {n(one['rps'])} req/s, p99 {one['p99']:.1f} ms; {cpus} CPUs for wrk, both servers and "
                f"PostgreSQL; commit {commit}, load average {load0} → {load1} |")
    for run, r in [(f"{case}-one", one), (f"{case}-twoA", a), (f"{case}-twoB", b)]:
        detail.append(f"`{run}`:\n\n```\n{r['text'].strip()}\n```")
open(f"{out}/{name}.rows.md", "w").write("\n".join(rows) + "\n")
open(f"{out}/{name}.md", "w").write(f"""## Two server instances on one PostgreSQL

_{started}, {mode}._ A fresh PostgreSQL database with the demo data (`wqs demo`); two `./wqs serve`
processes on it (`java {flags}`). Each case: a {warmup} warm-up of each instance, then {duration} of wrk with
{conns} connections on one instance alone, then {duration} on both at once ({int(conns) // 2} connections each,
two wrk processes side by side), throughputs summed. `GET` reads a sent demo quote of the SALES user; `POST`
creates a draft of 8 windows and 2 material lines. Machine: {cpus} CPUs shared by wrk, both servers and
PostgreSQL.

```
{command}
```

""" + "\n\n".join(detail) + "\n")
EOF
echo "== $NAME: $OUT/$NAME.rows.md" >&2
cat "$OUT/$NAME.rows.md"
