package jp.clustereval.domain;

/**
 * A weighted mean over the values that exist: weights are renormalised over what was graded, so an
 * ungraded item lowers nothing. Non-positive total weight means "no value".
 */
final class WeightedMean {

    private double weightedSum;
    private double weightSum;
    private int count;

    void add(double value, double weight) {
        weightedSum += value * weight;
        weightSum += weight;
        count++;
    }

    boolean isEmpty() {
        return count == 0 || weightSum <= 0;
    }

    double value() {
        return weightedSum / weightSum;
    }

    int count() {
        return count;
    }
}
