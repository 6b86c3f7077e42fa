package jp.clustereval.domain.stats;

/**
 * The agreement figures of one scope: ICC(2,1) over the complete table of {@code targets} rows
 * rated by {@code raters} evaluators, Krippendorff's alpha (interval and ordinal) over every pairable
 * value, missing ones allowed, and for the totals Kendall's W of the evaluators' rankings. Each is NaN
 * when it cannot be computed (docs/statistics.md says when).
 *
 * @param kind what the targets are: a cluster's items, the clusters on one axis, the clusters' totals
 * @param scope a cluster code, an axis code, or {@code total}
 * @param targets rows of the ICC's complete table (for the totals: of Kendall's W)
 * @param raters columns of that table
 * @param alphaUnits units with at least two values, which alpha uses
 */
public record Agreement(Kind kind, String scope, int targets, int raters, double icc, int alphaUnits,
                        double alphaInterval, double alphaOrdinal, double kendallW) {

    /** What is rated. */
    public enum Kind {
        /** One cluster: its graded items are the targets. */
        CLUSTER,
        /** One axis: the clusters are the targets. */
        AXIS,
        /** The clusters' totals: the clusters are the targets. */
        TOTAL
    }

    public boolean computable() {
        return !Double.isNaN(icc);
    }
}
