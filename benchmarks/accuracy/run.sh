#!/usr/bin/env bash
# Accuracy against known delays: the simulator's fixed-latency mode answers every request with TTFT exactly 50 ms
# and one token every 10 ms, so TTFT p50 = 50 ms, ITL p50 = 10 ms and E2EL p50 = 50 + 15 × 10 = 200 ms for 16
# output tokens. Runs aigate bench at 1, 64 and 512 concurrent streams, each against a freshly started simulator
# that a discarded run has warmed first (WARM_S seconds at 64 streams or more), with workers started over RAMP_S
# seconds (so that the streams do not all ask at the same instant for ever after: fixed latencies keep a
# synchronised start in step), and leaves out of the metrics the requests due in the first WARMUP_S seconds and at
# least max(200, 4 × streams) requests. Both JVMs must be done compiling before anything is measured: on 2 cores
# the JIT's compiler threads take CPU from the event loops that stamp and write the tokens (the simulator was still
# compiling 20 s into its life, aigate 10 s into a run at 512 streams; docs/benchmarks.md has the runs), and at one
# stream fewer than 200 requests leave aigate's request path half compiled. Prints measured − truth for each p50,
# the simulator's own lateness (how late its latency model handed tokens to their connections, warm-up included:
# the server falling behind) and the load average at the start.
# Usage: [ITL_MS=10] benchmarks/accuracy/run.sh [REQUESTS_PER_STREAM] [STREAMS...]   (from the repository root, after
# mvn package); ITL_MS sets the injected inter-token latency (truth E2EL = 50 + 15 × ITL_MS).
set -euo pipefail
JAR=${AIGATE_JAR:-runner/target/aigate.jar}
PORT=${PORT:-28517}
PER_STREAM=${1:-4}
ITL_MS=${ITL_MS:-10}
WARM_S=${WARM_S:-30}
WARMUP_S=${WARMUP_S:-10}
RAMP_S=${RAMP_S:-2}
shift || true
LEVELS=${*:-1 64 512}
OUT=$(mktemp -d /tmp/aigate-accuracy.XXXXXX)
SIM=
. "$(dirname "$0")/simulator.sh"
trap '[ -n "$SIM" ] && kill $SIM 2>/dev/null || true' EXIT
printf '%-8s %-9s %-20s %-20s %-20s %-24s %s\n' streams requests "TTFT p50 (err)" "ITL p50 (err)" \
  "E2EL p50 (err)" "sim lateness p50/p99 µs" load
for streams in $LEVELS; do
  load=$(cut -d' ' -f1 /proc/loadavg)
  start_warm_simulator "$JAR" "$PORT" "$ITL_MS" "$streams" "$WARM_S" "$OUT/sim$streams.log" \
    --out "$OUT/sim$streams"
  requests=$((streams * PER_STREAM))
  [ "$requests" -lt 64 ] && requests=64
  java -jar "$JAR" bench --url "http://127.0.0.1:$PORT/v1" --model fixed --concurrency "$streams" \
    --requests "$requests" --warmup-requests $((streams * 4 > 200 ? streams * 4 : 200)) --warmup "${WARMUP_S}s" --ramp-up "${RAMP_S}s" --input-tokens 32 --output-tokens 16 --retries 0 \
    --out "$OUT/c$streams" --format json > "$OUT/c$streams.json"
  stop_simulator
  python3 - "$OUT/c$streams.json" "$streams" "$requests" "$OUT/sim$streams/result.json" "$load" "$ITL_MS" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
m = r["metrics"]
assert r["requests"]["failed"] == 0, r["requests"]
cells = []
itl = float(sys.argv[6])
for key, truth in (("ttft_ms", 50.0), ("itl_ms", itl), ("e2el_ms", 50.0 + 15 * itl)):
    p50 = m[key]["p50"]
    cells.append("%.3f (%+.3f)" % (p50, p50 - truth))
lag = json.load(open(sys.argv[4]))["schedule_lag_us"]
cells.append("%d / %d" % (lag["p50"], lag["p99"]))
print("%-8s %-9s %-20s %-20s %-20s %-24s %s" % (sys.argv[2], sys.argv[3], *cells, sys.argv[5]))
PY
done
echo "results in $OUT"
