#!/usr/bin/env bash
# Email and notification throughput (issue 7): LEARNERS sign-ups, each a verification email sent by a job (to the
# .eml pickup folder, so SMTP latency is not measured), then one update of a hub all of them follow, timed until the
# last follower sees the notification. Usage: bench/notifications.sh [sqlite|postgres|both]   (LEARNERS=500)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
providers=${1:-both}
learners=${LEARNERS:-500}
out="$root/bench/out"
mkdir -p "$out"
dotnet publish src/Nexus.Web -c Release -o "$out/web" --nologo -v quiet >/dev/null
port=5098
url="http://127.0.0.1:$port"

run_provider() {
  local provider=$1 data
  data=$(mktemp -d)
  local -a env=(
    "Urls=$url" "Database__Provider=$provider" "Database__DataDirectory=$data" "Database__SeedDemoData=false"
    "Auth__AuthRequestsPerMinute=100000000" "Logging__LogLevel__Default=Warning"
    "Auth__SigningKey=benchmark-signing-key-0123456789abcdef0123")
  if [ "$provider" = postgres ]; then
    local admin; admin=$(bash scripts/start-postgres.sh | tail -1)
    su postgres -c "psql -qc 'DROP DATABASE IF EXISTS nexus_bench_notify WITH (FORCE)'" >/dev/null
    su postgres -c "psql -qc 'CREATE DATABASE nexus_bench_notify OWNER nexus'" >/dev/null
    env+=("ConnectionStrings__Nexus=${admin/Database=postgres/Database=nexus_bench_notify};Maximum Pool Size=64")
  fi
  env "${env[@]}" "$out/web/Nexus.Web" > "$out/server-notify-$provider.log" 2>&1 &
  local server=$!
  for _ in $(seq 1 60); do curl -sf "$url/health/ready" >/dev/null && break; sleep 1; done
  /usr/bin/python3 bench/notifications.py "$url" "$data/mail" "$learners" "$provider" || true
  kill "$server"
  wait "$server" 2>/dev/null || true
  rm -rf "$data"
}

echo "| provider | what | result |"
echo "|---|---|---|"
case $providers in
  both) run_provider sqlite; run_provider postgres ;;
  *) run_provider "$providers" ;;
esac
