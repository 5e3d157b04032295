#!/usr/bin/env bash
# Load test of the site with wrk (Debian package): each page against a static file of the
# same server, in the same run, 16 connections. See README.md beside this file.
#   tests/KnowledgeBase.Benchmarks/Load/run.sh                 # every page, 20 s each
#   DURATION=10s tests/KnowledgeBase.Benchmarks/Load/run.sh    # shorter
#   SOAK=5m tests/KnowledgeBase.Benchmarks/Load/run.sh         # then a mixed soak, memory sampled
set -euo pipefail
cd "$(dirname "$0")/../../.."
ROOT=$(pwd)
HERE="$ROOT/tests/KnowledgeBase.Benchmarks/Load"
DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
ENCODING=${ENCODING:-}   # e.g. "br, gzip": send Accept-Encoding (compressed answers)
STATIC=${STATIC:-/css/site.css}   # the static file each page is compared with (2.8 KB; Bootstrap's CSS is 232 KB)
TABLE=${TABLE:-yes}      # "no": only the soak
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }

dotnet build src/KnowledgeBase.Web -c Release -nologo -v quiet >/dev/null
WORK=$(mktemp -d /tmp/kb-load.XXXXXX)
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
BASE="http://127.0.0.1:$PORT"
# From the project folder, as `dotnet run` does: its wwwroot/ is the static files' root.
( cd src/KnowledgeBase.Web && ASPNETCORE_ENVIRONMENT=Production exec dotnet bin/Release/net10.0/KnowledgeBase.Web.dll \
    --urls="$BASE" --KnowledgeBase:DataPath="$WORK/data" --KnowledgeBase:SearchIndexPath="$WORK/index" \
    --KnowledgeBase:ContentPath="$ROOT/content" --Email:SiteUrl="$BASE" --AllowedHosts=127.0.0.1 --Logging:LogLevel:Default=Warning ${SITE_SETTINGS:-} >"$WORK/site.log" 2>&1 ) &
SITE=$!
trap 'kill $SITE 2>/dev/null || true; wait $SITE 2>/dev/null || true; rm -rf "$WORK"' EXIT
for _ in $(seq 1 600); do
  [ "$(curl -s "$BASE/health/ready" || true)" = "Healthy" ] && break
  sleep 0.1
done
[ "$(curl -s "$BASE/health/ready")" = "Healthy" ] || { cat "$WORK/site.log"; echo "site not ready"; exit 1; }
[ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE$STATIC")" = 200 ] || { echo "static file not served"; exit 1; }

# Paths: every example write-up, every theme, and for search a word of the write-ups' own text.
grep -h '^slug:' content/initiatives/*.md | sed 's/^slug: */\/initiatives\//' >"$WORK/writeups.txt"
grep -h '^- slug:' content/taxonomy/themes.yml | sed 's/^- slug: */\/thematiques\//' >"$WORK/themes.txt"
echo "/" >"$WORK/home.txt"
python3 - "$WORK" content/initiatives/*.md <<'PY'
import re, sys, urllib.parse
work, files = sys.argv[1], sys.argv[2:]
words = set()
for f in files:
    text = open(f, encoding="utf-8").read()
    body = text.split("\n---", 2)[-1] if text.startswith("---") else text
    words.update(w.lower() for w in re.findall(r"[^\W\d_]{5,}", body))
words = sorted(words)
open(f"{work}/words.txt", "w").write("\n".join(words) + "\n")
for name, prefix in (("search", "/recherche?q="), ("api", "/api/search?q=")):
    open(f"{work}/{name}.txt", "w").write("".join(prefix + urllib.parse.quote(w) + "\n" for w in words))
PY
echo "$STATIC" >"$WORK/static.txt"

headers=()
[ -n "$ENCODING" ] && headers=(-H "Accept-Encoding: $ENCODING")
# wrk_run NAME FILE [unique] -> "req/s p50 p99 errors"
wrk_run() {
  local out
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "${headers[@]}" -s "$HERE/paths.lua" "$BASE" -- "$2" ${3:-} 2>&1)
  echo "$out" >>"$WORK/wrk.log"
  if ! echo "$out" | grep -q "Requests/sec"; then echo "$out" >&2; fi
  local rps p50 p99 non2xx sockets
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p50=$(echo "$out" | awk '$1=="50%" {print $2}')
  p99=$(echo "$out" | awk '$1=="99%" {print $2}')
  non2xx=$(echo "$out" | awk '/Non-2xx/ {print $5}')
  sockets=$(echo "$out" | awk '/Socket errors/ {gsub(",",""); print $4+$6+$8+$10}')
  echo "$rps ${p50:-?} ${p99:-?} $(( ${non2xx:-0} + ${sockets:-0} ))"
}

echo "# KnowledgeBase load test — $(date -u '+%Y-%m-%d %H:%M') UTC, $(nproc) cores, wrk -t$THREADS -c$CONNECTIONS -d$DURATION${ENCODING:+, Accept-Encoding: $ENCODING}"
echo "$(wc -l <"$WORK/writeups.txt") write-ups, $(wc -l <"$WORK/words.txt") distinct words for the searches; static file: $STATIC ($(curl -s "$BASE$STATIC" | wc -c) bytes)"
if [ "$TABLE" = yes ]; then
echo
echo "| page | paths | req/s | p50 | p99 | errors | static req/s | static p99 | static errors | ratio | load (1 min) |"
echo "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
# Warm-up: every list once, so that JIT compilation and first reads are not measured.
for file in static writeups home themes search api; do DURATION=3s wrk_run warmup "$WORK/$file.txt" >/dev/null; done
for target in "write-up page:writeups.txt" "home page:home.txt" "theme pages:themes.txt" \
              "search page:search.txt" "search page, every URL new:search.txt:unique" \
              "/api/search:api.txt" "/api/search, every URL new:api.txt:exclude"; do
  IFS=: read -r name file mode <<<"$target"
  read -r srps sp50 sp99 serr <<<"$(wrk_run static "$WORK/static.txt")"
  read -r rps p50 p99 err <<<"$(wrk_run "$name" "$WORK/$file" "$mode")"
  load=$(cut -d' ' -f1 /proc/loadavg)
  ratio=$(python3 -c "print(f'{$rps/$srps:.2f}')")
  echo "| $name | $(wc -l <"$WORK/$file") | $rps | $p50 | $p99 | $err | $srps | $sp99 | $serr | ${ratio}× | $load |"
done
fi

if [ -n "${SOAK:-}" ]; then
  # About a third each: write-up, home and theme pages; searches on the page; the JSON API.
  { for _ in $(seq 1 60); do cat "$WORK/writeups.txt" "$WORK/themes.txt"; for _ in 1 2 3 4 5 6 7 8 9 10; do cat "$WORK/home.txt"; done; done
    cat "$WORK/search.txt" "$WORK/api.txt"; } >"$WORK/mixed.txt"
  echo
  echo "Soak: $SOAK of mixed pages ($(wc -l <"$WORK/mixed.txt") paths), memory of the site process (RSS) every 30 s:"
  ( while kill -0 $SITE 2>/dev/null; do echo "  $(date -u +%H:%M:%S) RSS $(( $(ps -o rss= -p $SITE) / 1024 )) MiB, load $(cut -d' ' -f1 /proc/loadavg)"; sleep 30; done ) &
  SAMPLER=$!
  DURATION=$SOAK
  read -r rps p50 p99 err <<<"$(wrk_run soak "$WORK/mixed.txt")"
  kill $SAMPLER 2>/dev/null || true
  echo "  soak: $rps req/s, p50 $p50, p99 $p99, errors $err; RSS at the end $(( $(ps -o rss= -p $SITE) / 1024 )) MiB"
fi
