#!/usr/bin/env bash
# The embedded database's own insert ceiling on this machine (see H2InsertCeiling): the upper
# bound for any ingest built on H2 here, printed next to the job's figures in BENCHMARKS.md.
#
#   bench/ceiling.sh [rows, default 400000]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh   # H2_OPTIONS: application.yml's H2 URL options
[ -f target/giftcard-recon.jar ] || ./mvnw -q -DskipTests package
h2=$(unzip -Z1 target/giftcard-recon.jar | grep -o 'h2-[0-9.]*\.jar' || true)
WORK=${BENCH_DIR:-/tmp/giftcard-recon-ceiling}
rm -rf "$WORK" && mkdir -p "$WORK"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1), heap ${HEAP:--Xmx512m}, $h2 ($H2_OPTIONS)"
# The H2 driver packed in the application jar, so the figures are for the very same version.
java ${HEAP:--Xmx512m} -cp target/giftcard-recon.jar -Dloader.main=com.giftcardrecon.operations.bench.H2InsertCeiling \
  org.springframework.boot.loader.launch.PropertiesLauncher "$WORK" "$H2_OPTIONS" "${1:-400000}"
