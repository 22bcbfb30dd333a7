#!/usr/bin/env bash
# Measures what docs/performance.md reports for voting under load: VotingUnderLoadTest with the issue's numbers,
# 20,000 residents voting with paper codes from 200 concurrent clients over loopback HTTP, against the local
# PostgreSQL (a schema of its own), then checks that every receipt given stands for exactly one counted ballot.
# Usage: perf/voting-load.sh [voters] [clients]      (PERF_DB=h2 for the embedded database instead)
set -euo pipefail
cd "$(dirname "$0")/.."
VOTERS="${1:-20000}"
CLIENTS="${2:-200}"
DB="${PERF_DB:-postgres}"
# Maven needs a JDK 21 or newer: JAVA_HOME if it is one, else the newest under /usr/lib/jvm (as ./tandem does).
major() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/ *java.specification.version = //p'; }
if [[ -z "${JAVA_HOME:-}" || ! -x "$JAVA_HOME/bin/javac" || $(major "$JAVA_HOME") -lt 21 ]]; then
    for jdk in $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -V -r); do
        if [[ -x "$jdk/bin/javac" && $(major "$jdk") -ge 21 ]]; then export JAVA_HOME="${jdk%/}"; break; fi
    done
fi
TANDEM_TEST_PG_SCHEMA="${TANDEM_TEST_PG_SCHEMA:-perf_voting_load}" ./mvnw -B -q test \
    -Dtest=VotingUnderLoadTest -Dtandem.test.db="$DB" \
    -Dtandem.load.voters="$VOTERS" -Dtandem.load.clients="$CLIENTS" -Dsurefire.failIfNoSpecifiedTests=false
grep -h "VOTING UNDER LOAD" target/surefire-reports-"$DB"/*VotingUnderLoadTest*.xml | sed "s/.*\(VOTING UNDER LOAD[^&]*\).*/\1/" | head -1
