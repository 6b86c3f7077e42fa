package jp.clustereval.chart;

import java.util.List;
import java.util.Objects;

/**
 * What the "Total Score (Average of the Evaluators)" bar chart shows: one bar per cluster in the
 * given order (the caller sorts by rank or by code), each with the min-max range of the
 * evaluators' own totals as a whisker, and the cohort average as a line. Texts come localised.
 *
 * @param cohortAverage NaN for no line
 */
public record RankingData(String title, String valueAxisLabel, List<Bar> bars, double cohortAverage,
                          String cohortLabel) {

    /** One cluster's bar; min/max NaN when there is no spread to show. */
    public record Bar(String label, double total, double min, double max) {
        public Bar {
            Objects.requireNonNull(label, "label");
        }
    }

    public RankingData {
        title = Objects.requireNonNullElse(title, "");
        valueAxisLabel = Objects.requireNonNullElse(valueAxisLabel, "");
        bars = List.copyOf(bars);
        cohortLabel = Objects.requireNonNullElse(cohortLabel, "");
    }
}
