#!/usr/bin/env bash
# A longer fuzz of /graphql than the one in `./mvnw verify`: http/FuzzTest with more tries and a fresh seed.
#   bench/fuzz.sh [tries=20000] [seed=random]      (about 6 ms a try on a 2-core machine, plus ~30 s to start)
# A failure names its seed and try; `bench/fuzz.sh <tries> <seed>` replays it. See bench/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
tries=${1:-20000}
seed=${2:-$(od -An -N4 -tu4 /dev/urandom | tr -d ' ')}
echo "fuzz: $tries tries, seed $seed (replay: bench/fuzz.sh $tries $seed)"
report=target/surefire-reports/org.eczemarx.http.FuzzTest.txt
rm -f "$report"
start=$(date +%s)
if ./mvnw -B -ntp -q test -Dtest='FuzzTest#generatedRequestsGetCodedAnswersAndTheServiceStaysUp' \
    -Dfuzz.tries="$tries" -Dfuzz.seed="$seed" >target/fuzz.log 2>&1; then
  echo "fuzz: passed, $tries tries, seed $seed, $(( $(date +%s) - start )) s (log: target/fuzz.log)"
else
  echo "fuzz: FAILED, seed $seed (log: target/fuzz.log)"
  sed -n '5,20p' "$report" 2>/dev/null || tail -40 target/fuzz.log
  exit 1
fi
