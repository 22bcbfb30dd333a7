#!/usr/bin/env bash
# Measures what docs/performance.md reports for `./tandem run`: time from launch (already built) to the first page
# served, on a fresh data directory (demo data loaded) and on a restart, and resident memory at rest.
# Usage: perf/startup-and-memory.sh [port]
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${1:-18080}"
DATA="$(mktemp -d)"
trap 'kill "$PID" 2>/dev/null || true; rm -rf "$DATA"' EXIT

[[ -f target/tandem.jar ]] || ./tandem --help >/dev/null   # finds the JDK; build below if needed
[[ -f target/tandem.jar ]] || ./mvnw -B -q -DskipTests package

PID=""
ELAPSED_MS=0
measure_start() { # starts Tandem in the background (PID) and sets ELAPSED_MS to the time until / answers 200
    local started now
    started=$(date +%s%N)
    TANDEM_DATA_DIR="$DATA" PORT="$PORT" ./tandem run >>"$DATA/run.log" 2>&1 &
    PID=$!
    until curl -s -o /dev/null -w '%{http_code}' "http://localhost:$PORT/" | grep -q 200; do
        sleep 0.05
    done
    now=$(date +%s%N)
    ELAPSED_MS=$(( (now - started) / 1000000 ))
}

measure_start
echo "first start (empty database, demo data loaded): ${ELAPSED_MS} ms to first page"
sleep 20
rss_kb=$(ps -o rss= -p "$PID" | tr -d ' ')
echo "resident memory at rest after 20 s: $((rss_kb / 1024)) MiB"
kill "$PID"; wait "$PID" 2>/dev/null || true

measure_start
echo "restart (existing database): ${ELAPSED_MS} ms to first page"
for page in / /sign-in; do
    curl -s -o /dev/null -w "GET $page: %{time_total} s\n" "http://localhost:$PORT$page"
done
