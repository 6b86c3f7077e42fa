package jp.clustereval.ui.radar;

import java.util.Map;

import jp.clustereval.domain.LocalizedText;

/**
 * What one radar shows, without any language: a cluster's axis values against the cohort
 * average. "mine" marks the live radar of my own grades (one evaluator) rather than the average
 * over every evaluator in the database.
 *
 * @param evaluators     evaluators behind the cluster's values (1 for my own grades)
 * @param cohortClusters clusters behind the cohort average (those with a total: a complete sheet)
 * @param cohortMembers  clusters of the cohort, graded or not ("6 of 12 clusters graded")
 */
public record RadarModel(String clusterCode, LocalizedText clusterName, Map<String, Double> cluster,
                         Map<String, Double> cohort, int evaluators, int cohortClusters, int cohortMembers, boolean mine) {

    public RadarModel {
        cluster = Map.copyOf(cluster);
        cohort = Map.copyOf(cohort);
    }

    /** True when the cluster has at least one graded axis. */
    public boolean hasData() {
        return !cluster.isEmpty();
    }
}
