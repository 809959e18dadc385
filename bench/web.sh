#!/usr/bin/env bash
# Load benchmark of the web app (docs/performance.md, "Web app"): starts `pmo serve` on a free loopback port,
# then bench/WebLoad.java sends CV uploads from concurrent clients and prints throughput, p50/p95/p99 latency
# and the server's memory (heap after GC, RSS) at the start, middle and end, then a flood phase of oversized
# and broken uploads from other clients while the good requests go on, then the same flood from one browser (one
# cookie) over as many connections.
#   bench/web.sh                              # 8 clients, 1,000 requests, 4 flooding clients
#   CLIENTS=4 REQUESTS=200 bench/web.sh       # smaller
#   CV=samples/x.pdf ROLE=pmo-analyst bench/web.sh
#   PROFILE=1 bench/web.sh                    # also a JFR recording of the server: hot methods printed at the end
#   SERVER_JVM="-XX:+UseParallelGC" bench/web.sh   # the server as java OPTIONS -jar pmo.jar serve, not through ./pmo
#                                             # (./pmo runs it with C1 only and the serial collector)
# Bounded: at most 64 clients, each phase stops after 10 minutes, each request after 60 s. Needs a JDK >= 21
# (found like ./pmo does) and Maven for the first build. Nothing is downloaded at run time.
set -euo pipefail
root=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)
cd "$root"
. "$root/bin/find-java.sh"
pmo_find_java
CLIENTS=${CLIENTS:-8}
REQUESTS=${REQUESTS:-1000}
FLOOD_CLIENTS=${FLOOD_CLIENTS:-4}
# The two-page sample CV (a Word-made PDF of a Head of PMO), analysed against its own role.
CV=${CV:-samples/james-whitaker-head-of-pmo.pdf}
ROLE=${ROLE:-head-of-pmo}
out="$root/bench/out/web"
mkdir -p "$out"
./pmo --version >/dev/null            # builds the jar and the start-up cache if needed

# The flood: the hostile files the CLI refuses with exit 3 (WebLoad adds a 21 MB upload and random bytes).
rm -rf "$out/flood"
mkdir -p "$out/flood"
for f in forms-drawing-each-other.pdf form-drawn-100000-times.pdf three-million-operators.pdf \
         no-text-no-images.pdf spin-count-2e9.docx; do
  cp "cli/src/test/resources/hostile/$f" "$out/flood/"
done

# A free port: the system picks one for a socket that is closed at once.
port=$("$JAVA" bench/WebLoad.java --free-port)
if [ "${PROFILE:-}" = 1 ]; then
  export JAVA_TOOL_OPTIONS="-XX:StartFlightRecording=filename=$out/server.jfr,settings=profile,dumponexit=true"
fi
if [ -n "${SERVER_JVM:-}" ]; then
  # shellcheck disable=SC2086 # the options are words
  "$JAVA" $SERVER_JVM -jar cli/target/pmo.jar serve --port "$port" >"$out/server.log" 2>&1 &
else
  ./pmo serve --port "$port" >"$out/server.log" 2>&1 &
fi
server=$!
unset JAVA_TOOL_OPTIONS
stop() { kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; }
trap stop EXIT
for _ in $(seq 150); do    # up to 30 s for the server to answer
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then break; fi
  if ! kill -0 "$server" 2>/dev/null; then echo "pmo serve stopped:" >&2; cat "$out/server.log" >&2; exit 1; fi
  sleep 0.2
done

echo "PMO Toolkit web benchmark — $(date -u +%Y-%m-%d), $(nproc) cores, load average $(cut -d" " -f1-3 /proc/loadavg) at start, $("$JAVA" -version 2>&1 | head -1)"
echo "server: $(tr '\0' ' ' < "/proc/$server/cmdline" | sed "s|$root/||g")"
"$JAVA" bench/WebLoad.java "http://127.0.0.1:$port" "$server" "$CV" "$ROLE" "$out/flood" \
  "$CLIENTS" "$REQUESTS" "$FLOOD_CLIENTS"
if ! kill -0 "$server" 2>/dev/null; then echo "the server died during the run" >&2; exit 1; fi
stop
trap - EXIT
if [ "${PROFILE:-}" = 1 ] && [ -f "$out/server.jfr" ]; then
  echo
  "$JAVA_HOME/bin/jfr" view --width 160 hot-methods "$out/server.jfr" | head -40
fi
