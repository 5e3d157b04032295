#!/usr/bin/env bash
# Runs every test: unit, integration (SQLite always, PostgreSQL on a throwaway local cluster)
# and browser tests (Debian's Chromium + axe-core from npm). Installs what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
ARTIFACTS="$ROOT/tests/.artifacts"
mkdir -p "$ARTIFACTS"

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
apt_updated=""
need_package() { # need_package COMMAND PACKAGE...
  if ! command -v "$1" >/dev/null 2>&1 && ! [ -x "$1" ]; then
    shift
    [ -n "$apt_updated" ] || { as_root apt-get update -qq; apt_updated=1; }
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "$@" >/dev/null
  fi
}

# --- PostgreSQL: a throwaway cluster on a free local port --------------------------------
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1 || true)
if [ -z "$PG_BIN" ] || [ ! -x "$PG_BIN/initdb" ]; then
  need_package /nonexistent/initdb postgresql postgresql-contrib
  PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n1)
fi
PG_USER=$(id -un)
run_pg() { if [ "$(id -u)" = 0 ]; then (cd /tmp && runuser -u postgres -- "$@"); else "$@"; fi; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
PG_DIRS=()
# start_cluster DIR PORT: initdb, settings in postgresql.conf (so that a bare `pg_ctl start` restarts it), start.
start_cluster() {
  if [ "$(id -u)" = 0 ]; then chown postgres "$1"; PG_USER=postgres; fi
  run_pg "$PG_BIN/initdb" -D "$1/data" -U "$PG_USER" -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
  printf "port = %s\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = '%s'\nfsync = off\nmax_connections = 200\n" "$2" "$1" >>"$1/data/postgresql.conf"
  run_pg "$PG_BIN/pg_ctl" -D "$1/data" -l "$1/log" -w start >/dev/null
  PG_DIRS+=("$1")
}
stop_pg() {
  for dir in "${PG_DIRS[@]}"; do run_pg "$PG_BIN/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$dir"; done
}
trap stop_pg EXIT
PG_DIR=$(mktemp -d /tmp/kb-pg.XXXXXX); PG_PORT=$(free_port)
start_cluster "$PG_DIR" "$PG_PORT"
export KB_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=$PG_USER;Pooling=true"
echo "PostgreSQL: throwaway cluster on 127.0.0.1:$PG_PORT"
# A second one that the fault test (Operations/DatabaseRestartTests) stops and starts again:
# the other tests, running at the same time on the first cluster, never see it go.
FAULT_DIR=$(mktemp -d /tmp/kb-pg-fault.XXXXXX); FAULT_PORT=$(free_port)
start_cluster "$FAULT_DIR" "$FAULT_PORT"
export KB_FAULT_POSTGRES="Host=127.0.0.1;Port=$FAULT_PORT;Username=$PG_USER;Pooling=true"
export KB_FAULT_PG_CTL="$PG_BIN/pg_ctl" KB_FAULT_PG_DATA="$FAULT_DIR/data" KB_FAULT_PG_USER="$PG_USER"
echo "PostgreSQL: second throwaway cluster (fault test) on 127.0.0.1:$FAULT_PORT"

# --- Browser: Debian's Chromium and axe-core ------------------------------------------------
need_package chromium chromium
if [ ! -f "$ARTIFACTS/node_modules/axe-core/axe.min.js" ]; then
  (cd "$ARTIFACTS" && npm install --no-audit --no-fund --silent axe-core@4.14.1 >/dev/null)
fi
export KB_CHROMIUM=$(command -v chromium)
export KB_AXE="$ARTIFACTS/node_modules/axe-core/axe.min.js"

# --- Build once (zero warnings: warnings are errors), then every test project ---------------
dotnet build KnowledgeBase.sln -c Release -warnaserror -nologo -v quiet
# The SQL Server variants of the integration tests are compiled only when KB_TEST_SQLSERVER
# is set (no SQL Server runs here): compile them anyway, in Debug, so that they cannot rot.
if [ -z "${KB_TEST_SQLSERVER:-}" ]; then
  for project in tests/KnowledgeBase.Core.Tests tests/KnowledgeBase.Web.Tests; do
    dotnet build "$project" -c Debug -warnaserror -nologo -v quiet -p:KB_TEST_SQLSERVER=compile-only
  done
fi
status=0
passed=0; failed=0; skipped=0
for project in tests/KnowledgeBase.Search.Tests tests/KnowledgeBase.Core.Tests tests/KnowledgeBase.Web.Tests tests/KnowledgeBase.BrowserTests; do
  [ -d "$project" ] || continue
  log="$ARTIFACTS/$(basename "$project").log"
  if dotnet test "$project" -c Release --no-build -nologo 2>&1 | tee "$log"; then :; else status=1; fi
  line=$(grep -E '(Passed|Failed)!? +- Failed: ' "$log" | tail -n1 || true)
  f=$(echo "$line" | sed -nE 's/.*Failed: +([0-9]+).*/\1/p'); p=$(echo "$line" | sed -nE 's/.*Passed: +([0-9]+).*/\1/p'); s=$(echo "$line" | sed -nE 's/.*Skipped: +([0-9]+).*/\1/p')
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0})); skipped=$((skipped + ${s:-0}))
  [ -n "$line" ] || { echo "No test summary for $project"; status=1; }
done
echo "tests: $passed passed, $failed failed, $skipped skipped"
exit $status
