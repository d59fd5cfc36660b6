#!/usr/bin/env bash
# One session on a GPU machine: records nvidia-smi outputs (test fixtures), runs `aigate gpu probe` and
# `aigate gpu telemetry`, starts the random-weight transformers server on the GPU and benchmarks it with aigate at
# several concurrencies, telemetry on. Everything lands in $RESULTS (default ./gpu-results) and a tarball.
#
#   gpu-bench/scripts/gpu-session.sh [DIR_WITH_aigate.jar_AND_torch_llm_server.py]
# Needs: nvidia-smi, python3 with torch + transformers + aiohttp, and java (or DIR/jre/bin/java).
set -u
here=$(cd "${1:-$(dirname "$0")}" && pwd)
results=${RESULTS:-$PWD/gpu-results}
mkdir -p "$results/rec" "$results/out"
export PATH="$here/jre/bin:$PATH" PYTHONUNBUFFERED=1
aigate() { java -jar "$here/aigate.jar" "$@"; }
fields=index,uuid,name,utilization.gpu,memory.used,memory.total,power.draw,clocks.sm,temperature.gpu
cd "$results"

echo "== recordings"
nvidia-smi > rec/nvidia-smi.txt 2>&1
nvidia-smi --query-gpu=index,uuid,name,memory.total,driver_version --format=csv,noheader,nounits > rec/list.csv
timeout 3 nvidia-smi --query-gpu=$fields --format=csv,noheader,nounits -lms 100 > rec/telemetry-idle.csv
unzip_p() {
  python3 -c 'import sys, zipfile; sys.stdout.buffer.write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]))' "$@"
}
unzip_p "$here/aigate.jar" dev/aigate/gpu/probe/aigate-probe-linux-x86_64 > rec/aigate-probe
chmod +x rec/aigate-probe
timeout 120 rec/aigate-probe > rec/probe-output.json; echo "raw probe exit $?"
unzip_p "$here/aigate.jar" dev/aigate/gpu/probe/aigate_probe.cu > rec/aigate_probe.cu
timeout 120 nvcc -O3 -std=c++17 -arch=native -o rec/probe-native rec/aigate_probe.cu && timeout 120 rec/probe-native \
  > rec/probe-output-native.json; echo "native-build probe exit $?"

echo "== aigate gpu probe"
timeout 180 java -jar "$here/aigate.jar" gpu probe --out out/probe; echo "exit $?"
echo "== aigate gpu probe, from the bundled source (a jar without the binary)"
python3 - "$here/aigate.jar" /tmp/aigate-no-probe-binary.jar <<'PY'
import sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as src, zipfile.ZipFile(sys.argv[2], "w", zipfile.ZIP_DEFLATED) as dst:
    for item in src.infolist():
        if not item.filename.endswith("aigate-probe-linux-x86_64"):
            dst.writestr(item, src.read(item.filename))
PY
timeout 240 java -jar /tmp/aigate-no-probe-binary.jar gpu probe --out out/probe-from-source; echo "exit $?"
echo "== aigate gpu telemetry"
timeout 60 java -jar "$here/aigate.jar" gpu telemetry --duration 5s --threshold 'max(gpu_temperature) < 90' \
  --out out/telemetry; echo "exit $?"

echo "== server"
python3 "$here/torch_llm_server.py" --port 8000 > out/server.log 2>&1 &
server=$!
python3 - <<'PY'
import time, urllib.request
for _ in range(240):
    try:
        urllib.request.urlopen("http://127.0.0.1:8000/v1/models", timeout=2); print("server up"); break
    except Exception:
        time.sleep(0.5)
else:
    print("server did not come up")
PY
tail -3 out/server.log

for spec in "1 16" "8 64" "32 128" "64 256"; do
  set -- $spec
  echo "== bench concurrency $1, $2 requests"
  if [ "$1" = 32 ]; then
    timeout 120 nvidia-smi --query-gpu=$fields --format=csv,noheader,nounits -lms 100 > rec/telemetry-load.csv &
    smi=$!
  fi
  timeout 150 java -jar "$here/aigate.jar" bench --url http://127.0.0.1:8000/v1 --model random-llama \
    --concurrency "$1" --requests "$2" --warmup-requests "$1" --input-tokens 128 --output-tokens 128 --retries 0 \
    --out "out/bench-c$1"; echo "exit $?"
  [ "$1" = 32 ] && kill "$smi"
done
kill "$server"
cd "$results/.." && tar czf "$(basename "$results").tgz" "$(basename "$results")"
