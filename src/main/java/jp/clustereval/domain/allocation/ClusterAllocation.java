package jp.clustereval.domain.allocation;

import jp.clustereval.domain.Ranking.Tier;

/** One cluster's allocation against the baseline. */
public record ClusterAllocation(String clusterCode, double total, int rank, Tier tier, long baselineYen,
                                long allocationYen) {

    /** The change against the baseline in percent (e.g. 20.0 for +20 %). */
    public double changePct() {
        return baselineYen == 0 ? 0 : (allocationYen - baselineYen) * 100.0 / baselineYen;
    }
}
