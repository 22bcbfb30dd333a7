#!/usr/bin/env bash
# Measures what docs/performance.md reports for importing a needs dataset: starts Tandem as `./tandem run` does
# (-Xmx384m, Serial GC) on a fresh data directory with the demo story, generates a CSV of ROWS rows, signs in as the
# demo commissioning officer, makes an API token, uploads the file through the API, and reports the rows per second
# and the heap: the peak from the GC log (heap in use before each collection) and jcmd's view after the import.
# Usage: perf/dataset-import.sh [port] [rows]
# With PERF_DB=postgres it uses a fresh schema (perf_dataset_import) on the local PostgreSQL instead of H2.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${1:-18081}"
ROWS="${2:-200000}"
BASE="http://localhost:$PORT"
DATA="$(mktemp -d)"
PID=""
trap '[[ -n "$PID" ]] && kill "$PID" 2>/dev/null; rm -rf "$DATA"' EXIT

[[ -f target/tandem.jar ]] || ./tandem --help >/dev/null
[[ -f target/tandem.jar ]] || ./mvnw -B -q -DskipTests package

if [[ "${PERF_DB:-h2}" == postgres ]]; then
    psql -q -h 127.0.0.1 -U postgres -d test -c 'drop schema if exists perf_dataset_import cascade' \
        -c 'create schema perf_dataset_import'
    export TANDEM_DB_URL="jdbc:postgresql://127.0.0.1:5432/test?currentSchema=perf_dataset_import"
    export TANDEM_DB_USER=postgres
fi

# The GC log is added through JAVA_TOOL_OPTIONS, so the launcher's own options (-Xmx384m) stay as they are.
JAVA_TOOL_OPTIONS="-Xlog:gc:file=$DATA/gc.log" TANDEM_DATA_DIR="$DATA" PORT="$PORT" ./tandem run \
    >"$DATA/run.log" 2>&1 &
PID=$!
until curl -s -o /dev/null -w '%{http_code}' "$BASE/" | grep -q 200; do
    kill -0 "$PID" 2>/dev/null || { echo "Tandem did not start:"; tail -20 "$DATA/run.log"; exit 1; }
    sleep 0.5
done
echo "Tandem is up on ${PERF_DB:-h2} (pid $PID); maximum heap: $(( $(jcmd "$PID" VM.flags \
    | grep -o ' -XX:MaxHeapSize=[0-9]*' | head -1 | cut -d= -f2) / 1024 / 1024 )) MiB"

# 200 indicators x 11 areas (10 wards and the whole area) x as many years as it takes.
python3 - "$ROWS" >"$DATA/rows.csv" <<'PY'
import sys
rows = int(sys.argv[1])
areas = ["MB%02d" % i for i in range(1, 11)] + ["Whole area"]
out = sys.stdout
out.write("indicator,area,period,value,unit\n")
for n in range(rows):
    out.write("Indicator %d,%s,%d,%d.%d,per 1000\n" % (n % 200, areas[(n // 200) % 11], 2000 + n // 2200, n % 997, n % 10))
PY
echo "Generated $ROWS rows: $(du -h "$DATA/rows.csv" | cut -f1)"

csrf() { grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }
COOKIES="$DATA/cookies"
token=$(curl -s -c "$COOKIES" -b "$COOKIES" "$BASE/sign-in" | csrf)
curl -s -c "$COOKIES" -b "$COOKIES" -o /dev/null --data-urlencode "_csrf=$token" \
    --data-urlencode "email=tom.okafor@millbrook.example" --data-urlencode "password=cycle-together-2027" \
    "$BASE/sign-in"
token=$(curl -s -c "$COOKIES" -b "$COOKIES" "$BASE/account/api-tokens" | csrf)
API_TOKEN=$(curl -s -c "$COOKIES" -b "$COOKIES" -L --data-urlencode "_csrf=$token" \
    --data-urlencode "name=Dataset import measurement" --data-urlencode "expiryDays=1" "$BASE/account/api-tokens" \
    | grep -o 'id="api-token">[^<]*' | sed 's/.*>//')
[[ -n "$API_TOKEN" ]] || { echo "Could not make an API token"; exit 1; }
auth=(-H "Authorization: Bearer $API_TOKEN")
ORG=$(curl -s "${auth[@]}" "$BASE/api/v1/me" | python3 -c 'import json,sys; print(json.load(sys.stdin)["memberships"][0]["organisationId"])')
COMMISSION=$(curl -s "${auth[@]}" "$BASE/api/v1/organisations/$ORG/commissions?q=Youth%20services" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["id"])')

echo "Heap before the import:"
jcmd "$PID" GC.heap_info | sed 's/^/    /'
result=$(curl -s -o "$DATA/response.json" -w '%{http_code} %{time_total}' "${auth[@]}" -H 'Content-Type: text/csv' \
    --data-binary "@$DATA/rows.csv" \
    "$BASE/api/v1/organisations/$ORG/commissions/$COMMISSION/evidence/datasets?title=Measured&source=perf&fileName=rows.csv")
status=${result%% *}
seconds=${result##* }
[[ "$status" == 201 ]] || { echo "Import answered $status:"; cat "$DATA/response.json"; exit 1; }
stored=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["rowCount"])' "$DATA/response.json")
echo "Imported $stored rows in $seconds s: $(python3 -c "print(f'{$stored / $seconds:,.0f}')") rows/s"
echo "Heap after the import:"
jcmd "$PID" GC.heap_info | sed 's/^/    /'
jcmd "$PID" GC.run >/dev/null
echo "Heap still in use after a full collection (what the import left behind, such as database caches):"
jcmd "$PID" GC.heap_info | sed 's/^/    /'
# Serial GC logs lines such as "Pause Young (Allocation Failure) 105M->22M(369M)": the first figure is the heap in
# use when the collection started, so the largest of them is the peak.
peak=$(grep -o '[0-9]*M->[0-9]*M([0-9]*M)' "$DATA/gc.log" | sed 's/M->.*//' | sort -n | tail -1)
committed=$(grep -o '[0-9]*M->[0-9]*M([0-9]*M)' "$DATA/gc.log" | sed 's/.*(//; s/M)//' | sort -n | tail -1)
live=$(grep -o '[0-9]*M->[0-9]*M([0-9]*M)' "$DATA/gc.log" | sed 's/.*->//; s/M(.*//' | sort -n | tail -1)
echo "Peak heap in use (GC log, whole run): ${peak} MiB before a collection, ${live} MiB still in use after one;"
echo "    at most ${committed} MiB committed; $(grep -c 'Pause' "$DATA/gc.log") collections"
echo "Resident memory after the import: $(( $(ps -o rss= -p "$PID" | tr -d ' ') / 1024 )) MiB"
