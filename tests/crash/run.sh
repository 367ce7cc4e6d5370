#!/usr/bin/env bash
# Crash safety: start the app, let many visitors register for an event, file complaints and safety reports,
# kill the app with SIGKILL in the middle of it, start it again, and check that every write that got its success
# answer is there and whole: each registration present once and no place taken twice, each receipt code opens its
# complaint or report, no orphan rows, and the outbox's confirmation mails sent after the restart, each once.
#   tests/crash/run.sh sqlite|postgres [seconds-of-writing-before-the-kill] [clients]
# Needs a built app (dotnet build); for postgres, INCLUSIEF_CRASH_POSTGRES holds a server connection string
# (test.sh sets it). Prints its figures and, last, "crash run (PROVIDER): passed" or "... failed".
set -uo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
PROVIDER=${1:-sqlite}
SECONDS_BEFORE_KILL=${2:-3}
CLIENTS=${3:-24}
DLL=$ROOT/src/Inclusief.Web/bin/Debug/net10.0/Inclusief.Web.dll
WORK=$(mktemp -d /tmp/inclusief-crash.XXXXXX)
APP_PID=""
WRITERS_PID=""
fail() { echo "FAIL: $*"; echo "crash run ($PROVIDER): failed"; exit 1; }
cleanup() {
  [ -n "$WRITERS_PID" ] && kill "$WRITERS_PID" 2>/dev/null
  [ -n "$APP_PID" ] && { kill -9 "$APP_PID"; wait "$APP_PID"; } 2>/dev/null
  if [ "$PROVIDER" = postgres ] && [ -n "${DB_NAME:-}" ]; then psql_server -c "DROP DATABASE IF EXISTS \"$DB_NAME\" WITH (FORCE)" >/dev/null 2>&1; fi
  rm -rf "$WORK"
}
trap cleanup EXIT
[ -f "$DLL" ] || fail "no built app at $DLL (run dotnet build first)"

PORT=$(( 20000 + RANDOM % 20000 ))
# A port another server already listens on (PostgreSQL, MailDev, Kannel) would stop the app from starting.
while (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; do PORT=$(( 20000 + RANDOM % 20000 )); done
export ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$PORT"
export Site__PublicUrl="http://127.0.0.1:$PORT" Security__RequireHttps=false
export Crypto__MasterKeyFile="$WORK/master.key" Email__PickupFolder="$WORK/mail" Uploads__Folder="$WORK/uploads"
export RateLimits__SubmissionsPerMinute=100000 RateLimits__ReceiptCodesPerMinute=100000 RateLimits__WritesPerMinute=100000 Receipts__Iterations=1000
# A short lease: work the killed process had taken is taken over after the restart within the wait below.
export Outbox__RunWorker=true Outbox__Lease=00:00:10 Retention__RunWorker=false DemoData__Enabled=false
head -c 32 /dev/urandom | base64 > "$WORK/master.key"

case "$PROVIDER" in
  sqlite)
    export Database__Provider=Sqlite ConnectionStrings__Sqlite="Data Source=$WORK/crash.db"
    sql() { sqlite3 "$WORK/crash.db" "$1"; } ;;
  postgres)
    [ -n "${INCLUSIEF_CRASH_POSTGRES:-}" ] || fail "INCLUSIEF_CRASH_POSTGRES is not set"
    DB_NAME="inclusief_crash_$RANDOM$RANDOM"
    pg_field() { echo "$INCLUSIEF_CRASH_POSTGRES" | tr ';' '\n' | awk -F= -v k="$1" 'tolower($1)==tolower(k) {print $2}'; }
    export PGHOST=$(pg_field Host) PGPORT=$(pg_field Port) PGUSER=$(pg_field Username)
    psql_server() { psql -X -q -d postgres "$@"; }
    sql() { psql -X -q -t -A -d "$DB_NAME" -c "$1"; }
    export Database__Provider=Postgres ConnectionStrings__Postgres="$(echo "$INCLUSIEF_CRASH_POSTGRES" | sed "s/Database=[^;]*/Database=$DB_NAME/")" ;;
  *) fail "unknown provider $PROVIDER" ;;
esac

start_app() {
  (cd "$WORK" && exec dotnet "$DLL" >>"$WORK/app.log" 2>&1) &
  APP_PID=$!
  for _ in $(seq 1 300); do
    curl -sf "http://127.0.0.1:$PORT/health" >/dev/null 2>&1 && return 0
    kill -0 "$APP_PID" 2>/dev/null || break
    sleep 0.1
  done
  tail -n 20 "$WORK/app.log"; fail "the app did not start"
}

(cd "$WORK" && Bench__Enabled=true dotnet "$DLL" seed-load-data --users 1 >"$WORK/seed.log" 2>&1) || { cat "$WORK/seed.log"; fail "seeding failed"; }
EVENT_ID=$(awk '/Bench event:/ {print $3}' "$WORK/seed.log")
start_app
echo "App on :$PORT ($PROVIDER), event $EVENT_ID; $CLIENTS visitors write, the app is killed after ${SECONDS_BEFORE_KILL}s of successful writes"

# The client compiles on its first run; the clock starts at its first success.
dotnet run tests/crash/writers.cs -- write "http://127.0.0.1:$PORT" "$EVENT_ID" "$CLIENTS" "$WORK/ok.txt" >"$WORK/writers.log" 2>&1 &
WRITERS_PID=$!
for _ in $(seq 1 1200); do [ -s "$WORK/ok.txt" ] && break; kill -0 "$WRITERS_PID" 2>/dev/null || break; sleep 0.1; done
[ -s "$WORK/ok.txt" ] || { cat "$WORK/writers.log"; fail "no write succeeded"; }
sleep "$SECONDS_BEFORE_KILL"
{ kill -9 "$APP_PID"; wait "$APP_PID"; } 2>/dev/null
KILLED_AT=$(wc -l < "$WORK/ok.txt")
wait "$WRITERS_PID"; WRITERS_PID=""
REGISTRATIONS=$(grep -c '^registration ' "$WORK/ok.txt"); COMPLAINTS=$(grep -c '^complaint ' "$WORK/ok.txt"); REPORTS=$(grep -c '^report ' "$WORK/ok.txt")
echo "Killed with SIGKILL: $KILLED_AT writes had their success answer ($REGISTRATIONS registrations, $COMPLAINTS complaints, $REPORTS safety reports)"

start_app
problems=0
check() { if [ "$2" != "$3" ]; then echo "FAIL: $1: expected $3, found $2"; problems=$((problems + 1)); fi; }

# Every confirmed registration is there, once; the event holds no more than its places. (SQLite keeps ids as upper-case text.)
THIS_EVENT="lower(CAST(\"EventId\" AS TEXT)) = '$EVENT_ID'"
grep '^registration ' "$WORK/ok.txt" | awk '{print $2}' | sort -u > "$WORK/registered.txt"
PRESENT=$(sql "SELECT \"EmailKey\" FROM \"EventRegistration\" WHERE $THIS_EVENT" | sort -u | comm -12 - "$WORK/registered.txt" | wc -l)
check "registrations with a success answer present after the restart" "$PRESENT" "$REGISTRATIONS"
TAKEN=$(sql "SELECT count(*) FROM \"EventRegistration\" WHERE $THIS_EVENT AND \"Status\" = 'Registered'")
check "places taken beyond the 150 there are" "$(( TAKEN > 150 ))" 0
check "registrations for one address twice" "$(sql "SELECT count(*) FROM (SELECT \"EmailKey\" FROM \"EventRegistration\" GROUP BY \"EventId\", \"EmailKey\" HAVING count(*) > 1) d")" 0
check "registrations without the consent given with them" "$(sql "SELECT count(*) FROM \"EventRegistration\" r WHERE NOT EXISTS (SELECT 1 FROM \"Consents\" c WHERE c.\"SubjectType\" = 'event-registration' AND lower(c.\"SubjectId\") = lower(CAST(r.\"Id\" AS TEXT)))")" 0
check "places in line taken twice" "$(sql "SELECT count(*) FROM (SELECT \"QueuePosition\" FROM \"EventRegistration\" WHERE $THIS_EVENT GROUP BY \"QueuePosition\" HAVING count(*) > 1) d")" 0
# No row points at nothing.
check "session choices without a registration" "$(sql "SELECT count(*) FROM \"SessionChoice\" c LEFT JOIN \"EventRegistration\" r ON r.\"Id\" = c.\"RegistrationId\" WHERE r.\"Id\" IS NULL")" 0
check "complaint messages without a complaint" "$(sql "SELECT count(*) FROM \"ComplaintMessage\" m LEFT JOIN \"Complaint\" c ON c.\"Id\" = m.\"ComplaintId\" WHERE c.\"Id\" IS NULL")" 0
check "report identifiers without a report" "$(sql "SELECT count(*) FROM \"ReportIdentifier\" i LEFT JOIN \"SafetyReport\" r ON r.\"Id\" = i.\"ReportId\" WHERE r.\"Id\" IS NULL")" 0
check "complaints stored (at least the confirmed ones)" "$(( $(sql "SELECT count(*) FROM \"Complaint\"") >= COMPLAINTS ))" 1
check "safety reports stored (at least the confirmed ones)" "$(( $(sql "SELECT count(*) FROM \"SafetyReport\"") >= REPORTS ))" 1

# Every receipt code given out opens its own complaint or report.
dotnet run tests/crash/writers.cs -- verify "http://127.0.0.1:$PORT" "$WORK/ok.txt" > "$WORK/verify.log" 2>&1 || { cat "$WORK/verify.log"; problems=$((problems + 1)); }

# The outbox resumes: wait (at most three minutes) until every confirmed registration has its confirmation.
# A mail the killed process handed over but had not marked sent goes again with the same Message-Id (stable per outbox row,
# so a receiver drops the copy): "more than once" is more than one Message-Id for a confirmed registration.
count_mailed() {
  MAILED=0; TWICE=0
  while read -r email; do
    n=$(grep -l -i "^To: .*$email" "$WORK"/mail/*.eml 2>/dev/null | xargs -r grep -h -i "^Message-Id:" | sort -u | wc -l)
    [ "$n" -ge 1 ] && MAILED=$((MAILED + 1)); [ "$n" -gt 1 ] && TWICE=$((TWICE + 1))
  done < "$WORK/registered.txt"
}
for _ in $(seq 1 180); do
  count_mailed
  [ "$MAILED" -ge "$REGISTRATIONS" ] && break
  sleep 1
done
# Then until nothing due waits, so a mail the killed process sent but never marked sent has been sent again (and counts twice).
for _ in $(seq 1 60); do
  [ "$(sql "SELECT count(*) FROM \"Outbox\" WHERE \"ProcessedAt\" IS NULL AND \"FailedAt\" IS NULL AND \"DueAt\" <= CURRENT_TIMESTAMP")" = 0 ] && break
  sleep 1
done
count_mailed
check "confirmed registrations that got their mail" "$MAILED" "$REGISTRATIONS"
check "confirmed registrations mailed more than once" "$TWICE" 0
check "outbox work given up" "$(sql "SELECT count(*) FROM \"Outbox\" WHERE \"FailedAt\" IS NOT NULL")" 0

echo "After the restart: $PRESENT of $REGISTRATIONS registrations present, receipt codes checked: $((COMPLAINTS + REPORTS)), confirmation mails: $MAILED of $REGISTRATIONS, $TWICE of them twice"
[ "$problems" -eq 0 ] || { tail -n 5 "$WORK/app.log"; echo "crash run ($PROVIDER): failed"; exit 1; }
echo "crash run ($PROVIDER): passed"
