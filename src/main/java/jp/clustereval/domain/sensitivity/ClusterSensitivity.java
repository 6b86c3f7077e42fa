package jp.clustereval.domain.sensitivity;

/**
 * How one cluster's rank moves. Best/worst are rank numbers (1 = first); 0 means no scenario of
 * that kind ranked the cluster (e.g. leaving out its only evaluator).
 *
 * @param tierChangeShare share (0..1) of the random weight draws in which its tier (top, middle,
 *                        bottom third) differs from its tier under the set weights
 * @param robust          its tier held in every leave-one-out subset and every +/-20 % change, and
 *                        in at least 90 % of the draws
 */
public record ClusterSensitivity(String clusterCode, double total, int rank, int bestRank, int worstRank,
                                 int looBest, int looWorst, int perturbBest, int perturbWorst, int drawBest,
                                 int drawWorst, double tierChangeShare, boolean robust) {
}
