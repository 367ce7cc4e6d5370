#!/usr/bin/env bash
# Scale benchmark (not part of ./test.sh): the list pages, public and staff, on a small and on a large generated data
# set, and whether its p99 stays within twice the small one's. The large set is the budget's: 100,000 participants
# (with as many accounts), 10,000 events with 200,000 registrations, 50,000 knowledge items, 20,000 complaints,
# 5,000 safety reports and 10,000 alert members; the small one has the same proportions. Each page is measured signed
# in (public pages too: a signed-in visitor is never served from the output cache, so the figure is the page's own
# work), by a few connections at a time, so that p99 is the page's latency and not a queue.
#   bench/scale.sh [--postgres] [small-participants] [large-participants] [seconds]
# SCALE_PAGES="monitoring impact" measures only the pages so named.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/common.sh
PROVIDER=Sqlite
if [ "${1:-}" = --postgres ]; then PROVIDER=Postgres; shift; fi
SMALL=${1:-1000}
LARGE=${2:-100000}
DURATION=${3:-5}
WORK=$(mktemp -d /tmp/inclusief-scale.XXXXXX)
APP_PID=""
cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null
  stop_postgres
  rm -rf "$WORK"
}
trap cleanup EXIT

need_wrk
publish_app
export ASPNETCORE_ENVIRONMENT=Production
export Crypto__MasterKeyFile="$WORK/master.key"
export Security__RequireHttps=false
# Every page is measured by a fresh sign-in from 127.0.0.1, one rate-limit partition.
export RateLimits__SubmissionsPerMinute=100000
# The retention pass runs a minute after start and would find the generated two years' backlog all at once, in the
# middle of the measurements; a running instance works off six hours' worth each time. The figures are the pages'.
export Retention__FirstRunAfter=01:00:00
if [ "$PROVIDER" = Postgres ]; then
  start_postgres
  echo "PostgreSQL on 127.0.0.1:$PG_PORT"
fi

# "name who path": who is the member (load-0000000, an approved safety member with a sign-up) or a staff account.
PAGES="events member /Events
past-events member /Events?when=past
knowledge member /Knowledge
policies member /Policies
projects member /Projects
editions member /Newsletter/Editions
mine member /Participation/Mine
signups bench-coordinator /Participation/Admin
organise bench-coordinator /Events/Admin
organise-past bench-coordinator /Events/Admin?when=past
ideas bench-coordinator /Ideas/Admin
knowledge-desk bench-coordinator /Knowledge/Admin
organisations bench-coordinator /Organisations/Admin
queue bench-caseworker /Complaints/Admin
safety-desk bench-moderator /Safety/Admin
members bench-moderator /Safety/Admin/Members
users bench-admin /Admin/Users
audit bench-admin /Admin/Audit
monitoring bench-coordinator /Monitoring
monitoring-two-years bench-coordinator /Monitoring?from=$(date -d '2 years ago' +%Y-%m-%d)&to=$(date +%Y-%m-%d)
monitoring-workbook bench-coordinator /Monitoring?handler=Xlsx
impact member /Impact
agenda member /Agenda"
if [ -n "${SCALE_PAGES:-}" ]; then
  PAGES=$(echo "$PAGES" | awk -v keep=" $SCALE_PAGES " 'index(keep, " " $1 " ")')
fi

measure_size() { # participants: generates the set, starts the app, writes $WORK/<size>.<page>.p99 (ms) or .status
  local n=$1 port
  port=$(port)
  export Site__PublicUrl="http://127.0.0.1:$port"
  if [ "$PROVIDER" = Postgres ]; then
    export Database__Provider=Postgres ConnectionStrings__Postgres="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=scale$n;Maximum Pool Size=40"
  else
    export Database__Provider=Sqlite ConnectionStrings__Sqlite="Data Source=$WORK/scale-$n.db"
  fi
  echo "Generating $n participants, $((n / 10)) events with $((n * 2)) registrations, $((n / 2)) knowledge items, $((n / 5)) complaints, $((n / 20)) safety reports, $((n / 10)) alert members..."
  local started=$SECONDS
  (cd "$WORK/app" && Bench__Enabled=true dotnet Inclusief.Web.dll seed-load-data --users "$n" --participants "$n" --safety-members $((n / 10)) --events $((n / 10)) \
    --registrations $((n * 2)) --knowledge $((n / 2)) --complaints $((n / 5)) --safety-reports $((n / 20)) --staff) > "$WORK/seed-$n.log"
  echo "generated in $((SECONDS - started)) s"
  (cd "$WORK/app" && exec dotnet Inclusief.Web.dll --urls "http://127.0.0.1:$port") > "$WORK/app-$n.log" 2>&1 </dev/null &
  APP_PID=$!
  for _ in $(seq 1 150); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.2; done
  curl -sf "http://127.0.0.1:$port/health" >/dev/null || { cat "$WORK/app-$n.log"; exit 1; }
  # The generated warning fans out to the alert members at start; measure once that work is done.
  for _ in $(seq 1 300); do
    [ "$(top -b -n2 -d1 -p "$APP_PID" | tail -1 | awk '{print int($9)}')" -lt 5 ] && break
  done
  local who path name cookie status out
  while read -r name who path; do
    # Signed in afresh for each page: a staff session renews its cookie after a minute, and wrk replays the first one.
    if [ "$who" = member ]; then
      cookie=$(dotnet run bench/signin.cs -- "http://127.0.0.1:$port" load-0000000 load-test-password </dev/null) || cookie=""
    else
      cookie=$(dotnet run bench/signin.cs -- "http://127.0.0.1:$port" "$who" load-test-password \
        "$(awk -v n="$who" '$1 == "Bench" && $2 == "staff:" && $3 == n {print $4}' "$WORK/seed-$n.log")" </dev/null) || cookie=""
    fi
    status=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" "http://127.0.0.1:$port$path")
    echo "$status" > "$WORK/$n.$name.status"
    wrk -t1 -c4 -d2s -H "Cookie: $cookie" "http://127.0.0.1:$port$path" >/dev/null 2>&1 </dev/null
    out=$(wrk -t1 -c4 -d"${DURATION}s" --latency -H "Cookie: $cookie" "http://127.0.0.1:$port$path" </dev/null)
    echo "$out" | awk '$1 == "99%" { v = $2; if (v ~ /us$/) printf "%.2f\n", v / 1000; else if (v ~ /ms$/) printf "%.2f\n", v + 0; else printf "%.2f\n", v * 1000 }' > "$WORK/$n.$name.p99"
    printf '%-15s %7d participants  HTTP %s  %8s req/s  p99 %s ms\n' "$name" "$n" "$status" "$(echo "$out" | awk '/Requests\/sec/ {print $2}')" "$(cat "$WORK/$n.$name.p99")"
  done <<< "$PAGES"
  kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""
}

measure_size "$SMALL"
measure_size "$LARGE"
while read -r name _ _; do
  awk -v n="$name" -v s="$(cat "$WORK/$SMALL.$name.p99")" -v l="$(cat "$WORK/$LARGE.$name.p99")" -v ss="$(cat "$WORK/$SMALL.$name.status")" -v ls="$(cat "$WORK/$LARGE.$name.status")" \
    -v small="$SMALL" -v large="$LARGE" 'BEGIN { r = (s > 0 ? l / s : 999); printf "%s: p99 %.1f ms at %d, %.1f ms at %d participants, ratio %.2f (goal: at most 2, HTTP 200 both) %s\n", n, s, small, l, large, r, ((r <= 2 && ss == 200 && ls == 200) ? "met" : "NOT MET") }'
done <<< "$PAGES"
