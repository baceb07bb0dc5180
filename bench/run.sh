#!/usr/bin/env bash
# Benchmark harness: prints the figures BENCHMARKS.md records.
#
#   bench/run.sh            # H2 file database (the embedded default)
#   bench/run.sh --mysql    # the mysql profile against RECON_BENCH_MYSQL_URL (default: local server)
#
# 1. catch-up: 20 days x 20,000 activations (~12,000 ledger lines a day) into an empty database,
#    one run for the last day: lines/s over the whole job.
# 2. one night on history vs on an empty database: day 20's files on top of days 1-19 already
#    reconciled, against day 20's files alone. The ratio shows whether the nightly cost follows
#    the night's volume or the history.
set -euo pipefail
cd "$(dirname "$0")/.."

DAYS=${DAYS:-20}
PER_DAY=${PER_DAY:-20000}
HEAP=${HEAP:--Xmx512m}
FIRST=2026-11-01
LAST=$(date -d "$FIRST + $((DAYS - 1)) days" +%F)
PREV=$(date -d "$LAST - 1 day" +%F)
LAST_TAG=${LAST//-/}
WORK=${BENCH_DIR:-/tmp/giftcard-recon-bench}
MODE=${1:-h2}
PARTS=${PARTS:-catchup night}   # which of the two measurements to run
source bench/lib.sh   # H2_OPTIONS: application.yml's H2 URL options

# A jar from before the `generate` command cannot write the inbox: build one that can.
java -jar target/giftcard-recon.jar help 2>/dev/null | grep -q "generate --dir" || ./mvnw -q -DskipTests package
rm -rf "$WORK" && mkdir -p "$WORK"
java -jar target/giftcard-recon.jar generate --dir="$WORK/inbox" --from="$FIRST" --days="$DAYS" --per-day="$PER_DAY" --seed=42

# Split the inbox: history (days before the last) and the last night alone.
for part in history night; do mkdir -p "$WORK/$part/activations" "$WORK/$part/ledger"; done
for f in "$WORK"/inbox/*/*; do
  kind=$(basename "$(dirname "$f")")
  if [[ $(basename "$f") == *"$LAST_TAG"* ]]; then cp "$f" "$WORK/night/$kind/"; else cp "$f" "$WORK/history/$kind/"; fi
done
lines() { cat "$1"/activations/* "$1"/ledger/* | grep -c . ; }

db_args() { # $1 = name of a fresh database
  if [ "$MODE" = "--mysql" ]; then
    local url=${RECON_BENCH_MYSQL_URL:-jdbc:mysql://127.0.0.1:3306}
    mariadb -h127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS bench_$1; CREATE DATABASE bench_$1" 2>/dev/null \
      || mysql -h127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS bench_$1; CREATE DATABASE bench_$1"
    echo "--spring.profiles.active=mysql --spring.datasource.url=$url/bench_$1"
  else
    echo "--spring.datasource.url=jdbc:h2:file:$WORK/db-$1/recon$H2_OPTIONS"
  fi
}

run() { # $1 = db name, $2 = inbox, $3 = date; prints the job's seconds
  local out
  out=$(java $HEAP -jar target/giftcard-recon.jar reconcile --date="$3" --recon.input-dir="$2" \
        --recon.output-dir="$WORK/reports-$1" $(db_args_cached "$1") \
        --logging.level.com.giftcardrecon=WARN 2>&1) || { echo "$out" >&2; exit 1; }
  echo "$out" | grep -E '^  steps:' >&2
  echo "$out" | sed -nE 's/.*\(run [0-9]+, ([0-9.]+) s\).*/\1/p'
}
# A database is prepared (on MySQL: dropped and created) once, in this shell, before its first run.
declare -A DB_ARGS
prepare() { local db; for db in "$@"; do [ -n "${DB_ARGS[$db]:-}" ] || DB_ARGS[$db]=$(db_args "$db"); done; }
db_args_cached() { echo "${DB_ARGS[$1]}"; }
prepare catchup history

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1), heap $HEAP, db ${MODE#--}$([ "$MODE" = "--mysql" ] || echo " ($H2_OPTIONS)")"
if [[ $PARTS == *catchup* ]]; then
  total=$(lines "$WORK/inbox")
  t=$(run catchup "$WORK/inbox" "$LAST")
  printf 'catch-up: %d lines (%d days) in %.1f s = %.0f lines/s\n' "$total" "$DAYS" "$t" "$(awk "BEGIN{print $total / $t}")"
fi
[[ $PARTS == *night* ]] || exit 0

run history "$WORK/history" "$PREV" >/dev/null
cp "$WORK"/night/activations/* "$WORK/history/activations/"; cp "$WORK"/night/ledger/* "$WORK/history/ledger/"
night=$(lines "$WORK/night")
# Two ~10 s runs vary by up to 20 % each, so on H2 the night runs REPEATS times, each on a
# fresh copy of the same history, and the medians make the ratio. (MySQL: one run.)
REPEATS=${REPEATS:-3}; [ "$MODE" = "--mysql" ] && REPEATS=1
ths=(); tes=()
for i in $(seq 1 "$REPEATS"); do
  name=history
  if [ "$MODE" != "--mysql" ]; then name=history_$i; cp -a "$WORK/db-history" "$WORK/db-$name"; fi
  prepare "$name" "empty_$i"
  ths+=("$(run "$name" "$WORK/history" "$LAST")")
  tes+=("$(run "empty_$i" "$WORK/night" "$LAST")")
done
median() { printf '%s\n' "$@" | sort -g | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }
th=$(median "${ths[@]}"); te=$(median "${tes[@]}")
printf 'night on %d days of history: %d lines in %.1f s (median of: %s)\n' "$((DAYS - 1))" "$night" "$th" "${ths[*]}"
printf 'night on an empty database: %d lines in %.1f s (median of: %s)\n' "$night" "$te" "${tes[*]}"
printf 'ratio history/empty: %.2f\n' "$(awk "BEGIN{print $th / $te}")"
