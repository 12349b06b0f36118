#!/usr/bin/env bash
# Fault bench: the packaged app (response cache off) behind a TCP proxy to PostgreSQL, on loopback, measured in one run:
#   (i)   normal traffic alone: the nested drug query of bench/peer/ours-a.graphql, wrk, CLIENTS keep-alive clients;
#   (ii)  the same with a quarter of the clients sending hostile documents (depth, cost, aliases, fragment fan-out,
#         1 MB bodies): normal p50/p99 and the hostile answers by status and code;
#   (iii) a database outage of OUTAGE seconds (the proxy cut and restored) under OUTAGE_CLIENTS clients: answers by
#         status and code, readiness, and the recovery time (first 200 after the restore).
# Prints a table and the goals, and writes them as Markdown.
#
# Usage: bench/faults.sh [--out FILE]            (default FILE: bench/faults-results.md)
#   Knobs (environment): WARMUP=10 DURATION=20 CLIENTS=16 OUTAGE=10 BEFORE=5 AFTER=10 OUTAGE_CLIENTS=8
#   JAVA_OPTS= APP_JAR= POOL_SIZE=20 APP_PORT=18091 PROXY_PORT=16543 FAULT_DB=eczemarx_faults WRK_THREADS=2
#   WRK_TIMEOUT=10s STARTUP_TIMEOUT=180
#   Quick check: WARMUP=2 DURATION=3 OUTAGE=3 AFTER=3 bench/faults.sh --out /tmp/faults-quick.md
# Needs the local PostgreSQL at 127.0.0.1:5432 (user postgres, trust auth), a JDK, python3, curl and jq. See bench/README.md.
set -euo pipefail

usage() { sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; }
out=""
while [ $# -gt 0 ]; do
  case "$1" in
    -o|--out) [ $# -ge 2 ] || { echo "faults.sh: $1 needs a file" >&2; exit 2; }; out=$2; shift 2 ;;
    --out=*) out=${1#--out=}; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "faults.sh: unknown argument '$1'" >&2; usage >&2; exit 2 ;;
  esac
done

caller_dir=$PWD
cd "$(dirname "$0")/.."
repo=$PWD
case "$out" in
  "") out=$repo/bench/faults-results.md ;;
  /*) ;;
  *) out=$caller_dir/$out ;;
esac

WARMUP=${WARMUP:-10}
DURATION=${DURATION:-20}
CLIENTS=${CLIENTS:-16}
OUTAGE=${OUTAGE:-10}
BEFORE=${BEFORE:-5}
AFTER=${AFTER:-10}
OUTAGE_CLIENTS=${OUTAGE_CLIENTS:-8}
# The JVM flags of README.md's production command (bounded memory); the AppCDS archive is added where it exists.
JAVA_OPTS=${JAVA_OPTS:--Xms32m -Xmx160m -XX:+UseSerialGC -XX:MaxMetaspaceSize=128m -XX:ReservedCodeCacheSize=48m -Xss512k -XX:MaxDirectMemorySize=32m --enable-native-access=ALL-UNNAMED -XX:+UnlockDiagnosticVMOptions -XX:ArchiveRelocationMode=0}
POOL_SIZE=${POOL_SIZE:-20}
APP_PORT=${APP_PORT:-18091}
PROXY_PORT=${PROXY_PORT:-16543}
FAULT_DB=${FAULT_DB:-eczemarx_faults}
WRK_THREADS=${WRK_THREADS:-2}
WRK_TIMEOUT=${WRK_TIMEOUT:-10s}
STARTUP_TIMEOUT=${STARTUP_TIMEOUT:-180}
host=127.0.0.1
url=http://$host:$APP_PORT/graphql
pg=(env PGOPTIONS=--client-min-messages=warning psql -h 127.0.0.1 -p 5432 -U postgres -v ON_ERROR_STOP=1 -qAt)
export PGCONNECT_TIMEOUT=10

die() { echo "faults.sh: FAILED: $*" >&2; exit 1; }
say() { echo "faults.sh: $*" >&2; }
for v in WARMUP DURATION CLIENTS OUTAGE BEFORE AFTER OUTAGE_CLIENTS POOL_SIZE APP_PORT PROXY_PORT WRK_THREADS STARTUP_TIMEOUT; do
  [[ ${!v} =~ ^[0-9]+$ ]] || die "$v must be a whole number, not '${!v}'"
done
[ "$CLIENTS" -ge 4 ] || die "CLIENTS must be at least 4 (a quarter of them send hostile documents)"
[ "$DURATION" -ge 1 ] && [ "$OUTAGE" -ge 1 ] && [ "$OUTAGE_CLIENTS" -ge 1 ] || die "DURATION, OUTAGE and OUTAGE_CLIENTS must be positive"
[[ $FAULT_DB =~ ^[a-z_][a-z0-9_]*$ ]] || die "FAULT_DB must be a plain lower-case name, not '$FAULT_DB'"
for tool in psql curl jq java python3 awk; do command -v $tool > /dev/null || die "'$tool' is not installed"; done

# ---------------------------------------------------------------------------------------------------- state and cleanup
work=$(mktemp -d "${TMPDIR:-/tmp}/eczemarx-faults.XXXXXX")
app_pid=""
proxy_pid=""
hostile_pid=""
db_created=""
ok=""
stop_pid() { # pid: TERM, wait up to 30 s (the app's graceful shutdown takes 5 s and more), then KILL
  local pid=$1
  kill -0 "$pid" 2> /dev/null || { wait "$pid" 2> /dev/null || true; return 0; }
  kill -TERM "$pid" 2> /dev/null || true
  for _ in $(seq 1 150); do kill -0 "$pid" 2> /dev/null || break; sleep 0.2; done
  kill -KILL "$pid" 2> /dev/null || true
  wait "$pid" 2> /dev/null || true
}
cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  [ -n "$hostile_pid" ] && stop_pid "$hostile_pid"
  [ -n "$app_pid" ] && stop_pid "$app_pid"
  [ -n "$proxy_pid" ] && stop_pid "$proxy_pid"
  [ -n "$db_created" ] && { "${pg[@]}" -c "drop database if exists $FAULT_DB with (force)" > /dev/null 2>&1 \
    || say "could not drop database $FAULT_DB"; }
  if [ -n "$ok" ]; then rm -rf "$work"; else say "logs kept in $work"; fi
  exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

port_busy() { (exec 3<> "/dev/tcp/$host/$1") 2> /dev/null; }
for p in $APP_PORT $PROXY_PORT; do port_busy "$p" && die "port $p is already in use on $host (set APP_PORT / PROXY_PORT)"; done

# ---------------------------------------------------------------------------------------------------------------- wrk
if ! command -v wrk > /dev/null; then
  say "installing wrk (apt-get install -y wrk)"
  sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
  $sudo timeout 600 apt-get install -y wrk > "$work/apt.log" 2>&1 \
    || { $sudo timeout 600 apt-get update > /dev/null 2>&1 && $sudo timeout 600 apt-get install -y wrk > "$work/apt.log" 2>&1; } \
    || die "apt-get install -y wrk failed (see $work/apt.log)"
fi

# ----------------------------------------------------------------------------------------------- our packaged app
jar=${APP_JAR:-$repo/target/quarkus-app/quarkus-run.jar}
if [ ! -f "$jar" ]; then
  [ -z "${APP_JAR:-}" ] || die "APP_JAR=$APP_JAR does not exist"
  say "packaging the app (./mvnw -B -q package -DskipTests)"
  timeout 1800 ./mvnw -B -q package -DskipTests || die "packaging failed"
fi

# --------------------------------------------------------------------------------------------- database and proxy
"${pg[@]}" -c "drop database if exists $FAULT_DB with (force)" > /dev/null
"${pg[@]}" -c "create database $FAULT_DB" > /dev/null
db_created=yes
python3 bench/faults/proxy.py "$PROXY_PORT" 127.0.0.1 5432 > "$work/proxy.log" 2>&1 &
proxy_pid=$!
for _ in $(seq 1 50); do grep -q listening "$work/proxy.log" 2> /dev/null && break; sleep 0.1; done
grep -q listening "$work/proxy.log" || { cat "$work/proxy.log" >&2; die "the proxy did not start"; }

say "starting the app on $host:$APP_PORT (response cache off, rate limit off), database $FAULT_DB through the proxy"
cds=""
# The archive records the class path relative to the jar's folder: it loads only when started from there.
[ -f "$(dirname "$jar")/app-cds.jsa" ] && cds="-XX:SharedArchiveFile=app-cds.jsa"
# The production command of README.md with the cache off (every request reads PostgreSQL) and without the per-client
# rate limit (every client here is 127.0.0.1: it would answer 429 to the normal and the hostile clients alike).
# shellcheck disable=SC2086
(cd "$(dirname "$jar")" && exec env RESPONSE_CACHE_ENABLED=false ECZEMARX_RATE_LIMIT_ENABLED=false \
  DB_URL=$host:$PROXY_PORT/$FAULT_DB DB_USER=postgres DB_PASSWORD= ID_SECRET=change-me DB_POOL_SIZE=$POOL_SIZE \
  QUARKUS_HTTP_HOST=$host QUARKUS_HTTP_PORT=$APP_PORT MALLOC_ARENA_MAX=2 java $JAVA_OPTS $cds -jar "$(basename "$jar")") \
  > "$work/app.log" 2>&1 &
app_pid=$!
deadline=$((SECONDS + STARTUP_TIMEOUT))
until curl -fs -m 5 -o /dev/null -H 'Content-Type: application/json' -d '{"query":"{ __typename }"}' "$url"; do
  kill -0 "$app_pid" 2> /dev/null || { tail -30 "$work/app.log" >&2; die "the app exited during start (log: $work/app.log)"; }
  [ $SECONDS -lt $deadline ] || { tail -30 "$work/app.log" >&2; die "the app did not answer within ${STARTUP_TIMEOUT}s"; }
  sleep 0.3
done

# ----------------------------------------------------------------------------------------------------- the documents
jq -Rsc '{query: .}' bench/peer/ours-a.graphql > "$work/normal.json"
python3 - "$work" <<'PY'
import json, sys
work = sys.argv[1]
def write(name, query):
    with open(f"{work}/hostile-{name}.json", "w") as f:
        json.dump({"query": query}, f)
# Each breaks one limit of docs/HTTP.md: depth 15, cost 50000 (this one about 322,000), 30 aliases, 64 KiB body (and 4 MiB for any route).
write("depth", "{ drugClasses " + "{ children " * 199 + "{ name }" + " }" * 199 + " }")
write("cost", "{ " + " ".join(f"d{i}: drugs(first: 100) {{ nodes {{ name routes brands {{ name region }} "
                              f"targets {{ action target {{ symbol name }} }} monitoring {{ phase test {{ name requirements {{ drug {{ name }} }} }} }} }} }}"
                              for i in range(20)) + " }")
write("aliases", "{ " + " ".join(f"a{i}: meta {{ apiVersion }}" for i in range(100)) + " }")
write("fanout", "{ drugClasses { ...F0 } } " + " ".join(
    f"fragment F{i} on DrugClass {{ ...F{i+1} ...F{i+1} }}" for i in range(40)) + " fragment F40 on DrugClass { name }")
write("1mb", "{ meta { apiVersion } }" + " " * (1024 * 1024))
PY
hostile_files=""
hostile_check=""
for kind in depth cost aliases fanout 1mb; do
  f=$work/hostile-$kind.json
  answer=$(curl -s -m 30 -o "$work/check-$kind.json" -w '%{http_code}' -H 'Content-Type: application/json' \
    -H 'Accept: application/json' --data-binary "@$f" "$url") || die "hostile document $kind: no answer"
  code=$(jq -r '.errors[0].extensions.code // "none"' "$work/check-$kind.json" 2> /dev/null || echo none)
  [ "$code" = LIMIT_EXCEEDED ] || die "hostile document $kind answered $answer $code, not LIMIT_EXCEEDED: $(head -c 300 "$work/check-$kind.json")"
  hostile_check+="${hostile_check:+, }$kind $(stat -c %s "$f") B → $answer $code"
  hostile_files+=" $f"
done
curl -fsS -m 30 -H 'Content-Type: application/json' --data-binary "@$work/normal.json" "$url" > "$work/check-normal.json" \
  || die "the normal query failed"
jq -e '(.errors | not) and .data.drug.name == "upadacitinib"' "$work/check-normal.json" > /dev/null \
  || die "the normal query answered $(head -c 300 "$work/check-normal.json")"
say "hostile documents: $hostile_check"

# ------------------------------------------------------------------------------------------------------ measurement
field() { echo "$1" | tr ' ' '\n' | sed -n "s/^$2=//p"; }
ms() { awk -v us="$1" 'BEGIN {printf "%.1f", us / 1000}'; }
run_normal() { # clients seconds label -> PEER_RESULT line
  local c=$1 d=$2 label=$3 threads=$WRK_THREADS
  [ "$threads" -le "$c" ] || threads=$c
  PEER_BODY=$work/normal.json timeout $((d + 60)) wrk -t "$threads" -c "$c" -d "${d}s" --timeout "$WRK_TIMEOUT" \
    --latency -s bench/peer/post.lua "$url" > "$work/wrk-$label.txt" 2>&1 \
    || { cat "$work/wrk-$label.txt" >&2; die "wrk failed ($label)"; }
  grep '^PEER_RESULT ' "$work/wrk-$label.txt" || { cat "$work/wrk-$label.txt" >&2; die "wrk printed no result ($label)"; }
}
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
started=$(date -u '+%Y-%m-%d %H:%M UTC')
say "about $(( WARMUP + 2 * DURATION + BEFORE + OUTAGE + AFTER + 20 ))s of measuring; load average $load_before"

[ "$WARMUP" -eq 0 ] || { say "warm-up ${WARMUP}s"; run_normal "$CLIENTS" "$WARMUP" warmup > /dev/null; }
sleep 2

say "(i) normal traffic alone: $CLIENTS clients, ${DURATION}s"
alone=$(run_normal "$CLIENTS" "$DURATION" alone)
sleep 2

hostile_clients=$((CLIENTS / 4))
normal_clients=$((CLIENTS - hostile_clients))
say "(ii) $normal_clients normal clients and $hostile_clients hostile ones, ${DURATION}s"
FAULT_HOSTILE=$hostile_files timeout $((DURATION + 70)) wrk -t 1 -c "$hostile_clients" -d "$((DURATION + 2))s" \
  --timeout "$WRK_TIMEOUT" -s bench/faults/hostile.lua "$url" > "$work/wrk-hostile.txt" 2>&1 &
hostile_pid=$!
sleep 1
mixed=$(run_normal "$normal_clients" "$DURATION" mixed)
wait "$hostile_pid" || { cat "$work/wrk-hostile.txt" >&2; die "wrk failed (hostile)"; }
hostile_pid=""
hostile_line=$(grep '^PEER_RESULT ' "$work/wrk-hostile.txt") || { cat "$work/wrk-hostile.txt" >&2; die "the hostile wrk printed no result"; }
hostile_codes=$(grep '^FAULT_HOSTILE_RESULT ' "$work/wrk-hostile.txt" | awk '{print $2 " " $3 ": " $4}' | sort | paste -sd ';' | sed 's/;/; /g')
sleep 2

say "(iii) a ${OUTAGE}s database outage under $OUTAGE_CLIENTS clients (${BEFORE}s before, ${AFTER}s after)"
log_lines_before=$(wc -l < "$work/app.log")
python3 bench/faults/outage.py "$host" "$APP_PORT" "$work/normal.json" "$proxy_pid" "$OUTAGE_CLIENTS" \
  "$BEFORE" "$OUTAGE" "$AFTER" > "$work/outage.json" 2> "$work/outage.err" \
  || { cat "$work/outage.err" >&2; die "the outage client failed"; }
sleep 4 # Vert.x timers of failed connection attempts fire within the acquire timeout (3 s): their logs count too
tail -n +"$((log_lines_before + 1))" "$work/app.log" > "$work/app-outage.log"
outage_log=$(grep -E 'Database (unavailable|available again)' "$work/app-outage.log" | cut -c1-160 || true)
outage_log_errors=$(grep -cE '^[0-9:]+ (ERROR|WARN) ' "$work/app-outage.log" || true)
outage_traces=$(grep -cE '^\s+at |^Caused by' "$work/app-outage.log" || true)
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

# ------------------------------------------------------------------------------------------------------------ report
alone_p99=$(field "$alone" p99_us); mixed_p99=$(field "$mixed" p99_us)
ratio=$(awk -v a="$mixed_p99" -v b="$alone_p99" 'BEGIN {printf "%.2f", (b > 0 ? a / b : 0)}')
normal_bad=$(( $(field "$alone" bad) + $(field "$mixed" bad) ))
normal_errors=$(( $(field "$alone" connect) + $(field "$alone" read) + $(field "$alone" timeout) + $(field "$mixed" connect) + $(field "$mixed" read) + $(field "$mixed" timeout) ))
outage_codes() { jq -r --arg p "$1" '.answers[$p] // {} | to_entries | sort_by(-.value) | map("\(.key): \(.value)") | join("; ")' "$work/outage.json"; }
# 5xx other than the documented 503s (SERVICE_UNAVAILABLE, OVERLOADED, LIMIT_EXCEEDED for the execution timeout):
undocumented_5xx=$( { grep '^FAULT_HOSTILE_RESULT ' "$work/wrk-hostile.txt" | awk '{print $2, $3, $4}';
  jq -r '.answers[] | to_entries[] | "\(.key) \(.value)"' "$work/outage.json"; } \
  | awk '$1 >= 500 && !($1 == 503 && ($2 == "SERVICE_UNAVAILABLE" || $2 == "OVERLOADED" || $2 == "LIMIT_EXCEEDED")) {n += $3} END {print n + 0}')
first_ok=$(jq -r '.first_200_after_restore_ms // "none"' "$work/outage.json")
ready_up=$(jq -r '.readiness_up_after_restore_ms // "none"' "$work/outage.json")
ready_down=$(jq -r '.readiness_down_after_cut_ms // "none"' "$work/outage.json")
slowest=$(jq -r '.slowest_answer_during_outage_ms // "none"' "$work/outage.json")
sent_after=$(jq -r '.failed_requests_sent_after_restore' "$work/outage.json")
verdict() { if [ "$1" = yes ]; then echo met; else echo "MISSED"; fi; }
goal_ratio=$(awk -v r="$ratio" 'BEGIN {print (r <= 1.5) ? "yes" : "no"}')
goal_5xx=$([ "$undocumented_5xx" -eq 0 ] && [ "$normal_bad" -eq 0 ] && echo yes || echo no)
goal_recovery=$(awk -v f="$first_ok" -v r="$ready_up" 'BEGIN {print (f != "none" && r != "none" && f + 0 <= 2000 && r + 0 <= 2000) ? "yes" : "no"}')
java_version=$(java $JAVA_OPTS -version 2>&1 | head -1)
pg_version=$("${pg[@]}" -c "show server_version" | cut -d' ' -f1)
{
  echo "# Fault bench"
  echo
  echo "Run of $started by \`bench/faults.sh\`: $(nproc) cores, load average $load_before at start, $load_after at end;"
  echo "\`java ${JAVA_OPTS:+$JAVA_OPTS }-jar ${jar#"$repo"/}\` ($java_version), RESPONSE_CACHE_ENABLED=false,"
  echo "ECZEMARX_RATE_LIMIT_ENABLED=false, pool $POOL_SIZE; PostgreSQL $pg_version through bench/faults/proxy.py; $(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2)."
  printf -- '- rerun: `'
  for v in WARMUP DURATION CLIENTS OUTAGE BEFORE AFTER OUTAGE_CLIENTS; do printf '%s=%s ' "$v" "${!v}"; done
  echo 'bench/faults.sh`'
  echo "- hostile documents (each checked first): $hostile_check"
  echo
  echo "| phase | clients | normal req/s | normal p50 ms | normal p99 ms | normal failures |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: |"
  for row in "(i) normal alone|$CLIENTS|$alone" "(ii) with hostile clients|$normal_clients + $hostile_clients hostile|$mixed"; do
    IFS='|' read -r name c line <<< "$row"
    printf '| %s | %s | %s | %s | %s | %d |\n' "$name" "$c" \
      "$(awk -v r="$(field "$line" requests)" -v d="$(field "$line" duration_us)" 'BEGIN {printf "%.0f", r / (d / 1e6)}')" \
      "$(ms "$(field "$line" p50_us)")" "$(ms "$(field "$line" p99_us)")" \
      $(( $(field "$line" bad) + $(field "$line" connect) + $(field "$line" read) + $(field "$line" timeout) ))
  done
  echo
  echo "- hostile answers ($(field "$hostile_line" requests) in $((DURATION + 2)) s, p50 $(ms "$(field "$hostile_line" p50_us)") ms, p99 $(ms "$(field "$hostile_line" p99_us)") ms): $hostile_codes"
  echo "- outage of ${OUTAGE}s under $OUTAGE_CLIENTS clients, answers by status and code (\`-\`: data without errors):"
  echo "  before: $(outage_codes before); during: $(outage_codes outage); after the restore: $(outage_codes after)"
  echo "- readiness DOWN ${ready_down} ms after the cut, UP ${ready_up} ms after the restore; first 200 ${first_ok} ms after the restore;"
  echo "  slowest answer during the outage ${slowest} ms; failed requests sent after the restore: $sent_after"
  echo "- app log during the outage phase: $outage_log_errors WARN/ERROR lines, $outage_traces stack-trace lines; outage lines:"
  echo "$outage_log" | sed 's/^/  `/; s/$/`/'
  echo
  echo "| goal | measured | |"
  echo "| --- | --- | --- |"
  echo "| normal p99 with hostile clients within 1.5x of alone | $(ms "$mixed_p99") / $(ms "$alone_p99") ms = ${ratio}x | $(verdict "$goal_ratio") |"
  echo "| no 5xx but the documented 503s; no failed normal request outside the outage | $undocumented_5xx other 5xx; $normal_bad failed normal, $normal_errors socket errors | $(verdict "$goal_5xx") |"
  echo "| recovery within 2 s of the database's return | first 200 after ${first_ok} ms, readiness UP after ${ready_up} ms | $(verdict "$goal_recovery") |"
} > "$work/results.md"
mkdir -p "$(dirname "$out")"
cp "$work/results.md" "$out"
echo
cat "$work/results.md"
echo
echo "Markdown: $out"
ok=yes
