#!/usr/bin/env bash
# Benchmarks the packaged app on this machine: search and a nested drugs query, latency and throughput.
# Usage: bench/run.sh [requests] [concurrency]      (needs the local PostgreSQL at 127.0.0.1:5432, trust auth)
set -euo pipefail
cd "$(dirname "$0")/.."
requests=${1:-2000}
concurrency=${2:-8}
db=eczemarx_bench
port=8090

[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests
psql -h 127.0.0.1 -U postgres -qc "drop database if exists $db with (force)" -c "create database $db"
# Thousands of requests from one address: the rate limit would answer most of them 429.
ECZEMARX_RATE_LIMIT_ENABLED=false DB_URL=127.0.0.1:5432/$db DB_USER=postgres QUARKUS_HTTP_PORT=$port java -jar target/quarkus-app/quarkus-run.jar > target/bench-app.log 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null; psql -h 127.0.0.1 -U postgres -qc "drop database if exists $db with (force)"' EXIT
for _ in $(seq 1 100); do curl -fs -o /dev/null "http://localhost:$port/graphql/schema.graphql" && break; sleep 0.2; done

java bench/SearchBench.java "http://localhost:$port" "$requests" "$concurrency" search
java bench/SearchBench.java "http://localhost:$port" "$((requests / 4))" "$concurrency" nested
echo "app RSS after the runs: $(( $(ps -o rss= -p $app) / 1024 )) MB"
