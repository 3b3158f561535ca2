#!/usr/bin/env bash
# REST vs GraphQL (issue 6): the same demo hub with the same fields, through GET /api/v1/hubs/{slug} and through
# POST /graphql, measured with wrk in one run on the embedded default (SQLite, demo cohort).
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${DURATION:-15s}
url=http://127.0.0.1:5097
log=server-graphql.log
# shellcheck source=bench/start-host.sh
source bench/start-host.sh
curl -sf -XPOST "$url/graphql" -H 'content-type: application/json' -d @bench/graphql-query.json | head -c 200; echo

run() { # name args...
  local name=$1; shift
  wrk -t2 -c32 -d5s "$@" >/dev/null 2>&1 || true
  local result; result=$(wrk -t2 -c32 -d"$duration" --latency "$@")
  echo "| $name | $(echo "$result" | awk '/Requests\/sec/ {print $2}') | $(echo "$result" | grep -E '^p50=' | tail -1) | $(echo "$result" | grep -E 'Non-2xx|Socket errors' | tr '\n' ' ') |"
}
echo "| endpoint | requests/s | latency | errors |"
echo "|---|---|---|---|"
run "REST GET /api/v1/hubs/omar-mentor-notebook" -s bench/wrk-report.lua "$url/api/v1/hubs/omar-mentor-notebook"
QUERY_FILE=bench/graphql-query.json run "GraphQL POST /graphql (same fields)" -s bench/wrk-graphql.lua "$url/graphql"
