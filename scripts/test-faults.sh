#!/usr/bin/env bash
# `npm run test:faults`: the fault test of DESIGN "Load balancer" (scripts/cluster/faults.mjs) on its
# own PostgreSQL and Redis, never the machine's shared ones. Everything it started is stopped on exit.
set -euo pipefail
cd "$(dirname "$0")/.."
export NX_DAEMON=false
if ! command -v haproxy >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq haproxy >/dev/null
fi
command -v redis-server >/dev/null || { echo "redis-server is needed (apt-get install redis-server)"; exit 1; }
ls /usr/lib/postgresql/*/bin/initdb >/dev/null || { echo "PostgreSQL server binaries are needed"; exit 1; }
npm run build --silent
FAULTS_DIR=$(mktemp -d /tmp/sk-faults.XXXXXX)
export FAULTS_DIR
cleanup() {
  [ -n "${runner:-}" ] && kill "$runner" 2>/dev/null && wait "$runner" 2>/dev/null
  # Whatever still runs from this test's folder (its PostgreSQL) is stopped with it.
  if [ -f "$FAULTS_DIR/pg/postmaster.pid" ]; then
    kill -QUIT "$(head -1 "$FAULTS_DIR/pg/postmaster.pid")" 2>/dev/null || true
  fi
  rm -rf "$FAULTS_DIR"
}
trap cleanup EXIT
node scripts/cluster/faults.mjs &
runner=$!
status=0
wait "$runner" || status=$?
runner=
exit "$status"
