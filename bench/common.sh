# Shared by run.sh and search.sh (sourced from the repository root, with $WORK set): wrk, and a Release
# build of the app in $WORK/app with a master key of its own.
need_wrk() {
  command -v wrk >/dev/null || { [ "$(id -u)" = 0 ] && { apt-get update -qq; apt-get install -y -qq wrk; } >/dev/null 2>&1 || true; }
  command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk"; exit 1; }
}

publish_app() {
  echo "Publishing Release..."
  dotnet publish src/Inclusief.Web -c Release -o "$WORK/app" -nologo -v quiet >/dev/null
  head -c 32 /dev/urandom | base64 > "$WORK/master.key"
}
