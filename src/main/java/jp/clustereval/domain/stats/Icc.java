package jp.clustereval.domain.stats;

/**
 * ICC(2,1) of Shrout and Fleiss (1979): two-way random effects, absolute agreement, one rater.
 * With n targets (rows), k raters (columns) and the two-way ANOVA mean squares MSR (rows), MSC
 * (columns) and MSE (residual):
 * ICC(2,1) = (MSR - MSE) / (MSR + (k - 1) MSE + k (MSC - MSE) / n).
 * It needs a complete table; the caller picks the targets and raters that make one.
 */
public final class Icc {

    private Icc() {
    }

    /** ICC(2,1) of x[target][rater]; NaN when n < 2, k < 2 or the table has no variance at all. */
    public static double icc21(double[][] x) {
        int n = x.length;
        int k = n == 0 ? 0 : x[0].length;
        if (n < 2 || k < 2) {
            return Double.NaN;
        }
        double grand = 0;
        double[] rowMean = new double[n];
        double[] colMean = new double[k];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < k; j++) {
                grand += x[i][j];
                rowMean[i] += x[i][j] / k;
                colMean[j] += x[i][j] / n;
            }
        }
        grand /= n * k;
        double ssTotal = 0;
        double ssRows = 0;
        double ssCols = 0;
        for (int i = 0; i < n; i++) {
            ssRows += k * (rowMean[i] - grand) * (rowMean[i] - grand);
            for (int j = 0; j < k; j++) {
                ssTotal += (x[i][j] - grand) * (x[i][j] - grand);
            }
        }
        for (int j = 0; j < k; j++) {
            ssCols += n * (colMean[j] - grand) * (colMean[j] - grand);
        }
        double msr = ssRows / (n - 1);
        double msc = ssCols / (k - 1);
        double mse = (ssTotal - ssRows - ssCols) / ((n - 1.0) * (k - 1.0));
        double denominator = msr + (k - 1) * mse + k * (msc - mse) / n;
        if (Math.abs(denominator) < 1e-12) {
            return Double.NaN;
        }
        return (msr - mse) / denominator;
    }
}
