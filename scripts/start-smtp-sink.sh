#!/usr/bin/env bash
# Installs (if needed) and starts an SMTP sink on 127.0.0.1:2525 (Debian's python3-aiosmtpd) that stores every message
# it receives in a Maildir. Idempotent: a sink already listening is left running. Prints the Maildir folder last, e.g.
#   NEXUS_TEST_SMTP="$(bash scripts/start-smtp-sink.sh | tail -1)" dotnet test tests/Nexus.Web.Tests
set -euo pipefail
dir=${NEXUS_SMTP_SINK_DIR:-/tmp/nexus-mail}
port=${NEXUS_SMTP_SINK_PORT:-2525}
if ! /usr/bin/python3 -c 'import aiosmtpd' 2>/dev/null; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-aiosmtpd >/dev/null
fi
# A Maildir needs its three folders; Python creates them only for a folder that does not exist yet.
mkdir -p "$dir/new" "$dir/cur" "$dir/tmp"
pid_file="$dir/.sink.pid"
listening() { (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; }
if [ -f "$pid_file" ] && kill -0 "$(cat "$pid_file")" 2>/dev/null && listening; then
  echo "$dir"
  exit 0
fi
nohup /usr/bin/python3 -m aiosmtpd -n -l "127.0.0.1:$port" -c aiosmtpd.handlers.Mailbox "$dir" >"$dir/.sink.log" 2>&1 &
echo $! >"$pid_file"
for _ in $(seq 1 50); do
  listening && { echo "$dir"; exit 0; }
  sleep 0.2
done
cat "$dir/.sink.log" >&2
echo "the SMTP sink did not start on 127.0.0.1:$port" >&2
exit 1
