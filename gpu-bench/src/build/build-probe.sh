#!/usr/bin/env bash
# Builds the CUDA runner probe into the jar's resources when nvcc is installed; without nvcc the jar carries only
# the probe's source, which `aigate gpu probe` compiles on a GPU machine. Called by the Maven build:
#   build-probe.sh OUTPUT_DIR NVCC_ARCH_FLAGS...
set -euo pipefail
out=$1
shift
nvcc=$(command -v nvcc || true)
if [ -z "$nvcc" ] && [ -x /usr/local/cuda/bin/nvcc ]; then
  nvcc=/usr/local/cuda/bin/nvcc
fi
if [ -z "$nvcc" ]; then
  echo "nvcc not found: the jar carries the CUDA probe's source only"
  exit 0
fi
mkdir -p "$out"
"$nvcc" -O3 -std=c++17 "$@" -o "$out/aigate-probe-linux-$(uname -m)" src/main/cuda/aigate_probe.cu
echo "built the CUDA probe with $nvcc ($*)"
