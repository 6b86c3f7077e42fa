package jp.clustereval.cli;

import java.util.List;
import java.util.Map;

/**
 * The last two columns of {@code results --compare EARLIER}: {@code compare_total}, the unit's total
 * in the earlier round, and {@code delta}, this round's total minus it; both blank for a unit without
 * a total in either round. Without --compare, no columns.
 */
final class CompareColumns {

    private final Map<String, Double> earlierTotals;
    private final Double earlierCohortTotal;

    /** @param earlierTotals each unit's total in the earlier round (units without one left out); null: no comparison */
    CompareColumns(Map<String, Double> earlierTotals, Double earlierCohortTotal) {
        this.earlierTotals = earlierTotals;
        this.earlierCohortTotal = earlierCohortTotal;
    }

    static CompareColumns none() {
        return new CompareColumns(null, null);
    }

    void addColumns(List<String> columns) {
        if (earlierTotals != null) {
            columns.add("compare_total");
            columns.add("delta");
        }
    }

    /** A unit's cells; {@code total} NaN: no total in this round. */
    void addUnit(List<Object> row, String code, double total) {
        add(row, earlierTotals == null ? null : earlierTotals.get(code), total);
    }

    /** The COHORT row's cells: the two rounds' cohort averages (each round's own cohort). */
    void addCohort(List<Object> row, Double total) {
        add(row, earlierCohortTotal, total == null ? Double.NaN : total);
    }

    private void add(List<Object> row, Double earlier, double total) {
        if (earlierTotals == null) {
            return;
        }
        boolean both = earlier != null && !earlier.isNaN() && !Double.isNaN(total);
        row.add(earlier == null || earlier.isNaN() ? null : new Tabular.Decimal(earlier, 2));
        row.add(both ? new Tabular.Decimal(total - earlier, 2) : null);
    }
}
