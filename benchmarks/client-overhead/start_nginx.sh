#!/usr/bin/env bash
# Starts nginx on 127.0.0.1:$1 (default 28431) serving the static SSE answer in the background; prints its
# directory (nginx.pid is there: stop it with `kill $(cat DIR/nginx.pid)`).
set -euo pipefail
PORT=${1:-28431}
HERE=$(cd "$(dirname "$0")" && pwd)
DIR=$(mktemp -d /tmp/aigate-nginx.XXXXXX)
python3 - "$HERE" "$DIR" "$PORT" <<'PY'
import subprocess, sys
here, d, port = sys.argv[1:4]
body = subprocess.run([sys.executable, here + "/make_sse_body.py"], capture_output=True, text=True, check=True).stdout
text = open(here + "/nginx.conf.template").read()
open(d + "/nginx.conf", "w").write(text.replace("@DIR@", d).replace("@PORT@", port).replace("@BODY@", body))
PY
nginx -c "$DIR/nginx.conf" -p "$DIR" > "$DIR/stdout.log" 2>&1 &
for _ in $(seq 50); do
  [ -s "$DIR/nginx.pid" ] && break
  sleep 0.1
done
echo "$DIR"
