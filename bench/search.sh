#!/usr/bin/env bash
# Search benchmark (not part of ./test.sh): 50,000 generated knowledge items (three in four Dutch, one in four
# English, 150-300 words each), searched through the open API and the search page, first on SQLite (FTS5),
# then on PostgreSQL (tsvector + GIN). wrk rotates thirteen queries (common and rare words, one and two words,
# both languages) and prints req/s and p50/p99 latency per engine: with as many connections as the machine has
# cores (wrk shares them), the goal is p99 < 50 ms; then with four times as many, to show the saturated rate.
#   bench/search.sh [duration-seconds] [connections]
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/common.sh
DURATION=${1:-10}
CONNECTIONS=${2:-$(nproc)}
ITEMS=${BENCH_ITEMS:-50000}
WORK=$(mktemp -d /tmp/inclusief-search.XXXXXX)
chmod 755 "$WORK"
APP_PID=""
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
as_pg() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$1"; else bash -c "$1"; fi; }
cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null || true
  [ -d "$WORK/pg/data" ] && as_pg "$PG_BIN/pg_ctl -D $WORK/pg/data -m fast -w stop" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT
need_wrk

publish_app
export ASPNETCORE_ENVIRONMENT=Production Crypto__MasterKeyFile="$WORK/master.key" Security__RequireHttps=false RateLimits__SubmissionsPerMinute=100000
# Links in the API answers point here; each run listens on its own port, so only the host is checked.
export Site__PublicUrl=http://127.0.0.1

cat > "$WORK/queries.lua" <<'LUA'
local queries = { "bank", "bankrekening%20sekswerker", "huisvesting", "gemeente%20beleid", "mortgage", "bank%20accounts",
  "sekswerkers", "klachtenbalie", "veiligheid%20waarschuwing", "privacy", "stigma%20discriminatie", "utrecht", "pension" }
local i = 0
path = path or "/api/knowledge?q="
request = function()
  i = i + 1
  return wrk.format("GET", path .. queries[(i % #queries) + 1])
end
LUA
sed 's#^path = .*#path = "/Knowledge?q="#' "$WORK/queries.lua" > "$WORK/page.lua"

measure() { # label url script
  local threads=$(( CONNECTIONS < 2 ? 1 : 2 ))
  wrk -t$threads -c"$CONNECTIONS" -d3s -s "$3" "$2" >/dev/null 2>&1
  local out; out=$(wrk -t$threads -c"$CONNECTIONS" -d"${DURATION}s" --latency -s "$3" "$2")
  printf '%-22s %9s req/s   p50 %-8s p99 %-8s non-2xx %s\n' "$1" "$(echo "$out" | awk '/Requests\/sec/ {print $2}')" \
    "$(echo "$out" | awk '$1=="50%" {print $2}')" "$(echo "$out" | awk '$1=="99%" {print $2}')" "$(echo "$out" | awk '/Non-2xx/ {print $NF}')"
}

run_engine() { # name
  echo "== $1: generating $ITEMS items..."
  (cd "$WORK/app" && Bench__Enabled=true dotnet Inclusief.Web.dll seed-load-data --users 1 --knowledge "$ITEMS") | grep -E "knowledge items" || true
  local port=$(( 30000 + RANDOM % 20000 ))
  (cd "$WORK/app" && exec dotnet Inclusief.Web.dll --urls "http://127.0.0.1:$port") > "$WORK/app-$1.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.2; done
  curl -s "http://127.0.0.1:$port/api/knowledge?q=bank" | grep -q '"items":\[{' || { echo "search answered nothing"; tail -20 "$WORK/app-$1.log"; exit 1; }
  echo "wrk -t2 -c$CONNECTIONS -d${DURATION}s on $(nproc) cores"
  measure "$1 api search" "http://127.0.0.1:$port" "$WORK/queries.lua"
  measure "$1 search page" "http://127.0.0.1:$port" "$WORK/page.lua"
  local normal=$CONNECTIONS; CONNECTIONS=$(( normal * 4 ))
  echo "saturated: wrk -t2 -c$CONNECTIONS"
  measure "$1 api search" "http://127.0.0.1:$port" "$WORK/queries.lua"
  CONNECTIONS=$normal
  kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""
}

export ConnectionStrings__Sqlite="Data Source=$WORK/search.db"
[ -z "${BENCH_SKIP_SQLITE:-}" ] && run_engine sqlite

if [ -n "$PG_BIN" ]; then
  mkdir -p "$WORK/pg"; [ "$(id -u)" = 0 ] && chown postgres:postgres "$WORK/pg"
  PG_PORT=$(( 20000 + RANDOM % 9000 ))
  as_pg "$PG_BIN/initdb -D $WORK/pg/data -A trust -U postgres --no-sync" >/dev/null
  as_pg "$PG_BIN/pg_ctl -D $WORK/pg/data -l $WORK/pg/log -o '-p $PG_PORT -k $WORK/pg -c listen_addresses=127.0.0.1 -c fsync=off' -w start" >/dev/null
  export Database__Provider=Postgres ConnectionStrings__Postgres="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=bench${BENCH_PG_EXTRA:-}"
  run_engine postgres
else
  echo "PostgreSQL is not installed (run ./test.sh once): skipped the PostgreSQL half."
fi
