#!/usr/bin/env bash
# The product beside the DuckDB script a reader would write instead (bench/duckdb.sql: read_csv
# of the same inbox, the same eight flags and the outstanding liability), in one run, so the
# ratio is measured on one machine under one load. Prints the product's wall time (JVM start-up
# included) and its job time (Spring Batch's), DuckDB's time (connection to last result, run
# through its JDBC driver, a test-scope dependency only), the ratios, and both sides' exception
# counts by flag (they must agree).
#
#   bench/duckdb.sh                   # H2 file database (the embedded default)
#   bench/duckdb.sh --mysql           # the mysql profile against RECON_BENCH_MYSQL_URL (default: local server)
#   PARTS=night bench/duckdb.sh       # only some parts: catchup night sixty (default: catchup night)
#   LAUNCH=bin/giftcard-recon bench/duckdb.sh   # the product through its faster launch
#
# Parts:
#   catchup  20 days x 20,000 activations into an empty database, one run; DuckDB over the 20 days
#   night    day 20 on days 1-19 already reconciled, and day 20 alone on an empty database (night 1),
#            REPEATS times each (medians); DuckDB's full re-scan of all 20 days, REPEATS times
#   sixty    the same with 60 days of history (day 61 on days 1-60) against night 1
set -euo pipefail
cd "$(dirname "$0")/.."

DAYS=${DAYS:-20}
LONG_DAYS=${LONG_DAYS:-60}
PER_DAY=${PER_DAY:-20000}
HEAP=${HEAP:--Xmx512m}
REPEATS=${REPEATS:-3}
FIRST=2026-11-01
WORK=${BENCH_DIR:-/tmp/giftcard-recon-duckdb}
MODE=${1:-h2}
PARTS=${PARTS:-catchup night}
LAUNCH=${LAUNCH:-java $HEAP -jar target/giftcard-recon.jar}
source bench/lib.sh   # H2_OPTIONS: application.yml's H2 URL options

# The product's jar (with the generate command), the DuckDB runner and its test classpath.
java -jar target/giftcard-recon.jar help 2>/dev/null | grep -q "generate --dir" || ./mvnw -q -DskipTests package
./mvnw -q -o test-compile 2>/dev/null || ./mvnw -q test-compile
./mvnw -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt \
  >/dev/null 2>&1 || ./mvnw -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
DUCK_CP=target/test-classes:$(cat target/bench-classpath.txt)
rm -rf "$WORK" && mkdir -p "$WORK"

# An inbox of n days starts on FIRST, or early enough to end yesterday: runs refuse future dates.
first_of() {
  local latest; latest=$(date -d "yesterday - $(($1 - 1)) days" +%F)
  [[ $FIRST > $latest ]] && echo "$latest" || echo "$FIRST"
}
day() { date -d "$(first_of "$1") + $(($2 - 1)) days" +%F; } # $1 = days of the inbox, $2 = which day
median() { printf '%s\n' "$@" | sort -g | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }
ratio() { awk "BEGIN{printf \"%.1f\", $1 / $2}"; }
lines() { cat "$1"/activations/* "$1"/ledger/* | grep -c . ; }

# An inbox of $1 days, split into history (days before the last) and the last night alone.
inbox() {
  local dir=$WORK/inbox-$1 tag
  [ -d "$dir" ] && return
  java -jar target/giftcard-recon.jar generate --dir="$dir/all" --from="$(first_of "$1")" --days="$1" --per-day="$PER_DAY" \
    --seed=42 >/dev/null
  tag=$(day "$1" "$1"); tag=${tag//-/}
  for part in history night; do mkdir -p "$dir/$part/activations" "$dir/$part/ledger"; done
  for f in "$dir"/all/*/*; do
    local kind; kind=$(basename "$(dirname "$f")")
    if [[ $(basename "$f") == *"$tag"* ]]; then cp "$f" "$dir/night/$kind/"; else cp "$f" "$dir/history/$kind/"; fi
  done
}

mysql_cmd() { mariadb -h127.0.0.1 -uroot "$@" 2>/dev/null || mysql -h127.0.0.1 -uroot "$@"; }
db_url() { # $1 = database name
  if [ "$MODE" = "--mysql" ]; then
    echo "--spring.profiles.active=mysql --spring.datasource.url=${RECON_BENCH_MYSQL_URL:-jdbc:mysql://127.0.0.1:3306}/duck_$1"
  else
    echo "--spring.datasource.url=jdbc:h2:file:$WORK/db-$1/recon$H2_OPTIONS"
  fi
}
fresh_db() { [ "$MODE" != "--mysql" ] || mysql_cmd -e "DROP DATABASE IF EXISTS duck_$1; CREATE DATABASE duck_$1"; }
clone_db() { # $1 = from, $2 = to: a copy of a reconciled history, so every repeat starts from the same one
  if [ "$MODE" = "--mysql" ]; then
    fresh_db "$2"
    local t
    for t in $(mysql_cmd -N -e "SELECT table_name FROM information_schema.tables WHERE table_schema = 'duck_$1'"); do
      mysql_cmd -e "CREATE TABLE duck_$2.\`$t\` LIKE duck_$1.\`$t\`; INSERT INTO duck_$2.\`$t\` SELECT * FROM duck_$1.\`$t\`"
    done
  else
    # sync: the copy's dirty pages (1.7 GB for 60 days) would otherwise be written back during the run timed next
    rm -rf "$WORK/db-$2"; cp -a "$WORK/db-$1" "$WORK/db-$2"; sync
  fi
}

# The product: prints "wall job" seconds; its summary goes to $WORK/out-$1.txt.
product() { # $1 = db name, $2 = inbox, $3 = date
  local out=$WORK/out-$1.txt start end
  start=$(date +%s.%N)
  $LAUNCH reconcile --date="$3" --recon.input-dir="$2" --recon.output-dir="$WORK/reports-$1" $(db_url "$1") \
    --logging.level.com.giftcardrecon=WARN >"$out" 2>&1 || { cat "$out" >&2; exit 1; }
  end=$(date +%s.%N)
  echo "$(awk "BEGIN{print $end - $start}") $(sed -nE 's/.*\(run [0-9]+, ([0-9.]+) s\).*/\1/p' "$out")"
}
product_flags() { sed -nE 's/^  exceptions as of [0-9-]+: ([0-9]+) \((.*)\)$/\1: \2/p' "$WORK/out-$1.txt"; }

# DuckDB: prints its seconds; its results go to $WORK/duck-$1.txt.
duck() { # $1 = tag, $2 = inbox, $3 = date
  java -cp "$DUCK_CP" com.giftcardrecon.bench.DuckDbScript bench/duckdb.sql "$2" "$3" >"$WORK/duck-$1.txt"
  sed -nE 's/^duckdb: ([0-9.]+) s$/\1/p' "$WORK/duck-$1.txt"
}
duck_flags() {
  awk '/exceptions by flag:/{on=1; next} /:$/{on=0} on{n+=$2; s=s (s ? ", " : "") $1 " " $2} END{print n ": " s}' \
    "$WORK/duck-$1.txt"
}

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, load $(cut -d' ' -f1-3 /proc/loadavg)," \
  "$(java -version 2>&1 | head -1), db ${MODE#--}, launch: $LAUNCH"

if [[ $PARTS == *catchup* ]]; then
  inbox "$DAYS"; in=$WORK/inbox-$DAYS/all; last=$(day "$DAYS" "$DAYS")
  fresh_db catchup
  read -r wall job < <(product catchup "$in" "$last")
  ds=(); for i in $(seq 1 "$REPEATS"); do ds+=("$(duck catchup "$in" "$last")"); done
  d=$(median "${ds[@]}"); total=$(lines "$in")
  printf 'catch-up, %d days, %d lines: product wall %.1f s (job %.1f s = %.0f lines/s); duckdb %.2f s (median of: %s); ratio wall %s, job %s\n' \
    "$DAYS" "$total" "$wall" "$job" "$(awk "BEGIN{print $total / $job}")" "$d" "${ds[*]}" "$(ratio "$wall" "$d")" "$(ratio "$job" "$d")"
  echo "  product exceptions $(product_flags catchup)"
  echo "  duckdb  exceptions $(duck_flags catchup)"
fi

night() { # $1 = days including the night, $2 = label
  local n=$1 dir=$WORK/inbox-$1 last prev
  inbox "$n"; last=$(day "$n" "$n"); prev=$(day "$n" $((n - 1)))
  fresh_db "history$n"
  product "history$n" "$dir/history" "$prev" >/dev/null
  cp "$dir"/night/activations/* "$dir/history/activations/"; cp "$dir"/night/ledger/* "$dir/history/ledger/"
  local hw=() hj=() ew=() ej=() ds=() i wall job
  for i in $(seq 1 "$REPEATS"); do
    clone_db "history$n" "h${n}_$i"
    read -r wall job < <(product "h${n}_$i" "$dir/history" "$last"); hw+=("$wall"); hj+=("$job")
    fresh_db "e${n}_$i"
    read -r wall job < <(product "e${n}_$i" "$dir/night" "$last"); ew+=("$wall"); ej+=("$job")
    ds+=("$(duck "n$n" "$dir/all" "$last")")
  done
  local mhw mhj mew mej d
  mhw=$(median "${hw[@]}"); mhj=$(median "${hj[@]}"); mew=$(median "${ew[@]}"); mej=$(median "${ej[@]}"); d=$(median "${ds[@]}")
  printf 'night on %d days of history (%s), %d lines: product wall %.1f s (job %.1f s); night 1 wall %.1f s (job %.1f s); TN/T1 wall %.2f, job %.2f\n' \
    "$((n - 1))" "$2" "$(lines "$dir/night")" "$mhw" "$mhj" "$mew" "$mej" \
    "$(awk "BEGIN{print $mhw / $mew}")" "$(awk "BEGIN{print $mhj / $mej}")"
  printf '  duckdb full re-scan of %d days: %.2f s; ratio night wall / duckdb %s, job / duckdb %s\n' \
    "$n" "$d" "$(ratio "$mhw" "$d")" "$(ratio "$mhj" "$d")"
  printf '  medians of: product wall %s, job %s; night 1 wall %s, job %s; duckdb %s\n' \
    "${hw[*]}" "${hj[*]}" "${ew[*]}" "${ej[*]}" "${ds[*]}"
  echo "  product exceptions $(product_flags "h${n}_1")"
  echo "  duckdb  exceptions $(duck_flags "n$n")"
}
[[ $PARTS != *night* ]] || night "$DAYS" "medians of $REPEATS"
[[ $PARTS != *sixty* ]] || night $((LONG_DAYS + 1)) "medians of $REPEATS"
