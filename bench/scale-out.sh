#!/usr/bin/env bash
# More than one instance (not part of ./test.sh): a throwaway PostgreSQL, two app instances of one Release build
# and nginx (Debian's) in front of them, all on loopback ports, and MailDev as the mail server. Proves what must
# hold when Inclusief runs as several identical processes on one database, and prints each figure beside its goal:
#   - a sign-in made through one instance is valid on the other, and so is a form token (shared data-protection keys);
#   - a save through one instance evicts the other's cached public page within a second (PostgreSQL NOTIFY);
#   - timed work (retention) runs on one instance only;
#   - the submission rate limit holds across both instances;
#   - the client address reaches the app through the proxy's X-Forwarded-For (clients 127.0.0.2 and 127.0.0.3 are
#     told apart), and is found nowhere in the database or the logs afterwards;
#   - the outbox delivers an edition to every subscriber exactly once while one instance is killed mid-batch.
#   bench/scale-out.sh [subscribers]
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/common.sh
SUBSCRIBERS=${1:-2000}
WORK=$(mktemp -d /tmp/inclusief-scale.XXXXXX)
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  stop_postgres
  sleep 1
  rm -rf "$WORK"
}
trap cleanup EXIT
apt_need nginx nginx-light
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
[ -x .tools/maildev/node_modules/.bin/maildev ] || { echo "MailDev is missing: run ./test.sh once"; exit 1; }

publish_app
start_postgres
A_PORT=$(port); B_PORT=$(port); PROXY_PORT=$(port); SMTP_PORT=$(port); MAILDEV_WEB=$(( SMTP_PORT + 1 ))
mkdir -p "$WORK/maildev" "$WORK/nginx"
echo "PostgreSQL on 127.0.0.1:$PG_PORT, instances on :$A_PORT and :$B_PORT, nginx on :$PROXY_PORT"

.tools/maildev/node_modules/.bin/maildev --smtp "$SMTP_PORT" --web "$MAILDEV_WEB" --ip 127.0.0.1 --mail-directory "$WORK/maildev" >"$WORK/maildev.log" 2>&1 &
PIDS+=($!)

export ASPNETCORE_ENVIRONMENT=Production
export Database__Provider=Postgres
export ConnectionStrings__Postgres="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=inclusief;Maximum Pool Size=40"
export Crypto__MasterKeyFile="$WORK/master.key"
export Security__RequireHttps=false
export Site__PublicUrl="http://127.0.0.1:$PROXY_PORT"
export Proxy__KnownProxies=127.0.0.1
export Bench__Enabled=true
# The edition trigger answers only this run.
export Bench__Token=$(head -c 32 /dev/urandom | base64 | tr -d "=+/")
export Email__Smtp__Host=127.0.0.1 Email__Smtp__Port=$SMTP_PORT Email__Smtp__Security=None
# A killed instance's mails are taken over once its lease runs out: short here, so the run takes seconds.
export Outbox__Lease=00:00:10 Outbox__PollInterval=00:00:01
export Retention__FirstRunAfter=00:00:03
export Logging__LogLevel__Default=Information

echo "Generating data (migrates the database)..."
(cd "$WORK/app" && dotnet Inclusief.Web.dll seed-load-data --users 200 --subscribers "$SUBSCRIBERS") > "$WORK/seed.log" 2>&1
EVENT_ID=$(awk '/Bench event:/ {print $3}' "$WORK/seed.log")
EDITION_ID=$(awk '/Bench edition:/ {print $3}' "$WORK/seed.log")

start_instance() { # name port
  (cd "$WORK/app" && exec dotnet Inclusief.Web.dll --urls "http://127.0.0.1:$2") > "$WORK/$1.log" 2>&1 &
  echo $! > "$WORK/$1.pid"
  PIDS+=($!)
}
start_instance a "$A_PORT"
start_instance b "$B_PORT"
cat > "$WORK/nginx/nginx.conf" <<CONF
worker_processes 1;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $WORK/nginx/body;
  proxy_temp_path $WORK/nginx/proxy;
  fastcgi_temp_path $WORK/nginx/fastcgi;
  uwsgi_temp_path $WORK/nginx/uwsgi;
  scgi_temp_path $WORK/nginx/scgi;
  upstream inclusief { server 127.0.0.1:$A_PORT max_fails=1 fail_timeout=5s; server 127.0.0.1:$B_PORT max_fails=1 fail_timeout=5s; }
  server {
    listen 127.0.0.1:$PROXY_PORT;
    location / {
      proxy_pass http://inclusief;
      proxy_set_header Host \$http_host;
      proxy_set_header X-Forwarded-For \$remote_addr;
      proxy_set_header X-Forwarded-Proto \$scheme;
      proxy_next_upstream error timeout;
    }
  }
}
CONF
"$NGINX" -c "$WORK/nginx/nginx.conf" -g 'daemon off;' &
PIDS+=($!)
for url in "http://127.0.0.1:$A_PORT/health" "http://127.0.0.1:$B_PORT/health" "http://127.0.0.1:$PROXY_PORT/health"; do
  for _ in $(seq 1 150); do curl -sf "$url" >/dev/null && break; sleep 0.2; done
  curl -sf "$url" >/dev/null || { echo "$url does not answer"; tail -20 "$WORK"/*.log; exit 1; }
done
verdict() { [ "${1:-}" = 1 ] && echo met || echo "NOT MET"; }
token() { grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }

# --- A sign-in and a form token from one instance, used on the other ---------------------------------------
JAR="$WORK/jar"
T=$(curl -s -c "$JAR" -b "$JAR" "http://127.0.0.1:$A_PORT/Accounts/SignIn" | token)
curl -s -o /dev/null -c "$JAR" -b "$JAR" --data-urlencode "Input.UserName=load-0000000" --data-urlencode "Input.Password=load-test-password" \
  --data-urlencode "__RequestVerificationToken=$T" "http://127.0.0.1:$A_PORT/Accounts/SignIn"
on_b=$(curl -s -o /dev/null -w '%{http_code}' -b "$JAR" "http://127.0.0.1:$B_PORT/Accounts/MyData")
echo "signed in on A, /Accounts/MyData on B: HTTP $on_b (goal: 200) $(verdict $([ "$on_b" = 200 ] && echo 1))"
FORMJAR="$WORK/form-jar"
T=$(curl -s -c "$FORMJAR" -b "$FORMJAR" "http://127.0.0.1:$A_PORT/Newsletter" | token)
posted=$(curl -s -o /dev/null -w '%{http_code}' -c "$FORMJAR" -b "$FORMJAR" --data-urlencode "Email=schaal-$RANDOM@example.org" \
  --data-urlencode "Consent=true" --data-urlencode "__RequestVerificationToken=$T" "http://127.0.0.1:$B_PORT/Newsletter")
echo "form token from A posted to B: HTTP $posted (goal: 302, not 400) $(verdict $([ "$posted" = 302 ] && echo 1))"

# --- A cached public page on B, evicted by a registration through A -----------------------------------------
PAGE="http://127.0.0.1:$B_PORT/Events/Details/$EVENT_ID"
places=$(curl -s "$PAGE" | grep -o 'Nog [0-9]* plaatsen' | head -1 | grep -o '[0-9]*' || true)
[ -n "$places" ] || { echo "the event page shows no places left"; exit 1; }
age=$(curl -s -D - -o /dev/null "$PAGE" | grep -ci '^age:' || true)
RJAR="$WORK/register-jar"
T=$(curl -s -c "$RJAR" -b "$RJAR" "http://127.0.0.1:$A_PORT/Events/Register/$EVENT_ID" | token)
curl -s -o /dev/null -c "$RJAR" -b "$RJAR" --data-urlencode "Input.Name=Schaal" --data-urlencode "Input.Email=schaal-$RANDOM@example.org" \
  --data-urlencode "Input.Consent=true" --data-urlencode "__RequestVerificationToken=$T" "http://127.0.0.1:$A_PORT/Events/Register/$EVENT_ID"
# From the moment the registration was answered (committed) on A.
start=$(date +%s%N)
evicted_ms=99999
for _ in $(seq 1 100); do
  if curl -s "$PAGE" | grep -q "Nog $(( places - 1 )) plaatsen"; then evicted_ms=$(( ($(date +%s%N) - start) / 1000000 )); break; fi
  sleep 0.02
done
echo "event page cached on B (Age header: $age), places updated on B ${evicted_ms} ms after a registration through A was answered (goal: under 1000 ms) $(verdict $([ "$age" = 1 ] && [ "$evicted_ms" -lt 1000 ] && echo 1))"

# --- Client addresses through the proxy, and the rate limit across instances --------------------------------
# The rate limit: one client's posts go to A and B in turn, as a proxy spreading them would. Straight to the
# instances, which trust 127.0.0.1 as their proxy, with the address nginx would have forwarded.
post_as() { # client-address instance-port -> status
  local jar="$WORK/jar-$1-$RANDOM" t
  t=$(curl -s -H "X-Forwarded-For: $1" -c "$jar" -b "$jar" "http://127.0.0.1:$2/Newsletter" | token)
  curl -s -H "X-Forwarded-For: $1" -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" --data-urlencode "Email=limit-$RANDOM@example.org" \
    "--data-urlencode" "__RequestVerificationToken=$t" "http://127.0.0.1:$2/Newsletter"
}
first_refused=0
for i in $(seq 1 25); do
  port=$A_PORT; [ $(( i % 2 )) = 0 ] && port=$B_PORT
  [ "$(post_as 127.0.0.2 "$port")" = 429 ] && { first_refused=$i; break; }
done
# Through nginx from another loopback address: the proxy forwards it, and the app counts it apart.
jar="$WORK/jar-nginx"
t=$(curl -s --interface 127.0.0.3 -c "$jar" -b "$jar" "http://127.0.0.1:$PROXY_PORT/Newsletter" | token)
other=$(curl -s --interface 127.0.0.3 -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" --data-urlencode "Email=proxy-$RANDOM@example.org" \
  --data-urlencode "__RequestVerificationToken=$t" "http://127.0.0.1:$PROXY_PORT/Newsletter")
limit=$( (grep -o '"SubmissionsPerMinute": *[0-9]*' "$WORK/app/appsettings.json" || echo 10) | grep -o '[0-9]*$')
echo "client 127.0.0.2, posts alternating over A and B: first refused at post $first_refused (goal: post $(( limit + 1 ))) $(verdict $([ "$first_refused" = $(( limit + 1 )) ] && echo 1))"
echo "client 127.0.0.3 through nginx meanwhile: HTTP $other (goal: 302, a client of its own) $(verdict $([ "$other" = 302 ] && echo 1))"

# --- Timed work on one instance ----------------------------------------------------------------------------
# Both instances asked 3 seconds after their start (Retention__FirstRunAfter); a little more for the run itself.
sleep 4
ran_a=$(grep -c "Retention " "$WORK/a.log" || true); ran_b=$(grep -c "Retention " "$WORK/b.log" || true)
echo "retention rules applied: $ran_a lines on A, $ran_b on B (goal: on one instance only) $(verdict $([ $(( ran_a > 0 )) -ne $(( ran_b > 0 )) ] && echo 1))"

# --- An edition through the outbox while instance A is killed mid-batch ------------------------------------
curl -s -H "X-Bench-Token: $Bench__Token" -X POST "http://127.0.0.1:$A_PORT/bench/send-edition/$EDITION_ID"; echo
sleep 2
before=$( (grep -rl "^Subject: Bench-editie" "$WORK/maildev" 2>/dev/null || true) | wc -l)
kill -9 "$(cat "$WORK/a.pid")"
echo "killed instance A after $before of $SUBSCRIBERS edition mails were delivered"
editions=0
for _ in $(seq 1 180); do
  editions=$( (grep -rl "^Subject: Bench-editie" "$WORK/maildev" 2>/dev/null || true) | wc -l)
  # All there: wait longer than a lease (10 s) so that a copy sent twice would have arrived too.
  [ "$editions" -ge "$SUBSCRIBERS" ] && sleep 12 && break
  sleep 1
done
( (grep -rl "^Subject: Bench-editie" "$WORK/maildev" || true) | xargs -r grep -h "^To:" || true) | sort > "$WORK/recipients"
distinct=$(uniq "$WORK/recipients" | wc -l); twice=$(uniq -d "$WORK/recipients" | wc -l)
echo "edition delivered to $distinct of $SUBSCRIBERS subscribers, $twice more than once, A killed after $before (goal: all, none twice, A killed mid-batch) $(verdict $([ "$distinct" = "$SUBSCRIBERS" ] && [ "$twice" = 0 ] && [ "$before" -gt 0 ] && [ "$before" -lt "$SUBSCRIBERS" ] && echo 1))"

# --- Nothing of the client addresses was kept ---------------------------------------------------------------
as_pg "$PG_BIN/pg_dump -h 127.0.0.1 -p $PG_PORT -U postgres inclusief" > "$WORK/dump.sql"
found=$(cat "$WORK/dump.sql" "$WORK/a.log" "$WORK/b.log" | grep -c "127\.0\.0\.[23]\b" || true)
echo "client addresses 127.0.0.2/3 in the database dump and both logs: $found (goal: 0) $(verdict $([ "$found" = 0 ] && echo 1))"
