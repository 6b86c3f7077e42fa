package jp.clustereval.domain.weights;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

import jp.clustereval.common.UserFacingException;

/**
 * The Analytic Hierarchy Process for the axis weights: a reciprocal matrix of pairwise judgements
 * on Saaty's scale 1/9..9 gives weights and the consistency ratio CR = CI / RI, with
 * CI = (lambda_max - n) / (n - 1) and Saaty's random index RI(n). A CR above 0.10 is Saaty's
 * threshold for revisiting the judgements.
 *
 * <p>Two methods. {@link Method#EIGENVECTOR} (the default, Saaty's): the weights are the principal
 * (Perron) eigenvector of the matrix, found by power iteration to convergence, and lambda_max is
 * its eigenvalue. {@link Method#GEOMETRIC}: the weights are the normalised geometric means of the
 * rows and lambda_max is estimated as the mean of (A w)_i / w_i; it is not Saaty's figure (on an
 * inconsistent matrix its lambda_max and CR come out lower), so it is always named as the
 * geometric-mean estimate wherever it is shown.
 */
public final class Ahp {

    /** Saaty's random index for n = 1..10 (index 0 unused). */
    private static final double[] RANDOM_INDEX = {0, 0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49};
    public static final double CR_THRESHOLD = 0.10;
    /** Typed decimals such as 0.333 for 1/3 are accepted as reciprocals within this relative tolerance. */
    private static final double RECIPROCAL_TOLERANCE = 0.01;
    /** Saaty's scale; values outside it are refused exactly (9.05 is not 9, and 0.111 is not 1/9). */
    private static final double SCALE_MIN = 1.0 / 9;
    private static final double SCALE_MAX = 9;
    /** Power iteration stops when no weight moves by more than this between two steps. */
    private static final double CONVERGED = 1e-15;
    /**
     * A positive matrix converges geometrically (Perron), at the ratio of its second eigenvalue to
     * the first, which on Saaty's scale stays well below 1; this cap only guards against a bug.
     */
    private static final int MAX_ITERATIONS = 100_000;

    private Ahp() {
    }

    /** How the weights and lambda_max are computed from the matrix. */
    public enum Method {
        /** Saaty's principal eigenvector and its eigenvalue (the default). */
        EIGENVECTOR("eigenvector"),
        /** The rows' geometric means, lambda_max estimated from them. */
        GEOMETRIC("geometric");

        private final String id;

        Method(String id) {
            this.id = id;
        }

        /** The name on the command line and in output: eigenvector or geometric. */
        public String id() {
            return id;
        }

        public static Method parse(String text) {
            for (Method m : values()) {
                if (m.id.equals(text)) {
                    return m;
                }
            }
            throw new UserFacingException("ahp.method", String.valueOf(text));
        }
    }

    /**
     * The weights and consistency of a pairwise comparison matrix over the given codes, by the method
     * named; {@code matrix} is the judgements they come from (kept with the weights: the decision record shows them).
     */
    public record Result(List<String> codes, double[] weights, double lambdaMax, double consistencyIndex,
                         double consistencyRatio, Method method, double[][] matrix) {
        public Result {
            codes = List.copyOf(codes);
            weights = weights.clone();
            matrix = copy(matrix);
        }

        @Override
        public double[] weights() {
            return weights.clone();
        }

        @Override
        public double[][] matrix() {
            return copy(matrix);
        }

        private static double[][] copy(double[][] m) {
            double[][] out = new double[m.length][];
            for (int i = 0; i < m.length; i++) {
                out[i] = m[i].clone();
            }
            return out;
        }

        public boolean isConsistent() {
            return consistencyRatio <= CR_THRESHOLD;
        }
    }

    /** Saaty's method: the principal eigenvector and its eigenvalue. */
    public static Result of(List<String> codes, double[][] a) {
        return of(codes, a, Method.EIGENVECTOR);
    }

    public static Result of(List<String> codes, double[][] a, Method method) {
        int n = codes.size();
        check(codes, a);
        double[] w = geometricMeans(a);
        double lambda;
        if (method == Method.EIGENVECTOR) {
            lambda = powerIteration(a, w);
        } else {
            lambda = 0;
            for (int i = 0; i < n; i++) {
                lambda += dot(a[i], w) / w[i];
            }
            lambda /= n;
        }
        double ci = n <= 2 ? 0 : (lambda - n) / (n - 1);
        double cr = n <= 2 ? 0 : ci / RANDOM_INDEX[n];
        return new Result(codes, w, lambda, ci, cr, method, a);
    }

    /** The rows' geometric means, normalised to sum 1. */
    private static double[] geometricMeans(double[][] a) {
        int n = a.length;
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            double logSum = 0;
            for (int j = 0; j < n; j++) {
                logSum += Math.log(a[i][j]);
            }
            w[i] = Math.exp(logSum / n);
        }
        normalise(w);
        return w;
    }

    /**
     * Turns w (a positive start, here the geometric means, which are close) into the principal
     * eigenvector, normalised to sum 1, and returns its eigenvalue: with sum(w) = 1 and A w = lambda w,
     * lambda = sum_i (A w)_i.
     */
    private static double powerIteration(double[][] a, double[] w) {
        int n = a.length;
        double[] next = new double[n];
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double lambda = 0;
            for (int i = 0; i < n; i++) {
                next[i] = dot(a[i], w);
                lambda += next[i];
            }
            double moved = 0;
            for (int i = 0; i < n; i++) {
                next[i] /= lambda;
                moved = Math.max(moved, Math.abs(next[i] - w[i]));
            }
            System.arraycopy(next, 0, w, 0, n);
            if (moved <= CONVERGED) {
                return lambda;
            }
        }
        throw new IllegalStateException("power iteration did not converge in " + MAX_ITERATIONS + " steps");
    }

    private static double dot(double[] row, double[] w) {
        double s = 0;
        for (int j = 0; j < row.length; j++) {
            s += row[j] * w[j];
        }
        return s;
    }

    private static void normalise(double[] w) {
        double sum = 0;
        for (double v : w) {
            sum += v;
        }
        for (int i = 0; i < w.length; i++) {
            w[i] /= sum;
        }
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
                if (!(v >= SCALE_MIN && v <= SCALE_MAX)) {
                    throw new UserFacingException("ahp.range", codes.get(i), codes.get(j), shown(v));
                }
                if (Math.abs(v * a[j][i] - 1) > RECIPROCAL_TOLERANCE) {
                    throw new UserFacingException("ahp.reciprocal", codes.get(i), codes.get(j), v, a[j][i]);
                }
            }
        }
    }

    /** A refused value with enough digits to tell it from the scale's end (9.0001 is not shown as 9). */
    private static String shown(double v) {
        return new BigDecimal(v).round(new MathContext(10)).stripTrailingZeros().toPlainString();
    }
}
