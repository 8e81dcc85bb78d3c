#!/usr/bin/env bash
# Petrel and ActiveMQ Artemis side by side with the provider-neutral harness of ../shared/bench:
# ROUNDS interleaved rounds (Artemis, Petrel, Artemis, Petrel, ...), each a fresh broker process and data
# directory, then the medians and the Petrel/Artemis ratios. docs/performance.md explains the scenarios.
#
#   itests/bench/petrel-vs-artemis.sh [harness options, e.g. --scenarios a,e --budget 10]
#
# Environment: ROUNDS (3), PROVIDERS ("artemis petrel"), BENCH_HOME (the harness: ../shared/bench next to
# the repository), OUT (results directory: target/bench under the repository).
# The harness directory may be read-only: it is copied to a temporary directory and built there (Maven
# fetches Artemis and ActiveMQ from Maven Central on the first run). Petrel runs with the harness classes and
# Petrel's own jars only, because the harness's class path carries Artemis's older Netty.
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
bench_src="${BENCH_HOME:-$repo/../shared/bench}"
out="${OUT:-$repo/target/bench}"
rounds="${ROUNDS:-3}"
providers="${PROVIDERS:-artemis petrel}"
[[ -f "$bench_src/src/main/java/bench/Bench.java" ]] || { echo "no harness at $bench_src (set BENCH_HOME)" >&2; exit 2; }

work="$(mktemp -d /tmp/petrel-bench.XXXXXX)"
trap 'rm -rf "$work"' EXIT
cp -r "$bench_src/." "$work/" && chmod -R u+w "$work"
(cd "$work" && mvn -q -B -DskipTests package)
(cd "$repo" && mvn -q -B -pl broker-core -am package -Dmaven.test.skip=true)

petrel_cp="$repo/broker-core/target/classes:$repo/broker-core/target/lib/*"
mkdir -p "$out"
stamp="$(date +%Y%m%d-%H%M%S)"
csv="$out/suite-$stamp.csv"

run_petrel() {
  BENCH_CP="$work/target/classes:$petrel_cp" \
  java -Xms1g -Xmx1g -XX:+UseG1GC -Dlogback.configurationFile="$repo/broker-core/src/main/resources/logback-cli.xml" \
    -cp "$work/target/classes:$petrel_cp" bench.Bench --provider jndi \
    --jndi-file "$repo/itests/bench/petrel-jndi.properties" --port 61618 \
    --broker-cmd "cd '$repo' && exec java -Xms512m -Xmx2g -XX:+UseG1GC -Dlogback.configurationFile=conf/logback.xml -cp '$petrel_cp' dev.petrel.broker.cli.PetrelCli broker --data \"\$BENCH_DATA_DIR\" --port \"\$BENCH_PORT\"" \
    "$@"
}

phys() { # the machine's own limits: fsync rate and loopback round trip (b1's target is 90% of 1/(RTT + fsync))
  (cd "$work" && ./phys.sh "${TMPDIR:-/tmp}" 4 "$1") 2>&1 | grep -E "^PHYS test=(fsync_1KiB_append|tcp_loopback_pingpong_1KiB)" \
    | tee -a "$out/suite-$stamp-phys.txt"
}
phys before
for r in $(seq 1 "$rounds"); do
  for p in $providers; do
    echo "=== round $r: $p ($(date +%T))"
    log="$out/suite-$stamp-$p-$r.log"
    if [[ "$p" == petrel ]]; then
      run_petrel --run "$r" --out "$csv.petrel" "$@" >"$log" 2>&1 || true
    else
      (cd "$work" && ./bench.sh --provider "$p" --run "$r" --out "$csv.$p" "$@") >"$log" 2>&1 || true
    fi
    grep -E "^RESULT" "$log" || echo "  (no result: see $log)"
  done
done

phys after

# one CSV, Petrel's rows first (so the ratios printed are Petrel/Artemis) and named petrel (the harness calls
# every JNDI provider "jndi")
{ for p in petrel $providers; do [[ -f "$csv.$p" ]] && cat "$csv.$p"; rm -f "$csv.$p"; done; } \
  | awk 'NR == 1 || !/^time,/' | sed 's/,jndi,/,petrel,/' >"$csv"
echo "CSV: $csv"
python3 "$work/summarize.py" "$csv" | tee "$out/suite-$stamp.md"
