package jp.clustereval.domain.panel;

import java.util.List;

/** Means and standard deviations, spelt out once. */
public final class Descriptive {

    private Descriptive() {
    }

    public static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }

    /** The sample standard deviation (divisor n - 1); NaN for fewer than two values. */
    public static double sampleSd(List<Double> values) {
        int n = values.size();
        if (n < 2) {
            return Double.NaN;
        }
        double mean = mean(values);
        double ss = 0;
        for (double v : values) {
            ss += (v - mean) * (v - mean);
        }
        return Math.sqrt(ss / (n - 1));
    }
}
