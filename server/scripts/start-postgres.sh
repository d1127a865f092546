#!/usr/bin/env bash
# Starts a local PostgreSQL for CI (Debian, as root) and prints its DATABASE_URL as the last line.
# Installs the server with apt-get when it is missing; creates role and database coprod/coprod.
set -euo pipefail

log() { echo "$*" >&2; }

if ! command -v pg_lsclusters >/dev/null 2>&1 || [ -z "$(pg_lsclusters -h 2>/dev/null)" ]; then
  if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
    log "Installing PostgreSQL with apt-get..."
    export DEBIAN_FRONTEND=noninteractive
    apt-get update >&2
    apt-get install -y postgresql >&2
  fi
fi

cluster="$(pg_lsclusters -h | head -n 1)"
if [ -z "$cluster" ]; then
  version="$(ls /usr/lib/postgresql | sort -V | tail -n 1)"
  log "Creating cluster $version/main..."
  pg_createcluster "$version" main >&2
  cluster="$(pg_lsclusters -h | head -n 1)"
fi
version="$(echo "$cluster" | awk '{print $1}')"
name="$(echo "$cluster" | awk '{print $2}')"
port="$(echo "$cluster" | awk '{print $3}')"
status="$(echo "$cluster" | awk '{print $4}')"

if [ "$status" != "online" ]; then
  log "Starting cluster $version/$name on port $port..."
  pg_ctlcluster "$version" "$name" start >&2
fi

for _ in $(seq 1 30); do
  if su postgres -c "pg_isready -q -p $port"; then break; fi
  sleep 1
done

psql_as_postgres() { su postgres -c "psql -p $port -v ON_ERROR_STOP=1 -tAc \"$1\""; }

if [ "$(psql_as_postgres "SELECT 1 FROM pg_roles WHERE rolname = 'coprod'")" != "1" ]; then
  log "Creating role coprod..."
  psql_as_postgres "CREATE ROLE coprod LOGIN PASSWORD 'coprod' CREATEDB" >&2
fi
if [ "$(psql_as_postgres "SELECT 1 FROM pg_database WHERE datname = 'coprod'")" != "1" ]; then
  log "Creating database coprod..."
  psql_as_postgres "CREATE DATABASE coprod OWNER coprod" >&2
fi

echo "postgres://coprod:coprod@127.0.0.1:${port}/coprod"
