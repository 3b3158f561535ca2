#!/usr/bin/env bash
# REST vs GraphQL (issue 6): the same demo hub with the same fields, through GET /api/v1/hubs/{slug} and through
# POST /graphql, measured with wrk in one run on the embedded default (SQLite, demo cohort).
set -euo pipefail
cd "$(dirname "$0")/.."
out=bench/out
duration=${DURATION:-15s}
mkdir -p "$out"
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
dotnet publish src/Nexus.Web -c Release -o "$out/web" --nologo -v quiet >/dev/null
data=$(mktemp -d)
url=http://127.0.0.1:5097
env Urls=$url Database__DataDirectory="$data" Logging__LogLevel__Default=Warning "$out/web/Nexus.Web" > "$out/server-graphql.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 1 60); do curl -sf "$url/health/ready" >/dev/null && break; sleep 1; done
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
