#!/usr/bin/env bash
# A/B of two builds of ours on the peer benchmark's three query shapes (bench/peer/ours-{a,b,c}.graphql): both started
# with the README's JVM flags (response cache and rate limit off), each on its own fresh database, warmed WARM seconds
# per query, then measured DUR seconds per run, alternating old, new, new, old (drift on a shared machine cancels out).
# Prints requests/s per query and client count, the ratio new/old, and each process's peak RSS.
#
# Usage: OLD_APP=/path/to/old/quarkus-app NEW_APP=target/quarkus-app bench/ab.sh     (WARM=30 DUR=15)
# Needs the local PostgreSQL at 127.0.0.1:5432 (user postgres), wrk, jq, bc.
set -u
cd "$(dirname "$0")/.."
OLD_APP=${OLD_APP:?set OLD_APP to the target/quarkus-app of the old build}
NEW_APP=$(cd "${NEW_APP:-target/quarkus-app}" && pwd)
OPTS="-Xms32m -Xmx160m -XX:+UseSerialGC -XX:MaxMetaspaceSize=128m -XX:ReservedCodeCacheSize=48m -Xss512k -XX:MaxDirectMemorySize=32m --enable-native-access=ALL-UNNAMED -XX:+UnlockDiagnosticVMOptions -XX:ArchiveRelocationMode=0"
psql -h 127.0.0.1 -U postgres -qAt -c "drop database if exists bench_old" -c "drop database if exists bench_new" -c "create database bench_old" -c "create database bench_new" postgres 2>/dev/null
start() { # dir port db
  (cd $1 && exec env RESPONSE_CACHE_ENABLED=false DB_URL=127.0.0.1:5432/$3 DB_USER=postgres DB_PASSWORD= ID_SECRET=change-me DB_POOL_SIZE=20 \
    QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT=$2 ECZEMARX_RATE_LIMIT_ENABLED=false MALLOC_ARENA_MAX=2 java $OPTS $(ls $1/app-cds.jsa > /dev/null 2>&1 && echo -XX:SharedArchiveFile=app-cds.jsa) -jar quarkus-run.jar) > ${TMPDIR:-/tmp}/ab-$2.log 2>&1 &
  echo $!
}
old=$(start "$OLD_APP" 8091 bench_old); sleep 15; new=$(start "$NEW_APP" 8092 bench_new)
for p in 8091 8092; do for i in $(seq 1 120); do curl -sf -o /dev/null -H 'content-type: application/json' -d '{"query":"{meta{dataVersion}}"}' http://127.0.0.1:$p/graphql && break; sleep 1; done; done
for q in a b c; do jq -Rsc '{query: .}' bench/peer/ours-$q.graphql > ${TMPDIR:-/tmp}/ab-$q.json; done
run() { # port q clients secs
  BODY_FILE=${TMPDIR:-/tmp}/ab-$2.json wrk -t 2 -c $3 -d ${4}s --timeout 10s -s ${TMPDIR:-/tmp}/ab-post.lua http://127.0.0.1:$1/graphql 2>&1 | awk '/Requests\/sec/{print $2}'
}
cat > ${TMPDIR:-/tmp}/ab-post.lua <<'L'
local f = io.open(os.getenv("BODY_FILE"), "r"); local body = f:read("*a"); f:close()
wrk.method = "POST"; wrk.body = body; wrk.headers["Content-Type"] = "application/json"
L
# check answers
for q in a b c; do for p in 8091 8092; do curl -s -H 'content-type: application/json' --data @${TMPDIR:-/tmp}/ab-$q.json http://127.0.0.1:$p/graphql | head -c 150; echo; done; done
for q in a b c; do for p in 8091 8092; do run $p $q 16 ${WARM:-30} > /dev/null; done; done
echo "query clients old new ratio(new/old)"
for q in a b c; do for c in 16 64; do
  o1=$(run 8091 $q $c ${DUR:-15}); n1=$(run 8092 $q $c ${DUR:-15}); n2=$(run 8092 $q $c ${DUR:-15}); o2=$(run 8091 $q $c ${DUR:-15})
  echo "$q $c $o1/$o2 $n1/$n2 $(echo "($n1+$n2)/($o1+$o2)" | bc -l | cut -c1-5)"
done; done
for p in $old $new; do echo "peak RSS $p: $(grep VmHWM /proc/$p/status)"; kill $p; done
psql -h 127.0.0.1 -U postgres -qAt -c "drop database if exists bench_old with (force)" -c "drop database if exists bench_new with (force)" postgres 2>/dev/null
