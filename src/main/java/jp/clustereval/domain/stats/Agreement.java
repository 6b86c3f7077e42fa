package jp.clustereval.domain.stats;

/**
 * An inter-rater agreement figure: ICC(2,1) over a table of {@code targets} rows rated by
 * {@code raters} evaluators; icc is NaN when no complete table of at least 2 x 2 exists.
 *
 * @param scope a cluster code (targets = its items) or an axis code (targets = the clusters)
 */
public record Agreement(String scope, int targets, int raters, double icc) {

    public boolean computable() {
        return !Double.isNaN(icc);
    }
}
