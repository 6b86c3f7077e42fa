package jp.clustereval.domain.sensitivity;

import java.util.List;

/** The sensitivity of a ranking: the settings that made it and one row per ranked cluster, by rank. */
public record SensitivityReport(int draws, long seed, double perturbation, double fragileShare,
                                List<ClusterSensitivity> clusters) {

    public SensitivityReport {
        clusters = List.copyOf(clusters);
    }
}
