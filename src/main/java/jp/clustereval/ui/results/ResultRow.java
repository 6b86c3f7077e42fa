package jp.clustereval.ui.results;

import java.util.Map;

/**
 * One cluster's line of the results table: each axis's average (1.00-4.00), the weighted total,
 * the rank (0: none, no complete sheet), the number of evaluators whose complete sheets counted and
 * the spread of their totals (NaN for fewer than two), the unfinished sheets left out, and the
 * evaluators' cell as shown, marked when some sheets were left out ("2 (+1 unfinished, not counted)").
 */
public record ResultRow(String code, String name, Map<String, Double> axes, double total, int rank, int evaluators,
                        double min, double max, double sd, int partial, String evaluatorsText) {

    public ResultRow {
        axes = Map.copyOf(axes);
    }

    /** The rank as shown: blank for a cluster without one. */
    public String rankText() {
        return rank == 0 ? "" : Integer.toString(rank);
    }

    /** The axis average, NaN when nobody graded that axis. */
    public double axis(String code) {
        return axes.getOrDefault(code, Double.NaN);
    }
}
