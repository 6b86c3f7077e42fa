package jp.clustereval.ui.results;

import java.util.Map;

/**
 * One cluster's line of the results table: each axis's average (1.00-4.00), the weighted total,
 * the rank, the number of evaluators and the spread of their totals (NaN for fewer than two).
 */
public record ResultRow(String code, String name, Map<String, Double> axes, double total, int rank, int evaluators,
                        double min, double max, double sd) {

    public ResultRow {
        axes = Map.copyOf(axes);
    }

    /** The axis average, NaN when nobody graded that axis. */
    public double axis(String code) {
        return axes.getOrDefault(code, Double.NaN);
    }
}
