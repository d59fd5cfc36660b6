#!/usr/bin/env bash
# "Not the bottleneck": the highest streaming request rate each client sustains against the same static SSE answer
# (nginx, one worker, 16 content events per answer), side by side on this machine, all on loopback:
#   wrk               — HTTP only, parses nothing (the ceiling of the server + loopback)
#   python-aiohttp    — written the way vLLM's benchmark client is (vllm_style_client.py), shared session
#   python-per-request— the same, with a new aiohttp session per request, as backend_request_func.py does
#   aigate            — aigate bench, every SSE event read, parsed and timed (ITL count is checked); measured for
#                       AIGATE_DURATION (20s) after AIGATE_WARMUP (15s), by when the JIT has compiled the hot path
# Usage: benchmarks/client-overhead/run.sh [CONCURRENCY...]   (from the repository root, after mvn package)
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
PORT=${PORT:-28431}
NGINX_DIR=$("$HERE/start_nginx.sh" "$PORT")
trap 'kill $(cat "$NGINX_DIR/nginx.pid") 2>/dev/null || true' EXIT
URL="http://127.0.0.1:$PORT/v1/chat/completions"
PY=${PYTHON:-/usr/bin/python3}
OUT=$(mktemp -d /tmp/aigate-overhead.XXXXXX)
for c in "${@:-16 64}"; do
  for c1 in $c; do
    load=$(cut -d' ' -f1 /proc/loadavg)
    wrk_rps=$(wrk -t1 -c"$c1" -d10s -s "$HERE/post.lua" "$URL" | awk '/Requests\/sec/ {print $2}')
    py=$("$PY" "$HERE/vllm_style_client.py" --url "$URL" --concurrency "$c1" --requests 15000 --session shared)
    pyper=$("$PY" "$HERE/vllm_style_client.py" --url "$URL" --concurrency "$c1" --requests 3000 --session per-request)
    java -jar "${AIGATE_JAR:-runner/target/aigate.jar}" bench --url "http://127.0.0.1:$PORT/v1" --model static --concurrency "$c1" \
      --duration "${AIGATE_DURATION:-20s}" --warmup "${AIGATE_WARMUP:-15s}" --retries 0 --input-tokens 8 --output-tokens 16 \
      --out "$OUT/aigate-c$c1" --format json > "$OUT/aigate-c$c1.json"
    python3 - "$c1" "$wrk_rps" "$py" "$pyper" "$OUT/aigate-c$c1.json" "$load" <<'PY'
import json, sys
load = sys.argv[6]
c, wrk = sys.argv[1], float(sys.argv[2])
py, pyper = json.loads(sys.argv[3]), json.loads(sys.argv[4])
a = json.load(open(sys.argv[5]))
ok = a["requests"]["completed"]
assert a["requests"]["failed"] == 0 and a["metrics"]["itl_ms"]["count"] == 15 * ok, "not every event was timed"
rps = a["throughput"]["requests_per_s"]
print("| %s | %.0f | %.0f | %.0f | %.0f | %.1f× | %.2f× | %s |" % (c, wrk, pyper["requests_per_s"],
      py["requests_per_s"], rps, rps / py["requests_per_s"], rps / wrk, load))
PY
  done
done
