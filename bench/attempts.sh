#!/usr/bin/env bash
# The refused-attempt sheets at volume: a night whose 7-day attempt window holds ~100,000
# refused attempts (and as many again in the week before it, outside the window), on H2.
#
#   bench/attempts.sh            # REFUSED per day (default 14286 = 100,000 a week), DAYS 14
#
# 1. generates DAYS days of the usual inbox (InboxGenerator, 20,000 activations a day) and
#    appends REFUSED refused attempts a day to each ledger export (RefusedAttemptsAppender);
# 2. one catch-up run for the last day (prints its steps);
# 3. REPEATS reruns of the last day, nothing new to load: the supportReport step alone is the
#    cost of the sheets, median of the reruns;
# 4. the same on the inbox without the appended attempts, for the step's baseline.
set -euo pipefail
cd "$(dirname "$0")/.."
DAYS=${DAYS:-14}
PER_DAY=${PER_DAY:-20000}
REFUSED=${REFUSED:-14286}
REPEATS=${REPEATS:-3}
HEAP=${HEAP:--Xmx512m}
FIRST=2026-11-01
LAST=$(date -d "$FIRST + $((DAYS - 1)) days" +%F)
WORK=${BENCH_DIR:-/tmp/giftcard-recon-attempts}
source bench/lib.sh   # H2_OPTIONS: application.yml's H2 URL options

./mvnw -q -DskipTests package
./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath
rm -rf "$WORK" && mkdir -p "$WORK"
java -jar target/giftcard-recon.jar generate --dir="$WORK/plain" --from="$FIRST" --days="$DAYS" --per-day="$PER_DAY" --seed=42 >/dev/null
cp -a "$WORK/plain" "$WORK/refused"
java -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  com.giftcardrecon.bench.RefusedAttemptsAppender "$WORK/refused" "$FIRST" "$DAYS" "$REFUSED"

run() { # $1 = name, $2 = inbox; prints the run's summary
  java $HEAP -jar target/giftcard-recon.jar reconcile --date="$LAST" --recon.input-dir="$2" \
    --recon.output-dir="$WORK/reports-$1" \
    --spring.datasource.url="jdbc:h2:file:$WORK/db-$1/recon$H2_OPTIONS" --logging.level.com.giftcardrecon=WARN
}
step() { sed -nE "s/.*[ ,]$1 ([0-9.]+)s.*/\1/p"; }
median() { printf '%s\n' "$@" | sort -g | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }
rows() { # $1 = workbook, $2 = sheet number; data rows (header left out)
  echo $(( $(unzip -p "$1" "xl/worksheets/sheet$2.xml" | grep -o '<row ' | wc -l) - 1 ))
}

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1), heap $HEAP, h2 ($H2_OPTIONS)"
for name in refused plain; do
  echo "$name: catch-up $(run "$name" "$WORK/$name" | grep -E '^  steps:')"
  times=()
  for i in $(seq 1 "$REPEATS"); do times+=("$(run "$name" "$WORK/$name" | grep -E '^  steps:' | step supportReport)"); done
  book="$WORK/reports-$name/$LAST/support-cases-$LAST.xlsx"
  # sheets in workbook order: Open Cases, Cleared, Attempts, Suspicious Accounts (then About)
  printf '%s: supportReport on a rerun %.1f s (median of: %s); Open Cases %d, Cleared %d, Attempts %d, Suspicious Accounts %d rows; workbook %d KB\n' \
    "$name" "$(median "${times[@]}")" "${times[*]}" "$(rows "$book" 1)" "$(rows "$book" 2)" "$(rows "$book" 3)" "$(rows "$book" 4)" \
    "$(( $(stat -c %s "$book") / 1024 ))"
done
