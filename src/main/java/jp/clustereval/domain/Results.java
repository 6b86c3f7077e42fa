package jp.clustereval.domain;

import java.util.List;
import java.util.Optional;

/** A round's results: clusters with at least one grade, best rank first, and the cohort average. */
public record Results(String roundId, List<String> axisCodes, List<ClusterResult> clusters, CohortAverage cohort) {

    public Results {
        axisCodes = List.copyOf(axisCodes);
        clusters = List.copyOf(clusters);
    }

    public Optional<ClusterResult> cluster(String code) {
        return clusters.stream().filter(c -> c.clusterCode().equals(code)).findFirst();
    }
}
