#!/usr/bin/env bash
# Typeahead search under load: search(query, first: 10) over 50 rotating inputs (prefixes, typos, words, codes, brands,
# one accented brand), the packaged app started twice on one fresh database with the README's JVM flags (response cache
# and rate limit off): once ranking in PostgreSQL on every search (eczemarx.search.engine=sql, the implementation before
# the in-memory index), once with the in-memory index (the default). Each is warmed WARM seconds, then measured DUR
# seconds per run at 1, 16 and 64 clients, alternating sql, index, index, sql. Prints req/s and wrk's latency
# percentiles per run, and each process's peak RSS.
#
# Usage: bench/search.sh     (APP=target/quarkus-app WARM=30 DUR=15)
# Needs the local PostgreSQL at 127.0.0.1:5432 (user postgres), wrk, jq.
set -u
cd "$(dirname "$0")/.."
APP=$(cd "${APP:-target/quarkus-app}" && pwd)
T=${TMPDIR:-/tmp}
OPTS="-Xms32m -Xmx160m -XX:+UseSerialGC -XX:MaxMetaspaceSize=128m -XX:ReservedCodeCacheSize=48m -Xss512k -XX:MaxDirectMemorySize=32m --enable-native-access=ALL-UNNAMED -XX:+UnlockDiagnosticVMOptions -XX:ArchiveRelocationMode=0"
psql -h 127.0.0.1 -U postgres -qAt -c "drop database if exists bench_search" -c "create database bench_search" postgres 2>/dev/null
start() { # port engine
  (cd "$APP" && exec env RESPONSE_CACHE_ENABLED=false DB_URL=127.0.0.1:5432/bench_search DB_USER=postgres DB_PASSWORD= ID_SECRET=change-me \
    DB_POOL_SIZE=20 QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT=$1 ECZEMARX_RATE_LIMIT_ENABLED=false ECZEMARX_SEARCH_ENGINE=$2 \
    MALLOC_ARENA_MAX=2 java $OPTS $(ls app-cds.jsa > /dev/null 2>&1 && echo -XX:SharedArchiveFile=app-cds.jsa) -jar quarkus-run.jar) > $T/search-$1.log 2>&1 &
  echo $!
}
wait_up() { for i in $(seq 1 120); do curl -sf -o /dev/null -H 'content-type: application/json' -d '{"query":"{meta{dataVersion}}"}' http://127.0.0.1:$1/graphql && return; sleep 1; done; }
sql=$(start 8093 sql); wait_up 8093; index=$(start 8094 index); wait_up 8094

INPUTS=(dupi dupil rinvo rinvoq FK5 upadacitnib upadacitinib "black box" "live vacc" "live vaccines" tacro tacrolimus
  pimecro cyclosporin ciclosporin Neoral Adtralza Adbry Ebglyss "Ébglyss" nemoli Nemluvio lebriki tralokinumb abrocitinb
  Cibinqo baricitinib Olumiant JAK JAK1 "IL-4Rα" "il 13" IL31 liver LFT lipids platelets TB pregnancy breastfeeding
  "herpes zoster" malignancy "renal impairment" itch "type 2 inflammation" calcineurin crisaborole roflumilast ruxolitinib delgocitinib)
Q='query($q: String!) { search(query: $q, first: 10) { score matchedText matchedOn node { __typename id } } }'
: > $T/search-bodies.txt
for q in "${INPUTS[@]}"; do jq -nc --arg q "$q" --arg d "$Q" '{query: $d, variables: {q: $q}}' >> $T/search-bodies.txt; done
cat > $T/search.lua <<'L'
local bodies = {}
for line in io.lines(os.getenv("BODIES")) do bodies[#bodies + 1] = line end
local i = math.random(#bodies)
request = function()
  i = i % #bodies + 1
  return wrk.format("POST", "/graphql", { ["Content-Type"] = "application/json" }, bodies[i])
end
L
# the two answer alike (scores and names of the first input)
for p in 8093 8094; do curl -s -H 'content-type: application/json' --data "$(sed -n 6p $T/search-bodies.txt)" http://127.0.0.1:$p/graphql | head -c 200; echo; done
run() { # port clients secs -> "req/s p50 p90 p99"
  BODIES=$T/search-bodies.txt wrk -t $(( $2 < 2 ? 1 : 2 )) -c $2 -d ${3}s --timeout 10s --latency -s $T/search.lua http://127.0.0.1:$1/graphql 2>&1 \
    | awk '/Requests\/sec/{r=$2} /^ +50%/{p50=$2} /^ +90%/{p90=$2} /^ +99%/{p99=$2} /Non-2xx/{bad=$NF} END{print r, "p50", p50, "p90", p90, "p99", p99, (bad ? "non-2xx " bad : "")}'
}
for p in 8093 8094; do run $p 16 ${WARM:-30} > /dev/null; done
echo "clients engine: req/s p50 p90 p99 (run 1 | run 2)"
for c in 1 16 64; do
  s1=$(run 8093 $c ${DUR:-15}); i1=$(run 8094 $c ${DUR:-15}); i2=$(run 8094 $c ${DUR:-15}); s2=$(run 8093 $c ${DUR:-15})
  echo "$c sql:   $s1 | $s2"
  echo "$c index: $i1 | $i2"
done
for p in $sql $index; do echo "peak RSS $p: $(grep VmHWM /proc/$p/status)"; kill $p; done
psql -h 127.0.0.1 -U postgres -qAt -c "drop database if exists bench_search" postgres 2>/dev/null
