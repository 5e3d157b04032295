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
PG_DIR=$(mktemp -d /tmp/kb-pg.XXXXXX)
PG_PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
PG_USER=$(id -un)
run_pg() { if [ "$(id -u)" = 0 ]; then (cd /tmp && runuser -u postgres -- "$@"); else "$@"; fi; }
if [ "$(id -u)" = 0 ]; then chown postgres "$PG_DIR"; PG_USER=postgres; fi
run_pg "$PG_BIN/initdb" -D "$PG_DIR/data" -U "$PG_USER" -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
run_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/log" -w \
  -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -c unix_socket_directories=$PG_DIR -c fsync=off -c max_connections=200" start >/dev/null
stop_pg() { run_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$PG_DIR"; }
trap stop_pg EXIT
export KB_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=$PG_USER;Pooling=true"
echo "PostgreSQL: throwaway cluster on 127.0.0.1:$PG_PORT"

# --- Browser: Debian's Chromium and axe-core ------------------------------------------------
need_package chromium chromium
if [ ! -f "$ARTIFACTS/node_modules/axe-core/axe.min.js" ]; then
  (cd "$ARTIFACTS" && npm install --no-audit --no-fund --silent axe-core@4.14.1 >/dev/null)
fi
export KB_CHROMIUM=$(command -v chromium)
export KB_AXE="$ARTIFACTS/node_modules/axe-core/axe.min.js"

# --- Build once (zero warnings: warnings are errors), then every test project ---------------
dotnet build KnowledgeBase.sln -c Release -warnaserror -nologo -v quiet
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
