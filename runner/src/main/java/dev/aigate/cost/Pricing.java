package dev.aigate.cost;

/** How requests are paid for: per token at an API's list price, or per GPU-hour for a self-hosted server. */
public sealed interface Pricing permits ApiPricing, GpuPricing {

    /** One line for reports, e.g. {@code gpt-4o at $2.50 / $10.00 per 1M input / output tokens}. */
    String describe();
}
