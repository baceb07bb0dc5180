#!/usr/bin/env bash
# The embedded database's own insert ceiling on this machine (see H2InsertCeiling): the upper
# bound for any ingest built on H2 here, printed next to the job's figures in BENCHMARKS.md.
#
#   bench/ceiling.sh [rows, default 400000]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh   # H2_OPTIONS: application.yml's H2 URL options
# Bench-only code lives in the test sources: run it on the test classpath, with the same H2
# version the application ships.
./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath
h2=$(tr ':' '\n' < target/bench.classpath | grep -o 'h2-[0-9.]*\.jar' || true)
WORK=${BENCH_DIR:-/tmp/giftcard-recon-ceiling}
rm -rf "$WORK" && mkdir -p "$WORK"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1), heap ${HEAP:--Xmx512m}, $h2 ($H2_OPTIONS)"
java ${HEAP:--Xmx512m} -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  com.giftcardrecon.bench.H2InsertCeiling "$WORK" "$H2_OPTIONS" "${1:-400000}"
