# Kannel on loopback with the fake SMSC that stands in for a provider's SMPP account (Debian's kannel and kannel-extras),
# sourced by test.sh and bench/sms.sh. start_kannel DIR LOG_LEVEL [INBOUND_PORT] writes DIR/kannel.conf, starts
# bearerbox, smsbox and the fake SMSC (their pids added to the caller's PIDS) and sets KANNEL_SENDSMS_URL (sendsms user
# "inclusief", password "kannel-test-password") and KANNEL_FAKESMSC_LOG, where the fake SMSC prints every message it
# receives ("Got message N: <from to text ...>"). With INBOUND_PORT, texts people send us come in through a second, HTTP
# SMSC at KANNEL_MO_URL and go to the site on that port (/Sms/Inbound with the tests' secret).
KANNEL_FAKESMSC=/usr/lib/kannel/test/fakesmsc

kannel_port() {
  local port
  while :; do
    port=$(( 20000 + RANDOM % 20000 ))
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
  done
}

kannel_installed() { [ -x /usr/sbin/bearerbox ] && [ -x /usr/sbin/smsbox ] && [ -x "$KANNEL_FAKESMSC" ]; }

start_kannel() {
  local dir=$1 level=$2 inbound=${3:-}
  local admin box smsc sendsms mo
  admin=$(kannel_port); box=$(kannel_port); smsc=$(kannel_port); sendsms=$(kannel_port)
  mkdir -p "$dir"
  cat > "$dir/kannel.conf" <<KANNEL
group = core
admin-port = $admin
admin-password = $(head -c 12 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
smsbox-port = $box
box-allow-ip = "127.0.0.1"
dlr-storage = internal
log-file = "$dir/bearerbox.log"
log-level = $level

group = smsc
smsc = fake
smsc-id = fake
port = $smsc
connect-allow-ip = 127.0.0.1

group = smsbox
bearerbox-host = 127.0.0.1
sendsms-port = $sendsms
log-file = "$dir/smsbox.log"
log-level = $level

group = sendsms-user
username = inclusief
password = kannel-test-password
KANNEL
  if [ -n "$inbound" ]; then
    mo=$(kannel_port)
    cat >> "$dir/kannel.conf" <<KANNEL

group = smsc
smsc = http
smsc-id = inbound
system-type = kannel
port = $mo
smsc-username = mo
smsc-password = mo-test-password
send-url = "http://127.0.0.1:9/"
allowed-smsc-id = inbound
connect-allow-ip = 127.0.0.1

group = sms-service
keyword = default
get-url = "http://127.0.0.1:$inbound/Sms/Inbound?secret=kannel-inbound-test-secret&from=%p&text=%a"
omit-empty = true
max-messages = 1
KANNEL
    KANNEL_MO_URL="http://127.0.0.1:$mo/?username=mo&password=mo-test-password"
  fi
  /usr/sbin/bearerbox "$dir/kannel.conf" >"$dir/bearerbox.out" 2>&1 &
  PIDS+=($!)
  for _ in $(seq 1 100); do (exec 3<>"/dev/tcp/127.0.0.1/$box") 2>/dev/null && break; sleep 0.1; done
  /usr/sbin/smsbox "$dir/kannel.conf" >"$dir/smsbox.out" 2>&1 &
  PIDS+=($!)
  for _ in $(seq 1 100); do (exec 3<>"/dev/tcp/127.0.0.1/$sendsms") 2>/dev/null && break; sleep 0.1; done
  "$KANNEL_FAKESMSC" -H 127.0.0.1 -r "$smsc" -i 0.1 -m 0 "0 0 text -" >"$dir/fakesmsc.log" 2>&1 &
  PIDS+=($!)
  KANNEL_SENDSMS_URL="http://127.0.0.1:$sendsms"
  KANNEL_FAKESMSC_LOG="$dir/fakesmsc.log"
}
