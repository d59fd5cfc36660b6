package dev.aigate.stats;

/**
 * An anytime-valid confidence sequence for the mean of a stream of observations, from the normal-mixture
 * sequential probability ratio test (mSPRT) of Robbins (1970) as used for always-valid A/B testing by Johari,
 * Koomen, Pekelis and Walsh ("Always Valid Inference", Operations Research 2022; arXiv:1512.04922).
 *
 * <p>With observations of variance σ² and a N(θ₀, τ²) mixture over the alternative, the mixture likelihood ratio
 * after n observations with mean x̄ is {@code Λ = sqrt(σ²/(σ²+nτ²)) · exp(n²τ²(x̄−θ₀)² / (2σ²(σ²+nτ²)))}, and
 * {@code P(Λ ever reaches 1/α | θ = θ₀) <= α} (Ville's inequality). The θ₀ never rejected form the interval
 * {@code x̄ ± sqrt(2σ²(σ²+nτ²)/(n²τ²) · (ln(1/α) + ½ ln(1 + nτ²/σ²)))}; it covers the true mean at every n at once
 * with probability at least 1 − α, so a canary may look after every request and stop as soon as it is decided
 * without inflating its false alarms. σ² is plugged in from the data (the usual practice; exact for known σ²).
 */
public final class MixtureConfidenceSequence {

    private MixtureConfidenceSequence() {
    }

    /**
     * @param n        observations so far (at least 2)
     * @param mean     their mean
     * @param variance their variance (σ²)
     * @param tau2     the mixture's variance τ², the scale of effects the test is tuned to detect
     * @param alpha    the error allowed over the whole sequence
     */
    public static Interval interval(long n, double mean, double variance, double tau2, double alpha) {
        if (n < 2 || !(variance >= 0) || !(tau2 > 0) || !(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("need n >= 2, variance >= 0, tau2 > 0, 0 < alpha < 1");
        }
        double sigma2 = Math.max(variance, 1e-300);
        double width = Math.sqrt(2 * sigma2 * (sigma2 + n * tau2) / ((double) n * n * tau2)
                * (Math.log(1 / alpha) + 0.5 * Math.log1p(n * tau2 / sigma2)));
        return new Interval(mean - width, mean + width, 1 - alpha);
    }
}
