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
 * {@code java.util.Random(seed)}, whose sequence Java specifies exactly: the same seed gives the same result.</li>
 * </ol>
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
                if (base[c] > 0 && Ranking.tier(r[c], ranked) != Ranking.tier(base[c], ranked)) {
                    tierChanges[c]++;
                }
            }
        }
        List<ClusterSensitivity> rows = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            if (base[c] == 0) {
                continue;
            }
            double share = draws == 0 ? 0 : (double) tierChanges[c] / draws;
            int best = min(base[c], loo.best[c], perturbed.best[c], drawn.best[c]);
            int worst = Math.max(base[c], Math.max(loo.worst[c], Math.max(perturbed.worst[c], drawn.worst[c])));
            double total = Ranking.total(means[c], weights);
            rows.add(new ClusterSensitivity(codes.get(c), total, base[c], best, worst, loo.best[c], loo.worst[c],
                    perturbed.best[c], perturbed.worst[c], drawn.best[c], drawn.worst[c], share,
                    !tierMoved[c] && share <= FRAGILE_SHARE));
        }
        rows.sort(Comparator.comparingInt(ClusterSensitivity::rank).thenComparing(ClusterSensitivity::clusterCode));
        return new SensitivityReport(draws, seed, PERTURBATION, FRAGILE_SHARE, rows);
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
            if (base[c] > 0 && r[c] > 0 && Ranking.tier(r[c], ranked) != Ranking.tier(base[c], ranked)) {
                moved[c] = true;
            }
        }
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
