package jp.clustereval.report;

import java.util.List;
import java.util.Map;

import jp.clustereval.chart.RadarData;
import jp.clustereval.chart.RankingData;
import jp.clustereval.domain.Cluster;
import jp.clustereval.domain.CommonIssue;
import jp.clustereval.domain.Round;
import jp.clustereval.domain.panel.PanelResults;
import jp.clustereval.domain.sensitivity.SensitivityReport;
import jp.clustereval.domain.weights.WeightSet;

/**
 * Everything the panel summary (PDF) and the results workbook (xlsx) show; {@code weightsOrigin} null:
 * the round's own weights.
 */
public record PanelReportData(Round round, List<Cluster> clusters, PanelResults results, WeightSet weights,
                              WeightsOrigin weightsOrigin, RankingData ranking, List<RadarData> grid, SensitivityReport sensitivity,
                              Map<CommonIssue, List<CommentLine>> issues, List<CommentLine> comments,
                              PanelExtras extras) {

    public PanelReportData {
        clusters = List.copyOf(clusters);
        grid = List.copyOf(grid);
        issues = Map.copyOf(issues);
        comments = List.copyOf(comments);
    }

    public Cluster cluster(String code) {
        return clusters.stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
    }
}
