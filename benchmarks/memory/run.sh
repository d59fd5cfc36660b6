#!/usr/bin/env bash
# A 1,000,000-request run under a 512 MB heap cap (-Xmx512m), against the static SSE server of
# benchmarks/client-overhead (start it first: benchmarks/client-overhead/start_nginx.sh). Nothing per request is
# kept, so the run completes and the GC log shows the heap in use staying flat. Prints the heap after each
# collection's maximum and the run's request accounting.
# Usage: benchmarks/memory/run.sh [URL] [REQUESTS]   (from the repository root, after mvn package)
set -euo pipefail
URL=${1:-http://127.0.0.1:28431/v1}
REQUESTS=${2:-1000000}
OUT=$(mktemp -d /tmp/aigate-memory.XXXXXX)
java -Xmx512m -Xlog:gc:file="$OUT/gc.log" -jar "${AIGATE_JAR:-runner/target/aigate.jar}" bench --url "$URL" --model static \
  --concurrency 16 --requests "$REQUESTS" --retries 0 --input-tokens 8 --output-tokens 16 \
  --out "$OUT/result" --format json > "$OUT/result.json"
python3 - "$OUT" <<'PY'
import json, re, sys
out = sys.argv[1]
r = json.load(open(out + "/result.json"))
after = [int(m) for m in re.findall(r"->(\d+)M\(\d+M\)", open(out + "/gc.log").read())]
before = [int(m) for m in re.findall(r"(\d+)M->\d+M\(\d+M\)", open(out + "/gc.log").read())]
print("requests", r["requests"], "itl events", r["metrics"]["itl_ms"]["count"])
print("collections", len(after), "heap after GC: max %d MB, last %d MB; heap before GC: max %d MB (cap 512 MB)"
      % (max(after), after[-1], max(before)))
print("duration %.1f s, %.0f requests/s" % (r["duration_s"], r["throughput"]["requests_per_s"]))
PY
echo "logs in $OUT"
