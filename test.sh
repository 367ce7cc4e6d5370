#!/usr/bin/env bash
# The one test command. Installs what the tests need when it is missing (Debian's chromium, postgresql,
# sqlite3 and curl, MailDev from npm into .tools/), starts a throwaway PostgreSQL cluster and MailDev on
# loopback ports, runs the integration tests on SQLite and on PostgreSQL, the browser tests and a short
# crash run per database, stops what it started, and prints "N passed, M failed, K skipped" as its last line.
# With CI=true a component that cannot be had fails the run instead of skipping its tests.
set -uo pipefail
cd "$(dirname "$0")"
ROOT=$PWD
CI=${CI:-false}
WORK=$(mktemp -d /tmp/inclusief-test.XXXXXX)
chmod 755 "$WORK"
RESULTS=$WORK/results
mkdir -p "$RESULTS" .tools
PIDS=()
PG_BIN=""
PG_DIR=$WORK/pg
missing=()

say() { printf '\n== %s\n' "$*"; }

cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null; done
  if [ -n "$PG_BIN" ] && [ -f "$PG_DIR/data/postmaster.pid" ]; then
    as_pg "$PG_BIN/pg_ctl -D $PG_DIR/data -m fast -w stop" >/dev/null 2>&1
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

free_port() {
  local port
  while :; do
    port=$(( 20000 + RANDOM % 20000 ))
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
  done
}

as_pg() {
  if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$1"; else bash -c "$1"; fi
}

apt_install() {
  [ "$(id -u)" = 0 ] || return 1
  if [ -z "${APT_UPDATED:-}" ]; then apt-get update -qq >/dev/null 2>&1; APT_UPDATED=1; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null 2>&1
}

# --- Chromium -------------------------------------------------------------------------------
if [ ! -x /usr/bin/chromium ]; then
  say "Installing Debian's chromium"
  apt_install chromium || true
fi
[ -x /usr/bin/chromium ] || missing+=("chromium")

# --- PostgreSQL -----------------------------------------------------------------------------
find_pg() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
PG_BIN=$(find_pg)
if [ -z "$PG_BIN" ]; then
  say "Installing Debian's postgresql"
  apt_install postgresql || true
  PG_BIN=$(find_pg)
fi
PG_URL=""
if [ -n "$PG_BIN" ]; then
  PG_PORT=$(free_port)
  mkdir -p "$PG_DIR"
  [ "$(id -u)" = 0 ] && chown postgres:postgres "$PG_DIR"
  if as_pg "$PG_BIN/initdb -D $PG_DIR/data -A trust -U postgres --no-sync" >"$WORK/initdb.log" 2>&1 &&
     as_pg "$PG_BIN/pg_ctl -D $PG_DIR/data -l $PG_DIR/log -o '-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300' -w start" >/dev/null 2>&1; then
    PG_URL="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=postgres;Pooling=true;Maximum Pool Size=20"
    echo "PostgreSQL on 127.0.0.1:$PG_PORT"
  else
    cat "$WORK/initdb.log" "$PG_DIR/log" 2>/dev/null | tail -n 20
    missing+=("postgresql (could not start a cluster)")
  fi
else
  missing+=("postgresql")
fi

# --- What the crash run reads the database with ---------------------------------------------
command -v sqlite3 >/dev/null || apt_install sqlite3 || true
command -v sqlite3 >/dev/null || missing+=("sqlite3")
command -v curl >/dev/null || apt_install curl || true
command -v curl >/dev/null || missing+=("curl")

# --- MailDev --------------------------------------------------------------------------------
MAILDEV=.tools/maildev/node_modules/.bin/maildev
if [ ! -x "$MAILDEV" ] && command -v npm >/dev/null; then
  say "Installing MailDev from npm into .tools/maildev"
  npm install --prefix .tools/maildev --no-audit --no-fund --loglevel=error maildev@3.0.0 >/dev/null 2>&1 || true
fi
if [ ! -x "$MAILDEV" ] && ! command -v npm >/dev/null; then
  say "Installing Debian's nodejs and npm for MailDev"
  apt_install nodejs npm && npm install --prefix .tools/maildev --no-audit --no-fund --loglevel=error maildev@3.0.0 >/dev/null 2>&1 || true
fi
if [ -x "$MAILDEV" ]; then
  MAILDEV_SMTP_PORT=$(free_port)
  MAILDEV_WEB_PORT=$(free_port)
  mkdir -p "$WORK/mail"
  "$MAILDEV" --smtp "$MAILDEV_SMTP_PORT" --web "$MAILDEV_WEB_PORT" --ip 127.0.0.1 --mail-directory "$WORK/mail" >"$WORK/maildev.log" 2>&1 &
  PIDS+=($!)
  for _ in $(seq 1 100); do
    (exec 3<>"/dev/tcp/127.0.0.1/$MAILDEV_WEB_PORT") 2>/dev/null && break
    sleep 0.1
  done
  export MAILDEV_SMTP_PORT MAILDEV_WEB_PORT
  echo "MailDev SMTP on 127.0.0.1:$MAILDEV_SMTP_PORT, API on :$MAILDEV_WEB_PORT"
else
  missing+=("maildev")
fi

# Kannel (Debian's kannel; kannel-extras has the fake SMSC that stands in for a provider's SMPP account). The tests read
# what the fake SMSC received from its log, and send texts to the site under test on a port of its own.
. tests/kannel.sh
if ! kannel_installed; then
  say "Installing Kannel from Debian"
  apt_install kannel kannel-extras || true
fi
if kannel_installed; then
  KANNEL_INBOUND_PORT=$(free_port)
  start_kannel "$WORK/kannel" 1 "$KANNEL_INBOUND_PORT"
  export KANNEL_SENDSMS_URL KANNEL_FAKESMSC_LOG KANNEL_MO_URL KANNEL_INBOUND_PORT
  echo "Kannel sendsms on $KANNEL_SENDSMS_URL"
else
  missing+=("kannel")
fi

if [ ${#missing[@]} -gt 0 ]; then
  echo "Missing: ${missing[*]}"
  if [ "$CI" = true ]; then
    echo "CI=true: a missing component fails the run."
    echo "0 passed, 1 failed"
    exit 1
  fi
  echo "Their tests are skipped (they would fail in CI)."
fi

# --- Build once, then run -------------------------------------------------------------------
say "Building"
if ! dotnet build Inclusief.slnx -c Debug -nologo -clp:ErrorsOnly > "$WORK/build.log" 2>&1; then
  cat "$WORK/build.log" | tail -n 40
  echo "0 passed, 1 failed"
  exit 1
fi

run_tests() { # name project [env...]; $FILTER, when set, selects the tests
  local name=$1 project=$2; shift 2
  say "Tests: $name"
  env "$@" dotnet test "$project" --no-build -nologo ${FILTER:+--filter "$FILTER"} --logger "trx;LogFileName=$name.trx" --results-directory "$RESULTS" 2>&1 |
    grep -vE '^\s*$|^Test run for|^A total of|^Results File' | grep -vE '\[(chromium|/usr/bin/chromium)' | tail -n 60
}

# Tests of several instances sharing a database need PostgreSQL (TestDatabase.SeveralInstances); SQLite is one instance.
FILTER="Topology!=SeveralInstances" run_tests sqlite tests/Inclusief.Tests
if [ -n "$PG_URL" ]; then
  run_tests postgres tests/Inclusief.Tests "INCLUSIEF_TEST_POSTGRES=$PG_URL"
fi
if [ -d tests/Inclusief.BrowserTests ] && [ -x /usr/bin/chromium ] && [ -x "$MAILDEV" ]; then
  run_tests browser tests/Inclusief.BrowserTests
fi

# --- Crash safety: a short run per database (tests/crash/run.sh) ------------------------------
crash_passed=0; crash_failed=0
run_crash() {
  say "Crash run: $1"
  INCLUSIEF_CRASH_POSTGRES="$PG_URL" tests/crash/run.sh "$1" 3 16 > "$WORK/crash-$1.log" 2>&1
  tail -n 12 "$WORK/crash-$1.log"
  if tail -n 1 "$WORK/crash-$1.log" | grep -q "): passed$"; then crash_passed=$((crash_passed + 1)); else crash_failed=$((crash_failed + 1)); fi
}
if command -v sqlite3 >/dev/null && command -v curl >/dev/null; then
  run_crash sqlite
  [ -n "$PG_URL" ] && run_crash postgres
fi

# --- Sum up ---------------------------------------------------------------------------------
passed=0; failed=0; skipped=0; runs=0
for trx in "$RESULTS"/*.trx; do
  [ -f "$trx" ] || continue
  runs=$((runs + 1))
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  get() { echo "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*'; }
  total=$(get total); executed=$(get executed); p=$(get passed); f=$(get failed); e=$(get error); t=$(get timeout); a=$(get aborted)
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0} + ${e:-0} + ${t:-0} + ${a:-0}))
  skipped=$((skipped + ${total:-0} - ${executed:-0}))
  printf '%-10s %s passed, %s failed\n' "$(basename "$trx" .trx)" "${p:-0}" "$(( ${f:-0} + ${e:-0} + ${t:-0} + ${a:-0} ))"
done
expected=2; [ -n "$PG_URL" ] && expected=$((expected + 1)); [ -d tests/Inclusief.BrowserTests ] || expected=$((expected - 1))
if [ "$runs" -lt "$expected" ]; then
  echo "Only $runs of $expected test runs produced results."
  failed=$((failed + expected - runs))
fi
if [ $((crash_passed + crash_failed)) -gt 0 ]; then
  printf '%-10s %s passed, %s failed\n' crash "$crash_passed" "$crash_failed"
  passed=$((passed + crash_passed)); failed=$((failed + crash_failed))
fi
echo
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
