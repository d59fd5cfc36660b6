#!/usr/bin/env bash
# The client's own share of the error: aigate's measuring chain (load generator, Netty client, SSE scanner, event
# decoder, histograms) against a server that stamps every token with the monotonic time at which it wrote it, at
# 1, 64 and 512 streams. Unlike run.sh, the server's lateness is not in the error: the truth is when each event
# was actually written. The server is the simulator in its own JVM (`aigate simulate --stamp-tokens`, fixed
# latency: TTFT 50 ms, ITL_MS between tokens, 16 tokens), warmed by a discarded run of WARM_S seconds (30) at the
# highest level; aigate leaves out the requests due in its first WARMUP_S seconds (10). With SERVER=threads it is
# the test's thread-per-connection StampingSseServer in the client's JVM instead. Prints one markdown row per level.
# Usage: [ITL_MS=10] [PER_STREAM=20] [SERVER=simulator|threads] benchmarks/accuracy/stamped.sh [STREAMS,...]
# (from the repository root, after mvn package)
set -euo pipefail
LEVELS=${1:-1,64,512}
ITL_MS=${ITL_MS:-10}
PORT=${PORT:-28518}
JAR=${AIGATE_JAR:-runner/target/aigate.jar}
URL_PROPERTY=()
SIM=
. "$(dirname "$0")/simulator.sh"
trap '[ -n "$SIM" ] && kill $SIM 2>/dev/null || true' EXIT
if [ "${SERVER:-simulator}" = simulator ]; then
  start_warm_simulator "$JAR" "$PORT" "$ITL_MS" "$(tr ',' '\n' <<< "$LEVELS" | sort -n | tail -1)" "${WARM_S:-30}" \
    /tmp/aigate-stamped-sim.log --stamp-tokens
  URL_PROPERTY=(-Daccuracy.url="http://127.0.0.1:$PORT/v1")
fi
mvn -q -B -o -pl runner -am test -Dtest=StampedAccuracyBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Daccuracy.streams="$LEVELS" -Daccuracy.itl.ms="$ITL_MS" -Daccuracy.requests.per.stream="${PER_STREAM:-20}" \
  -Daccuracy.warmup.s="${WARMUP_S:-10}" \
  "${URL_PROPERTY[@]}" > /dev/null
cat runner/target/surefire-reports/dev.aigate.bench.StampedAccuracyBenchmark-output.txt
if [ -n "$SIM" ]; then
  stop_simulator
  echo "simulator (warm-up included): $(grep -o 'tokens left the latency model late by.*' /tmp/aigate-stamped-sim.log)"
fi
