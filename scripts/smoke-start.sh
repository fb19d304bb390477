#!/usr/bin/env bash
# Starts the app exactly as the README says (`npm start`, nothing configured) and checks that a
# fresh embedded database gets the demo catalogues and that API, health checks and web app are
# served on one port; then stops it. A data/ folder already present is set aside and put back.
set -euo pipefail
cd "$(dirname "$0")/.."
port=${SMOKE_PORT:-3000}
log=$(mktemp)
[ -e data ] && mv data data.before-smoke
cleanup() {
  [ -n "${pid:-}" ] && kill -- -"$pid" 2>/dev/null || true
  sleep 1
  rm -rf data
  [ -e data.before-smoke ] && mv data.before-smoke data
  return 0
}
trap cleanup EXIT
start=$(date +%s)
PORT=$port setsid npm start >"$log" 2>&1 &
pid=$!
for _ in $(seq 1 300); do
  curl -fsS "http://127.0.0.1:$port/readyz" >/dev/null 2>&1 && break
  kill -0 "$pid" 2>/dev/null || break
  sleep 1
done
if ! curl -fsS "http://127.0.0.1:$port/readyz"; then
  echo "the app did not become ready"; cat "$log"; exit 1
fi
echo " - ready $(( $(date +%s) - start )) s after npm start"
curl -fsS "http://127.0.0.1:$port/healthz"; echo
curl -fsS -H 'accept: text/html' "http://127.0.0.1:$port/" | grep -q '<div id="root">' || { echo "web app not served at /"; exit 1; }
providers=$(curl -fsS -H 'content-type: application/json' -d '{"query":"{ providers { code } }"}' "http://127.0.0.1:$port/graphql")
echo "$providers"
for code in SA-DK DFO-NO SSC-SE; do
  grep -q "\"$code\"" <<<"$providers" || { echo "demo catalogue $code missing"; cat "$log"; exit 1; }
done
echo "smoke: 1 passed, 0 failed"
