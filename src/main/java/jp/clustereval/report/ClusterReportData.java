package jp.clustereval.report;

import java.util.List;

import jp.clustereval.chart.RadarData;
import jp.clustereval.domain.Achievements;
import jp.clustereval.domain.Cluster;
import jp.clustereval.domain.Round;
import jp.clustereval.domain.RoundKind;
import jp.clustereval.domain.panel.PanelResults;

/**
 * Everything the feedback report of one cluster shows; the round's kind names the report (mid-term,
 * final...). {@code compared}: the unit in its previous round, null when it has none; {@code consensus}
 * is the panel's consensus comment from its meeting ("" when none was written).
 */
public record ClusterReportData(Round round, RoundKind kind, Cluster cluster, PanelResults results, RadarData radar,
                                List<CommentLine> comments, List<Achievements> achievements, ComparedRound compared,
                                String consensus) {

    public ClusterReportData {
        comments = List.copyOf(comments);
        achievements = List.copyOf(achievements);
        consensus = consensus == null ? "" : consensus;
    }

    /** Without a previous round or a consensus comment. */
    public ClusterReportData(Round round, RoundKind kind, Cluster cluster, PanelResults results, RadarData radar,
                             List<CommentLine> comments, List<Achievements> achievements) {
        this(round, kind, cluster, results, radar, comments, achievements, null, "");
    }
}
