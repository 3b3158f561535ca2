#!/usr/bin/env bash
# Search load test (issue 4): bulk-loads SEARCH_HUBS generated hubs with their search index into a new database
# (Nexus.Web.Bench seed-search: Nexus's own migrations, then SQLite prepared INSERTs / PostgreSQL binary COPY, then
# one timed index build), starts Nexus on it and measures with wrk, in one run, each query class of
# bench/search-queries/ (anonymous callers: public hubs only). Records latency percentiles, requests/s, index build
# time, database size and server memory. Usage: bench/search.sh [sqlite|postgres|both]
#   SEARCH_HUBS=100000 DURATION=15s CONNECTIONS=2 (two clients keep both cores busy: server, database and wrk share them)
#   PORT=5187; REUSE_POSTGRES=1 measures the PostgreSQL database the previous run seeded, without seeding again;
#   PG_SHARED_BUFFERS=4GB (set on the local server, which is restarted when it differs; random_page_cost 1.1 with it)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
providers=${1:-both}
hubs=${SEARCH_HUBS:-100000}
duration=${DURATION:-15s}
connections=${CONNECTIONS:-2}
PG_SHARED_BUFFERS=${PG_SHARED_BUFFERS:-4GB}
out="$root/bench/out"
mkdir -p "$out"
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }

dotnet publish src/Nexus.Web -c Release -o "$out/web" --nologo -v quiet >/dev/null
dotnet build bench/Nexus.Web.Bench -c Release -o "$out/seeder" --nologo -v quiet >/dev/null

port=${PORT:-5187}
url="http://127.0.0.1:$port"
results="$out/search-results.md"

measure() { # class
  local class=$1 result rps p errors
  QUERIES="bench/search-queries/$class.txt" wrk -t1 -c"$connections" -d3s -s bench/wrk-search.lua "$url/" >/dev/null 2>&1 || true
  result=$(QUERIES="bench/search-queries/$class.txt" wrk -t1 -c"$connections" -d"$duration" -s bench/wrk-search.lua "$url/")
  rps=$(echo "$result" | awk '/Requests\/sec/ {print $2}')
  p=$(echo "$result" | grep -E '^p50=' | tail -1)
  errors=$(echo "$result" | grep -E 'Non-2xx|Socket errors' | tr '\n' ' ' || true)
  echo "| $provider | $class ($(grep -c . "bench/search-queries/$class.txt") queries) | $rps | $p | ${errors:-none} |" | tee -a "$results"
}

run_provider() {
  provider=$1
  local data; data=$(mktemp -d)
  local target=$data size
  local -a env=(
    "Urls=$url" "Database__Provider=$provider" "Database__DataDirectory=$data" "Database__SeedDemoData=false"
    "Logging__LogLevel__Default=Warning" "Auth__SigningKey=benchmark-signing-key-0123456789abcdef0123")
  if [ "$provider" = postgres ]; then
    local admin; admin=$(bash scripts/start-postgres.sh | tail -1)
    # A server sized for a 3.5 GB database (the default 128 MB of shared buffers reads most pages from the OS cache),
    # its buffer pool in 2 MB pages as PostgreSQL advises for large pools: with 4 KB pages every new server process
    # faults each buffer in on first touch, and a freshly started benchmark measured that instead of searching.
    local restart="" hugepages=$(( ${PG_SHARED_BUFFERS%GB} * 512 + 64 ))
    if [ "$(cat /proc/sys/vm/nr_hugepages)" -lt "$hugepages" ] && sysctl -qw vm.nr_hugepages="$hugepages" 2>/dev/null; then restart=1; fi
    if [ "$(su postgres -c "psql -tAc 'SHOW shared_buffers'")" != "$PG_SHARED_BUFFERS" ]; then
      su postgres -c "psql -qc \"ALTER SYSTEM SET shared_buffers = '$PG_SHARED_BUFFERS'\" -c \"ALTER SYSTEM SET random_page_cost = 1.1\"" >/dev/null
      restart=1
    fi
    if [ -n "$restart" ]; then pg_ctlcluster 15 main restart; fi
    target="${admin/Database=postgres/Database=nexus_search_bench}"
    # The database is on the same machine: nothing to encrypt on loopback (TLS cost 2 ms of CPU a search).
    env+=("ConnectionStrings__Nexus=$target;Maximum Pool Size=64;SSL Mode=Disable")
  fi
  if [ "$provider" = postgres ] && [ -n "${REUSE_POSTGRES:-}" ]; then
    hubs=$(awk '/^seeded/ {print $2}' "$out/seed-$provider.txt")
  else
    if [ "$provider" = postgres ]; then
      su postgres -c "psql -qc 'DROP DATABASE IF EXISTS nexus_search_bench WITH (FORCE)'" >/dev/null
      su postgres -c "psql -qc 'CREATE DATABASE nexus_search_bench OWNER nexus'" >/dev/null
    fi
    "$out/seeder/Nexus.Web.Bench" seed-search "$provider" "$target" "$hubs" | tee "$out/seed-$provider.txt"
  fi
  if [ "$provider" = postgres ]; then
    # Partitions, their indexes, and the tables a result page joins, read into the buffer pool as a busy server has them.
    su postgres -c "psql -d nexus_search_bench -qc 'VACUUM ANALYZE search_documents' -c 'CREATE EXTENSION IF NOT EXISTS pg_prewarm' \
      -c \"SELECT sum(pg_prewarm(c.oid)) FROM pg_class AS c WHERE c.relkind IN ('r', 'i') \
            AND (c.relname LIKE 'search_documents_p%' OR c.relname IN ('hubs', 'users', 'pk_hubs', 'pk_users', 'ix_hubs_id_visibility'))\"" >/dev/null
    size=$(su postgres -c "psql -tAc \"SELECT pg_size_pretty(pg_database_size('nexus_search_bench'))\"")
  else
    size=$(du -ch "$data"/nexus.db* | tail -1 | cut -f1)
  fi
  # The seed's gigabytes go to disk now, not while the next measurement runs.
  sync
  if curl -s -o /dev/null "$url/health/live"; then echo "port $port is already taken by another server; set PORT" >&2; exit 1; fi
  env "${env[@]}" "$out/web/Nexus.Web" > "$out/server-search-$provider.log" 2>&1 &
  local server=$!
  for _ in $(seq 1 60); do curl -sf "$url/health/ready" >/dev/null && break; sleep 1; done
  local documents build
  documents=$(awk -F= '/^RESULT documents=/ {print $2}' "$out/seed-$provider.txt")
  build=$(awk -F= '/^RESULT index_build_seconds=/ {print $2}' "$out/seed-$provider.txt")
  echo "| $provider | corpus: $hubs hubs, $documents documents; index build ${build}s; database $size | | | |" | tee -a "$results"
  # Steady state: the runtime compiles hot code again with what it profiled in its first seconds (tiered JIT), so
  # every class runs for 5 s before any is measured (the first class measured 48 ms at p95 instead of 22 without).
  for class in words phrases filtered filters-only prefix typos; do
    QUERIES="bench/search-queries/$class.txt" wrk -t1 -c"$connections" -d5s -s bench/wrk-search.lua "$url/" >/dev/null 2>&1 || true
  done
  for class in words phrases filtered filters-only prefix typos; do measure "$class"; done
  local rss; rss=$(ps -o rss= -p $server | awk '{printf "%.0f MB", $1/1024}')
  echo "| $provider | server memory after the run | $rss | | |" | tee -a "$results"
  kill $server; wait $server 2>/dev/null || true
  rm -rf "$data"
}

echo "| provider | query class | requests/s | latency | errors |" > "$results"
echo "|---|---|---|---|---|" >> "$results"
case $providers in
  sqlite|postgres) run_provider "$providers" ;;
  both) run_provider sqlite; run_provider postgres ;;
  *) echo "usage: bench/search.sh [sqlite|postgres|both]"; exit 2 ;;
esac
echo; cat "$results"
