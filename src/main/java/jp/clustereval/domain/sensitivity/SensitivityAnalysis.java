package jp.clustereval.domain.sensitivity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import jp.clustereval.common.UserFacingException;
import jp.clustereval.domain.Ranking;
import jp.clustereval.domain.panel.ScoreCube;

/**
 * Three ways of asking whether the ranking can be trusted, all recombining the precomputed
 * {@link ScoreCube} (no grade is read again):
 * <ol>
 * <li>leave one evaluator out, for every evaluator;</li>
 * <li>each axis weight moved by -20 % and +20 % in turn (the weighted mean renormalises the others);</li>
 * <li>random draws: every axis weight multiplied by its own factor uniform in [0.8, 1.2], from
 * {@code java.util.Random(seed)}, whose sequence Java specifies exactly: the same seed gives the same result;</li>
 * <li>the evaluator bootstrap: as many draws, each resampling every cluster's evaluators (those with a
 * sheet for it) with replacement, m of its m, from a second {@code java.util.Random(seed)}; the set
 * weights.</li>
 * </ol>
 * Tiers are always those of the set ranking's n (the clusters it ranks), also in a scenario that
 * leaves a cluster unranked (its only evaluator left out): the question is whether a cluster would
 * land in another third of the decision being checked, not of a smaller ranking.
 */
public final class SensitivityAnalysis {

    public static final double PERTURBATION = 0.20;
    /** A cluster whose tier changes in more than this share of the draws is fragile. */
    public static final double FRAGILE_SHARE = 0.10;
    public static final int MAX_DRAWS = 1_000_000;

    private SensitivityAnalysis() {
    }

    public static SensitivityReport run(ScoreCube cube, double[] weights, int draws, long seed) {
        if (draws < 0 || draws > MAX_DRAWS) {
            throw new UserFacingException("sensitivity.draws", draws, MAX_DRAWS);
        }
        List<String> codes = cube.clusters();
        int n = codes.size();
        double[][] means = cube.axisMeans(-1);
        int[] base = ranks(means, weights, codes);
        int ranked = 0;
        for (int r : base) {
            ranked += r > 0 ? 1 : 0;
        }
        RankRange loo = new RankRange(n);
        RankRange perturbed = new RankRange(n);
        RankRange drawn = new RankRange(n);
        boolean[] tierMoved = new boolean[n];
        for (int e = 0; e < cube.evaluators().size(); e++) {
            int[] r = ranks(cube.axisMeans(e), weights, codes);
            loo.add(r);
            markTierChanges(base, r, ranked, tierMoved);
        }
        for (int a = 0; a < weights.length; a++) {
            for (double factor : new double[] {1 - PERTURBATION, 1 + PERTURBATION}) {
                double[] w = weights.clone();
                w[a] *= factor;
                int[] r = ranks(means, w, codes);
                perturbed.add(r);
                markTierChanges(base, r, ranked, tierMoved);
            }
        }
        int[] tierChanges = new int[n];
        Random random = new Random(seed);
        double[] w = new double[weights.length];
        for (int d = 0; d < draws; d++) {
            for (int a = 0; a < w.length; a++) {
                w[a] = weights[a] * (1 - PERTURBATION + 2 * PERTURBATION * random.nextDouble());
            }
            int[] r = ranks(means, w, codes);
            drawn.add(r);
            for (int c = 0; c < n; c++) {
                if (tierMoved(base[c], r[c], ranked)) {
                    tierChanges[c]++;
                }
            }
        }
        RankRange booted = new RankRange(n);
        int[] bootChanges = bootstrap(cube, weights, draws, seed, base, ranked, booted);
        List<ClusterSensitivity> rows = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            if (base[c] == 0) {
                continue;
            }
            double share = draws == 0 ? 0 : (double) tierChanges[c] / draws;
            double bootShare = draws == 0 ? 0 : (double) bootChanges[c] / draws;
            int best = min(base[c], loo.best[c], perturbed.best[c], drawn.best[c], booted.best[c]);
            int worst = Math.max(Math.max(base[c], booted.worst[c]),
                    Math.max(loo.worst[c], Math.max(perturbed.worst[c], drawn.worst[c])));
            double total = Ranking.total(means[c], weights);
            rows.add(new ClusterSensitivity(codes.get(c), total, base[c], best, worst, loo.best[c], loo.worst[c],
                    perturbed.best[c], perturbed.worst[c], drawn.best[c], drawn.worst[c], share, booted.best[c],
                    booted.worst[c], bootShare, !tierMoved[c] && share <= FRAGILE_SHARE && bootShare <= FRAGILE_SHARE));
        }
        rows.sort(Comparator.comparingInt(ClusterSensitivity::rank).thenComparing(ClusterSensitivity::clusterCode));
        return new SensitivityReport(draws, seed, PERTURBATION, FRAGILE_SHARE, rows);
    }

    /**
     * The evaluator bootstrap: per draw, per cluster (in cube order), m indices uniform over its m
     * evaluators with a sheet (in cube order), {@code nextInt(m)} each; the axis means of the drawn
     * sheets (a sheet drawn twice counts twice). Returns the tier changes per cluster.
     */
    private static int[] bootstrap(ScoreCube cube, double[] weights, int draws, long seed, int[] base, int ranked,
                                   RankRange booted) {
        int n = cube.clusters().size();
        int axes = cube.axisCodes().size();
        double[][][] sheets = new double[n][][];
        for (int c = 0; c < n; c++) {
            sheets[c] = java.util.Arrays.stream(cube.sheets(c))
                    .filter(sheet -> java.util.Arrays.stream(sheet).anyMatch(v -> !Double.isNaN(v)))
                    .toArray(double[][]::new);
        }
        int[] changes = new int[n];
        Random random = new Random(seed);
        double[][] means = new double[n][];
        for (int d = 0; d < draws; d++) {
            for (int c = 0; c < n; c++) {
                int m = sheets[c].length;
                double[][] drawn = new double[m][];
                for (int i = 0; i < m; i++) {
                    drawn[i] = sheets[c][random.nextInt(m)];
                }
                means[c] = Ranking.axisMeans(drawn, axes, -1);
            }
            int[] r = ranks(means, weights, cube.clusters());
            booted.add(r);
            for (int c = 0; c < n; c++) {
                if (tierMoved(base[c], r[c], ranked)) {
                    changes[c]++;
                }
            }
        }
        return changes;
    }

    private static int[] ranks(double[][] means, double[] weights, List<String> codes) {
        double[] totals = new double[means.length];
        for (int c = 0; c < means.length; c++) {
            totals[c] = Ranking.total(means[c], weights);
        }
        return Ranking.ranks(totals, codes);
    }

    private static void markTierChanges(int[] base, int[] r, int ranked, boolean[] moved) {
        for (int c = 0; c < base.length; c++) {
            if (tierMoved(base[c], r[c], ranked)) {
                moved[c] = true;
            }
        }
    }

    /**
     * Whether a cluster ranked in the set ranking lands in another third in a scenario that ranks it;
     * the thirds are always those of the set ranking's n (see the class comment).
     */
    private static boolean tierMoved(int baseRank, int rank, int ranked) {
        return baseRank > 0 && rank > 0 && Ranking.tier(rank, ranked) != Ranking.tier(baseRank, ranked);
    }

    private static int min(int base, int... others) {
        int m = base;
        for (int o : others) {
            if (o > 0) {
                m = Math.min(m, o);
            }
        }
        return m;
    }

    /** Best (lowest number) and worst rank seen per cluster; 0 = never ranked. */
    private static final class RankRange {
        final int[] best;
        final int[] worst;

        RankRange(int n) {
            best = new int[n];
            worst = new int[n];
        }

        void add(int[] ranks) {
            for (int c = 0; c < ranks.length; c++) {
                int r = ranks[c];
                if (r == 0) {
                    continue;
                }
                best[c] = best[c] == 0 ? r : Math.min(best[c], r);
                worst[c] = Math.max(worst[c], r);
            }
        }
    }
}
