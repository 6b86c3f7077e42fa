package jp.clustereval.ui.meeting;

/** One line of the meeting's axis table, as shown: the axis, the unit's average, the cohort's, the evaluators' spread. */
public record AxisRow(String axis, String value, String cohort, String min, String max, String sd) {
}
