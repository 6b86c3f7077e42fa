package jp.clustereval.domain.panel;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.clustereval.domain.CohortAverage;

/**
 * The panel's results: clusters best rank first, the cohort average, the axis weights used and
 * whether raw or calibrated grades made them and whether unfinished sheets counted (every export
 * says which).
 */
public record PanelResults(String roundId, List<String> axisCodes, Map<String, Double> axisWeights, boolean calibrated,
                           boolean includePartial, String cohort, List<ClusterFigures> clusters,
                           CohortAverage cohortAverage) {

    public PanelResults {
        axisCodes = List.copyOf(axisCodes);
        axisWeights = Collections.unmodifiableMap(new LinkedHashMap<>(axisWeights));
        clusters = List.copyOf(clusters);
    }

    public Optional<ClusterFigures> cluster(String code) {
        return clusters.stream().filter(c -> c.clusterCode().equals(code)).findFirst();
    }

    public String basis() {
        return calibrated ? "calibrated" : "raw";
    }
}
