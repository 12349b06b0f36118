#!/usr/bin/env bash
# Start to first answer of the packaged app: from `java ... -jar` until a nested query (`drug(name: "Rinvoq")` with its
# class, targets and approvals) answers, RUNS times each (the median is printed), from target/quarkus-app, for:
#   - JDK 17 (the default java) without an archive;
#   - JDK 17 with Quarkus' AppCDS archive (static init only; the README's command before the build trained one),
#     when the build kept it (BEFORE=1 packages with -Dquarkus.package.jar.appcds.enabled=true first);
#   - JDK 17 with app-cds.jsa, the archive `./mvnw package` trained (the README's JDK 17 command);
#   - when a JDK 25 is found (JDK25_HOME, default /usr/lib/jvm/temurin-25-jdk-amd64): JDK 25 without a cache, and with
#     app.aot, the AOT cache `./mvnw package` trained (the README's production command).
# Each row also gives the median CPU time of the process until the first answer (all threads), which other work on the
# machine disturbs less than the wall time. Then, with PEAK_RSS=1 (default), the peak RSS (VmHWM) of the README's
# production commands (JDK 17, and JDK 25 when found) over RSS_REQUESTS nested queries from 64 concurrent clients
# (bench/SearchBench.java, twice: a warm-up and a measured round; response cache and rate limit off).
#
# Usage: bench/startup.sh            (BEFORE=0 RUNS=5 PORT=8096 STARTUP_DB=eczemarx_startup PEAK_RSS=1 RSS_REQUESTS=1000)
# Needs the local PostgreSQL at 127.0.0.1:5432 (user postgres); creates and drops the database STARTUP_DB. Packages the
# app when target/quarkus-app/quarkus-run.jar is missing (which trains the archive and cache).
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-5}
PORT=${PORT:-8096}
STARTUP_DB=${STARTUP_DB:-eczemarx_startup}
JDK25_HOME=${JDK25_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
PEAK_RSS=${PEAK_RSS:-1}
RSS_REQUESTS=${RSS_REQUESTS:-1000}
# The README's production flags.
FLAGS="-Xms32m -Xmx160m -XX:+UseSerialGC -XX:MaxMetaspaceSize=128m -XX:ReservedCodeCacheSize=48m -Xss512k -XX:MaxDirectMemorySize=32m --enable-native-access=ALL-UNNAMED -XX:+UnlockDiagnosticVMOptions -XX:ArchiveRelocationMode=0"
jar=target/quarkus-app/quarkus-run.jar
body='{"query":"{ drug(name: \"Rinvoq\") { name drugClass { name parent { name } } targets { action target { symbol name } } approvals { region status year condition { code } } } }"}'
log=$(mktemp)
pid=

psql_() { PGOPTIONS=--client-min-messages=warning psql -h 127.0.0.1 -U postgres -qAt -v ON_ERROR_STOP=1 "$@" postgres; }
stop() { if [ -n "$pid" ] && kill -0 "$pid" 2> /dev/null; then kill "$pid"; wait "$pid" 2> /dev/null || true; fi; pid=; }
cleanup() { stop; psql_ -c "drop database if exists $STARTUP_DB with (force)" > /dev/null 2>&1 || true; rm -f "$log"; }
trap cleanup EXIT

if [ "${BEFORE:-0}" = 1 ]; then
  ./mvnw -B -ntp -q package -DskipTests -Dquarkus.package.jar.appcds.enabled=true
else
  [ -f "$jar" ] || ./mvnw -B -ntp -q package -DskipTests
fi
psql_ -c "drop database if exists $STARTUP_DB with (force)" -c "create database $STARTUP_DB"

# start JAVA FLAGS...: runs the packaged app in the background as the README does (prod profile, from its folder: the
# archive and the cache record the class path relative to it), on this machine's database.
start() {
  local java=$1; shift
  cd target/quarkus-app
  DB_URL=127.0.0.1:5432/$STARTUP_DB DB_USER=postgres DB_PASSWORD= ID_SECRET=change-me MALLOC_ARENA_MAX=2 \
    QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT=$PORT QUARKUS_SHUTDOWN_DELAY=0S env "${ENV_MORE[@]}" \
    "$java" $FLAGS "$@" -jar quarkus-run.jar > "$log" 2>&1 &
  pid=$!
  cd - > /dev/null
}
ENV_MORE=()

answered() { curl -sf -X POST -H 'Content-Type: application/json' --data "$body" "http://127.0.0.1:$PORT/graphql" 2> /dev/null | grep -q upadacitinib; }

# measure LABEL JAVA FLAGS...: prints the start-to-first-answer times of RUNS starts and their median
measure() {
  local label=$1 java=$2; shift 2
  local times=() cpus=()
  for _ in $(seq 1 "$RUNS"); do
    local t0; t0=$(date +%s%N)
    start "$java" "$@"
    until answered; do
      kill -0 "$pid" 2> /dev/null || { cat "$log" >&2; echo "startup.sh: the app exited" >&2; exit 1; }
      sleep 0.02
    done
    times+=("$(( ($(date +%s%N) - t0) / 1000000 ))")
    # CPU time of the process until then (user + system, all threads): less disturbed by other work than the wall time.
    cpus+=("$(sed 's/.*) //' "/proc/$pid/stat" | awk -v hz="$(getconf CLK_TCK)" '{print int(($12 + $13) * 1000 / hz)}')")
    if grep -qE 'Unable to use shared archive|error has occurred while processing the (shared archive|AOT cache)' "$log"; then
      echo "startup.sh: $label: the JVM did not use the archive or cache" >&2
    fi
    stop
  done
  printf '| %s | %s ms | %s ms | %s ms |\n' "$label" "$(median "${times[@]}")" "$(IFS=/; echo "${times[*]}")" "$(median "${cpus[@]}")"
}
median() { printf '%s\n' "$@" | sort -n | sed -n "$(( ($# + 1) / 2 ))p"; }

# The first start migrates the new database; it is not measured.
start java
until answered; do kill -0 "$pid" 2> /dev/null || { cat "$log" >&2; exit 1; }; sleep 0.1; done
stop

echo "Load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "| JVM | median | start to first answer (runs) | CPU until then (median) |"
echo "| --- | ---: | ---: | ---: |"
measure "JDK 17" java
# Quarkus' own AppCDS archive (static init only; its build step is off since the build trains one), kept by the
# training run as target/app-cds-quarkus.jsa when the step was turned on (BEFORE=1 packages that way, above).
if [ -f target/app-cds-quarkus.jsa ] && [ target/app-cds-quarkus.jsa -nt "$jar" ]; then
  measure "JDK 17 + Quarkus' AppCDS (static init; the README's command before)" java -XX:SharedArchiveFile=../app-cds-quarkus.jsa
fi
[ -f target/quarkus-app/app-cds.jsa ] && measure "JDK 17 + app-cds.jsa trained by the build (README, JDK 17)" java -XX:SharedArchiveFile=app-cds.jsa
productions=("java -XX:SharedArchiveFile=app-cds.jsa")
if [ -x "$JDK25_HOME/bin/java" ]; then
  measure "JDK 25" "$JDK25_HOME/bin/java"
  if [ -f target/quarkus-app/app.aot ]; then
    measure "JDK 25 + app.aot trained by the build (README's production command)" "$JDK25_HOME/bin/java" -XX:AOTCache=app.aot
    productions+=("$JDK25_HOME/bin/java -XX:AOTCache=app.aot")
  fi
fi
echo "Load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"

if [ "$PEAK_RSS" = 1 ]; then
  ENV_MORE=(RESPONSE_CACHE_ENABLED=false ECZEMARX_RATE_LIMIT_ENABLED=false)
  for production in "${productions[@]}"; do
    # shellcheck disable=SC2086
    start $production
    until answered; do sleep 0.1; done
    java bench/SearchBench.java "http://127.0.0.1:$PORT" "$RSS_REQUESTS" 64 nested > /dev/null
    echo "Peak RSS of $production after $RSS_REQUESTS x 2 nested queries (drugs(first: 100)) from 64 clients: $(awk '/VmHWM/ {print int($2 / 1024)}' "/proc/$pid/status") MB"
    stop
  done
fi
