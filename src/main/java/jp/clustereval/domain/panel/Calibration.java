package jp.clustereval.domain.panel;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import jp.clustereval.domain.GradeRecord;
import jp.clustereval.domain.Round;

/**
 * Evaluator calibration: every grade becomes z = (v - m_e) / s_e over all grades its evaluator gave
 * in the round (m_e mean, s_e population standard deviation), then is put back on the panel's own
 * scale as M + S z (M, S: mean and population standard deviation of all grades of the round) and
 * clamped to the scale's range (1-4). A strict evaluator's B then counts like a lenient one's A.
 * An evaluator who gave one grade only, or the same grade throughout (s_e = 0), gets z = 0, the
 * panel mean: nothing in their grades tells their strictness apart from the clusters' quality.
 */
public final class Calibration implements GradeValuation {

    private final GradeValuation raw;
    private final Map<String, double[]> meanAndSdByEvaluator = new HashMap<>();
    private final double panelMean;
    private final double panelSd;
    private final double min;
    private final double max;

    public Calibration(Round round, Collection<GradeRecord> grades) {
        this.raw = GradeValuation.raw(round);
        this.min = round.scale().min();
        this.max = round.scale().max();
        Map<String, double[]> sums = new HashMap<>(); // n, sum, sum of squares
        double[] all = new double[3];
        for (GradeRecord g : grades) {
            if (g.grade() == null) {
                continue;
            }
            double v = raw.value(g);
            accumulate(sums.computeIfAbsent(g.evaluatorId(), k -> new double[3]), v);
            accumulate(all, v);
        }
        sums.forEach((e, s) -> meanAndSdByEvaluator.put(e, meanAndSd(s)));
        double[] panel = meanAndSd(all);
        this.panelMean = panel[0];
        this.panelSd = panel[1];
    }

    @Override
    public double value(GradeRecord g) {
        double v = raw.value(g);
        double[] ms = meanAndSdByEvaluator.get(g.evaluatorId());
        double z = ms == null || ms[1] == 0 ? 0 : (v - ms[0]) / ms[1];
        return Math.max(min, Math.min(max, panelMean + panelSd * z));
    }

    public double panelMean() {
        return panelMean;
    }

    public double panelSd() {
        return panelSd;
    }

    private static void accumulate(double[] s, double v) {
        s[0]++;
        s[1] += v;
        s[2] += v * v;
    }

    private static double[] meanAndSd(double[] s) {
        if (s[0] == 0) {
            return new double[] {0, 0};
        }
        double mean = s[1] / s[0];
        double variance = Math.max(0, s[2] / s[0] - mean * mean);
        double sd = Math.sqrt(variance);
        return new double[] {mean, sd < 1e-12 ? 0 : sd};
    }
}
