#!/usr/bin/env bash
# Web UI (issue 5): the server-rendered hub page and search page under wrk, with the REST read of the same hub as the
# reference, in one run on the embedded default (SQLite, demo cohort). Usage: bench/web-ui.sh   (DURATION=15s)
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${DURATION:-15s}
url=http://127.0.0.1:5096
log=server-web-ui.log
# shellcheck source=bench/start-host.sh
source bench/start-host.sh

run() { # name path
  local name=$1 path=$2
  wrk -t2 -c32 -d5s "$url$path" >/dev/null 2>&1 || true
  local result; result=$(wrk -t2 -c32 -d"$duration" --latency -s bench/wrk-report.lua "$url$path")
  local bytes; bytes=$(curl -s "$url$path" | wc -c)
  echo "| $name | $bytes | $(echo "$result" | awk '/Requests\/sec/ {print $2}') | $(echo "$result" | grep -E '^p50=' | tail -1) | $(echo "$result" | grep -E 'Non-2xx|Socket errors' | tr '\n' ' ') |"
}
echo "| page | HTML bytes | requests/s | latency | errors |"
echo "|---|---|---|---|---|"
run "hub page /hubs/omar-mentor-notebook" /hubs/omar-mentor-notebook
run "search page /search?q=celery" "/search?q=celery"
run "home page /" /
run "REST GET /api/v1/hubs/omar-mentor-notebook (reference)" /api/v1/hubs/omar-mentor-notebook
