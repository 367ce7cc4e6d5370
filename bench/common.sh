# Shared by run.sh, scale.sh, scale-out.sh and search.sh (sourced from the repository root, with $WORK set): wrk, a Release
# build of the app in $WORK/app with a master key of its own, and (run.sh --postgres, scale-out.sh) a throwaway
# PostgreSQL in $WORK/pg.
apt_need() { # command package
  command -v "$1" >/dev/null || [ -x "/usr/sbin/$1" ] || { [ "$(id -u)" = 0 ] && { apt-get update -qq; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2"; } >/dev/null 2>&1 || true; }
  command -v "$1" >/dev/null || [ -x "/usr/sbin/$1" ] || { echo "$1 is missing: apt-get install $2"; exit 1; }
}

port() { echo $(( 20000 + RANDOM % 20000 )); }

PG_BIN=""
as_pg() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$1"; else bash -c "$1"; fi; }

start_postgres() { # sets PG_PORT; the caller's cleanup calls stop_postgres
  PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -n "$PG_BIN" ] || { apt_need psql postgresql; PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1); }
  PG_PORT=$(port)
  # The postgres user must reach its data folder, nobody may list the rest (the master key, the staff's keys).
  chmod 711 "$WORK"
  mkdir -p "$WORK/pg"
  [ "$(id -u)" = 0 ] && chown postgres:postgres "$WORK/pg"
  as_pg "$PG_BIN/initdb -D $WORK/pg/data -A trust -U postgres --no-sync" >/dev/null
  as_pg "$PG_BIN/pg_ctl -D $WORK/pg/data -l $WORK/pg/log -o '-p $PG_PORT -k $WORK/pg -c listen_addresses=127.0.0.1 -c max_connections=200' -w start" >/dev/null
}

stop_postgres() {
  [ -n "$PG_BIN" ] && as_pg "$PG_BIN/pg_ctl -D $WORK/pg/data -m fast -w stop" >/dev/null 2>&1 || true
}

need_wrk() {
  command -v wrk >/dev/null || { [ "$(id -u)" = 0 ] && { apt-get update -qq; apt-get install -y -qq wrk; } >/dev/null 2>&1 || true; }
  command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk"; exit 1; }
}

publish_app() {
  echo "Publishing Release..."
  dotnet publish src/Inclusief.Web -c Release -o "$WORK/app" -nologo -v quiet >/dev/null
  (umask 077; head -c 32 /dev/urandom | base64 > "$WORK/master.key")
}
