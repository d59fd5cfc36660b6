#!/usr/bin/env bash
# Builds the local JRE base image the action image is built FROM, without any registry: debootstrap a minimal
# Debian bookworm with OpenJDK 17's headless JRE, then `docker import` it. Usage:
#   action/build-base-image.sh [IMAGE_TAG]        (default aigate/jre-base:17)
# The root filesystem tarball is cached under $AIGATE_CACHE_DIR (default /var/cache/aigate-ci), keyed by the
# recipe below, so a second run imports in seconds; change the recipe (or delete the cache) to rebuild it.
set -euo pipefail
tag="${1:-aigate/jre-base:17}"
cache_dir="${AIGATE_CACHE_DIR:-/var/cache/aigate-ci}"
mirror="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"
# What goes into the root filesystem; the cache key. Bump the trailing version when the trimming below changes.
recipe="bookworm minbase openjdk-17-jre-headless trim-v1"
key="$(printf '%s' "$recipe" | sha256sum | cut -c1-12)"
tarball="$cache_dir/jre-rootfs-bookworm-$key.tar"

# An image built by an older version of this script is rebuilt: its label records the script it came from.
if [ "$(docker image inspect -f '{{ index .Config.Labels "dev.aigate.base-key" }}' "$tag" 2>/dev/null)" = "$key" ]; then
  echo "base image: $tag already present"
  exit 0
fi
mkdir -p "$cache_dir"
if [ ! -s "$tarball" ]; then
  rootfs="$(mktemp -d)"
  trap 'rm -rf "$rootfs"' EXIT
  echo "base image: debootstrap $recipe (a few minutes, first run only)"
  debootstrap --variant=minbase --include=openjdk-17-jre-headless bookworm "$rootfs" "$mirror" \
    > "$cache_dir/debootstrap.log" 2>&1 || { tail -20 "$cache_dir/debootstrap.log" >&2; exit 1; }
  # Trim what a JRE image never needs; keep the tarball small and the import fast.
  rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/* \
         "$rootfs"/usr/share/doc/* "$rootfs"/usr/share/man/* "$rootfs"/usr/share/locale/*
  tar -C "$rootfs" -cf "$tarball.partial" .
  mv "$tarball.partial" "$tarball"
fi
docker import --change 'ENV LANG=C.UTF-8' --change "LABEL dev.aigate.base-key=$key" \
  --change 'CMD ["java", "-version"]' "$tarball" "$tag" >/dev/null
echo "base image: imported $tag from $tarball"
