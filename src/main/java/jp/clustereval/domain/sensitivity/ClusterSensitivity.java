package jp.clustereval.domain.sensitivity;

/**
 * How one cluster's rank moves. Best/worst are rank numbers (1 = first); 0 means no scenario of
 * that kind ranked the cluster (e.g. leaving out its only evaluator).
 *
 * @param tierChangeShare share (0..1) of the random weight draws in which its tier (top, middle,
 *                        bottom third) differs from its tier under the set weights
 * @param bootBest        best rank over the evaluator bootstrap (each cluster's evaluators resampled
 *                        with replacement); bootWorst its worst
 * @param bootTierChangeShare share (0..1) of the bootstrap draws in which its tier differs
 * @param robust          its tier held in every leave-one-out subset and every +/-20 % change, in at
 *                        least 90 % of the weight draws and in at least 90 % of the bootstrap draws
 */
public record ClusterSensitivity(String clusterCode, double total, int rank, int bestRank, int worstRank,
                                 int looBest, int looWorst, int perturbBest, int perturbWorst, int drawBest,
                                 int drawWorst, double tierChangeShare, int bootBest, int bootWorst,
                                 double bootTierChangeShare, boolean robust) {
}
