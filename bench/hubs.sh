#!/usr/bin/env bash
# Hub API load test (issue 2): seeds HUBS generated hubs through the API, then measures with wrk, in one run,
# GET /api/v1/hubs/{slug} over every slug, the list endpoint, and /bench/bare returning the same number of bytes
# from memory (the host's ceiling). Usage: bench/hubs.sh [sqlite|postgres|both]   (HUBS=10000 DURATION=20s)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
providers=${1:-both}
hubs=${HUBS:-10000}
duration=${DURATION:-20s}
connections=${CONNECTIONS:-32}
out="$root/bench/out"
mkdir -p "$out"
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }

dotnet publish src/Nexus.Web -c Release -o "$out/web" --nologo -v quiet >/dev/null
dotnet build bench/Nexus.Web.Bench -c Release -o "$out/seeder" --nologo -v quiet >/dev/null

port=5099
url="http://127.0.0.1:$port"

measure() { # name path [script]
  local name=$1 path=$2 script=${3:-bench/wrk-report.lua}
  SLUGS="$out/slugs.txt" BYTES="${bytes:-0}" wrk -t2 -c"$connections" -d5s -s "$script" "$url$path" >/dev/null 2>&1 || true
  local result
  result=$(SLUGS="$out/slugs.txt" BYTES="${bytes:-0}" wrk -t2 -c"$connections" -d"$duration" --latency -s "$script" "$url$path")
  local rps p
  rps=$(echo "$result" | awk '/Requests\/sec/ {print $2}')
  p=$(echo "$result" | grep -E '^p50=' | tail -1)
  local errors
  errors=$(echo "$result" | grep -E 'Non-2xx|Socket errors' | tr '\n' ' ' || true)
  echo "| $provider | $name | $rps | $p | ${errors:-none} |" | tee -a "$out/hubs-results.md"
}

run_provider() {
  provider=$1
  local data; data=$(mktemp -d)
  local -a env=(
    "Urls=$url" "Database__Provider=$provider" "Database__DataDirectory=$data" "Database__SeedDemoData=false"
    "Auth__AuthRequestsPerMinute=100000000" "Benchmark__BareEndpoint=true" "Logging__LogLevel__Default=Warning"
    "Auth__SigningKey=benchmark-signing-key-0123456789abcdef0123")
  if [ "$provider" = postgres ]; then
    local admin; admin=$(bash scripts/start-postgres.sh | tail -1)
    su postgres -c "psql -qc 'DROP DATABASE IF EXISTS nexus_bench WITH (FORCE)'" >/dev/null
    su postgres -c "psql -qc 'CREATE DATABASE nexus_bench OWNER nexus'" >/dev/null
    env+=("ConnectionStrings__Nexus=${admin/Database=postgres/Database=nexus_bench};Maximum Pool Size=64")
  fi
  env "${env[@]}" "$out/web/Nexus.Web" > "$out/server-$provider.log" 2>&1 &
  local server=$!
  for _ in $(seq 1 60); do curl -sf "$url/health/ready" >/dev/null && break; sleep 1; done
  local seeded_at; seeded_at=$(date +%s)
  "$out/seeder/Nexus.Web.Bench" "$url" "$hubs" "$out/slugs.txt"
  echo "seeding $hubs hubs on $provider took $(( $(date +%s) - seeded_at ))s"
  bytes=$(curl -s "$url/api/v1/hubs/$(head -1 "$out/slugs.txt")" | wc -c)
  echo "hub JSON is $bytes bytes"
  # A first pass over every hub warms the per-node JSON cache (steady state of a read-heavy site); it also
  # measures cold reads (each a full load from the database).
  "$out/seeder/Nexus.Web.Bench" warm "$url" "$out/slugs.txt" | tee -a "$out/warm-$provider.txt"
  measure "GET /hubs/{slug} (random of $hubs, warm)" "/" bench/wrk-slugs.lua
  measure "GET /hubs?pageSize=20" "/api/v1/hubs?pageSize=20"
  measure "bare $bytes bytes from memory (same client script)" "/" bench/wrk-bare.lua
  local rss; rss=$(ps -o rss= -p $server | awk '{printf "%.0f MB", $1/1024}')
  echo "| $provider | server memory after the run | $rss | | |" | tee -a "$out/hubs-results.md"
  kill $server; wait $server 2>/dev/null || true
  rm -rf "$data"
}

echo "| provider | endpoint | requests/s | latency | errors |" > "$out/hubs-results.md"
echo "|---|---|---|---|---|" >> "$out/hubs-results.md"
case $providers in
  sqlite|postgres) run_provider "$providers" ;;
  both) run_provider sqlite; run_provider postgres ;;
  *) echo "usage: bench/hubs.sh [sqlite|postgres|both]"; exit 2 ;;
esac
echo; cat "$out/hubs-results.md"
