#!/usr/bin/env bash
# Card lookup and case read latency on a database with millions of cards (see CardLookupBench).
#
#   bench/lookup.sh [cards, default 2000000]            # H2 file database, application.yml's URL options
#   bench/lookup.sh [cards] --mysql                     # the mysql profile against the local MariaDB
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
CARDS=${1:-2000000}
./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath
WORK=${BENCH_DIR:-/tmp/giftcard-recon-lookup}
rm -rf "$WORK" && mkdir -p "$WORK"
if [ "${2:-}" = "--mysql" ]; then
  DB=recon_lookup_bench
  mysql -uroot -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB"
  URL="jdbc:mysql://127.0.0.1:3306/$DB?user=root&password="
  EXTRA=--spring.profiles.active=mysql
else
  URL="jdbc:h2:file:$WORK/db$H2_OPTIONS"
  EXTRA=
fi
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), heap ${HEAP:--Xmx512m}, $URL"
java ${HEAP:--Xmx512m} -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  com.giftcardrecon.bench.CardLookupBench "$URL" "$CARDS" $EXTRA
