#!/usr/bin/env bash
# Start to first answer of the packaged app: from `java ... -jar` until `drug(name: "Rinvoq")` answers, RUNS times each,
# for: JDK 17 (the default java) without an archive, with the AppCDS archive that `./mvnw package` writes next to the
# jar on JDK 17, and with one trained by a start and a few answers (-XX:ArchiveClassesAtExit, target/app-jdk17.jsa);
# and, when a JDK 25 is found (JDK25_HOME, default /usr/lib/jvm/temurin-25-jdk-amd64), JDK 25 without and with an AOT
# cache (JEP 483/515): Quarkus' own (target/quarkus-app/app.aot, trained by the *IT tests when the build ran `verify`
# on JDK 25), else one trained here by a start and a few answers (-XX:AOTCacheOutput, target/app-jdk25.aot).
#
# Usage: bench/startup.sh            (RUNS=3 PORT=8096 STARTUP_DB=eczemarx_startup)
# Needs the local PostgreSQL at 127.0.0.1:5432 (user postgres); creates and drops the database STARTUP_DB.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-3}
PORT=${PORT:-8096}
STARTUP_DB=${STARTUP_DB:-eczemarx_startup}
JDK25_HOME=${JDK25_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
FLAGS="-Xms32m -Xmx160m -XX:+UseSerialGC -XX:MaxMetaspaceSize=128m -XX:ReservedCodeCacheSize=48m -Xss512k -XX:MaxDirectMemorySize=32m"
jar=target/quarkus-app/quarkus-run.jar
body='{"query":"{ drug(name: \"Rinvoq\") { name } }"}'
log=$(mktemp)
pid=

psql_() { PGOPTIONS=--client-min-messages=warning psql -h 127.0.0.1 -U postgres -qAt -v ON_ERROR_STOP=1 "$@" postgres; }
stop() { if [ -n "$pid" ] && kill -0 "$pid" 2> /dev/null; then kill "$pid"; wait "$pid" 2> /dev/null || true; fi; pid=; }
cleanup() { stop; psql_ -c "drop database if exists $STARTUP_DB with (force)" > /dev/null 2>&1 || true; rm -f "$log"; }
trap cleanup EXIT

[ -f "$jar" ] || ./mvnw -B -ntp -q package -DskipTests
psql_ -c "drop database if exists $STARTUP_DB with (force)" -c "create database $STARTUP_DB"

# start JAVA FLAGS...: runs the packaged app in the background (prod profile, this machine's database)
start() {
  local java=$1; shift
  # From the jar's folder: the AppCDS archive records the class path relative to it.
  cd target/quarkus-app
  ECZEMARX_RATE_LIMIT_ENABLED=false DB_URL=127.0.0.1:5432/$STARTUP_DB DB_USER=postgres DB_PASSWORD= ID_SECRET=change-me \
    QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT=$PORT MALLOC_ARENA_MAX=2 LOG_JSON=false QUARKUS_SHUTDOWN_DELAY=0S \
    "$java" $FLAGS "$@" -jar quarkus-run.jar > "$log" 2>&1 &
  pid=$!
  cd - > /dev/null
}

answered() { curl -sf -X POST -H 'Content-Type: application/json' --data "$body" "http://127.0.0.1:$PORT/graphql" 2> /dev/null | grep -q upadacitinib; }

# measure LABEL JAVA FLAGS...: prints the start-to-first-answer times of RUNS starts
measure() {
  local label=$1 java=$2; shift 2
  local times=()
  for _ in $(seq 1 "$RUNS"); do
    local t0; t0=$(date +%s%N)
    start "$java" "$@"
    until answered; do
      kill -0 "$pid" 2> /dev/null || { cat "$log" >&2; echo "startup.sh: the app exited" >&2; exit 1; }
      sleep 0.02
    done
    times+=("$(( ($(date +%s%N) - t0) / 1000000 ))")
    stop
  done
  printf '| %s | %s ms |\n' "$label" "$(IFS=/; echo "${times[*]}")"
}

# The first start migrates the new database; it is not measured.
start java
until answered; do sleep 0.1; done
stop

echo "| JVM | start to first answer (runs) |"
echo "| --- | ---: |"
measure "JDK 17" java
if [ -f target/quarkus-app/app-cds.jsa ]; then
  measure "JDK 17 + AppCDS (the build's)" java -XX:SharedArchiveFile=app-cds.jsa
fi
# The build's archive holds what the app loads until its static init ends, not the classes of its runtime start (the
# ORM's boot, the first query): a dynamic archive written at the exit of one start and first answer holds both.
if [ ! -f target/app-jdk17.jsa ] || [ target/app-jdk17.jsa -ot "$jar" ]; then
  rm -f target/app-jdk17.jsa
  start java -XX:ArchiveClassesAtExit=../app-jdk17.jsa   # target/app-jdk17.jsa, relative to the jar's folder
  until answered; do sleep 0.1; done
  for _ in $(seq 1 50); do answered || true; done
  stop
fi
measure "JDK 17 + AppCDS (trained by one start)" java -XX:SharedArchiveFile=../app-jdk17.jsa
if [ -x "$JDK25_HOME/bin/java" ]; then
  measure "JDK 25" "$JDK25_HOME/bin/java"
  if [ -f target/quarkus-app/app.aot ]; then
    aot=app.aot how="Quarkus', trained by the *IT tests"
  else
    aot=../app-jdk25.aot how="trained by one start"   # target/app-jdk25.aot, relative to the jar's folder
    if [ ! -f "target/app-jdk25.aot" ] || [ "target/app-jdk25.aot" -ot "$jar" ]; then
      # Training run: start, answer a few queries, stop; the JVM writes the cache at exit.
      start "$JDK25_HOME/bin/java" -XX:AOTCacheOutput="$aot"
      until answered; do sleep 0.1; done
      for _ in $(seq 1 50); do answered || true; done
      stop
    fi
  fi
  measure "JDK 25 + AOT cache ($how)" "$JDK25_HOME/bin/java" -XX:AOTCache="$aot"
fi
