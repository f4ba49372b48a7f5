#!/usr/bin/env bash
# The population review's benchmark: synth N patients, then the plain single-threaded loop and the
# Spark job in local[1] and local[2] on the same files, in one run (DurBench). Usage:
#   dur/bench.sh [PATIENTS=20000] [SEED=1] [DIR=a new temporary directory]
# and, end to end on 1,000,000 patients: ./tonus synth ... then time ./tonus dur ... (README).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
patients="${1:-20000}"
seed="${2:-1}"
dir="${3:-$(mktemp -d)}"
"$root/tonus" synth --patients 1 --seed 1 --out "$dir/warm" >/dev/null 2>&1 # builds the jar if needed
opens=$(sed -n 's:.*<spark.opens>\(.*\)</spark.opens>.*:\1:p' "$root/dur/pom.xml")
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
# shellcheck disable=SC2086
java $opens -Xmx3g -cp "$root/dur/target/tonus-dur.jar:$(cat "$root/dur/target/spark-classpath.txt")" \
  org.tonus.dur.DurBench "$dir" "$patients" "$seed" 'local[1]' 'local[2]'
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
