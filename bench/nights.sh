#!/usr/bin/env bash
# Night after night on one H2 database, as in production: each night adds one day's files to
# the inbox and reconciles that day. Prints each night's job seconds and the database file's
# size, then the last night's files alone on an empty database, for comparison.
#
#   bench/nights.sh                 # 12 nights of 20,000 activations
#   NIGHTS=30 bench/nights.sh
#   H2_OPTIONS=";CACHE_SIZE=65536" bench/nights.sh   # e.g. without the compaction setting
set -euo pipefail
cd "$(dirname "$0")/.."

NIGHTS=${NIGHTS:-12}
PER_DAY=${PER_DAY:-20000}
HEAP=${HEAP:--Xmx512m}
source bench/lib.sh   # H2_OPTIONS: application.yml's H2 URL options
FIRST=2026-11-01
WORK=${BENCH_DIR:-/tmp/giftcard-recon-nights}

# A jar from before the `generate` command cannot write the inbox: build one that can.
java -jar target/giftcard-recon.jar help 2>/dev/null | grep -q "generate --dir" || ./mvnw -q -DskipTests package
rm -rf "$WORK" && mkdir -p "$WORK/inbox/activations" "$WORK/inbox/ledger" "$WORK/last/activations" "$WORK/last/ledger"
java -jar target/giftcard-recon.jar generate --dir="$WORK/all" --from="$FIRST" --days="$NIGHTS" --per-day="$PER_DAY" --seed=7 >/dev/null

run() { # $1 = database dir, $2 = inbox, $3 = date; prints the job's seconds
  java $HEAP -jar target/giftcard-recon.jar reconcile --date="$3" --recon.input-dir="$2" \
      --recon.output-dir="$WORK/reports" "--spring.datasource.url=jdbc:h2:file:$1/recon$H2_OPTIONS" \
      --logging.level.com.giftcardrecon=WARN | sed -nE 's/.*\(run [0-9]+, ([0-9.]+) s\).*/\1/p'
}

echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), heap $HEAP, h2 ($H2_OPTIONS), $PER_DAY activations a night"
for n in $(seq 1 "$NIGHTS"); do
  day=$(date -d "$FIRST + $((n - 1)) days" +%F); tag=${day//-/}
  cp -p "$WORK"/all/activations/*_"$tag"_* "$WORK/inbox/activations/"
  cp -p "$WORK"/all/ledger/*_"$tag".csv "$WORK/inbox/ledger/"
  s=$(run "$WORK/db" "$WORK/inbox" "$day")
  printf 'night %2d (%s): %5.1f s, database file %4d MB\n' "$n" "$day" "$s" "$(du -m "$WORK/db/recon.mv.db" | cut -f1)"
done
cp -p "$WORK"/all/activations/*_"$tag"_* "$WORK/last/activations/"; cp -p "$WORK"/all/ledger/*_"$tag".csv "$WORK/last/ledger/"
printf 'night %2d alone on an empty database: %.1f s\n' "$NIGHTS" "$(run "$WORK/db-empty" "$WORK/last" "$day")"
