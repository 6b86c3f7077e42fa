package jp.clustereval.report;

import java.time.Instant;
import java.util.List;

import jp.clustereval.domain.allocation.Allocation;

/**
 * What the panel summary files beside the results: the calibration's effect on each cluster, the
 * declared conflicts of interest and the chair's decisions on them, and the subsidy allocation by
 * the round's kept settings.
 *
 * @param allocation null when no allocation was ever made for the round
 */
public record PanelExtras(List<CalibrationLine> calibration, List<CoiLine> conflicts, AllocationPart allocation) {

    public PanelExtras {
        calibration = List.copyOf(calibration);
        conflicts = List.copyOf(conflicts);
    }

    /** A cluster's raw and calibrated totals and ranks side by side (rank 0: not ranked). */
    public record CalibrationLine(String clusterCode, double rawTotal, int rawRank, double calibratedTotal, int calibratedRank) {
    }

    /**
     * One declared conflict of interest: whose (null where names are hidden), and whether the chair
     * counted the grades anyway, with the reason.
     */
    public record CoiLine(String clusterCode, String evaluator, boolean included, String reason) {
    }

    /**
     * The allocation by the kept settings (over the cohort they were kept with, by whom and when),
     * or, when they no longer allocate (a cluster's sheets excluded since), the reason instead.
     */
    public record AllocationPart(Allocation allocation, String cohort, Instant savedAt, String savedBy, String refusal) {
    }
}
