#!/usr/bin/env bash
# Moved: the web server benchmark is benchmarks/http.sh (same servers, same wrk runs, plus the statistics
# route, heap and RSS). This keeps the old command working:
#   adapter-web/bench/run.sh [duration, default 20s] [connections, default 16]
exec "$(dirname "$0")/../../benchmarks/http.sh" "$@"
