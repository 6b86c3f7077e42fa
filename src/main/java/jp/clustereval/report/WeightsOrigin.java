package jp.clustereval.report;

import java.time.Instant;

/**
 * How the weights a report uses were set, from the round's weight history: {@code direct} (typed
 * in), {@code ahp} (with its consistency ratio) or {@code file} (a signed weights file, with its
 * signer), by whom and when. A report without one uses the round's own weights, never changed.
 */
public record WeightsOrigin(String source, Double consistencyRatio, String setBy, Instant setAt, String signer) {
}
