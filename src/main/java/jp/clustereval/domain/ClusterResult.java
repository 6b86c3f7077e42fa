package jp.clustereval.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A cluster's result in a round: each axis as the mean over the evaluators who graded it (absent
 * when nobody did; every sheet counts here), the weighted total of the axis values of the complete
 * sheets (NaN: none), the rank by total (ties share; 0: not ranked), the evaluators whose sheets
 * counted for the total, and how many sheets were unfinished (some graded item without a grade).
 */
public record ClusterResult(String clusterCode, int evaluators, Map<String, Score> axes, double total, int rank,
                            int partial) {

    public ClusterResult {
        axes = Collections.unmodifiableMap(new LinkedHashMap<>(axes));
    }
}
