# Sourced by the wrk benchmarks: publishes Nexus (Release) and starts it on $url with a fresh SQLite data folder and
# the demo cohort; the server stops (by its process id) when the script exits. Usage: [url=…] log=… source bench/start-host.sh
# Without a url it takes a free loopback port: other benchmarks may be running on this machine.
out=bench/out
url=${url:-http://127.0.0.1:$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
mkdir -p "$out"
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
dotnet publish src/Nexus.Web -c Release -o "$out/web" --nologo -v quiet >/dev/null
data=$(mktemp -d)
env Urls="$url" Database__DataDirectory="$data" Logging__LogLevel__Default=Warning "$out/web/Nexus.Web" > "$out/$log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 1 60); do curl -sf "$url/health/ready" >/dev/null && break; sleep 1; done
