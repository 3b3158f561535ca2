#!/usr/bin/env bash
# Installs (if needed) and starts PostgreSQL 15 on 127.0.0.1:5432 with a `nexus` role that may create databases.
# Prints the connection string for tests: Host=127.0.0.1;Username=nexus;Password=nexus;Database=postgres
set -euo pipefail
if ! command -v pg_ctlcluster >/dev/null || [ ! -d /usr/lib/postgresql/15/bin ] || [ ! -x /usr/lib/postgresql/15/bin/postgres ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
if [ ! -d /etc/postgresql/15/main ]; then
  pg_createcluster 15 main >/dev/null
fi
sed -i "s/^#\?listen_addresses.*/listen_addresses = '127.0.0.1'/" /etc/postgresql/15/main/postgresql.conf
grep -q '^max_connections = 300' /etc/postgresql/15/main/postgresql.conf || echo 'max_connections = 300' >> /etc/postgresql/15/main/postgresql.conf
pg_ctlcluster 15 main start 2>/dev/null || pg_ctlcluster 15 main status >/dev/null
for i in $(seq 1 30); do
  su postgres -c "psql -qtAc 'select 1'" >/dev/null 2>&1 && break
  sleep 1
done
su postgres -c "psql -qtAc \"SELECT 1 FROM pg_roles WHERE rolname='nexus'\"" | grep -q 1 \
  || su postgres -c "psql -qc \"CREATE ROLE nexus LOGIN PASSWORD 'nexus' CREATEDB SUPERUSER\"" >/dev/null
echo "Host=127.0.0.1;Port=5432;Username=nexus;Password=nexus;Database=postgres"
