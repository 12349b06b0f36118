#!/usr/bin/env bash
# What hostile requests cost the server: time to reject a depth-200 query and a 1 MB document, next to a normal query.
# Run against a packaged app:  ./mvnw package -DskipTests && java -jar target/quarkus-app/quarkus-run.jar
# then:                        bench/rejections.sh [http://localhost:8080/graphql] [runs]
# Prints curl's time_total (client-observed, loopback) per run and the median; the first runs warm the JIT.
set -euo pipefail
URL=${1:-http://localhost:8080/graphql}
RUNS=${2:-20}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

python3 - "$WORK" <<'PY'
import json, sys
work = sys.argv[1]
def write(name, query):
    with open(f"{work}/{name}.json", "w") as f:
        json.dump({"query": query}, f)
write("normal", '{ drug(name: "dupilumab") { name mechanism approvals { region status } } }')
write("depth200", "{ drugClasses " + "{ children " * 199 + "{ name }" + " }" * 199 + " }")
write("doc1mb", "{ meta { apiVersion } }" + " " * (1024 * 1024))
write("fanout", "{ drugClasses { ...F0 } } " + " ".join(
    f"fragment F{i} on DrugClass {{ ...F{i+1} ...F{i+1} }}" for i in range(40)) + " fragment F40 on DrugClass { name }")
PY

for name in normal depth200 doc1mb fanout; do
  for _ in 1 2 3 4 5; do  # warm-up
    curl -s -o /dev/null -H 'Content-Type: application/json' --data-binary @"$WORK/$name.json" "$URL"
  done
  times=()
  for _ in $(seq "$RUNS"); do
    times+=("$(curl -s -o /dev/null -w '%{http_code} %{time_total}' -H 'Content-Type: application/json' \
      --data-binary @"$WORK/$name.json" "$URL")")
  done
  printf '%s\n' "${times[@]}" | awk -v name="$name" -v bytes="$(stat -c %s "$WORK/$name.json")" '
    { status = $1; t[NR] = $2 * 1000 }
    END { n = asort(t); printf "%-9s %8d bytes  HTTP %s  median %.2f ms  min %.2f ms  max %.2f ms  (%d runs)\n",
          name, bytes, status, t[int((n + 1) / 2)], t[1], t[n], n }'
done
