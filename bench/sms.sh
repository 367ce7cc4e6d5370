#!/usr/bin/env bash
# SMS benchmark (not part of ./test.sh). Publishes Release, starts Kannel (bearerbox, smsbox and its fake SMSC) on
# loopback, generates N approved safety members with a mobile number each and one published warning, starts the app on
# SQLite (or, with --postgres, a throwaway PostgreSQL), and measures: the warning's fan-out (its list entries and an
# alert by mail and by SMS for each member queued in one go; goal under 2 s), the pace at which the outbox hands the
# texts to Kannel (each alert's number decrypted and its words made as it is sent, the mails in between; goal: the
# configured Sms:RatePerSecond, not faster), and what the fake SMSC received (goal: every member once, 0 duplicates).
#   bench/sms.sh [--postgres] [members] [rate-per-second]
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/common.sh
PROVIDER=Sqlite
if [ "${1:-}" = --postgres ]; then PROVIDER=Postgres; shift; fi
MEMBERS=${1:-10000}
RATE=${2:-100}
WORK=$(mktemp -d /tmp/inclusief-sms-bench.XXXXXX)
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  sleep 1
  for pid in "${PIDS[@]}"; do kill -9 "$pid" 2>/dev/null || true; done
  stop_postgres
  rm -rf "$WORK"
}
trap cleanup EXIT
. tests/kannel.sh
apt_need bearerbox kannel
kannel_installed || apt_need "$KANNEL_FAKESMSC" kannel-extras

publish_app
APP=$(port)
# The gateway as test.sh runs it, without the inbound service the bench does not use; log-level 2, as in production.
start_kannel "$WORK/kannel" 2

export ASPNETCORE_ENVIRONMENT=Production
if [ "$PROVIDER" = Postgres ]; then
  start_postgres
  export Database__Provider=Postgres ConnectionStrings__Postgres="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=inclusief;Maximum Pool Size=40"
else
  export Database__Provider=Sqlite ConnectionStrings__Sqlite="Data Source=$WORK/bench.db"
fi
export Crypto__MasterKeyFile="$WORK/master.key" Security__RequireHttps=false Site__PublicUrl="http://127.0.0.1:$APP"
export Sms__Kannel__Url="$KANNEL_SENDSMS_URL" Sms__Kannel__User=inclusief Sms__Kannel__Password=kannel-test-password Sms__RatePerSecond="$RATE"

echo "Generating $MEMBERS safety members with a number each..."
(cd "$WORK/app" && Bench__Enabled=true dotnet Inclusief.Web.dll seed-load-data --users "$MEMBERS" --safety-members "$MEMBERS" --sms) > "$WORK/seed.log"
tail -n 1 "$WORK/seed.log"

(cd "$WORK/app" && exec dotnet Inclusief.Web.dll --urls "http://127.0.0.1:$APP") > "$WORK/app.log" 2>&1 & PIDS+=($!)
for _ in $(seq 1 600); do grep -q "Warning queued for" "$WORK/app.log" && break; sleep 0.1; done
fanout_ms=$(grep -o "Warning queued for [0-9]* members in [0-9]* ms" "$WORK/app.log" | awk '{print $(NF-1)}' || true)
awk -v t="${fanout_ms:-999999}" -v n="$MEMBERS" 'BEGIN { printf "warning fan-out with %d SMS queued: %d ms (goal: under 2000 ms) %s\n", n, t, (t < 2000 ? "met" : "NOT MET") }'

# Seconds since the epoch when the fake SMSC logged its first and its last message.
received() { grep -c "Got message" "$KANNEL_FAKESMSC_LOG" || true; }
for _ in $(seq 1 100); do [ "$(received)" -gt 0 ] && break; sleep 0.1; done
start=$(date +%s.%N)
first=$(received)
limit=$(( MEMBERS / RATE * 3 + 60 ))
for _ in $(seq 1 "$limit"); do [ "$(received)" -ge "$MEMBERS" ] && break; sleep 1; done
elapsed=$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }')
total=$(received)
distinct=$(grep -o "Got message [0-9]*: <[^ ]* [^ ]*" "$KANNEL_FAKESMSC_LOG" | awk '{print $NF}' | sort -u | wc -l)
awk -v n="$total" -v f="$first" -v t="$elapsed" -v r="$RATE" 'BEGIN { pace = (n - f) / t; printf "handed to Kannel: %d texts, %.0f per second after the first (configured %d; goal: not above it, and at least 80%% of it) %s\n", n, pace, r, (pace <= r * 1.05 && pace >= r * 0.8 ? "met" : "NOT MET") }'
awk -v n="$total" -v d="$distinct" -v m="$MEMBERS" 'BEGIN { printf "received by the fake SMSC: %d texts to %d numbers for %d members, %d duplicates (goal: every member once, 0 duplicates) %s\n", n, d, m, n - d, (d == m && n == d ? "met" : "NOT MET") }'
grep -q "Inclusief Sms\|+3168" "$WORK/app.log" && echo "the app log names a number: NOT MET" || echo "the app log names no number: met"
