# Sourced by the accuracy scripts: a fixed-latency simulator in its own JVM, warmed before anything is measured.
# A simulator whose request path is still interpreted answers a millisecond or two late, so a discarded run goes
# first.

# start_warm_simulator JAR PORT ITL_MS STREAMS WARM_SECONDS LOG [simulate options...]: sets SIM to its PID. The warm-up
# runs at the level to be measured, and at least 64 streams so that a one-stream level warms in a few seconds too.
start_warm_simulator() {
  local jar=$1 port=$2 itl_ms=$3 warm_streams=$(($4 > 64 ? $4 : 64)) warm_seconds=$5 log=$6
  shift 6
  java -jar "$jar" simulate --profile fixed --ttft 50ms --itl "${itl_ms}ms" --port "$port" "$@" > "$log" 2>&1 &
  SIM=$!
  for _ in $(seq 100); do
    curl -s -o /dev/null "http://127.0.0.1:$port/v1/models" && break
    sleep 0.2
  done
  java -jar "$jar" bench --url "http://127.0.0.1:$port/v1" --model fixed --concurrency "$warm_streams" \
    --duration "${warm_seconds}s" --input-tokens 32 --output-tokens 16 --retries 0 --out "$(mktemp -d)" \
    --format json > /dev/null
}

# stop_simulator: stops it and waits until it has written its result and log.
stop_simulator() {
  kill "$SIM"
  wait "$SIM" || true
  SIM=
}
