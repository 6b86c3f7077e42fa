package jp.clustereval.domain.stats;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jp.clustereval.domain.GradeRecord;
import jp.clustereval.domain.Round;
import jp.clustereval.domain.panel.Descriptive;

/**
 * The two outlier rules. A grade is flagged when it differs from the mean of the other evaluators'
 * grades of the same cluster and item by {@value #GRADE_POINTS} grade points or more (needs at
 * least one other evaluator). An evaluator is flagged when the mean of all their grades deviates
 * from the panel's mean (the mean of the evaluator means) by more than one sample standard
 * deviation of the evaluator means (needs at least two evaluators).
 */
public final class Outliers {

    public static final double GRADE_POINTS = 1.5;
    private static final double EPS = 1e-9;

    /** A flagged grade. */
    public record GradeOutlier(String evaluatorId, String clusterCode, String itemId, String grade, double value,
                               double othersMean, int others) {
        public double deviation() {
            return value - othersMean;
        }
    }

    /** A flagged evaluator: their mean against the panel's mean and the spread of evaluator means. */
    public record EvaluatorOutlier(String evaluatorId, double mean, int grades, double panelMean, double sdOfMeans) {
        public double deviation() {
            return mean - panelMean;
        }
    }

    private Outliers() {
    }

    public static List<GradeOutlier> grades(Round round, Collection<GradeRecord> grades) {
        Map<String, List<GradeRecord>> byClusterItem = new TreeMap<>();
        for (GradeRecord g : grades) {
            if (g.grade() != null) {
                byClusterItem.computeIfAbsent(g.clusterCode() + "\u0000" + g.itemId(), k -> new ArrayList<>()).add(g);
            }
        }
        List<GradeOutlier> flagged = new ArrayList<>();
        for (List<GradeRecord> group : byClusterItem.values()) {
            if (group.size() < 2) {
                continue;
            }
            double sum = 0;
            for (GradeRecord g : group) {
                sum += round.scale().value(g.grade());
            }
            group.sort(java.util.Comparator.comparing(GradeRecord::evaluatorId));
            for (GradeRecord g : group) {
                double v = round.scale().value(g.grade());
                double othersMean = (sum - v) / (group.size() - 1);
                if (Math.abs(v - othersMean) >= GRADE_POINTS - EPS) {
                    flagged.add(new GradeOutlier(g.evaluatorId(), g.clusterCode(), g.itemId(), g.grade(), v, othersMean,
                            group.size() - 1));
                }
            }
        }
        return flagged;
    }

    public static List<EvaluatorOutlier> evaluators(Round round, Collection<GradeRecord> grades) {
        Map<String, List<Double>> byEvaluator = new TreeMap<>();
        for (GradeRecord g : grades) {
            if (g.grade() != null) {
                byEvaluator.computeIfAbsent(g.evaluatorId(), k -> new ArrayList<>()).add(round.scale().value(g.grade()));
            }
        }
        List<Double> means = byEvaluator.values().stream().map(Descriptive::mean).toList();
        double panelMean = Descriptive.mean(means);
        double sd = Descriptive.sampleSd(means);
        List<EvaluatorOutlier> flagged = new ArrayList<>();
        if (Double.isNaN(sd)) {
            return flagged;
        }
        byEvaluator.forEach((id, values) -> {
            double m = Descriptive.mean(values);
            if (Math.abs(m - panelMean) > sd + EPS) {
                flagged.add(new EvaluatorOutlier(id, m, values.size(), panelMean, sd));
            }
        });
        return flagged;
    }
}
