#!/usr/bin/env bash
# Benchmark 2, statistics scaling: QuoteStatistics for one user, for everyone and for the last 90 days at
# several sizes on SQLite and on PostgreSQL (median, p99, ratio largest/smallest), all in one run, plus the
# dashboard page over HTTP from a real `wqs serve` at the smallest and the largest size.
# Writes $WQS_BENCH_OUT/statistics.rows.md (summary-table rows) and $WQS_BENCH_OUT/statistics.md (details).
# See benchmarks/README.md (section "Statistics scaling") for the settings.
set -euo pipefail
cd "$(dirname "$0")/.."

flag() { # true/1/yes -> true, anything else -> false
    case "${1,,}" in true | 1 | yes) echo true ;; *) echo false ;; esac
}

out=${WQS_BENCH_OUT:-benchmarks/target/out}
quick=$(flag "${WQS_BENCH_QUICK:-0}")
if [[ $quick == true ]]; then
    sizes=${WQS_BENCH_STATS_SIZES:-1000,10000}
    data=${WQS_BENCH_STATS_DIR:-benchmarks/target/statistics-data-quick}
    schema_prefix=${WQS_BENCH_STATS_SCHEMA_PREFIX:-wqs_bench_stats_quick_}
else
    sizes=${WQS_BENCH_STATS_SIZES:-1000,100000,1000000}
    data=${WQS_BENCH_STATS_DIR:-benchmarks/target/statistics-data}
    schema_prefix=${WQS_BENCH_STATS_SCHEMA_PREFIX:-wqs_bench_stats_}
fi
stores=${WQS_BENCH_STATS_STORES:-sqlite,postgresql}
postgres_url=${WQS_BENCH_POSTGRES_URL:-${WQS_TEST_POSTGRES_URL:-jdbc:postgresql://127.0.0.1:5432/test?user=postgres}}
keep=$(flag "${WQS_BENCH_STATS_KEEP:-false}")
reuse=$(flag "${WQS_BENCH_STATS_REUSE:-false}")
dashboard=$(flag "${WQS_BENCH_STATS_DASHBOARD:-true}")

# The command as run, with the settings that were given, for the report.
command="benchmarks/statistics.sh"
for name in WQS_BENCH_QUICK WQS_BENCH_STATS_SIZES WQS_BENCH_STATS_STORES WQS_BENCH_STATS_DIR \
    WQS_BENCH_STATS_SCHEMA_PREFIX WQS_BENCH_STATS_KEEP WQS_BENCH_STATS_REUSE WQS_BENCH_STATS_DASHBOARD; do
    if [[ -n ${!name:-} ]]; then
        command="$name=${!name} $command"
    fi
done

mkdir -p "$out" "$data"
jar=""
if [[ $dashboard == true ]]; then
    echo "statistics: building adapter-cli/target/wqs.jar for the dashboard (wqs serve)" >&2
    mvn -o -q -pl adapter-cli -am package -DskipTests
    jar=$PWD/adapter-cli/target/wqs.jar
fi

echo "statistics: sizes $sizes, stores $stores, data in $data (kept: $keep, reused: $reuse)" >&2
mvn -o -q -Pbench -pl adapter-persistence -am -DskipTests test \
    "-Dbench.sizes=$sizes" \
    "-Dbench.stores=$stores" \
    "-Dbench.dir=$(cd "$data" && pwd)" \
    "-Dbench.postgresUrl=$postgres_url" \
    "-Dbench.schemaPrefix=$schema_prefix" \
    "-Dbench.keep=$keep" \
    "-Dbench.reuse=$reuse" \
    "-Dbench.wqsJar=$jar" \
    "-Dbench.out=$(cd "$out" && pwd)" \
    "-Dbench.command=$command"
echo "statistics: wrote $out/statistics.rows.md and $out/statistics.md" >&2
