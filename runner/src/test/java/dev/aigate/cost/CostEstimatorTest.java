package dev.aigate.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-computed API and GPU examples: the arithmetic is written out beside each expected figure. */
class CostEstimatorTest {

    private static final double CENT_FRACTION = 1e-12;
    private static final ModelPrice GPT_4O = new ModelPrice("gpt-4o", "openai", 2.50, 10.00, 1.25, 128_000, "", "");
    private static final ApiPricing API = new ApiPricing(GPT_4O);

    @Test
    void apiRequestCostsItsTokensAtListPrice() {
        // 1,000 input + 500 output tokens at $2.50 / $10.00 per 1M:
        // 1000 × 2.50 / 1e6 = $0.0025, 500 × 10.00 / 1e6 = $0.0050 → $0.0075 per request.
        CostEstimate estimate = CostEstimator.estimate(API, workload(RequestTokens.of(1000, 500), 100_000.0));

        assertFigure(estimate, CostMetric.PER_REQUEST, 0.0075);
        assertFigure(estimate, CostMetric.PER_1K_REQUESTS, 7.50);            // 1,000 × $0.0075
        assertFigure(estimate, CostMetric.PER_DAY, 750.00);                  // 100,000 × $0.0075
        assertFigure(estimate, CostMetric.PER_MONTH, 22_812.50);             // $750 × 730 h / 24 h
        assertFigure(estimate, CostMetric.PER_1M_TOKENS, 5.00);              // $0.0075 / 1,500 tokens × 1e6
        assertFigure(estimate, CostMetric.PER_1M_OUTPUT_TOKENS, 15.00);      // $0.0075 / 500 tokens × 1e6
        assertThat(estimate.notes()).isEmpty();
    }

    @Test
    void cachedInputIsBilledAtTheCachedPrice() {
        // 200 uncached × $2.50 + 800 cached × $1.25 + 500 output × $10.00 = 500 + 1000 + 5000 = $6,500 per 1M
        // requests → $0.0065 per request.
        CostEstimate estimate = CostEstimator.estimate(API, workload(new RequestTokens(1000, 800, 500), null));

        assertFigure(estimate, CostMetric.PER_REQUEST, 0.0065);
    }

    @Test
    void cachedInputWithoutACachedPriceIsBilledAsInputAndSaysSo() {
        ApiPricing noCache = new ApiPricing(ModelPrice.of("plain", 2.50, 10.00));
        CostEstimate estimate = CostEstimator.estimate(noCache, workload(new RequestTokens(1000, 800, 500), null));

        assertFigure(estimate, CostMetric.PER_REQUEST, 0.0075);
        assertThat(estimate.notes()).anyMatch(n -> n.contains("no cached-input price"));
    }

    @Test
    void aMixIsPricedAtItsWeightedAverage() {
        // chat 80%: 1000 in, 500 out → $0.0075; summarise 20%: 8000 in, 300 out → $0.0200 + $0.0030 = $0.0230.
        // 0.8 × $0.0075 + 0.2 × $0.0230 = $0.0060 + $0.0046 = $0.0106 per request.
        TrafficProfile traffic = new TrafficProfile(10_000.0, List.of(
                new RequestShape("chat", 4, RequestTokens.of(1000, 500), TokenSource.GIVEN),
                new RequestShape("summarise", 1, RequestTokens.of(8000, 300), TokenSource.GIVEN)));

        CostEstimate estimate = CostEstimator.estimate(API, Workload.of(traffic, null));

        assertFigure(estimate, CostMetric.PER_REQUEST, 0.0106);
        assertFigure(estimate, CostMetric.PER_DAY, 106.00);                  // 10,000 × $0.0106
        assertThat(estimate.workload().tokensPerRequest().input()).isCloseTo(2400, within(1e-9)); // .8×1000+.2×8000
    }

    @Test
    void withoutRequestsPerDayThereIsNoDailyOrMonthlyFigure() {
        CostEstimate estimate = CostEstimator.estimate(API, workload(RequestTokens.of(1000, 500), null));

        assertThat(estimate.figure(CostMetric.PER_DAY)).isEmpty();
        assertThat(estimate.figure(CostMetric.PER_MONTH)).isEmpty();
        assertThat(estimate.figure(CostMetric.PER_REQUEST)).isPresent();
    }

    @Test
    void selfHostedCostComesFromGpuHoursAndGoodput() {
        // 2 GPUs at $2.50/GPU-hour = $5.00/hour = $0.00138889/s. Goodput 10 requests/s of 1,000 in + 500 out.
        GpuPricing gpu = new GpuPricing(2.50, 2);
        MeasuredUsage usage = new MeasuredUsage("llama", 100, 100_000, 50_000, TokenSource.SERVER_USAGE, 12.5, 10.0);
        TrafficProfile traffic = new TrafficProfile(2_000_000.0, List.of());

        CostEstimate estimate = CostEstimator.estimate(gpu, Workload.of(traffic, usage));

        assertFigure(estimate, CostMetric.PER_REQUEST, 5.0 / 3600 / 10);             // $0.000138889
        assertFigure(estimate, CostMetric.PER_1K_REQUESTS, 5.0 / 3600 / 10 * 1000);  // $0.138889
        assertFigure(estimate, CostMetric.PER_1M_TOKENS, 5.0 / 3600 / 15_000 * 1e6); // $0.0925926 at 15,000 tok/s
        assertFigure(estimate, CostMetric.PER_1M_OUTPUT_TOKENS, 5.0 / 3600 / 5_000 * 1e6); // $0.277778
        // 2,000,000 / 86,400 s = 23.148 requests/s ÷ 10 per replica → 3 replicas, provisioned all month.
        assertThat(estimate.replicas()).isEqualTo(3);
        assertFigure(estimate, CostMetric.PER_DAY, 3 * 5.0 * 24);                    // $360
        assertFigure(estimate, CostMetric.PER_MONTH, 3 * 5.0 * 730);                 // $10,950
        assertThat(estimate.notes()).anyMatch(n -> n.contains("meeting every SLO"));
    }

    @Test
    void selfHostedWithoutSlosUsesRawThroughputAndWarns() {
        MeasuredUsage usage = new MeasuredUsage("llama", 100, 100_000, 50_000, TokenSource.SERVER_USAGE, 12.5, null);

        CostEstimate estimate = CostEstimator.estimate(new GpuPricing(3.60, 1),
                Workload.of(TrafficProfile.none(), usage));

        assertFigure(estimate, CostMetric.PER_REQUEST, 3.60 / 3600 / 12.5);        // $0.00008 per request
        assertThat(estimate.notes()).anyMatch(n -> n.contains("set no SLOs"));
    }

    @Test
    void aLightTrafficStillPaysForOneWholeReplica() {
        MeasuredUsage usage = new MeasuredUsage("llama", 10, 1000, 500, TokenSource.SERVER_USAGE, 5.0, 5.0);

        CostEstimate estimate = CostEstimator.estimate(new GpuPricing(2.00, 1),
                Workload.of(new TrafficProfile(100.0, List.of()), usage));

        assertThat(estimate.replicas()).isEqualTo(1);
        assertFigure(estimate, CostMetric.PER_MONTH, 2.00 * 730);                    // $1,460
    }

    @Test
    void noGoodputMeansNoSelfHostedFigures() {
        MeasuredUsage usage = new MeasuredUsage("llama", 10, 1000, 500, TokenSource.SERVER_USAGE, 5.0, 0.0);

        CostEstimate estimate = CostEstimator.estimate(new GpuPricing(2.00, 1),
                Workload.of(new TrafficProfile(100.0, List.of()), usage));

        assertThat(estimate.figures()).isEmpty();
        assertThat(estimate.notes()).anyMatch(n -> n.contains("no request met every SLO"));
    }

    @Test
    void noCompletedRequestMeansNothingToPrice() {
        MeasuredUsage usage = new MeasuredUsage("gpt-4o", 0, 0, 0, TokenSource.SERVER_USAGE, null, null);

        CostEstimate estimate = CostEstimator.estimate(API, Workload.of(new TrafficProfile(1.0, List.of()), usage));

        assertThat(estimate.figures()).isEmpty();
        assertThat(estimate.notes()).anyMatch(n -> n.contains("no request completed"));
    }

    @Test
    void anEstimatedTokenCountIsSaidToBeOne() {
        MeasuredUsage usage = new MeasuredUsage("gpt-4o", 2, 2000, 1000, TokenSource.ESTIMATE, 1.0, null);

        CostEstimate estimate = CostEstimator.estimate(API, Workload.of(TrafficProfile.none(), usage));

        assertFigure(estimate, CostMetric.PER_REQUEST, 0.0075);
        assertThat(estimate.notes()).anyMatch(n -> n.contains("estimate"));
    }

    @Test
    void comparisonGivesAbsoluteAndRelativeChange() {
        Workload workload = workload(RequestTokens.of(1000, 500), null);
        CostEstimate mini = CostEstimator.estimate(new ApiPricing(ModelPrice.of("gpt-4o-mini", 0.15, 0.60)), workload);
        CostEstimate full = CostEstimator.estimate(API, workload);

        // gpt-4o-mini: 1000 × 0.15 + 500 × 0.60 = $450 per 1M requests → $0.00045; gpt-4o $0.0075.
        CostComparison comparison = new CostComparison(mini, full);

        assertThat(comparison.change(CostMetric.PER_REQUEST).getAsDouble()).isCloseTo(0.00705, within(CENT_FRACTION));
        assertThat(comparison.relativeChange(CostMetric.PER_REQUEST).getAsDouble())
                .isCloseTo(0.00705 / 0.00045, within(1e-9));                        // +1566.7%
        assertThat(comparison.change(CostMetric.PER_DAY)).isEmpty();
    }

    private static Workload workload(RequestTokens tokens, Double requestsPerDay) {
        return Workload.of(new TrafficProfile(requestsPerDay,
                List.of(new RequestShape("given", 1, tokens, TokenSource.GIVEN))), null);
    }

    private static void assertFigure(CostEstimate estimate, CostMetric metric, double expected) {
        assertThat(estimate.figure(metric)).as(metric.metricName()).isPresent();
        assertThat(estimate.figure(metric).getAsDouble()).as(metric.metricName())
                .isCloseTo(expected, within(Math.max(CENT_FRACTION, Math.abs(expected) * 1e-12)));
    }
}
