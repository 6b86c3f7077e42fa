package jp.clustereval.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A cluster's result in a round: each axis as the mean over the evaluators who graded it (absent
 * when nobody did), the weighted total of those axis values, and the rank by total (ties share).
 */
public record ClusterResult(String clusterCode, int evaluators, Map<String, Score> axes, double total, int rank) {

    public ClusterResult {
        axes = Collections.unmodifiableMap(new LinkedHashMap<>(axes));
    }
}
