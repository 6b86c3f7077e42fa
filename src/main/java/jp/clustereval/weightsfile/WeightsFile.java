package jp.clustereval.weightsfile;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The content of a signed weights file: the weighting group's weights for a round, who set them
 * (with the public key that signed) and when. Weights travel as exact decimal text, because the
 * signed canonical JSON has no fractions.
 *
 * @param consistencyRatio the AHP consistency ratio when the axis weights came from AHP, else null
 */
public record WeightsFile(String appVersion, String roundId, String signerId, String signerName,
                          String signerAffiliation, String publicKey, Instant setAt, String source,
                          Double consistencyRatio, Map<String, Double> axes, Map<String, Double> items) {

    public static final String FORMAT = "clustereval-weights";
    public static final int VERSION = 1;
    public static final int MAX_BYTES = 1024 * 1024;

    public WeightsFile {
        axes = Collections.unmodifiableMap(new LinkedHashMap<>(axes));
        items = Collections.unmodifiableMap(new LinkedHashMap<>(items));
    }
}
