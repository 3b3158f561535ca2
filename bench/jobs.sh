#!/usr/bin/env bash
# Jobs benchmark (issue 7): jobs/s end to end, commit → handler latency (p50/p95) and the drain of a 10,000-job
# backlog, for the embedded transport (SQLite, PostgreSQL) and RabbitMQ (on PostgreSQL; the backlog is written while
# the broker is stopped). Starts PostgreSQL and RabbitMQ with the project's scripts. Usage: bash bench/jobs.sh
set -euo pipefail
cd "$(dirname "$0")/.."
pg=$(bash scripts/start-postgres.sh | tail -1)
rabbit=$(bash scripts/start-rabbitmq.sh | tail -1)
dotnet build bench/Nexus.Jobs.Bench -c Release -v q -nologo >/dev/null
bench="dotnet bench/Nexus.Jobs.Bench/bin/Release/net10.0/Nexus.Jobs.Bench.dll"

fresh_database() {
  su postgres -c "psql -qc 'DROP DATABASE IF EXISTS $1 WITH (FORCE)'" >/dev/null
  su postgres -c "psql -qc 'CREATE DATABASE $1 OWNER nexus'" >/dev/null
  echo "${pg/Database=postgres/Database=$1}"
}

data=$(mktemp -d)
echo "| transport | throughput | commit → handler | backlog drain |"
echo "|---|---|---|---|"
Database__Provider=sqlite Database__DataDirectory="$data" $bench "embedded, SQLite" | grep "^|"
Database__Provider=postgres ConnectionStrings__Nexus="$(fresh_database nexus_jobs_bench)" $bench "embedded, PostgreSQL" | grep "^|"
Database__Provider=postgres ConnectionStrings__Nexus="$(fresh_database nexus_jobs_bench)" RabbitMQ__Uri="$rabbit" \
  RabbitMQ__Prefix="nexus-bench-$$" $bench "RabbitMQ, PostgreSQL" | grep "^|"
for queue in jobs jobs.dead; do rabbitmqctl -n rabbit@localhost -q delete_queue "nexus-bench-$$.$queue" >/dev/null; done
rm -rf "$data"
