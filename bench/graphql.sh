#!/usr/bin/env bash
# REST vs GraphQL (issue 6): the same demo hub with the same fields, through GET /api/v1/hubs/{slug} and through
# POST /graphql, measured with wrk in one run on the embedded default (SQLite, demo cohort). The two alternate for
# ROUNDS rounds so that load from other processes hits both alike; each round prints GraphQL's share of REST.
# Then the in-process stage benchmark (bench/Nexus.GraphQL.Bench): where a GraphQL request's time goes.
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${DURATION:-10s}
rounds=${ROUNDS:-3}
url=${PORT:+http://127.0.0.1:$PORT}
log=server-graphql.log
# shellcheck source=bench/start-host.sh
source bench/start-host.sh
curl -sf -XPOST "$url/graphql" -H 'content-type: application/json' -d @bench/graphql-query.json | head -c 200 || true  # head closing the pipe early is fine
echo

run() { # name args... → prints a table row, sets $rps
  local name=$1; shift
  local result; result=$(wrk -t2 -c32 -d"$duration" --latency "$@")
  rps=$(echo "$result" | awk '/Requests\/sec/ {print $2}')
  echo "| $name | $rps | $(echo "$result" | grep -E '^p50=' | tail -1) | $(echo "$result" | grep -E 'Non-2xx|Socket errors' | tr '\n' ' ') |"
}
rest=(-s bench/wrk-report.lua "$url/api/v1/hubs/omar-mentor-notebook")
graphql=(-s bench/wrk-graphql.lua "$url/graphql")
export QUERY_FILE=bench/graphql-query.json
wrk -t2 -c32 -d5s "${rest[@]}" >/dev/null 2>&1 || true
wrk -t2 -c32 -d5s "${graphql[@]}" >/dev/null 2>&1 || true
echo "| round | endpoint | requests/s | latency | errors |"
echo "|---|---|---|---|---|"
ratios=()
for round in $(seq 1 "$rounds"); do
  run "$round | REST GET /api/v1/hubs/omar-mentor-notebook" "${rest[@]}"; rest_rps=$rps
  run "$round | GraphQL POST /graphql (same fields)" "${graphql[@]}"; graphql_rps=$rps
  ratios+=("$(awk -v g="$graphql_rps" -v r="$rest_rps" 'BEGIN { printf "%.0f", 100 * g / r }')")
done
echo
echo "GraphQL / REST per round: ${ratios[*]} % (median $(printf '%s\n' "${ratios[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }') %)"
kill $server 2>/dev/null || true

echo
dotnet build bench/Nexus.GraphQL.Bench -c Release -o "$out/graphql-bench" --nologo -v quiet >/dev/null
"$out/graphql-bench/Nexus.GraphQL.Bench" bench/graphql-query.json
