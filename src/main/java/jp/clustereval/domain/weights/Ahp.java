package jp.clustereval.domain.weights;

import java.util.List;

import jp.clustereval.common.UserFacingException;

/**
 * The Analytic Hierarchy Process for the axis weights: a reciprocal matrix of pairwise judgements
 * on Saaty's 1-9 scale gives weights by the geometric mean of each row (normalised), and the
 * consistency ratio CR = CI / RI with CI = (lambda_max - n) / (n - 1), lambda_max estimated as the
 * mean of (A w)_i / w_i. A CR above 0.10 is Saaty's threshold for revisiting the judgements.
 */
public final class Ahp {

    /** Saaty's random index for n = 1..10 (index 0 unused). */
    private static final double[] RANDOM_INDEX = {0, 0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49};
    public static final double CR_THRESHOLD = 0.10;
    /** Typed decimals such as 0.333 for 1/3 are accepted as reciprocals within this relative tolerance. */
    private static final double RECIPROCAL_TOLERANCE = 0.01;
    private static final double SCALE_MIN = 1.0 / 9;
    private static final double SCALE_MAX = 9;

    private Ahp() {
    }

    /** The weights and consistency of a pairwise comparison matrix over the given codes. */
    public record Result(List<String> codes, double[] weights, double lambdaMax, double consistencyIndex,
                         double consistencyRatio) {
        public Result {
            codes = List.copyOf(codes);
            weights = weights.clone();
        }

        @Override
        public double[] weights() {
            return weights.clone();
        }

        public boolean isConsistent() {
            return consistencyRatio <= CR_THRESHOLD;
        }
    }

    public static Result of(List<String> codes, double[][] a) {
        int n = codes.size();
        check(codes, a);
        double[] w = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double logSum = 0;
            for (int j = 0; j < n; j++) {
                logSum += Math.log(a[i][j]);
            }
            w[i] = Math.exp(logSum / n);
            sum += w[i];
        }
        for (int i = 0; i < n; i++) {
            w[i] /= sum;
        }
        double lambda = 0;
        for (int i = 0; i < n; i++) {
            double row = 0;
            for (int j = 0; j < n; j++) {
                row += a[i][j] * w[j];
            }
            lambda += row / w[i];
        }
        lambda /= n;
        double ci = n <= 2 ? 0 : (lambda - n) / (n - 1);
        double cr = n <= 2 ? 0 : ci / RANDOM_INDEX[n];
        return new Result(codes, w, lambda, ci, cr);
    }

    /** Parses rows separated by ';', cells by ',', each a number or a fraction like 1/3. */
    public static double[][] parseMatrix(String text) {
        if (text == null || text.isBlank()) {
            throw new UserFacingException("ahp.syntax", String.valueOf(text));
        }
        String[] rows = text.split(";");
        double[][] m = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            String[] cells = rows[i].split(",");
            m[i] = new double[cells.length];
            for (int j = 0; j < cells.length; j++) {
                m[i][j] = cell(cells[j].strip(), i, j);
            }
        }
        return m;
    }

    private static double cell(String s, int i, int j) {
        try {
            int slash = s.indexOf('/');
            double v = slash < 0 ? Double.parseDouble(s)
                    : Double.parseDouble(s.substring(0, slash)) / Double.parseDouble(s.substring(slash + 1));
            if (!Double.isFinite(v)) {
                throw new NumberFormatException(s);
            }
            return v;
        } catch (NumberFormatException e) {
            throw new UserFacingException("ahp.notNumber", i + 1, j + 1, s);
        }
    }

    private static void check(List<String> codes, double[][] a) {
        int n = codes.size();
        if (n < 2 || n >= RANDOM_INDEX.length) {
            throw new UserFacingException("ahp.size", n, RANDOM_INDEX.length - 1);
        }
        if (a.length != n) {
            throw new UserFacingException("ahp.shape", n, String.join(", ", codes), a.length);
        }
        for (double[] row : a) {
            if (row.length != n) {
                throw new UserFacingException("ahp.shape", n, String.join(", ", codes), row.length);
            }
        }
        for (int i = 0; i < n; i++) {
            if (Math.abs(a[i][i] - 1) > 1e-9) {
                throw new UserFacingException("ahp.diagonal", codes.get(i), a[i][i]);
            }
            for (int j = 0; j < n; j++) {
                double v = a[i][j];
                if (!(v >= SCALE_MIN * (1 - RECIPROCAL_TOLERANCE)) || v > SCALE_MAX * (1 + RECIPROCAL_TOLERANCE)) {
                    throw new UserFacingException("ahp.range", codes.get(i), codes.get(j), v);
                }
                if (Math.abs(v * a[j][i] - 1) > RECIPROCAL_TOLERANCE) {
                    throw new UserFacingException("ahp.reciprocal", codes.get(i), codes.get(j), v, a[j][i]);
                }
            }
        }
    }
}
