package jp.clustereval.chart;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import jp.clustereval.domain.Score;

/**
 * One polygon of a radar chart: a legend label and a value per axis code. An axis that is absent
 * (or null, or NaN) was not graded; it is left out of the polygon, never drawn as zero.
 */
public record RadarSeries(String label, Map<String, Double> valuesByAxisCode) {

    public RadarSeries {
        Objects.requireNonNull(label, "label");
        Map<String, Double> copy = new LinkedHashMap<>();
        valuesByAxisCode.forEach((code, value) -> {
            if (value != null && !value.isNaN()) {
                copy.put(code, value);
            }
        });
        valuesByAxisCode = Collections.unmodifiableMap(copy);
    }

    /** A series from result scores (a cluster's or the cohort's axes), keeping only their values. */
    public static RadarSeries fromScores(String label, Map<String, Score> scoresByAxisCode) {
        Map<String, Double> values = new LinkedHashMap<>();
        scoresByAxisCode.forEach((code, score) -> {
            if (score != null) {
                values.put(code, score.value());
            }
        });
        return new RadarSeries(label, values);
    }

    /** The value on an axis, or null when the axis was not graded. */
    public Double value(String axisCode) {
        return valuesByAxisCode.get(axisCode);
    }
}
