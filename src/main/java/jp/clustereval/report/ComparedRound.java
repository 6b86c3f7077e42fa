package jp.clustereval.report;

import java.util.Objects;

import jp.clustereval.chart.RadarData;
import jp.clustereval.domain.Round;
import jp.clustereval.domain.RoundComparison;

/**
 * The unit's previous round in its feedback report: the earlier round, the change, and the radar of
 * both rounds; {@code chart} null when the rounds have other axes and only their totals compare.
 */
public record ComparedRound(Round earlier, RoundComparison comparison, RadarData chart) {

    public ComparedRound {
        Objects.requireNonNull(earlier, "earlier");
        Objects.requireNonNull(comparison, "comparison");
    }

    public boolean perAxis() {
        return chart != null;
    }
}
