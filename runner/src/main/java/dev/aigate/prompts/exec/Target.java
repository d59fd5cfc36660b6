package dev.aigate.prompts.exec;

import dev.aigate.provider.ModelClient;

/**
 * One side's model endpoint as the suite runner uses it.
 *
 * @param describe         where requests go, for reports (never a key)
 * @param identity         what makes its answers distinct in the cache: API, URL and model
 * @param price            what a call costs; {@link Price#FREE} when unknown
 * @param sendCaseMetadata send {@code metadata: {case_id, repeat}} in the body (the simulator's scripts match on
 *                         it; hosted APIs may reject unknown fields, so only for the embedded simulator)
 * @param cacheable        whether answers may be cached (not for the simulator: its scripts change freely)
 */
public record Target(ModelClient client, String describe, String identity, Price price, boolean sendCaseMetadata,
                     boolean cacheable) {
}
