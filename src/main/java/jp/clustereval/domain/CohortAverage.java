package jp.clustereval.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The average of the cohort's clusters (the "12 clusters average"): per axis the mean of the
 * cohort clusters' values, where each Score's count is the number of clusters behind it; only
 * clusters with a total (a complete sheet) count, so it may cover fewer than its members.
 */
public record CohortAverage(Set<String> members, Map<String, Score> axes, Score total, int evaluators) {

    public CohortAverage {
        members = Set.copyOf(members);
        axes = Collections.unmodifiableMap(new LinkedHashMap<>(axes));
    }

    /** How many of the cohort's clusters the average covers (those with a total): "6 of 12". */
    public int covered() {
        return total == null ? 0 : total.count();
    }
}
