package jp.clustereval.chart;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jp.clustereval.domain.Axis;
import jp.clustereval.domain.Language;

/**
 * Everything one radar chart shows. The caller passes finished, localised strings (title, the
 * subtitle such as "n = 3 evaluators", series labels) so this package needs no resource bundles.
 *
 * <p>Series order carries meaning: the first is the cluster (filled), the second the cohort
 * average (line), further ones are extra clusters of a comparison overlay. In a {@link RadarGrid}
 * the series labels should be role names shared by every cell ("This cluster", "Cohort average"),
 * because the grid shows one legend for all cells and puts each cluster's name in its title.
 *
 * @param subtitle shown under the title; null or blank for none
 */
public record RadarData(String title, String subtitle, List<Axis> axes, Language language,
                        List<RadarSeries> series) {

    public RadarData {
        title = Objects.requireNonNullElse(title, "");
        subtitle = Objects.requireNonNullElse(subtitle, "");
        axes = List.copyOf(axes);
        Objects.requireNonNull(language, "language");
        series = List.copyOf(series);
        if (axes.isEmpty()) {
            throw new IllegalArgumentException("A radar chart needs at least one axis");
        }
        Set<String> codes = new HashSet<>();
        for (Axis axis : axes) {
            if (!codes.add(axis.code())) {
                throw new IllegalArgumentException("Axis '" + axis.code() + "' appears twice");
            }
        }
        // the labels key the dataset rows and the legend: two equal labels would merge two polygons
        Set<String> labels = new HashSet<>();
        for (RadarSeries s : series) {
            if (!labels.add(s.label())) {
                throw new IllegalArgumentException("Two radar series are both labelled '" + s.label() + "'");
            }
        }
    }
}
