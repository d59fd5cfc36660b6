// aigate runner probe: measures what a healthy GPU of its model should reach, and prints one JSON document.
//
//   memory_bandwidth  device-memory copy (float4, grid-stride), bytes read + bytes written per second
//   fp32              FP32 fused multiply-add rate, 8 independent chains per thread (2 FLOP per FMA)
//   h2d / d2h         pinned host <-> device copy bandwidth (cudaMemcpyAsync)
//
// Each figure is the median of timed repetitions after warm-up, timed with CUDA events. Every CUDA call is
// checked; a failure prints {"error": ...} and exits 1. Built by the Maven build when nvcc is present, and by
// `aigate gpu probe` from this source when no bundled binary runs on the card.
#include <cuda_runtime.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

namespace {

constexpr int kRepeats = 20;
constexpr int kWarmups = 3;
constexpr int kFmaChains = 8;
constexpr int kFmaIterations = 1024;

[[noreturn]] void fail(const char* what, cudaError_t status) {
    std::printf("{\"schema\": \"aigate/gpu-probe-output/v1\", \"error\": \"%s: %s (%s)\"}\n", what,
                cudaGetErrorString(status), cudaGetErrorName(status));
    std::exit(1);
}

void check(cudaError_t status, const char* what) {
    if (status != cudaSuccess) {
        fail(what, status);
    }
}

__global__ void copy_kernel(const float4* __restrict__ in, float4* __restrict__ out, size_t n) {
    size_t stride = static_cast<size_t>(gridDim.x) * blockDim.x;
    for (size_t i = static_cast<size_t>(blockIdx.x) * blockDim.x + threadIdx.x; i < n; i += stride) {
        out[i] = in[i];
    }
}

__global__ void fma_kernel(float* out, float seed) {
    float a[kFmaChains];
    const float x = seed + threadIdx.x * 1e-7f;
    const float y = 0.999999f;
#pragma unroll
    for (int c = 0; c < kFmaChains; ++c) {
        a[c] = x + c;
    }
    for (int i = 0; i < kFmaIterations; ++i) {
#pragma unroll
        for (int c = 0; c < kFmaChains; ++c) {
            a[c] = fmaf(a[c], y, x);
        }
    }
    float sum = 0.0f;
#pragma unroll
    for (int c = 0; c < kFmaChains; ++c) {
        sum += a[c];
    }
    // Written only for an impossible value, so the compiler must compute every chain and memory stays idle.
    if (sum == -1.0f) {
        out[blockIdx.x * blockDim.x + threadIdx.x] = sum;
    }
}

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    size_t mid = values.size() / 2;
    return values.size() % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2.0;
}

// Times `launch` with CUDA events: warm-ups first, then kRepeats timed runs; returns the per-run seconds.
template <typename Launch>
std::vector<double> time_runs(Launch launch, cudaStream_t stream) {
    cudaEvent_t start, stop;
    check(cudaEventCreate(&start), "cudaEventCreate");
    check(cudaEventCreate(&stop), "cudaEventCreate");
    for (int i = 0; i < kWarmups; ++i) {
        launch();
    }
    check(cudaStreamSynchronize(stream), "warm-up");
    std::vector<double> seconds;
    for (int i = 0; i < kRepeats; ++i) {
        check(cudaEventRecord(start, stream), "cudaEventRecord");
        launch();
        check(cudaEventRecord(stop, stream), "cudaEventRecord");
        check(cudaEventSynchronize(stop), "timed run");
        float ms = 0;
        check(cudaEventElapsedTime(&ms, start, stop), "cudaEventElapsedTime");
        seconds.push_back(ms / 1e3);
    }
    check(cudaEventDestroy(start), "cudaEventDestroy");
    check(cudaEventDestroy(stop), "cudaEventDestroy");
    return seconds;
}

struct Figure {
    double median;
    double best;
};

Figure rate(double amount, const std::vector<double>& seconds) {
    double fastest = *std::min_element(seconds.begin(), seconds.end());
    return {amount / median(seconds), amount / fastest};
}

Figure memory_bandwidth(const cudaDeviceProp& prop, cudaStream_t stream) {
    size_t free_bytes = 0, total_bytes = 0;
    check(cudaMemGetInfo(&free_bytes, &total_bytes), "cudaMemGetInfo");
    // Two buffers of up to 1 GiB each: far larger than any L2, small enough for a 16 GB card with neighbours.
    size_t bytes = std::min<size_t>(size_t{1} << 30, free_bytes / 4) & ~size_t{15};
    size_t n = bytes / sizeof(float4);
    float4 *in = nullptr, *out = nullptr;
    check(cudaMalloc(&in, bytes), "cudaMalloc (copy input)");
    check(cudaMalloc(&out, bytes), "cudaMalloc (copy output)");
    check(cudaMemsetAsync(in, 0x3f, bytes, stream), "cudaMemset");
    int blocks = prop.multiProcessorCount * 8;
    std::vector<double> seconds = time_runs(
        [&] {
            copy_kernel<<<blocks, 256, 0, stream>>>(in, out, n);
            check(cudaGetLastError(), "copy_kernel launch");
        },
        stream);
    // Check that the copy happened: the last element must equal the input pattern.
    float4 last;
    check(cudaMemcpy(&last, out + n - 1, sizeof last, cudaMemcpyDeviceToHost), "copy check");
    float4 expected;
    std::memset(&expected, 0x3f, sizeof expected);
    if (std::memcmp(&last, &expected, sizeof last) != 0) {
        std::printf("{\"schema\": \"aigate/gpu-probe-output/v1\", \"error\": \"copy kernel wrote wrong data\"}\n");
        std::exit(1);
    }
    check(cudaFree(in), "cudaFree");
    check(cudaFree(out), "cudaFree");
    return rate(2.0 * bytes, seconds);
}

Figure fp32_rate(const cudaDeviceProp& prop, cudaStream_t stream) {
    int threads = 256;
    int blocks = prop.multiProcessorCount * (prop.maxThreadsPerMultiProcessor / threads) * 2;
    float* sink = nullptr;
    check(cudaMalloc(&sink, sizeof(float) * blocks * threads), "cudaMalloc (fma sink)");
    std::vector<double> seconds = time_runs(
        [&] {
            fma_kernel<<<blocks, threads, 0, stream>>>(sink, 1.0f);
            check(cudaGetLastError(), "fma_kernel launch");
        },
        stream);
    check(cudaFree(sink), "cudaFree");
    double flops = 2.0 * kFmaChains * kFmaIterations * static_cast<double>(blocks) * threads;
    return rate(flops, seconds);
}

Figure host_copy(cudaMemcpyKind kind, cudaStream_t stream) {
    size_t bytes = size_t{256} << 20;
    void* host = nullptr;
    void* device = nullptr;
    check(cudaMallocHost(&host, bytes), "cudaMallocHost");
    check(cudaMalloc(&device, bytes), "cudaMalloc (host copy)");
    std::memset(host, 1, bytes);
    void* dst = kind == cudaMemcpyHostToDevice ? device : host;
    void* src = kind == cudaMemcpyHostToDevice ? host : device;
    std::vector<double> seconds = time_runs(
        [&] { check(cudaMemcpyAsync(dst, src, bytes, kind, stream), "cudaMemcpyAsync"); }, stream);
    check(cudaFreeHost(host), "cudaFreeHost");
    check(cudaFree(device), "cudaFree");
    return rate(static_cast<double>(bytes), seconds);
}

void print_figure(const char* name, const char* unit, Figure figure, double scale, bool last) {
    std::printf("      \"%s\": {\"unit\": \"%s\", \"median\": %.3f, \"best\": %.3f}%s\n", name, unit,
                figure.median / scale, figure.best / scale, last ? "" : ",");
}

struct DeviceResult {
    cudaDeviceProp prop;
    Figure bandwidth, fp32, h2d, d2h;
};

DeviceResult measure(int device) {
    DeviceResult result;
    check(cudaSetDevice(device), "cudaSetDevice");
    check(cudaGetDeviceProperties(&result.prop, device), "cudaGetDeviceProperties");
    cudaStream_t stream;
    check(cudaStreamCreate(&stream), "cudaStreamCreate");
    result.bandwidth = memory_bandwidth(result.prop, stream);
    result.fp32 = fp32_rate(result.prop, stream);
    result.h2d = host_copy(cudaMemcpyHostToDevice, stream);
    result.d2h = host_copy(cudaMemcpyDeviceToHost, stream);
    check(cudaStreamDestroy(stream), "cudaStreamDestroy");
    return result;
}

void print_device(int index, const DeviceResult& r, bool last) {
    char uuid[37];
    const unsigned char* u = reinterpret_cast<const unsigned char*>(r.prop.uuid.bytes);
    std::snprintf(uuid, sizeof uuid, "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x", u[0],
                  u[1], u[2], u[3], u[4], u[5], u[6], u[7], u[8], u[9], u[10], u[11], u[12], u[13], u[14], u[15]);
    std::printf("    {\n      \"index\": %d,\n      \"name\": \"%s\",\n      \"uuid\": \"GPU-%s\",\n", index,
                r.prop.name, uuid);
    std::printf("      \"compute_capability\": \"%d.%d\",\n      \"sm_count\": %d,\n", r.prop.major, r.prop.minor,
                r.prop.multiProcessorCount);
    std::printf("      \"memory_total_bytes\": %zu,\n", r.prop.totalGlobalMem);
    print_figure("memory_bandwidth", "GB/s", r.bandwidth, 1e9, false);
    print_figure("fp32", "TFLOP/s", r.fp32, 1e12, false);
    print_figure("h2d", "GB/s", r.h2d, 1e9, false);
    print_figure("d2h", "GB/s", r.d2h, 1e9, true);
    std::printf("    }%s\n", last ? "" : ",");
}

}  // namespace

// Measures every visible device first and prints afterwards, so a failure prints only the error document.
int main() {
    int count = 0;
    check(cudaGetDeviceCount(&count), "cudaGetDeviceCount");
    int runtime = 0, driver = 0;
    check(cudaRuntimeGetVersion(&runtime), "cudaRuntimeGetVersion");
    check(cudaDriverGetVersion(&driver), "cudaDriverGetVersion");
    std::vector<DeviceResult> results;
    for (int d = 0; d < count; ++d) {
        results.push_back(measure(d));
    }
    std::printf("{\n  \"schema\": \"aigate/gpu-probe-output/v1\",\n  \"cuda_runtime\": %d,\n  \"cuda_driver\": %d,\n",
                runtime, driver);
    std::printf("  \"repeats\": %d,\n  \"devices\": [\n", kRepeats);
    for (int d = 0; d < count; ++d) {
        print_device(d, results[d], d + 1 == count);
    }
    std::printf("  ]\n}\n");
    return 0;
}
