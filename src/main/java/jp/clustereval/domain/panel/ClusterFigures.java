package jp.clustereval.domain.panel;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import jp.clustereval.domain.Score;

/**
 * One row of the results view: each axis's average over the evaluators, the weighted total, the
 * rank, and the spread of the evaluators' own totals (min, max, sample standard deviation; NaN
 * when fewer than two evaluators), and how many unfinished sheets were left out of the total.
 * Total NaN and rank 0: no complete sheet, or listed outside the ranked clusters.
 */
public record ClusterFigures(String clusterCode, int evaluators, Map<String, Score> axes, double total, int rank,
                             double min, double max, double sd, int partial) {

    public ClusterFigures {
        axes = Collections.unmodifiableMap(new LinkedHashMap<>(axes));
    }
}
