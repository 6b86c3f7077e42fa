package jp.clustereval.service;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One recorded change of a round's weights: the axis shares and the item shares within their axes
 * as stored (in the order stored), where they came from ({@code direct}, {@code ahp} or {@code
 * file}), AHP's consistency ratio (null otherwise), who set them and when; for a weights file its
 * key, hash and signer, and, when the chair accepted a signer outside the weighting group, who
 * accepted it and why (otherwise both null); when and by whom the change was recorded here.
 */
public record WeightChange(long id, String roundId, String source, Map<String, Double> axisWeights,
                           Map<String, Double> itemWeights, Double consistencyRatio, String setBy, Instant setAt,
                           String keyFingerprint, String fileSha256, Instant recordedAt, String recordedBy,
                           String signerId, String acceptedBy, String acceptReason) {

    public WeightChange {
        axisWeights = Collections.unmodifiableMap(new LinkedHashMap<>(axisWeights));
        itemWeights = Collections.unmodifiableMap(new LinkedHashMap<>(itemWeights));
    }
}
