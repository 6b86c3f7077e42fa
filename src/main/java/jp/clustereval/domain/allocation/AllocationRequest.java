package jp.clustereval.domain.allocation;

/**
 * The chair's settings. Amounts are whole yen. For {@link AllocationRule#TIERS} the top third of
 * the ranking gets baseline x (1 + tierStep), the middle the baseline, the bottom third baseline x
 * (1 - tierStep), all then scaled together to the pool.
 *
 * @param capYen the most one cluster may get; {@link Long#MAX_VALUE} for no cap
 */
public record AllocationRequest(long poolYen, AllocationRule rule, long floorYen, long capYen, long baselineYen,
                                double tierStep) {

    /** The programme's ¥500 million a year per cluster. */
    public static final long DEFAULT_BASELINE_YEN = 500_000_000L;
    public static final double DEFAULT_TIER_STEP = 0.20;

    public boolean hasCap() {
        return capYen != Long.MAX_VALUE;
    }
}
