#!/usr/bin/env bash
# Builds the action's image from action/Dockerfile with the freshly built jar:
#   action/build-image.sh [IMAGE_TAG] [BASE_IMAGE]     (defaults: aigate/action:local, the Dockerfile's default)
# Builds runner/target/aigate.jar first when it is missing.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tag="${1:-aigate/action:local}"
base="${2:-}"
jar="$root/runner/target/aigate.jar"
if [ ! -f "$jar" ]; then
  (cd "$root" && mvn -q -B -DskipTests package)
fi
context="$(mktemp -d)"
trap 'rm -rf "$context"' EXIT
cp "$root/action/Dockerfile" "$root/action/entrypoint.sh" "$jar" "$context/"
build_args=()
if [ -n "$base" ]; then
  build_args+=(--build-arg "BASE_IMAGE=$base")
fi
docker build -q -t "$tag" "${build_args[@]}" "$context" >/dev/null
# Earlier builds of the tag are left untagged; drop them so repeated CI runs do not pile them up.
docker image prune -f --filter label=dev.aigate.image=action >/dev/null
echo "action image: built $tag${base:+ on $base}"
