#!/usr/bin/env bash
# `npm run cluster`: three API instances (built app, production mode) on PostgreSQL and Redis behind
# HAProxy, for trying scale-out on one machine. Uses this machine's PostgreSQL (database
# servicekatalog_cluster, created when missing) and Redis unless DATABASE_URL / REDIS_URL say otherwise
# (REDIS_URL= runs without Redis). LB_PORT (8080) and API_FIRST_PORT (3001…3003) choose the ports.
set -euo pipefail
cd "$(dirname "$0")/.."
export NX_DAEMON=false
if ! command -v haproxy >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq haproxy >/dev/null
fi
if [ -z "${DATABASE_URL:-}" ]; then
  server=postgres://postgres@127.0.0.1:5432
  if ! psql "$server/postgres" -Atc "SELECT 1 FROM pg_database WHERE datname = 'servicekatalog_cluster'" | grep -q 1; then
    psql "$server/postgres" -qc 'CREATE DATABASE servicekatalog_cluster'
  fi
  export DATABASE_URL="$server/servicekatalog_cluster"
fi
export REDIS_URL="${REDIS_URL-redis://127.0.0.1:6379}"
npm run build --silent
exec node scripts/cluster/run-cluster.mjs
